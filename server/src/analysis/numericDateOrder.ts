/**
 * Which way a page writes its all-numeric dates: "06/03/2024" is June 3 in
 * the United States and 6 March nearly everywhere else. The page itself
 * usually tells: another date on it whose day is over 12 ("21/03/2024"), a
 * weekday beside the date, a 24-hour clock after it ("06/03/2024 - 17:05"),
 * or the first weekday of the story, which reports the day it is dated.
 * One pass over the text, reading a bounded window at each date.
 */
import { isAsciiLetterCode as isLetter, isAsciiUpperCode as isUpper } from './claimTokens';
import { WEEKDAYS } from './dateWords';
import { isoWeekday, isValidDate } from './timex';

export type DayOrder = 'dmy' | 'mdy';

/** An article holds a few numeric dates; reading this many bounds the cost on hostile text. */
const MAX_DATES = 200;

/** How far into the story its first weekday is looked for, in characters. */
const LEAD_REACH = 2000;

/** The page's order of day and month, or null when nothing on it tells. */
export function numericDateOrder(text: string): DayOrder | null {
  let strongDmy = 0;
  let strongMdy = 0;
  let weakDmy = 0;
  let weakMdy = 0;
  // The first date both readings allow: the story's first weekday may tell which day it is.
  let firstAmbiguous: { end: number; y: number; a: number; b: number } | null = null;
  let seen = 0;
  DATE_HEAD.lastIndex = 0;
  while (seen < MAX_DATES && DATE_HEAD.test(text)) {
    const i = runStart(text, DATE_HEAD.lastIndex - 2);
    if (i < 0) continue;
    const date = readNumericDate(text, i);
    if (!date) continue;
    seen++;
    const { a, b, y, end } = date;
    DATE_HEAD.lastIndex = end;
    const dmyValid = b <= 12 && isValidDate(y, b, a);
    const mdyValid = a <= 12 && isValidDate(y, a, b);
    if (dmyValid && !mdyValid) strongDmy++;
    else if (mdyValid && !dmyValid) strongMdy++;
    if (!dmyValid || !mdyValid || a === b) continue;
    const beside = weekdayBeside(text, date.start, end);
    if (beside !== null) {
      const dmy = isoWeekday({ y, m: b, d: a }) === beside;
      const mdy = isoWeekday({ y, m: a, d: b }) === beside;
      if (dmy !== mdy) {
        if (dmy) strongDmy++;
        else strongMdy++;
        continue;
      }
    }
    if (isTwentyFourHourClockAfter(text, end)) weakDmy++;
    firstAmbiguous ??= { end, y, a, b };
  }
  if (strongDmy !== strongMdy) return strongDmy > strongMdy ? 'dmy' : 'mdy';
  if (firstAmbiguous) {
    const { end, y, a, b } = firstAmbiguous;
    const lead = firstWeekdayAfter(text, end);
    if (lead !== null) {
      const dmy = isoWeekday({ y, m: b, d: a }) === lead;
      const mdy = isoWeekday({ y, m: a, d: b }) === lead;
      if (dmy && !mdy) weakDmy++;
      if (mdy && !dmy) weakMdy++;
    }
  }
  if (weakDmy !== weakMdy) return weakDmy > weakMdy ? 'dmy' : 'mdy';
  return null;
}

// One or two digits and a date's separator: where a date may start. The regular expression
// engine skips the text between them far faster than a loop over every character.
const DATE_HEAD = /[0-9]{1,2}[/.-]/g;

/**
 * The start of the run of digits ending at `last`, or -1 when no date starts there: the run is
 * longer than a day or month, or it continues a word ("A4/..."), as a reading from each
 * character would find.
 */
function runStart(text: string, last: number): number {
  let i = last;
  if (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  if (i > 0 && isAlnum(text.charCodeAt(i - 1))) return -1;
  return i;
}

interface NumericDate {
  start: number;
  end: number;
  a: number;
  b: number;
  y: number;
}

/** "06/03/2024", "6-3-2024", "06.03.2024" at `i`: the two leading numbers and the year. */
function readNumericDate(text: string, i: number): NumericDate | null {
  const first = readNumber(text, i, 2);
  if (!first) return null;
  const sep = text.charCodeAt(first.end);
  if (sep !== 47 && sep !== 45 && sep !== 46) return null;
  const second = readNumber(text, first.end + 1, 2);
  if (!second || text.charCodeAt(second.end) !== sep) return null;
  const year = readNumber(text, second.end + 1, 4);
  if (!year || year.end - second.end - 1 !== 4 || isAlnum(text.charCodeAt(year.end))) return null;
  if (year.value < 1900 || year.value > 2100 || first.value === 0 || second.value === 0) return null;
  return { start: i, end: year.end, a: first.value, b: second.value, y: year.value };
}

function readNumber(text: string, i: number, max: number): { value: number; end: number } | null {
  let value = 0;
  let k = i;
  while (k < text.length && k - i <= max && isDigit(text.charCodeAt(k))) value = value * 10 + text.charCodeAt(k++) - 48;
  return k === i || k - i > max ? null : { value, end: k };
}

/** "17:05", " - 08:14", ", 21:30" after a date: an hour over 12 or written with a leading zero. */
function isTwentyFourHourClockAfter(text: string, end: number): boolean {
  let k = end;
  const limit = Math.min(text.length, end + 6);
  while (k < limit && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 45 || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 0x2013)) k++;
  const hour = readNumber(text, k, 2);
  if (!hour || hour.end - k !== 2 || text.charCodeAt(hour.end) !== 58) return false;
  return hour.value > 12 || text.charCodeAt(k) === 48;
}

/** The weekday named right before or after a date ("Wednesday, 06/03/2024", "06/03/2024 (Wed)"). */
function weekdayBeside(text: string, start: number, end: number): number | null {
  let k = start;
  while (k > 0 && start - k < 3 && !isLetter(text.charCodeAt(k - 1))) k--;
  let from = k;
  while (from > 0 && k - from < 10 && isLetter(text.charCodeAt(from - 1))) from--;
  const before = weekdayWord(text, from, k);
  if (before !== null) return before;
  let after = end;
  while (after < text.length && after - end < 3 && !isLetter(text.charCodeAt(after))) after++;
  let to = after;
  while (to < text.length && to - after < 10 && isLetter(text.charCodeAt(to))) to++;
  return weekdayWord(text, after, to);
}

const ABBREVIATED: ReadonlyMap<string, number> = new Map([['mon', 1], ['tue', 2], ['wed', 3], ['thu', 4], ['fri', 5], ['sat', 6], ['sun', 7]]);

function weekdayWord(text: string, from: number, to: number): number | null {
  if (to - from < 3 || !isUpper(text.charCodeAt(from))) return null;
  const word = text.slice(from, to).toLowerCase();
  return WEEKDAYS.get(word) ?? ABBREVIATED.get(word) ?? null;
}

/** The first capitalised weekday name within `LEAD_REACH` characters after `from`. */
function firstWeekdayAfter(text: string, from: number): number | null {
  const limit = Math.min(text.length, from + LEAD_REACH);
  for (let k = from; k < limit; k++) {
    if (!isUpper(text.charCodeAt(k)) || isLetter(text.charCodeAt(k - 1))) continue;
    let to = k + 1;
    while (to < limit && to - k <= 9 && isLetter(text.charCodeAt(to))) to++;
    const length = to - k;
    if (length >= 6 && length <= 9) {
      const wd = WEEKDAYS.get(text.slice(k, to).toLowerCase());
      if (wd !== undefined) return wd;
    }
    k = to - 1;
  }
  return null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}


function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
