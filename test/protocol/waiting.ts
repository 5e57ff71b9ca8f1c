import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IndexingFinished, type IndexStatus, IndexStatusRequest } from '../../server/src/protocol';
import { SEEDS, TestClient } from './lspClient';

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

/** Writes `files` (name → text) into `workspace`, starts a server on it and waits for its index. */
export async function startIndexed(workspace: string, files: Readonly<Record<string, string>>): Promise<TestClient> {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), text);
  const { client } = await TestClient.start({ workspace });
  await indexReady(client);
  return client;
}

/** The path of the `i`-th generated article in `folder` (article-00.txt, article-01.txt, ...). */
export function articlePath(folder: string, i: number): string {
  return path.join(folder, `article-${String(i).padStart(2, '0')}.txt`);
}

/** A new temporary folder of `count` generated articles, indexed by a started server. */
export async function startGenerated(prefix: string, count: number, article: (i: number) => string): Promise<{ client: TestClient; folder: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[path.basename(articlePath(folder, i))] = article(i);
  return { client: await startIndexed(folder, files), folder };
}

/** Copies the seed articles into `folder`. */
export function copySeeds(folder: string): void {
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(folder, f));
}

/** Removes the test's temporary folders. */
export function removeFolders(...folders: string[]): void {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
}
