import { CollectionCalendar } from '../analysis/collectionDate';
import type { ArticleRecord } from './articleRecord';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * The calendar of the articles' own and recorded dates: dates the collection
 * itself gave are left out, so that one yearless article never dates another.
 */
export function calendarOf(records: Iterable<Pick<ArticleRecord, 'dct' | 'dctSource'>>): CollectionCalendar {
  const dates: (string | null)[] = [];
  for (const r of records) if (r.dctSource !== 'collection') dates.push(r.dct);
  return new CollectionCalendar(dates);
}

/**
 * The year a yearless article takes from the workspace it lies in: the dates
 * of the indexed articles, read again only when the index has changed.
 */
export class CollectionDates {
  readonly #index: WorkspaceIndex;
  #generation = -1;
  #calendar = new CollectionCalendar([]);

  constructor(index: WorkspaceIndex) {
    this.#index = index;
  }

  /** The full date for an article's open `XXXX-MM-DD` date, or null when the collection does not settle it. */
  dateFor(openDct: string): string | null {
    if (this.#generation !== this.#index.generation) {
      this.#generation = this.#index.generation;
      this.#calendar = calendarOf(this.#index.records());
    }
    return this.#calendar.dateFor(openDct);
  }
}
