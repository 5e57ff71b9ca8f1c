import { dayNumber, formatDate, fromDayNumber, isValidDate, parseIsoDate, type CalendarDate } from './timex';

/**
 * How far from the collection's middle date a yearless article may fall and
 * still take a year from it: five months. The nearest year is always within
 * half a year, but near that mark the year before and the year after are
 * about as likely, so such a date is better left open.
 */
const MAX_DISTANCE_DAYS = 152;

/**
 * The middle of a collection's dated articles: the median of their ISO
 * `YYYY-MM-DD` dates (invalid ones ignored), or null when none is dated.
 * A median rather than a mean, so that a few old or mis-dated articles do not
 * pull the collection's date away from where most of it lies.
 */
export function collectionMedianDate(dates: Iterable<string | null | undefined>): CalendarDate | null {
  const days: number[] = [];
  for (const value of dates) {
    const date = parseIsoDate(value);
    if (date) days.push(dayNumber(date));
  }
  if (days.length === 0) return null;
  days.sort((a, b) => a - b);
  return fromDayNumber(days[(days.length - 1) >> 1]!);
}

/**
 * The full date of an article whose own date names no year (`XXXX-11-23`),
 * taken from the articles it came with: the year that puts its month and day
 * nearest the collection's median date, when that is within half a year;
 * otherwise null, and the year stays open.
 *
 * @param openDate the article's yearless date, `XXXX-MM-DD`
 * @param collectionDates the ISO dates of the other articles (nulls allowed)
 * @returns ISO `YYYY-MM-DD`, or null
 */
export function dateFromCollection(openDate: string, collectionDates: Iterable<string | null | undefined>): string | null {
  const m = /^XXXX-(\d{2})-(\d{2})$/.exec(openDate);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const middle = collectionMedianDate(collectionDates);
  if (!middle) return null;
  const target = dayNumber(middle);
  let best: CalendarDate | null = null;
  let bestDistance = Infinity;
  for (let y = middle.y - 1; y <= middle.y + 1; y++) {
    if (!isValidDate(y, month, day)) continue;
    const distance = Math.abs(dayNumber({ y, m: month, d: day }) - target);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { y, m: month, d: day };
    }
  }
  return best && bestDistance <= MAX_DISTANCE_DAYS ? formatDate(best) : null;
}
