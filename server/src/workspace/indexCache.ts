import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { ArticleRecord } from './articleRecord';
import { ChunkScratch, decodeChunk, encodeChunk, type RecordChunk } from './recordChunk';
import { LITTLE_ENDIAN, readAt } from './cacheFileBytes';

const FORMAT = 8;
const FILE_NAME = 'workspace-index.bin';
/** Records per serialized chunk: small enough that writing one never holds the server up for long. */
const CHUNK = 500;

interface CacheHeader {
  format: number;
  /** Changes whenever the analysis code or the declared names change: then nothing is reused. */
  key: string;
  littleEndian: boolean;
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

/** A chunk's header: its typed arrays' lengths, their bytes following it in this order. */
interface ChunkHeader extends Pick<RecordChunk, 'strings' | 'fields' | 'counts'> {
  ints: number;
  claimSignatures: number;
  entityTypes: number;
}

/** Typed arrays are written in the machine's byte order: a cache is read where it was written. */

/**
 * Reads the cached records: a header, then chunks of records, each a 4-byte
 * length, a V8-serialized header (the names no chunk before listed, fields,
 * counts) and the bytes of its typed arrays, read straight into arrays the
 * records keep as views (no copy, and the file's bytes never all sit in
 * memory beside them). A missing, stale or damaged cache gives no records
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
    const readInto = (at: number, into: NodeJS.ArrayBufferView): boolean => readAt(fd, size, at, into);
    const read = (at: number, length: number): Buffer | null => {
      if (buffer.length < length) buffer = Buffer.allocUnsafe(Math.max(length, buffer.length * 2));
      const view = buffer.subarray(0, length);
      return readInto(at, view) ? view : null;
    };
    const records: ArticleRecord[] = [];
    const names: string[] = [];
    let header: Partial<CacheHeader> | undefined;
    for (let at = 0; at < size; ) {
      const length = read(at, 4)?.readUInt32LE(0);
      const payload = length === undefined || at + 4 + length > size ? null : read(at + 4, length);
      if (length === undefined || !payload) return { records: [], problem: 'it is damaged (cut short)' };
      at += 4 + length;
      const value: unknown = v8.deserialize(payload);
      if (!header) {
        header = (value ?? {}) as Partial<CacheHeader>;
        if (header.format !== FORMAT || header.littleEndian !== LITTLE_ENDIAN) return { records: [], problem: 'it has another format' };
        if (header.key !== key) return { records: [], problem: 'another analysis or other declared names made it' };
        continue;
      }
      const chunk = value as Partial<ChunkHeader> | null;
      const counts = [chunk?.ints, chunk?.claimSignatures, chunk?.entityTypes];
      if (!counts.every((n): n is number => Number.isSafeInteger(n) && n! >= 0) || at + counts[0] * 4 + counts[1] * 4 + counts[2] > size) {
        return { records: [], problem: 'it is damaged (cut short)' };
      }
      const ints = new Int32Array(counts[0]);
      const claimSignatures = new Uint32Array(counts[1]);
      const entityTypes = new Uint8Array(counts[2]);
      for (const array of [ints, claimSignatures, entityTypes]) {
        if (!readInto(at, array)) return { records: [], problem: 'it is damaged (cut short)' };
        at += array.byteLength;
      }
      const decoded = decodeChunk({ ...chunk, ints, claimSignatures, entityTypes }, share, names);
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
 * keep being answered while a large index is saved. Every chunk is encoded
 * into the same scratch arrays and their bytes written as they are: saving
 * ten thousand records leaves next to no garbage behind.
 */
export async function saveIndexCache(storagePath: string, key: string, records: readonly ArticleRecord[]): Promise<void> {
  await fs.promises.mkdir(storagePath, { recursive: true });
  const file = path.join(storagePath, FILE_NAME);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(temporary, 'w');
  try {
    const length = Buffer.alloc(4);
    const write = async (value: unknown, arrays: readonly NodeJS.ArrayBufferView[] = []) => {
      const payload = v8.serialize(value);
      length.writeUInt32LE(payload.length);
      await handle.write(length);
      await handle.write(payload);
      for (const a of arrays) await handle.write(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    };
    await write({ format: FORMAT, key, littleEndian: LITTLE_ENDIAN } satisfies CacheHeader);
    const scratch = new ChunkScratch();
    for (let i = 0; i < records.length; i += CHUNK) {
      const { strings, fields, counts, ints, claimSignatures, entityTypes } = encodeChunk(records.slice(i, i + CHUNK), scratch);
      const header: ChunkHeader = { strings, fields, counts, ints: ints.length, claimSignatures: claimSignatures.length, entityTypes: entityTypes.length };
      await write(header, [ints, claimSignatures, entityTypes]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temporary, file);
}
