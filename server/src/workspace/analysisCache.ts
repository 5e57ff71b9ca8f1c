import { analyze } from '../analysis/analyze';
import type { Analysis, AnalysisOptions } from '../analysis/types';

interface Entry {
  version: number;
  options: string;
  analysis: Analysis;
}

/** Analyses of open documents, keyed by uri and version, computed on demand. */
export class AnalysisCache {
  readonly #entries = new Map<string, Entry>();

  get(uri: string, version: number, text: string, options: AnalysisOptions = {}): Analysis {
    const key = JSON.stringify(options);
    const hit = this.#entries.get(uri);
    if (hit && hit.version === version && hit.options === key) return hit.analysis;
    const analysis = analyze(text, options);
    this.#entries.set(uri, { version, options: key, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
  }
}
