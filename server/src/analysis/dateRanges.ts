import { chronoParse, noonOf } from './chronoDates';
import type { DateTokens } from './dateTokens';
import { MONTHS } from './dateWords';
import { dayNumber, formatDate, formatOpenMonthDay, isValidDate } from './timex';
import type { DateMention } from './types';

/** Words that join the two ends of a range: "Nov 24 to 26", "Sept. 17 through 26". */
const RANGE_WORDS = new Set(['to', 'through', 'thru', 'until', 'till']);

/** How far past the first date chrono-node reads: "November 24 until December 2, 2026". */
const WINDOW = 24;

// A day (the date the scanner read) written as a full or yearless ISO value.
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/;

/**
 * Whether the tokens after a date the scanner read (ending at token `last`)
 * start a second end: a dash or "to", "through", "until" before a day number
 * or a month. Only then is chrono-node asked, so it reads a few windows per
 * article at most.
 */
export function startsRange(t: DateTokens, last: number): boolean {
  const joiner = last + 1;
  const next = last + 2;
  if (next >= t.length || t.broken(joiner) || t.broken(next)) return false;
  // A spaced hyphen is a clause dash in wire copy ("Nov 24 - 26 people died"); a range's hyphen is glued.
  const dash = (t.is(joiner, '-') && t.glued(joiner) && t.glued(next)) || t.is(joiner, '\u2013');
  if (!dash && !RANGE_WORDS.has(t.key(joiner))) return false;
  const d = t.digits(next);
  // "from November 28 to December 3": a word before a second month joins two dates, each tagged alone;
  // "Nov 24 to 26" and "Nov 28-Dec 3" are one range.
  return d === 1 || d === 2 || (dash && MONTHS.has(t.key(next)));
}

/**
 * The range a date starts ("Nov 24-26", "March 3 to March 5, 2026"), read by
 * chrono-node from the date's start: the mention widened to the range's end,
 * its value `start/end`, or null when chrono reads no range that starts on
 * the same day. The first day keeps the value the scanner gave it (resolved
 * against the article's date or left open); the year of the second follows
 * it, one later when the range crosses the new year.
 */
export function widenToRange(text: string, first: DateMention): DateMention | null {
  const day = DAY_VALUE.exec(first.value);
  if (!day) return null;
  let stop = first.start;
  const limit = Math.min(text.length, first.end + WINDOW);
  while (stop < limit && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
  const m = Number(day[2]);
  const d = Number(day[3]);
  const open = day[1] === 'XXXX';
  // A leap year for an open value, so that February 29 stays a day.
  const y = open ? 2000 : Number(day[1]);
  const window = text.slice(first.start, stop);
  const result = chronoParse(window, noonOf(y, m, d), 'strict')[0];
  if (!result || result.index !== 0 || !result.end || result.start.get('month') !== m || result.start.get('day') !== d) return null;
  const length = trimmedLength(result.text);
  if (first.start + length <= first.end) return null;
  const y1 = result.start.get('year');
  const y2 = result.end.get('year');
  const m2 = result.end.get('month');
  const d2 = result.end.get('day');
  if (y1 === null || y2 === null || m2 === null || d2 === null) return null;
  const stated = result.start.isCertain('year');
  const startYear = stated ? y1 : y;
  const endYear = startYear + (y2 - y1);
  if (!isValidDate(endYear, m2, d2) || dayNumber({ y: endYear, m: m2, d: d2 }) <= dayNumber({ y: startYear, m, d })) return null;
  const end = first.start + length;
  const value = open && !stated ? `${formatOpenMonthDay(m, d)}/${formatOpenMonthDay(m2, d2)}` : `${formatDate({ y: startYear, m, d })}/${formatDate({ y: endYear, m: m2, d: d2 })}`;
  return { ...first, end, text: text.slice(first.start, end), value, kind: 'date', resolution: stated ? 'absolute' : first.resolution };
}

/** chrono's text without what trails it (spaces, commas). */
function trimmedLength(s: string): number {
  let n = s.length;
  while (n > 0) {
    const c = s.charCodeAt(n - 1);
    if (c !== 32 && c !== 44 && c !== 9) break;
    n--;
  }
  return n;
}

/**
 * Whether a day-first date the scanner read from token `first` ("22
 * November") ends a range that opens two tokens before: "20-22 November".
 */
export function endsDayRange(t: DateTokens, first: number): boolean {
  if (first < 2 || t.kind(first) !== t.kind(first - 2) || t.digits(first) === 0) return false;
  const d = t.digits(first - 2);
  return (d === 1 || d === 2) && ((t.is(first - 1, '-') && t.glued(first - 1) && t.glued(first)) || t.is(first - 1, '\u2013'));
}

/**
 * The range "20-22 November" whose last day the scanner read as `last`,
 * read by chrono-node from `start` (the first day's number): the mention
 * widened back to it, both days in the month and year of the last, or null.
 */
export function widenBackToRange(text: string, start: number, last: DateMention): DateMention | null {
  const day = DAY_VALUE.exec(last.value);
  if (!day) return null;
  const m = Number(day[2]);
  const d2 = Number(day[3]);
  const open = day[1] === 'XXXX';
  const y = open ? 2000 : Number(day[1]);
  const result = chronoParse(text.slice(start, last.end), noonOf(y, m, d2), 'strict')[0];
  if (!result || result.index !== 0 || !result.end || result.end.get('month') !== m || result.end.get('day') !== d2 || result.start.get('month') !== m) return null;
  const d1 = result.start.get('day');
  if (d1 === null || d1 >= d2 || start + trimmedLength(result.text) !== last.end) return null;
  const value = open ? `${formatOpenMonthDay(m, d1)}/${formatOpenMonthDay(m, d2)}` : `${formatDate({ y, m, d: d1 })}/${formatDate({ y, m, d: d2 })}`;
  return { ...last, start, text: text.slice(start, last.end), value, kind: 'date' };
}
