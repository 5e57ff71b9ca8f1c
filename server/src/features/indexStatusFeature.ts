import { IndexStatusRequest } from '../protocol';
import type { Services } from '../services';

/** articleLens/indexStatus. */
export function registerIndexStatus({ connection, indexer }: Services): void {
  connection.onRequest(IndexStatusRequest.type, () => indexer.status);
}
