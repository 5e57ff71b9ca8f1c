import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { WORKER_SCRIPT } from './workerPool';

/** Set by the bundler: a hash of every file the index worker is built from. */
declare const ARTICLE_LENS_ANALYSIS_VERSION: string | undefined;

let computed: string | null = null;

/**
 * Names the analysis that builds index records: it changes whenever the
 * records it makes could, so a cache written by another analysis is never
 * served. A bundled server knows it from its build; otherwise (a watch
 * build, sources run directly) it is a hash of the worker bundle, or of this
 * module when there is none.
 */
export function analysisVersion(): string {
  if (typeof ARTICLE_LENS_ANALYSIS_VERSION === 'string' && ARTICLE_LENS_ANALYSIS_VERSION) return ARTICLE_LENS_ANALYSIS_VERSION;
  if (computed === null) {
    const hash = createHash('sha256');
    for (const file of [WORKER_SCRIPT, __filename]) {
      try {
        hash.update(fs.readFileSync(file));
        break;
      } catch {
        hash.update(file);
      }
    }
    computed = hash.digest('base64');
  }
  return computed;
}
