/**
 * Calendar arithmetic and TIMEX3 value formatting for the date extractor.
 *
 * Dates are handled as proleptic Gregorian `{ y, m, d }` triples computed
 * through UTC day numbers, so no time zone or locale can shift a value.
 */

export interface CalendarDate {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const MS_PER_DAY = 86_400_000;

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function fromDayNumber(day: number): CalendarDate {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_LENGTHS[m - 1] ?? 0;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week of a date: the week-numbering year may differ from the calendar year. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** `YYYY-MM-DD` parsed strictly, or null. */
export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  if (!value || value.length < 10) return null;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (value[4] !== '-' || value[7] !== '-' || !Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function formatDate(date: CalendarDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

export function formatWeek(date: CalendarDate): string {
  const w = isoWeek(date);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

/** A month and day whose year is unknown: `XXXX-11-24`. */
export function formatOpenMonthDay(m: number, d: number): string {
  return `XXXX-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `T12:17`, `T05:05:38`, with `Z` for GMT/UTC. */
export function formatClock(hour: number, minute: number, second: number | null, utc: boolean): string {
  return `T${pad(hour, 2)}:${pad(minute, 2)}${second === null ? '' : `:${pad(second, 2)}`}${utc ? 'Z' : ''}`;
}

/** Adds months, clamping the day; used for "two months ago" style offsets. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

/**
 * The year that puts a month-day closest to the anchor, or the nearest one on
 * the side the text's tense points to.
 */
export function yearForMonthDay(anchor: CalendarDate, m: number, d: number, lean: Lean): number {
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1];
  const a = dayNumber(anchor);
  // "was ordered to report to prison on Feb. 9" in a January story: a day weeks ahead, not most of a year back.
  if (lean === 'past') {
    const back = yearForMonthDay(anchor, m, d, 'none');
    const diff = dayNumber({ y: back, m, d }) - a;
    if (diff > 0 && diff <= NEAR_AHEAD_DAYS && isValidDate(back - 1, m, d) && a - dayNumber({ y: back - 1, m, d }) > FAR_BACK_DAYS) return back;
  }
  // "The summit runs Nov 24-26" in a story of Nov 27: a day just gone, not one most of a year ahead.
  if (lean === 'future') {
    const near = yearForMonthDay(anchor, m, d, 'none');
    const diff = dayNumber({ y: near, m, d }) - a;
    if (diff < 0 && diff >= -NEAR_BACK_DAYS) return near;
  }
  let best = anchor.y;
  let bestScore = Infinity;
  for (const y of candidates) {
    if (!isValidDate(y, m, d)) continue;
    const diff = dayNumber({ y, m, d }) - a;
    if (lean === 'past' && diff > 0) continue;
    if (lean === 'future' && diff < 0) continue;
    const score = Math.abs(diff);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** A yearless day this few days ahead of the article's date is that one, whatever the tense, when the one before is this far back. */
const NEAR_AHEAD_DAYS = 45;
const FAR_BACK_DAYS = 300;
/** A yearless day this few days before the article's date is that one though the sentence looks ahead. */
const NEAR_BACK_DAYS = 7;

/** The year of the named month nearest the anchor, or on the side the tense points to. */
export function yearForMonth(anchor: CalendarDate, m: number, lean: Lean): number {
  if (lean === 'past') return m <= anchor.m ? anchor.y : anchor.y - 1;
  if (lean === 'future') return m >= anchor.m ? anchor.y : anchor.y + 1;
  const diff = m - anchor.m;
  if (diff > 6) return anchor.y - 1;
  if (diff < -6) return anchor.y + 1;
  return anchor.y;
}

/**
 * The date of a weekday relative to the anchor: news reports use a bare
 * weekday for the most recent such day ("said on Monday") unless the sentence
 * looks ahead ("will visit on Friday").
 */
export function dateForWeekday(anchor: CalendarDate, weekday: number, lean: Lean): CalendarDate {
  const today = isoWeekday(anchor);
  if (lean === 'future') return addDays(anchor, (weekday - today + 7) % 7);
  return addDays(anchor, -((today - weekday + 7) % 7));
}

/** Which way the surrounding text points in time. */
export type Lean = 'past' | 'future' | 'none';

/** Marks a clock's US zone ("08:00 ET") in a value until its day is known: `T08:00@-5`. */
export const US_ZONE_MARK = '@';

/**
 * The value with a US zone's mark replaced by its offset on that day
 * (daylight saving time from the second Sunday of March to the first Sunday
 * of November), or dropped where the day is not known.
 */
export function settleUsZone(value: string): string {
  const mark = value.indexOf(US_ZONE_MARK);
  if (mark < 0) return value;
  const base = value.slice(0, mark);
  const date = base.length > 10 && base.charCodeAt(10) === 84 ? parseIsoDate(base.slice(0, 10)) : null;
  if (!date) return base;
  const hours = Number(value.slice(mark + 1)) + (isUsDaylightTime(date) ? 1 : 0);
  return `${base}${hours < 0 ? '-' : '+'}${pad(hours, 2)}:00`;
}

function isUsDaylightTime(date: CalendarDate): boolean {
  if (date.m < 3 || date.m > 11) return false;
  if (date.m > 3 && date.m < 11) return true;
  // The n-th Sunday of the month: the 2nd of March begins it, the 1st of November ends it.
  const firstSunday = 1 + ((7 - isoWeekday({ y: date.y, m: date.m, d: 1 })) % 7);
  return date.m === 3 ? date.d >= firstSunday + 7 : date.d < firstSunday;
}
