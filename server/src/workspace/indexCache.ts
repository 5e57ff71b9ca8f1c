import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { ArticleRecord } from './articleRecord';
import { decodeChunk, encodeChunk } from './recordChunk';

const FORMAT = 6;
const FILE_NAME = 'workspace-index.bin';
/** Records per serialized chunk: small enough that writing one never holds the server up for long. */
const CHUNK = 500;

interface CacheHeader {
  format: number;
  /** Changes whenever the analysis code or the declared names change: then nothing is reused. */
  key: string;
}

/**
 * What invalidates every cached record: the analysis (`analysisVersion`) and
 * the declared names, whose occurrences are part of each record.
 */
export function cacheKey(analysisVersion: string, declaredKey: string): string {
  return createHash('sha256').update(analysisVersion).update('\0').update(declaredKey).digest('base64');
}

/** Whether a cache file is there at all (read or not, valid or not). */
export function hasIndexCache(storagePath: string): boolean {
  return fs.existsSync(path.join(storagePath, FILE_NAME));
}

/** The cached records, or why there are none to use. */
export interface LoadedCache {
  records: ArticleRecord[];
  /** Null when the records are usable or there is simply no cache yet; else why the cache was not used. */
  problem: string | null;
}

/**
 * Reads the cached records: a header, then chunks of records, each a 4-byte
 * length and a V8-serialized payload, read one at a time into one reused
 * buffer (the records copy what they keep, so the file's bytes never all sit
 * in memory beside them). A missing, stale or damaged cache gives no records
 * (and says why, except when missing). Names are `share`'s copies (see `decodeChunk`).
 */
export function loadIndexCache(storagePath: string, key: string, share?: (s: string) => string): LoadedCache {
  let fd: number;
  try {
    fd = fs.openSync(path.join(storagePath, FILE_NAME), 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { records: [], problem: code === 'ENOENT' ? null : `cannot read it (${code ?? String(error)})` };
  }
  try {
    const size = fs.fstatSync(fd).size;
    let buffer = Buffer.alloc(0);
    const read = (at: number, length: number): Buffer | null => {
      if (at + length > size) return null;
      if (buffer.length < length) buffer = Buffer.allocUnsafe(Math.max(length, buffer.length * 2));
      for (let done = 0; done < length; ) {
        const n = fs.readSync(fd, buffer, done, length - done, at + done);
        if (n <= 0) return null;
        done += n;
      }
      return buffer.subarray(0, length);
    };
    const records: ArticleRecord[] = [];
    let header: Partial<CacheHeader> | undefined;
    for (let at = 0; at < size; ) {
      const length = read(at, 4)?.readUInt32LE(0);
      const payload = length === undefined ? null : read(at + 4, length);
      if (length === undefined || !payload) return { records: [], problem: 'it is damaged (cut short)' };
      at += 4 + length;
      const value: unknown = v8.deserialize(payload);
      if (!header) {
        header = (value ?? {}) as Partial<CacheHeader>;
        if (header.format !== FORMAT) return { records: [], problem: 'it has another format' };
        if (header.key !== key) return { records: [], problem: 'another analysis or other declared names made it' };
        continue;
      }
      // Decoded before the buffer is read into again: the chunk's typed arrays may be views of it, which decoding copies.
      const decoded = decodeChunk(value, share);
      if (!decoded) return { records: [], problem: 'it is damaged (records unreadable)' };
      for (const r of decoded) records.push(r);
    }
    if (!header) return { records: [], problem: 'it has another format' };
    return { records, problem: null };
  } catch (error) {
    return { records: [], problem: `it is damaged (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes the records atomically (a temporary file renamed over the old one),
 * a chunk at a time with the event loop let through in between, so requests
 * keep being answered while a large index is saved.
 */
export async function saveIndexCache(storagePath: string, key: string, records: readonly ArticleRecord[]): Promise<void> {
  await fs.promises.mkdir(storagePath, { recursive: true });
  const file = path.join(storagePath, FILE_NAME);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(temporary, 'w');
  try {
    const write = async (value: unknown) => {
      const payload = v8.serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(payload.length);
      await handle.write(length);
      await handle.write(payload);
    };
    await write({ format: FORMAT, key } satisfies CacheHeader);
    for (let i = 0; i < records.length; i += CHUNK) {
      await write(encodeChunk(records.slice(i, i + CHUNK)));
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temporary, file);
}
