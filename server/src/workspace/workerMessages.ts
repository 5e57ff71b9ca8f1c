import type { ArticleRecord } from './articleRecord';
import { decodeChunk, type RecordChunk } from './recordChunk';
import type { IndexJob, IndexJobResult } from './indexJob';

/** What the index sends a worker thread. */
export interface WorkerRequest {
  id: number;
  job: IndexJob;
}

/** What a worker thread answers: the results without records, and the records as one chunk with a string table. */
export interface WorkerReply {
  id: number;
  results: IndexJobResult[];
  records: RecordChunk;
}

/** Splits a job's results into the records and the rest. */
export function withoutRecords(results: readonly IndexJobResult[]): { rest: IndexJobResult[]; records: ArticleRecord[] } {
  const rest: IndexJobResult[] = [];
  const records: ArticleRecord[] = [];
  for (const r of results) {
    if (r.kind === 'record') records.push(r.record);
    else rest.push(r);
  }
  return { rest, records };
}

/**
 * A worker's reply as results again (records first, their names `share`'s
 * copies), or null when it is not a reply a worker sends. `known`: the names
 * the thread's earlier replies listed (see `decodeChunk`), which this one's are added to.
 */
export function resultsOf(reply: WorkerReply, share?: (s: string) => string, known?: string[]): IndexJobResult[] | null {
  const records = decodeChunk(reply.records, share, known);
  if (!records || !Array.isArray(reply.results)) return null;
  return [...records.map((record): IndexJobResult => ({ uri: record.uri, kind: 'record', record })), ...reply.results];
}
