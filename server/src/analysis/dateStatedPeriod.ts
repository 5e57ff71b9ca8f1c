import { splitLines, type Line } from './textLines';
import type { ArticleStructure, DateMention } from './types';

/** A "this year", "last year" or "this quarter" the article's date did not resolve, by its index among the mentions. */
export interface OpenPeriod {
  index: number;
  unit: 'Y' | 'Q';
  n: number;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H[12]$/;
const STATED_YEAR = /^(\d{4})(?:$|-)/;
const SAME_QUARTER = 'the same quarter';

/** How far past the headline the lead's first sentence may run. */
const LEAD_REACH = 400;

/**
 * "the second quarter of 2024 ... in the same quarter last year": four quarters before the quarter the
 * article last named in full, whatever the article's own date; with none named, the article's date decides.
 */
export function settleSameQuarter(dates: DateMention[]): void {
  let named: RegExpExecArray | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d.resolution === 'absolute') {
      named = QUARTER.exec(d.value) ?? named;
      continue;
    }
    if (!named || d.text.slice(0, SAME_QUARTER.length).toLowerCase() !== SAME_QUARTER) continue;
    dates[i] = { ...d, value: `${String(Number(named[1]) - 1).padStart(4, '0')}-Q${named[2]}`, resolution: 'stated-period' };
  }
}

/**
 * In an article that states no date of its own, the period its news is about, as the lead states it ("reported
 * a decline in earnings for the second quarter of 2024", a headline's "153 new species in 2023"), anchors
 * "this year", "last year" and "this quarter". Only a quarter or half in the headline or the lead's first
 * sentence, or a year in the headline, counts, and only when no later year is stated anywhere in the article:
 * a year the lead gives in passing ("founded in 2011") is no quarter, and a story about a past year names later ones.
 */
export function settleByStatedPeriod(text: string, structure: ArticleStructure, dates: DateMention[], open: readonly OpenPeriod[]): void {
  if (open.length === 0) return;
  // A first line that ends in a stop is the lead, taken for a headline.
  const headline = structure.headline && !endsInStop(text, structure.headline.start, structure.headline.end) ? structure.headline : null;
  const leadEnd = firstSentenceEnd(text, headline ? headline.end : 0);
  let year: number | null = null;
  let quarter: number | null = null;
  let latest = -Infinity;
  let titles: Line[] | null = null;
  for (const d of dates) {
    if (d.resolution !== 'absolute' || d.kind !== 'date') continue;
    const stated = STATED_YEAR.exec(d.value);
    if (!stated) continue;
    latest = Math.max(latest, Number(stated[1]));
    if (year !== null) continue;
    titles ??= titleLines(text);
    const inHeadline = (headline !== null && d.start >= headline.start && d.end <= headline.end) || titles.some((t) => d.start >= t.start && d.end <= t.end);
    const q = QUARTER.exec(d.value);
    if (q && d.start < leadEnd) {
      year = Number(q[1]);
      quarter = Number(q[2]);
    } else if (HALF.test(d.value) && d.start < leadEnd) year = Number(stated[1]);
    else if (inHeadline && /^\d{4}$/.test(d.value)) year = Number(d.value);
  }
  if (year === null || latest > year) return;
  for (const o of open) {
    const d = dates[o.index];
    if (o.unit === 'Y') dates[o.index] = { ...d, value: String(year + o.n).padStart(4, '0'), resolution: 'stated-period' };
    else if (quarter !== null && o.n === 0) dates[o.index] = { ...d, value: `${String(year).padStart(4, '0')}-Q${quarter}`, resolution: 'stated-period' };
  }
}

/** Where the first sentence after `from` ends: at a stop before a space, a line break, or `LEAD_REACH` on. */
export function firstSentenceEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13 || text.charCodeAt(at) === 32)) at++;
  const limit = Math.min(text.length, at + LEAD_REACH);
  for (let k = at; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return k;
    if ((c === 46 || c === 33 || c === 63) && (k + 1 >= text.length || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 10)) return k;
  }
  return limit;
}

/** Whether the text from `start` to `end` ends in a full stop, a question or an exclamation mark, spaces aside. */
function endsInStop(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)) k--;
  const c = text.charCodeAt(k);
  return k >= start && (c === 46 || c === 33 || c === 63);
}

/** How far into the page a title line may start, and how many top lines are read for one. */
const TITLE_REACH = 1500;
const TITLE_LINES = 20;
/** A title is short; a paragraph of the story is long and ends in a stop. */
const MAX_TITLE = 120;
const PARAGRAPH = 150;
const MIN_TITLE_WORDS = 3;

/**
 * The title lines above the story: short lines of at least three words that end in no stop, before the
 * first paragraph (a long line ending in a stop or a quote). Page furniture above the headline
 * ("fact-checked", a newsletter's invitation) may stand there too; the year rule's other tests keep to
 * the story's own period. Only the page's first characters are read.
 */
function titleLines(text: string): Line[] {
  const titles: Line[] = [];
  for (const line of splitLines(text.slice(0, TITLE_REACH + 2 * PARAGRAPH), TITLE_LINES)) {
    if (line.start > TITLE_REACH) break;
    const length = line.end - line.start;
    const last = lastVisible(text, line.start, line.end);
    if (length >= PARAGRAPH && (last === 46 || last === 34 || last === 0x201d)) break;
    const stop = last === 46 || last === 33 || last === 63 || last === 58;
    if (length <= MAX_TITLE && !stop && wordCount(text, line.start, line.end) >= MIN_TITLE_WORDS) titles.push(line);
  }
  return titles;
}

function lastVisible(text: string, start: number, end: number): number {
  let k = end - 1;
  while (k >= start && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k >= start ? text.charCodeAt(k) : 0;
}

function wordCount(text: string, start: number, end: number): number {
  let words = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) !== 32 && (k === start || text.charCodeAt(k - 1) === 32)) words++;
  return words;
}
