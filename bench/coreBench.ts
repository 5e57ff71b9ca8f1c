import { type InputKind, INPUT_DESCRIPTIONS } from './benchInputs';
import { HOSTILE_SHAPES } from './hostileShapes';
import { median, percentile } from './stats';
import { runCoreTask } from './workerRunner';

/** Speed on whole articles, for the analysis core or another engine. */
export interface ArticleFigures {
  engine: 'core' | 'compromise';
  articles: number;
  meanBytes: number;
  rounds: number;
  /** Per-article milliseconds: the median over rounds of each round's percentile. */
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  /** UTF-8 megabytes (10^6 bytes) per second of wall-clock time on one thread. */
  mbPerSecond: number;
  /** The same per second of CPU time: what the work costs, whatever else the machine runs. */
  mbPerCpuSecond: number;
  /** Entities found per article (a sanity check that the engine did its work). */
  entitiesPerArticle: number;
}

/** One large or hostile input: time per megabyte should stay flat. */
export interface InputFigures {
  kind: InputKind;
  description: string;
  megabytes: number;
  rounds: number;
  status: 'ok' | 'timeout' | 'error';
  message?: string;
  medianMs: number | null;
  msPerMB: number | null;
  /** CPU milliseconds per megabyte (median over rounds). */
  cpuMsPerMB: number | null;
  found: number | null;
}

/** A hostile shape's large-over-small ratio above this means its time grows faster than its text. */
export const SHAPE_GROWS = 1.6;

/** One hostile shape at a small and a large size: CPU time per megabyte at each, and their ratio. */
export interface ShapeFigures {
  name: string;
  aims: string;
  megabytes: [number, number];
  status: 'ok' | 'timeout' | 'error';
  message?: string;
  cpuMsPerMB: [number, number] | null;
  /** Large over small: about 1 when time grows in proportion to the text. */
  ratio: number | null;
}

export interface CoreFigures {
  articles: ArticleFigures;
  inputs: InputFigures[];
  /** Absent in figures stored before the shapes were measured. */
  shapes?: ShapeFigures[];
}

export interface CoreOptions {
  articles: number;
  rounds: number;
  inputs: { kind: InputKind; megabytes: number }[];
  /** Seconds one megabyte of input may take before the measurement is stopped. */
  secondsPerMB: number;
  /** The two sizes every hostile shape is measured at. */
  shapeMegabytes: [number, number];
}

export const DEFAULT_INPUTS: CoreOptions['inputs'] = [
  { kind: 'articles', megabytes: 1 },
  { kind: 'articles', megabytes: 5 },
  { kind: 'articles', megabytes: 20 },
  { kind: 'single-line', megabytes: 1 },
  { kind: 'capital-letters', megabytes: 1 },
  { kind: 'capitalized-words', megabytes: 1 },
  { kind: 'upper-case-words', megabytes: 1 },
  { kind: 'quote-marks', megabytes: 1 },
  { kind: 'quotes-and-words', megabytes: 1 },
  { kind: 'abbreviations', megabytes: 1 },
];

/** Measures `engine` on the first `count` generated articles, each round timing every article. */
export async function measureArticles(engine: 'core' | 'compromise', count: number, rounds: number): Promise<ArticleFigures> {
  const outcome = await runCoreTask({ task: 'articles', engine, count, rounds, warmup: Math.min(count, 200) }, 30 * 60_000);
  if (!outcome.ok) throw new Error(`${engine} on ${count} articles: ${outcome.message}`);
  const r = outcome.result;
  if (r.task !== 'articles') throw new Error('unexpected worker answer');
  const totals = r.rounds.map((times) => times.reduce((a, b) => a + b, 0));
  return {
    engine,
    articles: count,
    meanBytes: r.bytes / count,
    rounds,
    medianMs: median(r.rounds.map((t) => percentile(t, 50))),
    p95Ms: median(r.rounds.map((t) => percentile(t, 95))),
    p99Ms: median(r.rounds.map((t) => percentile(t, 99))),
    mbPerSecond: r.bytes / 1e6 / (median(totals) / 1000),
    mbPerCpuSecond: r.bytes / 1e6 / (median(r.cpuMillis) / 1000),
    entitiesPerArticle: r.found / count,
  };
}

/** The analysis core's speed on articles, large files and hostile text. */
export async function runCoreBench(options: CoreOptions, log: (line: string) => void): Promise<CoreFigures> {
  log(`core: ${options.articles} articles × ${options.rounds} rounds`);
  const articles = await measureArticles('core', options.articles, options.rounds);
  const inputs: InputFigures[] = [];
  for (const { kind, megabytes } of options.inputs) {
    const rounds = options.rounds;
    log(`core: ${megabytes} MB ${kind} × ${rounds}`);
    const timeoutMs = (options.secondsPerMB * megabytes * rounds + 30) * 1000;
    const outcome = await runCoreTask({ task: 'input', kind, megabytes, rounds }, timeoutMs);
    const base = { kind, description: INPUT_DESCRIPTIONS[kind], megabytes, rounds };
    if (!outcome.ok || outcome.result.task !== 'input') {
      const message = outcome.ok ? 'unexpected worker answer' : outcome.message;
      inputs.push({ ...base, status: outcome.ok ? 'error' : outcome.reason, message, medianMs: null, msPerMB: null, cpuMsPerMB: null, found: null });
      continue;
    }
    const m = median(outcome.result.millis);
    const mb = outcome.result.bytes / 1e6;
    inputs.push({ ...base, status: 'ok', medianMs: m, msPerMB: m / mb, cpuMsPerMB: median(outcome.result.cpuMillis) / mb, found: outcome.result.found });
  }
  const shapes: ShapeFigures[] = [];
  const [small, large] = options.shapeMegabytes;
  log(`core: ${HOSTILE_SHAPES.length} hostile shapes at ${small} and ${large} MB`);
  const measureShape = async (name: string, aims: string): Promise<ShapeFigures> => {
    const base = { name, aims, megabytes: options.shapeMegabytes };
    const outcome = await runCoreTask({ task: 'shape', name, megabytes: [small, large] }, (options.secondsPerMB * (small + large) + 30) * 1000);
    if (!outcome.ok || outcome.result.task !== 'shape') {
      const message = outcome.ok ? 'unexpected worker answer' : outcome.message;
      return { ...base, status: outcome.ok ? 'error' : outcome.reason, message, cpuMsPerMB: null, ratio: null };
    }
    const { bytes, cpuMillis } = outcome.result;
    const perMB: [number, number] = [cpuMillis[0]! / (bytes[0]! / 1e6), cpuMillis[1]! / (bytes[1]! / 1e6)];
    return { ...base, status: 'ok', cpuMsPerMB: perMB, ratio: perMB[1] / perMB[0] };
  };
  for (const { name, aims } of HOSTILE_SHAPES) {
    let figures = await measureShape(name, aims);
    // One run each is cheap but a collection can land in either: a shape that seems to grow is measured again and the steadier run kept.
    if (figures.status === 'ok' && figures.ratio! > SHAPE_GROWS) {
      const again = await measureShape(name, aims);
      if (again.status === 'ok' && again.ratio! < figures.ratio!) figures = again;
    }
    shapes.push(figures);
  }
  return { articles, inputs, shapes };
}
