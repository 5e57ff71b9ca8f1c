import { parentPort } from 'node:worker_threads';
import { runIndexJob } from './indexJob';
import { encodeChunk } from './recordChunk';
import { type WorkerReply, type WorkerRequest, withoutRecords } from './workerMessages';

/**
 * Every name this thread has sent, by number: a chunk lists only the names no
 * earlier one did, so the names thousands of articles share cross once per
 * thread rather than once per batch (the pool decodes each thread's replies in
 * the order they were sent, with that thread's earlier names).
 */
const sentNames = new Map<string, number>();

// A worker thread of the index: analyses batches of files so that every core works.
parentPort?.on('message', (message: WorkerRequest) => {
  const results = runIndexJob(message.job);
  // Records go as one chunk with a string table.
  const { rest, records } = withoutRecords(results);
  parentPort!.postMessage({ id: message.id, results: rest, records: encodeChunk(records, undefined, sentNames) } satisfies WorkerReply);
});
