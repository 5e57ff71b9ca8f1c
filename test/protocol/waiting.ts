import { IndexingFinished, type IndexStatus, IndexStatusRequest } from '../../server/src/protocol';
import type { TestClient } from './lspClient';

/** Waits for the index: the finished notification, or the status request if it came first. */
export async function indexReady(c: TestClient): Promise<IndexStatus> {
  const finished = new Promise<IndexStatus>((resolve) => c.connection.onNotification(IndexingFinished.type, resolve));
  const now = await c.connection.sendRequest(IndexStatusRequest.type);
  return now.ready ? now : finished;
}

/**
 * Polls `probe` until it gives a value, for at most 20 s. Not a timing
 * assertion: it waits for a condition the server reaches in its own time.
 */
export async function until<T>(what: string, probe: () => T | null | undefined | false | Promise<T | null | undefined | false>): Promise<T> {
  for (let i = 0; i < 800; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
