import { isDigitCode, isLetterCode, isSpaceCode, isUpperCode } from './claimTokens';
import type { Span } from './types';

/** A wrapped line is long: short lines are menus, captions and sign-offs. */
const MIN_WRAPPED_LINE = 25;

/** What ends a line that is a paragraph of its own: a sentence end, a closing quote or bracket, a colon. */
function endsParagraph(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026 || c === 0x22 || c === 0x201d || c === 0xbb ||
    c === 41 || c === 93
  );
}

function isLowerLetterCode(c: number): boolean {
  return isLetterCode(c) && !isUpperCode(c);
}

/**
 * The text with the line breaks of hard-wrapped paragraphs turned into spaces,
 * so that a sentence wrapped over several lines ("The country's President Ivo
 * Novak on\nSaturday morning visited ...") is read as one. The result has the
 * same length, so offsets hold; the text itself is returned when nothing is
 * wrapped. A break joins two lines when the first is long, ends mid-sentence
 * (on a lower-case word, a comma or a hyphen, or before a line that opens in
 * lower case), and the second does not open a dateline, a list item or a
 * paragraph of its own. Lines touching `apart` (headline, header, boilerplate)
 * are never joined. Linear in the text's length.
 */
export function unwrapLines(text: string, apart: readonly Span[]): string {
  let breaks: number[] | null = null;
  let a = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    const next = nl + 1;
    if (joins(text, lineStart, nl, next, apart, a)) (breaks ??= []).push(nl);
    while (a < apart.length && apart[a].end <= next) a++;
    lineStart = next;
  }
  if (!breaks) return text;
  let out = '';
  let from = 0;
  for (const b of breaks) {
    out += text.slice(from, b) + ' ';
    from = b + 1;
  }
  return out + text.slice(from);
}

function joins(text: string, lineStart: number, nl: number, next: number, apart: readonly Span[], a: number): boolean {
  let end = nl;
  while (end > lineStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = lineStart;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  if (end - start < MIN_WRAPPED_LINE) return false;
  let nextStart = next;
  while (nextStart < text.length && nextStart - next < 8 && isSpaceCode(text.charCodeAt(nextStart)) && text.charCodeAt(nextStart) !== 10) nextStart++;
  const first = nextStart < text.length ? text.charCodeAt(nextStart) : -1;
  if (first < 0 || first === 10 || !isLetterCode(first)) return false;
  const last = text.charCodeAt(end - 1);
  // Only a word, a comma or a hyphen leaves a sentence open; any other mark (a quote, a stray byte of mojibake) may close it.
  if (endsParagraph(last) || !(isLetterCode(last) || isDigitCode(last) || last === 44 || last === 45)) return false;
  // The next line's first word in capitals ("ZAGREB, Feb 3") opens a dateline.
  let w = nextStart;
  while (w < text.length && w - nextStart < 12 && isLetterCode(text.charCodeAt(w))) w++;
  let capitals = w - nextStart >= 2;
  for (let i = nextStart; capitals && i < w; i++) capitals = isUpperCode(text.charCodeAt(i));
  if (capitals) return false;
  let wordStart = end;
  while (wordStart > start && isLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
  const midSentence = last === 44 || last === 45 || (wordStart < end && isLowerLetterCode(text.charCodeAt(wordStart))) || isLowerLetterCode(first);
  if (!midSentence) return false;
  let nextEnd = text.indexOf('\n', next);
  if (nextEnd < 0) nextEnd = text.length;
  // Spans are sorted by start; those ending before this line were passed over already.
  for (let k = a; k < apart.length && apart[k].start < nextEnd; k++) if (apart[k].end > lineStart) return false;
  return true;
}

/** How many words a deck line under the headline may hold. */
const DECK_WORDS = 30;

/**
 * The line right under the headline where it is a second headline ("Turkish foreign minister says Ankara wants
 * Kuwaiti capital"): no closing stop or quotation mark, a few words. A lead sentence ends with its stop.
 */
export function deckAfter(text: string, headline: Span | null): Span | null {
  if (!headline) return null;
  let start = headline.end;
  while (start < text.length && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
  if (start === headline.end) return null;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  let last = end;
  while (last > start && isSpaceCode(text.charCodeAt(last - 1))) last--;
  if (last - start < 12 || last - start > DECK_WORDS * 12) return null;
  const close = text.charCodeAt(last - 1);
  // . ! ? " ” ' ’ ) : a sentence or a quotation closes there.
  if (close === 46 || close === 33 || close === 63 || close === 34 || close === 0x201d || close === 39 || close === 0x2019 || close === 41) return null;
  let words = 1;
  for (let k = start; k < last; k++) if (text.charCodeAt(k) === 32) words++;
  return words >= 4 && words <= DECK_WORDS ? { start, end: last } : null;
}
