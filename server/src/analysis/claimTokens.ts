import { isSpaceCode, isUpperCode, isWordCode, lowerWordAt } from './claimUnits';
import type { Span } from './types';

/** A word (letters, digits, inner hyphens) or one punctuation character, found near a cue. */
export interface Token extends Span {
  /** Lower-cased word, or the punctuation character itself. */
  word: string;
  isWord: boolean;
  capitalized: boolean;
}

/** The token ending at or before `pos` on the same line, no further back than `floor`. */
export function prevToken(text: string, pos: number, floor: number): Token | null {
  let p = pos;
  while (p > floor && pos - p < 16 && isSpaceCode(text.charCodeAt(p - 1)) && text.charCodeAt(p - 1) !== 10) p--;
  if (p <= floor) return null;
  const c = text.charCodeAt(p - 1);
  if (c === 10) return null;
  if (!isWordCode(c)) return punct(text, p - 1);
  let s = p - 1;
  while (s > floor && p - s < 40) {
    const d = text.charCodeAt(s - 1);
    if (isWordCode(d) || (d === 45 && s - 1 > floor && isWordCode(text.charCodeAt(s - 2)))) s--;
    else break;
  }
  return word(text, s, p);
}

/** The token starting at or after `pos` on the same line, before `end`. */
export function nextToken(text: string, pos: number, end: number): Token | null {
  let p = pos;
  while (p < end && p - pos < 16 && isSpaceCode(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) p++;
  if (p >= end) return null;
  const c = text.charCodeAt(p);
  if (c === 10) return null;
  if (!isWordCode(c)) return punct(text, p);
  let e = p + 1;
  while (e < end && e - p < 40) {
    const d = text.charCodeAt(e);
    if (isWordCode(d) || (d === 45 && e + 1 < end && isWordCode(text.charCodeAt(e + 1)))) e++;
    else break;
  }
  return word(text, p, e);
}

/** The first comma from `from` towards `to` (exclusive), stepping by `step`; -1 if none. Bounded, unlike indexOf. */
export function commaBetween(text: string, from: number, to: number, step: 1 | -1): number {
  for (let i = from; step > 0 ? i < to : i >= to; i += step) if (text.charCodeAt(i) === 44) return i;
  return -1;
}

function punct(text: string, p: number): Token {
  return { start: p, end: p + 1, word: text[p], isWord: false, capitalized: false };
}

function word(text: string, s: number, e: number): Token {
  return { start: s, end: e, word: lowerWordAt(text, s, e), isWord: true, capitalized: isUpperCode(text.charCodeAt(s)) };
}
