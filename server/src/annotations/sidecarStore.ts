import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { type AnnotationEdit, applyEdits, type EditOutcome } from './annotationEdits';
import { emptyPage, type JsonObject, SIDECAR_SUFFIX, type SidecarRead } from './model';
import { formatSidecar } from './sidecarFormat';
import { parseSidecar } from './sidecarParse';

/** `X.txt` → `X.txt.annotations.json`. */
export function sidecarPathOf(articlePath: string): string {
  return `${articlePath}${SIDECAR_SUFFIX}`;
}

/** `X.txt.annotations.json` → `X.txt`, or null for other files. */
export function articlePathOf(sidecarPath: string): string | null {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and validates the sidecar of `articlePath`. */
export function readSidecar(articlePath: string): SidecarRead {
  const file = sidecarPathOf(articlePath);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', page: emptyPage() };
    const message = `cannot read the annotations file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return { status: 'invalid', problems: [{ message, offset: 0, length: 0 }], text: '' };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { status: 'invalid', problems: [{ message: 'the annotations file is not valid UTF-8', offset: 0, length: 0 }], text: '' };
  }
  const { page, problems } = parseSidecar(text, { articleName: path.basename(articlePath) });
  return page ? { status: 'ok', page, text } : { status: 'invalid', problems, text };
}

/** Why a write was refused. */
export class SidecarRefusedError extends Error {}

export interface WriteOptions {
  /** Who makes the change; defaults to the operating system's user name. */
  creator?: string;
  /** For tests: the time and ids to use. */
  now?: () => string;
  newId?: () => string;
}

export interface WriteResult extends EditOutcome {
  page: JsonObject;
  /** The text written, or null when nothing changed on disk. */
  written: string | null;
}

/**
 * Applies edits to the sidecar of `articlePath` against `articleText`:
 * under a lock, re-reads the file as it is now, replays the edits on it and
 * writes it atomically (a crash leaves the old or the new file, never half of
 * one). A sidecar that is not valid is never overwritten: the write is
 * refused with the first problem, for the analyst to fix by hand.
 */
export async function updateSidecar(
  articlePath: string,
  articleText: string,
  edits: readonly AnnotationEdit[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const file = sidecarPathOf(articlePath);
  return withLock(`${file}.lock`, async () => {
    const current = readSidecar(articlePath);
    if (current.status === 'invalid') {
      const first = current.problems[0];
      throw new SidecarRefusedError(
        `${path.basename(file)} is not valid (${first?.message ?? 'unknown problem'}); annotations of this article cannot be changed until it is fixed`,
      );
    }
    const page = current.page;
    const outcome = applyEdits(page, edits, {
      text: articleText,
      articleName: path.basename(articlePath),
      now: (options.now ?? (() => new Date().toISOString()))(),
      creator: options.creator || defaultCreator(),
      newId: options.newId ?? (() => `urn:uuid:${randomUUID()}`),
    });
    const text = formatSidecar(page);
    const unchanged = current.status === 'ok' ? current.text === text : outcome.ids.every((id) => id === null);
    if (unchanged) return { ...outcome, page, written: null };
    removeAbandonedTemporaries(file);
    await writeFileAtomic(file, text, { encoding: 'utf8', fsync: true });
    return { ...outcome, page, written: text };
  });
}

/**
 * A writer killed mid-write leaves its temporary file (`X.annotations.json.<number>`) beside the
 * sidecar; the old sidecar is intact, but the stray file would show up in git. Holding the lock, no
 * other writer of ours is mid-write, so such files are abandoned.
 */
function removeAbandonedTemporaries(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    if (rest.length === 0 || rest.length > 12 || ![...rest].every((c) => c >= '0' && c <= '9')) continue;
    try {
      fs.unlinkSync(path.join(dir, name));
    } catch {
      // already gone
    }
  }
}

function defaultCreator(): string {
  try {
    return os.userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 15_000;

/**
 * Runs `work` holding an exclusive lock file, so that two processes writing
 * the same sidecar take turns and neither loses the other's change. A lock
 * left by a process that died (or that is older than any write takes) is
 * taken over.
 */
export async function withLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const token = `${process.pid} ${Date.now()} ${randomUUID()}`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lockPath, token, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(lockPath)) {
        try {
          fs.unlinkSync(lockPath);
        } catch {
          // another waiter removed it first
        }
        continue;
      }
      if (Date.now() > deadline) throw new SidecarRefusedError(`${path.basename(lockPath)} is held by another writer; try again`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 + attempt * 5)));
    }
  }
  try {
    return await work();
  } finally {
    try {
      if (fs.readFileSync(lockPath, 'utf8') === token) fs.unlinkSync(lockPath);
    } catch {
      // already gone
    }
  }
}

function isStale(lockPath: string): boolean {
  let content: string;
  let mtime: number;
  try {
    content = fs.readFileSync(lockPath, 'utf8');
    mtime = fs.statSync(lockPath).mtimeMs;
  } catch {
    return false;
  }
  if (Date.now() - mtime > LOCK_STALE_MS) return true;
  const pid = Number(content.split(' ')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - mtime > 1000;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
