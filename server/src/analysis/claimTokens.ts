import type { Span } from './types';

/** Whitespace, by UTF-16 code unit (no-break and zero-width spaces and the BOM included). The scans stay in plain loops for speed. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A letter of an alphabetic script, roughly: ASCII, Latin-1 letters, and code units below U+2000 or in CJK ranges. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  // Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic and their extensions; punctuation starts at U+2000.
  return c < 0x2000 || (c >= 0x3040 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00);
}

/** An ASCII capital, for shapes that are ASCII by nature (tickers, exchange names, day-month codes). */
export function isAsciiUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** An ASCII letter. */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** An ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter or a digit. */
export function isWordCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c);
}

/** An upper-case letter. */
export function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The word at [start, end) in lower case. Words that start in lower case are taken as they are:
 * lower-casing every token was the costliest step of the claim scan.
 */
export function lowerWordAt(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start);
  const lowers = !(first >= 97 && first <= 122);
  let h = 0;
  // The lowered word in base 64 (see WORD_SYMBOLS): exact for short words, which are then
  // recognized in the cache by one comparison instead of being read again.
  let packed = 0;
  let packable = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return lowerUncached(text, start, end);
    const l = lowers && c >= 65 && c <= 90 ? c | 32 : c;
    h = (Math.imul(h, 31) + l) | 0;
    const symbol = WORD_SYMBOLS[l] as number;
    if (symbol === 0) packable = false;
    packed = packed * 64 + symbol;
  }
  const exact = packable && end > start && end - start <= PACKED_WORD;
  // A text with curly quotes is stored two bytes a character, and lower-casing a word sliced from it
  // went through the full Unicode case mapping: ASCII words come from a cache compared in place.
  const slot = h & LOWER_CACHE_MASK;
  const cached = lowerCache[slot];
  if (cached !== undefined && (exact ? lowerKeys[slot] === packed : lowersTo(text, start, end, cached, lowers))) return cached;
  const word = lowerUncached(text, start, end);
  lowerCache[slot] = word;
  lowerKeys[slot] = exact ? packed : 0;
  return word;
}

const LOWER_CACHE_BITS = 12;
const LOWER_CACHE_MASK = (1 << LOWER_CACHE_BITS) - 1;
const lowerCache: (string | undefined)[] = new Array<string | undefined>(1 << LOWER_CACHE_BITS).fill(undefined);
/** Words of up to this many characters are packed exactly into 48 bits. */
const PACKED_WORD = 8;
/** The packed cached word, or 0 when it is longer or holds other characters. */
const lowerKeys = new Float64Array(1 << LOWER_CACHE_BITS);
/** Six-bit codes of the ASCII characters of words: letters 1-52, digits 53-62, the hyphen 63; 0 for others. */
const WORD_SYMBOLS = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 26; c++) {
    table[0x61 + c] = 1 + c;
    table[0x41 + c] = 27 + c;
  }
  for (let d = 0; d < 10; d++) table[0x30 + d] = 53 + d;
  table[0x2d] = 63;
  return table;
})();

function lowerUncached(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  const c = text.charCodeAt(start);
  return c >= 97 && c <= 122 ? raw : raw.toLowerCase();
}

/** Whether the ASCII `word` is text[start, end), with its capitals lowered when `lowers`. */
function lowersTo(text: string, start: number, end: number, word: string, lowers: boolean): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((lowers && c >= 65 && c <= 90 ? c | 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** A double quotation mark: straight, curly, low or guillemet. */
export function isDoubleQuoteCode(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** A single quotation mark or apostrophe: straight or curly. */
export function isSingleQuoteCode(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201b;
}

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

// The last token `nextToken` found: the speaker finder asks for the same one again, a subject's
// first word and then its noun phrase's. Tokens are never changed once made, so one may be shared.
let memoText = '';
let memoPos = -1;
let memoEnd = -1;
let memoToken: Token | null = null;

/** The token starting at or after `pos` on the same line, before `end`. */
export function nextToken(text: string, pos: number, end: number): Token | null {
  if (pos === memoPos && end === memoEnd && text === memoText) return memoToken;
  const token = findNextToken(text, pos, end);
  memoText = text;
  memoPos = pos;
  memoEnd = end;
  memoToken = token;
  return token;
}

function findNextToken(text: string, pos: number, end: number): Token | null {
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

/**
 * Where a relative clause ending at `end` opens: the comma of ", which" or ", who" after its head
 * ("Corvane, which is based in Cambridge, Massachusetts,"), within `floor`; -1 when there is none
 * or a sentence ends between.
 */
export function relativeClauseOpening(text: string, end: number, floor: number): number {
  for (let i = end - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 10 || c === 59 || c === 34 || c === 0x201c || c === 0x201d) return -1;
    if (c !== 44 || text.charCodeAt(i + 1) !== 32) continue;
    if ((text.startsWith('which ', i + 2) || text.startsWith('who ', i + 2)) && i + 2 < end) return i;
  }
  return -1;
}

/** The lower-cased word of at most `longest` letters just before `at` (spaces skipped), or '' when there is none. */
export function lowerWordBefore(text: string, at: number, start: number, longest: number): string {
  const b = wordStartBefore(text, at, start, longest);
  return b < 0 ? '' : lowerWordAt(text, b, wordEndAt(text, b));
}

/** Where the word of at most `longest` letters before `at` (spaces between) starts, not before `start`; -1 when there is none. */
export function wordStartBefore(text: string, at: number, start: number, longest: number): number {
  let e = at;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > start && e - b <= longest && isLetterCode(text.charCodeAt(b - 1))) b--;
  return e - b >= 1 && e - b <= longest ? b : -1;
}

export function wordEndAt(text: string, b: number): number {
  let e = b;
  while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
  return e;
}
