import type { GazetteerEntry } from './gazetteer';
import type { GazMatch, Scan } from './entityScan';
import { Gap, type Token } from './tokens';
import { oneLineBreak } from './wrappedNames';

// Known names at a token: the longest gazetteer name that starts there and
// is acceptable in its context (a city in capitals only in a dateline, an
// abbreviation only in capitals), and the all-capital dateline word.

/** Shortest city written in capitals taken as the city outside datelines: "SEOUL", not "NICE" or "BATH". */
const MIN_SHOUTED_PLACE = 5;

/** The longest known name starting at token `p` and ending by `b`, extending the key word by word. */
export function gazAt(s: Scan, p: number, b: number): GazMatch | null {
  const memo = s.gazMemo[p];
  if (memo !== undefined && memo.b === b) return memo.match;
  const t = s.t;
  const first = t[p] as Token;
  let key = first.fold;
  let match: GazMatch | null = null;
  for (let k = p; ; ) {
    const found = s.gaz.find(key);
    if (found === undefined) break;
    const entry = found.entry;
    if (entry && acceptable(s, entry, p, k)) match = { entry, last: k };
    if (k + 1 > b || !found.prefix) break;
    const next = t[k + 1] as Token;
    const sep = separator(s.text, t[k] as Token, next);
    if (sep === null) break;
    key = key + sep + next.fold;
    k++;
  }
  s.gazMemo[p] = { b, match };
  return match;
}

/** The gap between two tokens as a gazetteer key spells it, or null when no name spans it. */
function separator(text: string, prev: Token, next: Token): string | null {
  if (next.gap === Gap.Space) return ' ';
  if (next.gap === Gap.Hyphen) return '-';
  if (next.gap === Gap.Dot) return next.start - prev.end === 1 ? '.' : '. ';
  if (next.gap === Gap.Apostrophe) return "'";
  // "S&P 500": capitals joined by a bare ampersand.
  if (next.start - prev.end === 1 && text.charCodeAt(prev.end) === 0x26) return '&';
  // "Morgan\nStanley": a name the runs joined across a wrapped line.
  return (text.charCodeAt(prev.end) === 0x20 && next.start - prev.end === 1) || oneLineBreak(text, prev, next) ? ' ' : null;
}

function acceptable(s: Scan, entry: GazetteerEntry, p: number, last: number): boolean {
  if (entry.upper && !allUpper(s, p, last)) return false;
  if (last > p && eraAfterYear(s, p, last)) return false;
  const first = s.t[p] as Token;
  if (entry.minor && last === p && (s.tk.lowercaseWords.has(first.fold) || (first.upper && first.text.length < MIN_SHOUTED_PLACE && !inDateline(s, first) && !s.tk.lines[first.line]?.allCaps))) return false;
  return true;
}

/** "300 B.C.": dotted single letters right after a number are an era, not a place's abbreviation. */
function eraAfterYear(s: Scan, p: number, last: number): boolean {
  const prev = s.t[p - 1];
  if (!prev || !/^[0-9]+$/.test(prev.text)) return false;
  for (let k = p; k <= last; k++) if ((s.t[k] as Token).text.length !== 1) return false;
  return true;
}

function allUpper(s: Scan, p: number, last: number): boolean {
  for (let k = p; k <= last; k++) {
    const tok = s.t[k] as Token;
    // "STOXX 600": a number in a name in capitals.
    const digit = tok.text.charCodeAt(0) >= 0x30 && tok.text.charCodeAt(0) <= 0x39;
    if (!digit && (tok.text.length === 1 ? !tok.cap : !tok.upper)) return false;
  }
  return true;
}

/** An all-capital word opening a dateline: "ANKARA, Nov 24 (KUNA) --", "BEIJING (AP) —". */
export function inDateline(s: Scan, tok: Token): boolean {
  const place = s.datelinePlace;
  if (place && tok.start >= place.start && tok.end <= place.end) return true;
  const after = s.text.charCodeAt(tok.end);
  const before = tok.start === 0 ? 0x0a : s.text.charCodeAt(tok.start - 1);
  const lineStart = before === 0x0a || (before === 0x20 && s.text.charCodeAt(tok.start - 2) === 0x29);
  if (!lineStart) return false;
  // "ANKARA, Nov 24", "MANCHESTER, England": a date or a region after the comma; not "TSMC, the chipmaker".
  // "NLC, TUC begin strike": capitals, then a verb in lowercase after them, are a list of bodies opening a headline.
  if (after === 0x2c) return !isLowerCode(s.text.charCodeAt(tok.end + 2)) && !capitalsThenLowercase(s.text, tok.end + 2);
  if (after === 0x0a || after === 0x0d || Number.isNaN(after)) return true;
  // "BEIJING (AP) —", "LONDON — "
  const next = s.text.charCodeAt(tok.end + 1);
  return after === 0x20 && (next === 0x28 || next === 0x2014 || next === 0x2013 || next === 0x2d);
}

/** Capitals (two to eight letters) from `from`, then a space and a lowercase word: "TUC begin". */
function capitalsThenLowercase(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && i - from <= 8 && text.charCodeAt(i) >= 0x41 && text.charCodeAt(i) <= 0x5a) i++;
  return i - from >= 2 && i - from <= 8 && text.charCodeAt(i) === 0x20 && isLowerCode(text.charCodeAt(i + 1));
}

const isLowerCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c > 0x7f && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());

/** A known name at p other than a one-word city or province (those are often surnames too). */
export function majorGazAt(s: Scan, p: number, b: number): boolean {
  const m = gazAt(s, p, b);
  return m !== null && !(m.entry.minor && m.last === p);
}
