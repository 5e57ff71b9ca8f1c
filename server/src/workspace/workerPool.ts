import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareRecordNames } from './articleRecord';
import { type IndexJob, type IndexJobResult, runIndexJob } from './indexJob';
import { resultsOf, type WorkerReply, type WorkerRequest } from './workerMessages';

/** Where the worker bundle sits: beside the server bundle (or the compiled module). */
export const WORKER_SCRIPT = path.join(__dirname, 'indexWorker.js');

interface Pending {
  resolve: (results: IndexJobResult[]) => void;
  reject: (error: Error) => void;
}

/**
 * Runs index jobs on worker threads, one per core, so that a cold index uses
 * the whole machine while the main thread keeps answering requests. Without a
 * worker script (tests run from sources) it runs jobs in-process, yielding to
 * the event loop between them.
 */
export class WorkerPool {
  readonly #workers: { worker: Worker; busy: number; ids: Set<number> }[] = [];
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;

  readonly #share: (s: string) => string;

  /** `share` gives the copy of a name that records should hold (see `decodeChunk`); the records a pool returns hold only such copies. */
  constructor(
    size = Math.max(1, Math.min(os.availableParallelism(), 4)),
    script = WORKER_SCRIPT,
    onError: (message: string) => void = () => {},
    share: (s: string) => string = (s) => s,
  ) {
    this.#share = share;
    if (!fs.existsSync(script)) return;
    for (let i = 0; i < size; i++) {
      try {
        const worker = new Worker(script);
        const slot = { worker, busy: 0, ids: new Set<number>() };
        // The names the thread's replies listed so far: each reply lists only the names it adds.
        const known: string[] = [];
        worker.on('message', (m: WorkerReply) => {
          slot.busy--;
          slot.ids.delete(m.id);
          const p = this.#pending.get(m.id);
          this.#pending.delete(m.id);
          const results = resultsOf(m, share, known);
          if (results) p?.resolve(results);
          else {
            p?.reject(new Error('index worker sent an unreadable answer'));
            // Its later replies would number their names after this one's: the thread is not asked again.
            void worker.terminate();
          }
        });
        worker.on('error', (e) => onError(`index worker failed: ${e.message}`));
        worker.on('exit', () => {
          // A dead worker's jobs fail rather than hang; later jobs go to the others or run in-process.
          this.#workers.splice(this.#workers.indexOf(slot), 1);
          for (const id of slot.ids) {
            this.#pending.get(id)?.reject(new Error('index worker stopped'));
            this.#pending.delete(id);
          }
        });
        worker.unref();
        this.#workers.push(slot);
      } catch (error) {
        onError(`cannot start an index worker: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** How many jobs can usefully run at once. */
  get parallelism(): number {
    return Math.max(1, this.#workers.length);
  }

  /** Whether jobs go to worker threads (false: each runs on this thread, after the event loop's turn). */
  get threaded(): boolean {
    return this.#workers.length > 0;
  }

  /** Runs a job on this thread at once, its names shared as a worker's would be. */
  runHere(job: IndexJob): IndexJobResult[] {
    return shareNames(runIndexJob(job), this.#share);
  }

  run(job: IndexJob): Promise<IndexJobResult[]> {
    if (this.#workers.length === 0) {
      return new Promise((resolve) => setImmediate(() => resolve(shareNames(runIndexJob(job), this.#share))));
    }
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = this.#nextId++;
    slot.ids.add(id);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, job } satisfies WorkerRequest);
    });
  }

  async dispose(): Promise<void> {
    for (const p of this.#pending.values()) p.reject(new Error('index workers stopped'));
    this.#pending.clear();
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
    this.#workers.length = 0;
  }
}

function shareNames(results: IndexJobResult[], share: (s: string) => string): IndexJobResult[] {
  for (const r of results) if (r.kind === 'record') shareRecordNames(r.record, share);
  return results;
}
