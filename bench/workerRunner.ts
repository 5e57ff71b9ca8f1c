import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CoreTask, CoreTaskResult } from './coreWorker';

/** A measurement's outcome: its result, or why there is none. */
export type Outcome = { ok: true; result: CoreTaskResult } | { ok: false; reason: 'timeout' | 'error'; message: string };

/** Runs a task on a fresh worker thread, stopping it after `timeoutMs`. */
export function runCoreTask(task: CoreTask, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(__dirname, 'coreWorker.js'), { workerData: task, resourceLimits: { maxOldGenerationSizeMb: 8192 } });
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const timer = setTimeout(() => settle({ ok: false, reason: 'timeout', message: `stopped after ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
    worker.once('message', (result: CoreTaskResult) => settle({ ok: true, result }));
    worker.once('error', (e) => settle({ ok: false, reason: 'error', message: e.message }));
    worker.once('exit', (code) => settle({ ok: false, reason: 'error', message: `worker exited with code ${code}` }));
  });
}
