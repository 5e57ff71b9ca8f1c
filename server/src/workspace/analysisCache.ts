import { analyze } from '../analysis/analyze';
import type { Analysis, AnalysisOptions } from '../analysis/types';

interface Entry {
  version: number;
  options: string;
  analysis: Analysis;
  /** The date the collection gave an article whose own date has no year, else null. */
  collectionDate: string | null;
}

/**
 * Completes an article's yearless date (`XXXX-11-23`) from the articles
 * around it, or returns null.
 */
export type CollectionDateOf = (openDct: string) => string | null;

/** Analyses of open documents, keyed by uri and version, computed on demand. */
export class AnalysisCache {
  readonly #entries = new Map<string, Entry>();
  readonly #collectionDate: CollectionDateOf;

  constructor(collectionDate: CollectionDateOf = () => null) {
    this.#collectionDate = collectionDate;
  }

  get(uri: string, version: number, text: string, options: AnalysisOptions = {}): Analysis {
    const key = JSON.stringify(options);
    const hit = this.#entries.get(uri);
    if (hit && hit.version === version && hit.options === key) {
      // A yearless article follows the collection as it is indexed; any other hit stands.
      if (options.documentDate || !hit.analysis.openDct || this.#collectionDate(hit.analysis.openDct) === hit.collectionDate) return hit.analysis;
    }
    let analysis = analyze(text, options);
    const collectionDate = !options.documentDate && analysis.openDct ? this.#collectionDate(analysis.openDct) : null;
    if (collectionDate) analysis = analyze(text, { ...options, documentDate: collectionDate, documentDateSource: 'collection' });
    this.#entries.set(uri, { version, options: key, analysis, collectionDate });
    return analysis;
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
  }
}
