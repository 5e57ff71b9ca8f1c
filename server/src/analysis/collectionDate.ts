import { dayNumber, formatDate, fromDayNumber, isValidDate, parseIsoDate } from './timex';

/**
 * How near a dated article of the collection a yearless article's month and
 * day must fall, in the year proposed, for that year to be taken: a month,
 * as for the dates an article states itself. A median or a mean would give a
 * year to every yearless article of a collection that spans years (a folder
 * of wire stories from 2022 to 2025 with one of them dated); a dated
 * neighbour within a month is evidence for that one article.
 */
const NEAR_DAYS = 31;

/**
 * The dated articles of a collection, sorted once, to complete the yearless
 * dates of the others.
 */
export class CollectionCalendar {
  readonly #days: Int32Array;
  readonly #years: number[];

  /** @param dates the ISO `YYYY-MM-DD` dates of the collection's articles (nulls and invalid values are skipped) */
  constructor(dates: Iterable<string | null | undefined>) {
    const days: number[] = [];
    const years = new Set<number>();
    for (const value of dates) {
      const date = parseIsoDate(value);
      if (!date) continue;
      days.push(dayNumber(date));
      years.add(date.y);
    }
    this.#days = Int32Array.from(days).sort();
    this.#years = [...years];
  }

  /** How many dated articles the collection holds. */
  get size(): number {
    return this.#days.length;
  }

  /**
   * The full date of an article whose own date names no year (`XXXX-11-23`):
   * the year that puts its month and day within a month of a dated article of
   * the collection, or between two dated articles of that same year (a summer
   * story in a folder dated from February to November of one year); null when
   * no year does, or when two do (the year is then not settled).
   *
   * @param openDate the article's yearless date, `XXXX-MM-DD`
   * @returns ISO `YYYY-MM-DD`, or null
   */
  dateFor(openDate: string): string | null {
    const m = /^XXXX-(\d{2})-(\d{2})$/.exec(openDate);
    if (!m || this.#days.length === 0) return null;
    const month = Number(m[1]);
    const day = Number(m[2]);
    let found: number | null = null;
    const tried = new Set<number>();
    for (const year of this.#years) {
      for (let y = year - 1; y <= year + 1; y++) {
        if (tried.has(y) || !isValidDate(y, month, day)) continue;
        tried.add(y);
        const target = dayNumber({ y, m: month, d: day });
        if (this.#nearestDistance(target) > NEAR_DAYS && !this.#betweenDatesOfYear(target, y)) continue;
        if (found !== null) return null;
        found = y;
      }
    }
    return found === null ? null : formatDate({ y: found, m: month, d: day });
  }

  /** Index of the first dated day not before `target`. */
  #firstFrom(target: number): number {
    const days = this.#days;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether dated articles of year `y` lie on both sides of the day. */
  #betweenDatesOfYear(target: number, y: number): boolean {
    const lo = this.#firstFrom(target);
    if (lo === 0 || lo >= this.#days.length) return false;
    return fromDayNumber(this.#days[lo - 1]!).y === y && fromDayNumber(this.#days[lo]!).y === y;
  }

  #nearestDistance(target: number): number {
    const days = this.#days;
    const lo = this.#firstFrom(target);
    let best = Infinity;
    if (lo < days.length) best = days[lo]! - target;
    if (lo > 0) best = Math.min(best, target - days[lo - 1]!);
    return best;
  }
}

/**
 * The full date of an article whose own date names no year, from the dates
 * of the articles it came with (see {@link CollectionCalendar.dateFor}).
 * For many articles, build one `CollectionCalendar` instead.
 */
export function dateFromCollection(openDate: string, collectionDates: Iterable<string | null | undefined>): string | null {
  return new CollectionCalendar(collectionDates).dateFor(openDate);
}
