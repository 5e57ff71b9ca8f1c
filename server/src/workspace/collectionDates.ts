import { CollectionCalendar } from '../analysis/collectionDate';
import type { WorkspaceIndex } from './workspaceIndex';

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
      this.#calendar = new CollectionCalendar(this.#index.records().map((r) => r.dct));
    }
    return this.#calendar.dateFor(openDct);
  }
}
