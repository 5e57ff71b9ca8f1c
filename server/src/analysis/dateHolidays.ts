import { on, type DateMatch } from './dateMatch';
import type { DateTokens } from './dateTokens';

// Holidays with a fixed place in the calendar ("after Christmas", "over the Thanksgiving weekend"):
// a day like a yearless date, placed by the tense around it.

/** Words before a holiday's name that make it a time ("after Christmas", "over Thanksgiving"), not part of a name ("Christmas tree"). */
const HOLIDAY_CUES: ReadonlySet<string> = new Set([
  'after', 'before', 'by', 'until', 'till', 'at', 'over', 'since', 'on', 'for', 'around', 'during', 'this', 'last', 'next',
  'through', 'from', 'to', 'between', 'and', 'ahead', 'of',
]);
/** Nouns after "the" and a holiday that still make it the day ("the Thanksgiving weekend", "the Christmas holidays"). */
const HOLIDAY_PERIODS: ReadonlySet<string> = new Set(['weekend', 'holiday', 'holidays', 'break', 'period', 'week']);

/** Holiday words that can start a date, lower case. */
export const HOLIDAY_WORDS: readonly string[] = ['christmas', 'thanksgiving'];

/** "Christmas Day", "Christmas Eve", or Christmas or Thanksgiving after a word that makes it a time, at token `i`. */
export function matchHoliday(t: DateTokens, i: number): DateMatch | null {
  if (!t.capitalised(i)) return null;
  const key = t.key(i);
  const nextKey = on(t, i + 1) && t.capitalised(i + 1) ? t.key(i + 1) : '';
  if (key === 'christmas' && (nextKey === 'eve' || nextKey === 'day')) return { first: i, last: i + 1, meaning: { t: 'monthDay', m: 12, d: nextKey === 'eve' ? 24 : 25 } };
  const prevKey = i > 0 && on(t, i) ? t.key(i - 1) : '';
  const period = on(t, i + 1) && HOLIDAY_PERIODS.has(t.key(i + 1));
  if (!HOLIDAY_CUES.has(prevKey) && !(prevKey === 'the' && period)) return null;
  // Thanksgiving in the United States: the fourth Thursday of November.
  return key === 'christmas' ? { first: i, last: i, meaning: { t: 'monthDay', m: 12, d: 25 } } : { first: i, last: i, meaning: { t: 'nthWeekday', m: 11, wd: 4, n: 4 } };
}
