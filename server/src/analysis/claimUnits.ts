import { isDigitCode, isDoubleQuoteCode, isLetterCode, isSingleQuoteCode, isSpaceCode, isUpperCode, isWordCode, lowerWordAt } from './claimTokens';
import type { Span } from './types';

/** A pair of quote marks within one paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quote runs on to the next paragraph. */
  close: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  /** Words inside the marks, counted up to a small cap: scare quotes have one or two. */
  words: number;
}

/**
 * A sentence-like stretch of one paragraph that may carry one claim. Sentence
 * ends inside quotes do not split it, so a quote of several sentences with its
 * attribution stays one unit.
 */
export interface ClaimUnit extends Span {
  /** Index of the paragraph (line) the unit belongs to. */
  paragraph: number;
  /** Quotes whose opening mark lies in the unit. */
  quotes: QuoteSpan[];
}

const WORD_CAP = 8;

/** Sentence terminators, quote marks and line ends. */
const MARKS = /[.!?\u2026"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u201b\n]/g;

function isOpenerContext(c: number): boolean {
  // What may stand right before an opening quote: nothing, space, bracket, dash, colon, another quote.
  return c < 0 || isSpaceCode(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 58 || c === 47 || isDoubleQuoteCode(c);
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'pres', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'st',
  'jr', 'sr', 'rev', 'hon', 'cllr', 'messrs', 'mt', 'ft', 'no', 'nos', 'vol', 'vs', 'etc', 'approx', 'dept', 'univ', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'bros', 'govt',
]);

/** Whether the period at `dot` ends a sentence rather than an abbreviation or an initial. */
function periodEndsSentence(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && dot - s < 8 && isLetterCode(text.charCodeAt(s - 1))) s--;
  const len = dot - s;
  if (len === 0) return true;
  if (s > floor && text.charCodeAt(s - 1) === 46) return false; // "U.S." and "e.g."
  if (len === 1) return !isUpperCode(text.charCodeAt(s));
  if (len > 5) return true;
  return !ABBREVIATIONS.has(lowerWordAt(text, s, dot));
}

function startsSentence(c: number): boolean {
  return isUpperCode(c) || isDigitCode(c) || isDoubleQuoteCode(c) || c === 0x27 || c === 0x2018 || c === 40 || c === 91;
}

/**
 * Splits text into claim units: paragraph by paragraph (one line each), then
 * sentence by sentence outside quotes. Linear in the text's length.
 */
export function findClaimUnits(text: string): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    splitParagraph(text, lineStart, lineEnd, paragraph, units);
    paragraph++;
    lineStart = lineEnd + 1;
  }
  return units;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: ClaimUnit[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (start >= end) return;

  const quotes: QuoteSpan[] = [];
  const boundaries: number[] = [];
  let doubleOpen = -1;
  let singleOpen = -1;
  let nested = 0;
  // Only terminators and quote marks matter here; the native scan jumps between them and stops at the line's end.
  const marks = MARKS;
  marks.lastIndex = start;
  // test() rather than exec(): no match object per mark, which counts on a line of a million quote marks.
  while (marks.test(text) && marks.lastIndex <= end) {
    const i = marks.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      const b = sentenceBoundaryAfter(text, i, start, end);
      if (b > 0) boundaries.push(b);
      continue;
    }
    const dq = isDoubleQuoteCode(c);
    if (!dq && !isSingleQuoteCode(c)) continue;
    const prev = i > start ? text.charCodeAt(i - 1) : -1;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    if (dq) {
      const opensHere = isOpenerContext(prev) && next >= 0 && !isSpaceCode(next);
      if (doubleOpen >= 0 && c === 0x201c && opensHere && text.charCodeAt(doubleOpen) === 0x201c) {
        nested++; // “a “b” c”: curly marks say which way they face, so they can nest
      } else if (doubleOpen >= 0 && nested > 0 && c === 0x201d) {
        nested--;
      } else if (doubleOpen >= 0 && !(c === 0x201c && opensHere) && !(c === 0x22 && opensHere && isSpaceCode(prev))) {
        quotes.push(makeQuote(text, doubleOpen, i, true));
        doubleOpen = -1;
        singleOpen = -1;
      } else if (opensHere || (c !== 0x201d && c !== 0xbb && next >= 0 && !isSpaceCode(next) && !isPunctuationCode(next))) {
        doubleOpen = i;
        singleOpen = -1;
        nested = 0;
      }
      // Otherwise a stray closing mark with no opener: ignored.
      continue;
    }
    // Single marks: an apostrophe has a letter on both sides (Lee's, Türkiye’s).
    if (isWordCode(prev) && isLetterCode(next)) continue;
    if (singleOpen >= 0 && prev >= 0 && !isSpaceCode(prev) && (next < 0 || !isLetterCode(next))) {
      quotes.push(makeQuote(text, singleOpen, i, true));
      singleOpen = -1;
    } else if (singleOpen < 0 && isOpenerContext(prev) && next >= 0 && isWordCode(next)) {
      singleOpen = i;
    }
    // A plural possessive (countries') with no opener pending is an apostrophe.
  }
  if (doubleOpen >= 0) quotes.push(makeQuote(text, doubleOpen, end, false));
  // Closed in closing order; only a quote nested in another is out of opening order.
  let ordered = true;
  for (let k = 1; k < quotes.length && ordered; k++) ordered = quotes[k - 1].open <= quotes[k].open;
  if (!ordered) quotes.sort((a, b) => a.open - b.open);

  const cuts: number[] = [];
  let q = 0;
  for (const b of boundaries) {
    // A boundary inside a quote does not split the unit; quotes are sorted and never cross, only nest.
    while (q < quotes.length && quotes[q].close < b) q++;
    if (q < quotes.length && quotes[q].open < b) continue;
    cuts.push(b);
  }
  cuts.push(end);
  let unitStart = start;
  let k = 0;
  for (const cut of cuts) {
    const first = k;
    while (k < quotes.length && quotes[k].open < cut) k++;
    pushUnit(text, unitStart, cut, paragraph, first === 0 && k === quotes.length ? quotes : quotes.slice(first, k), out);
    unitStart = cut;
  }
}

function isPunctuationCode(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;
}

const isLowerAscii = (c: number) => c >= 0x61 && c <= 0x7a;

/**
 * "he said.On the complaint": a lowercase word of three letters or more, a
 * period and a capitalized word with no space between are two sentences
 * (not "U.S.", not a site's "News.Az", whose word before starts in capitals).
 */
function gluedSentence(text: string, dot: number, floor: number, end: number): boolean {
  if (dot + 2 >= end || !isUpperCode(text.charCodeAt(dot + 1)) || !isLowerAscii(text.charCodeAt(dot + 2))) return false;
  let s = dot;
  while (s > floor && dot - s < 24 && isLowerAscii(text.charCodeAt(s - 1))) s--;
  return dot - s >= 3 && (s === floor || !isLetterCode(text.charCodeAt(s - 1)));
}

function sentenceBoundaryAfter(text: string, i: number, floor: number, end: number): number {
  let j = i + 1;
  // Closing marks and brackets that belong to the sentence just ended.
  while (j < end && j - i < 4) {
    const d = text.charCodeAt(j);
    if (d === 0x22 || d === 0x201d || d === 0x2019 || d === 0x27 || d === 41 || d === 93 || d === 0xbb) j++;
    else break;
  }
  if (j < end && j === i + 1 && text.charCodeAt(i) === 46 && gluedSentence(text, i, floor, end)) return j;
  if (j >= end || !isSpaceCode(text.charCodeAt(j))) return -1;
  let k = j;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  if (k >= end || !startsSentence(text.charCodeAt(k))) return -1;
  // '"Finally, finally!" Mateta said.': a quoted sentence's own stop does not part it from the name and verb after it.
  if ((text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63) && j > i + 1 && isDoubleQuoteCode(text.charCodeAt(i + 1)) && nameThenSaid(text, k, end)) return -1;
  // Last: the abbreviation test reads the word before the period, the dearest check.
  if (text.charCodeAt(i) === 46 && !periodEndsSentence(text, i, floor)) return -1;
  return j;
}

/** Verbs that, after a name, attribute the quotation just closed ('" Mateta said', '" Ann Roe added'). */
const SAID_AFTER_NAME: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'told', 'asked', 'explained', 'insisted', 'admitted', 'recalled', 'exclaimed', 'shouted', 'joked', 'laughed', 'replied', 'continued', 'noted', 'warned', 'wrote']);
/** Most capitalised words a speaker's name may run to before its verb. */
const NAME_WORDS = 4;

/** Whether one to a few capitalised words starting at `k` are followed by a verb of saying. */
function nameThenSaid(text: string, k: number, end: number): boolean {
  let i = k;
  for (let w = 0; w <= NAME_WORDS && i < end; w++) {
    const c = text.charCodeAt(i);
    let e = i;
    while (e < end && e - i < 24 && (isLetterCode(text.charCodeAt(e)) || text.charCodeAt(e) === 45 || text.charCodeAt(e) === 0x2019 || text.charCodeAt(e) === 39)) e++;
    if (e === i) return false;
    if (!isUpperCode(c)) return w > 0 && SAID_AFTER_NAME.has(lowerWordAt(text, i, e));
    if (w === NAME_WORDS || e >= end || text.charCodeAt(e) !== 32) return false;
    i = e + 1;
  }
  return false;
}

function makeQuote(text: string, open: number, close: number, closed: boolean): QuoteSpan {
  let words = 0;
  let inWord = false;
  for (let i = open + 1; i < close && words < WORD_CAP; i++) {
    const w = isWordCode(text.charCodeAt(i));
    if (w && !inWord) words++;
    inWord = w;
  }
  return { open, close, closed, words };
}

function pushUnit(text: string, start: number, end: number, paragraph: number, quotes: QuoteSpan[], out: ClaimUnit[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (start >= end) return;
  out.push({ start, end, paragraph, quotes });
}
