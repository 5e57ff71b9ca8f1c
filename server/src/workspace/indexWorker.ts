import { parentPort } from 'node:worker_threads';
import { type IndexJob, runIndexJob } from './indexJob';

// A worker thread of the index: analyses batches of files so that every core works.
parentPort?.on('message', (message: { id: number; job: IndexJob }) => {
  parentPort!.postMessage({ id: message.id, results: runIndexJob(message.job) });
});
