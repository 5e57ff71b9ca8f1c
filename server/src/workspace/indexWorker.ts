import { parentPort } from 'node:worker_threads';
import { runIndexJob } from './indexJob';
import { encodeChunk } from './recordChunk';
import { type WorkerReply, type WorkerRequest, withoutRecords } from './workerMessages';

// A worker thread of the index: analyses batches of files so that every core works.
parentPort?.on('message', (message: WorkerRequest) => {
  const results = runIndexJob(message.job);
  // Records go as one chunk with a string table: the names thousands of articles share cross once per batch.
  const { rest, records } = withoutRecords(results);
  parentPort!.postMessage({ id: message.id, results: rest, records: encodeChunk(records) } satisfies WorkerReply);
});
