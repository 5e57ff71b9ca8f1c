/**
 * Runs one measurement on a worker thread, so that each starts from a fresh
 * heap and a runaway input can be stopped from outside.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../server/src/analysis/analyze';
import { buildInput, type InputKind } from './benchInputs';
import { buildShape, HOSTILE_SHAPES } from './hostileShapes';
import { compromiseEntities } from './compromiseEntities';
import { DEFAULT_CORPUS_OPTIONS, generateCorpus } from './generateCorpus';
import { now } from './stats';

/** What the main thread asks a worker to measure. */
export type CoreTask =
  | { task: 'articles'; engine: 'core' | 'compromise'; count: number; rounds: number; warmup: number }
  | { task: 'input'; kind: InputKind; megabytes: number; rounds: number }
  | { task: 'shape'; name: string; megabytes: number[] };

/** Per-article milliseconds for each round, or per-round milliseconds for one input. */
export type CoreTaskResult =
  | { task: 'articles'; bytes: number; rounds: number[][]; cpuMillis: number[]; found: number }
  | { task: 'input'; bytes: number; millis: number[]; cpuMillis: number[]; found: number }
  | { task: 'shape'; bytes: number[]; cpuMillis: number[] };

/**
 * CPU milliseconds the process has used. The main thread waits while a worker
 * measures, so on a busy machine this counts the work itself where wall-clock
 * time also counts the waits for a core.
 */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(t: CoreTask): CoreTaskResult {
  if (t.task === 'shape') {
    const shape = HOSTILE_SHAPES.find((s) => s.name === t.name);
    if (!shape) throw new Error(`no hostile shape ${t.name}`);
    warm(200);
    const texts = t.megabytes.map((mb) => buildShape(shape, Math.round(mb * 1e6)));
    // Each size once unmeasured: until the shape's own paths are compiled, the first size pays for it and the ratio reads low.
    for (const text of texts) analyze(text);
    const bytes: number[] = [];
    const cpuMillis: number[] = [];
    for (const text of texts) {
      bytes.push(Buffer.byteLength(text, 'utf8'));
      const cpu = cpuNow();
      analyze(text);
      cpuMillis.push(cpuNow() - cpu);
    }
    return { task: 'shape', bytes, cpuMillis };
  }
  if (t.task === 'input') {
    const text = buildInput(t.kind, t.megabytes);
    const bytes = Buffer.byteLength(text, 'utf8');
    warm(200);
    const millis: number[] = [];
    const cpuMillis: number[] = [];
    let found = 0;
    for (let r = 0; r < t.rounds; r++) {
      const cpu = cpuNow();
      const started = now();
      const a = analyze(text);
      millis.push(now() - started);
      cpuMillis.push(cpuNow() - cpu);
      found = a.entities.length + a.dates.length + a.claims.length;
    }
    return { task: 'input', bytes, millis, cpuMillis, found };
  }
  const texts = [...generateCorpus(0, t.count, DEFAULT_CORPUS_OPTIONS)].map((a) => a.text);
  const bytes = texts.reduce((sum, s) => sum + Buffer.byteLength(s, 'utf8'), 0);
  const one = t.engine === 'core' ? (s: string) => analyze(s).entities.length : (s: string) => compromiseEntities(s).length;
  for (let i = 0; i < t.warmup; i++) one(texts[i % texts.length]!);
  const rounds: number[][] = [];
  const cpuMillis: number[] = [];
  let found = 0;
  for (let r = 0; r < t.rounds; r++) {
    const times: number[] = [];
    found = 0;
    const cpu = cpuNow();
    for (const s of texts) {
      const started = now();
      found += one(s);
      times.push(now() - started);
    }
    cpuMillis.push(cpuNow() - cpu);
    rounds.push(times);
  }
  return { task: 'articles', bytes, rounds, cpuMillis, found };
}

function warm(n: number): void {
  for (const a of generateCorpus(10_000, 10_000 + n, DEFAULT_CORPUS_OPTIONS)) analyze(a.text);
}

if (parentPort) parentPort.postMessage(run(workerData as CoreTask));
