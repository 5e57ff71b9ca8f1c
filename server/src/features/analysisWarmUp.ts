import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analysis/analyze';
import type { Services } from '../services';
import { correctAnalysis } from '../workspace/correctedAnalysis';
import { type QuietOptions, runWhenQuiet } from '../workspace/idleSteps';
import { readyEntityAnswers } from './hover';
import { encodeTokens, tokensOf } from './semanticTokens';

/** Distinct articles the warm-up reads: enough variety for the optimiser to see every path it meets later. */
const WARM_UP_ARTICLES = 24;
/** Analyses in all: V8 optimises the analysis after one to two hundred runs. */
const WARM_UP_RUNS = 240;
/**
 * Analyses at least, however many articles the main thread analysed while indexing: those ran the index's part of the
 * analysis, not the dates or the tokens of an open article.
 */
const MIN_WARM_UP_RUNS = 48;
/** Larger articles are skipped: a few kilobytes exercise every path, and a step must stay short. */
const MAX_WARM_UP_BYTES = 16_000;

/** Runs `step` over `texts` in turn, `runs` times in all, as `runWhenQuiet` does. */
export function warmUp(texts: readonly { uri: string; text: string }[], runs: number, step: (uri: string, text: string) => void, options: QuietOptions = {}): Promise<number> {
  if (texts.length === 0) return Promise.resolve(0);
  return runWhenQuiet(
    runs,
    (i) => {
      const { uri, text } = texts[i % texts.length]!;
      step(uri, text);
    },
    options,
  );
}

function readSmall(uri: string): string | null {
  try {
    const file = fileURLToPath(uri);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > MAX_WARM_UP_BYTES) return null;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** An invented article through the analysis's main paths: headline, dateline, names, quotes, reported speech, dates. */
const PRIMER = [
  "Varnel Minister Says 'Talks Will Go On'",
  'Ostrava, March 3 (Tarvo News) -- Foreign Minister Anna Brill of Varnel said on Monday that the talks with the Ostran Trade Council would resume next week.',
  '"We will not walk away from the table," Brill told reporters in Ostrava. The U.N. envoy, Kito Marrs, said the two sides had met twice since January 2024.',
  'Prime Minister Jon Eskel is expected to visit Ostrava on Friday, according to the ministry. (end)',
].join('\n');

/** Analyses a text as an opened article is (corrected by the index, made into tokens), the result thrown away: only the optimised code stays. */
function analyseForTokens(text: string, index: Services['index']): void {
  const analysis = correctAnalysis(text, analyze(text), index, '');
  encodeTokens(text, tokensOf(analysis));
}

/** How long one step readies entities: a request that comes meanwhile waits for the step to end. */
const ENTITY_STEP_MS = 1;

/**
 * Warms the server up once the index is ready, in its idle time, two kinds of
 * step taking turns: some of the workspace's articles are analysed on the
 * main thread, whose copy of the analysis would otherwise still run
 * unoptimised at the first keystrokes, several times slower than once warm
 * (worker threads did the indexing); and the answers about the workspace's
 * entities are readied, most mentioned first (hover cards and symbol searches
 * otherwise pay for them on the first request). Every step steps aside while documents are being served.
 * Not while workers index: the warm-up would take its CPU time from them.
 */
export function registerAnalysisWarmUp({ indexer, index, lastServed }: Services): void {
  const quietFor = () => performance.now() - lastServed();
  // While worker threads index, the main thread analyses one small article: its first analysis otherwise
  // compiles the analysis code, and an article opened when indexing ends would wait for that.
  void indexer.analysing.then(() => setImmediate(() => analyseForTokens(PRIMER, index)));
  void indexer.ready.then(async () => {
    const texts: { uri: string; text: string }[] = [];
    for (const uri of index.uris()) {
      if (texts.length >= WARM_UP_ARTICLES) break;
      if (!uri.startsWith('file:')) continue;
      const text = readSmall(uri);
      if (text) texts.push({ uri, text });
    }
    const analyse = (i: number) => analyseForTokens(texts[i % texts.length]!.text, index);
    const ids = [...index.entities()].sort((a, b) => b.mentions - a.mentions).map((e) => e.id);
    let next = 0;
    let analysed = 0;
    const runs = texts.length > 0 ? Math.max(WARM_UP_RUNS - indexer.analysedHere, MIN_WARM_UP_RUNS) : 0;
    // Turn about: neither typing nor the first hovers should wait for the other half to finish.
    const step = (i: number) => {
      if (analysed < runs && (i % 2 === 0 || next >= ids.length)) {
        analyse(analysed++);
        return;
      }
      const until = performance.now() + ENTITY_STEP_MS;
      while (next < ids.length && performance.now() < until) readyEntityAnswers(index, ids[next++]!);
    };
    await runWhenQuiet(Number.POSITIVE_INFINITY, step, { stopped: () => analysed >= runs && next >= ids.length, quietFor });
  });
}
