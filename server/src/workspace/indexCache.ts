import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { ArticleRecord } from './articleRecord';

const FORMAT = 4;
const FILE_NAME = 'workspace-index.bin';
/** Records per serialized chunk: small enough that writing one never holds the server up for long. */
const CHUNK = 500;

interface CacheHeader {
  format: number;
  /** Changes whenever the analysis code or the declared names change: then nothing is reused. */
  key: string;
}

/**
 * What invalidates every cached record: the analysis code (the worker bundle's
 * bytes, or the server's when there is none) and the declared names, whose
 * occurrences are part of each record.
 */
export function cacheKey(codeFiles: readonly string[], declaredKey: string): string {
  const hash = createHash('sha1');
  for (const file of codeFiles) {
    try {
      hash.update(fs.readFileSync(file));
    } catch {
      hash.update(file);
    }
  }
  return hash.update('\0').update(declaredKey).digest('base64');
}

/**
 * Reads the cached records, or an empty list when the cache is missing, stale
 * or damaged. The file is a header then chunks of records, each a 4-byte
 * length and a V8-serialized payload.
 */
export function loadIndexCache(storagePath: string, key: string): ArticleRecord[] {
  try {
    const bytes = fs.readFileSync(path.join(storagePath, FILE_NAME));
    const chunks: unknown[] = [];
    for (let at = 0; at + 4 <= bytes.length; ) {
      const length = bytes.readUInt32LE(at);
      if (at + 4 + length > bytes.length) return [];
      chunks.push(v8.deserialize(bytes.subarray(at + 4, at + 4 + length)));
      at += 4 + length;
    }
    const header = chunks[0] as Partial<CacheHeader> | undefined;
    if (header?.format !== FORMAT || header.key !== key) return [];
    const records: ArticleRecord[] = [];
    for (const chunk of chunks.slice(1)) {
      const decoded = decodeChunk(chunk);
      if (!decoded) return [];
      records.push(...decoded);
    }
    return records;
  } catch {
    return [];
  }
}

/** A typed array with a buffer of its own: not a view keeping the whole cache file alive. */
function own<T extends Int32Array | Uint32Array | Uint8Array>(array: T): T {
  return (array.byteLength === array.buffer.byteLength ? array : array.slice()) as T;
}

/**
 * Deserialized typed arrays are views into the bytes read (the whole file)
 * where alignment allows: copying them lets those bytes go.
 */
function ownArrays(record: ArticleRecord): ArticleRecord {
  record.lineStarts = own(record.lineStarts);
  record.entityTypes = own(record.entityTypes);
  record.mentions = own(record.mentions);
  record.claimSpans = own(record.claimSpans);
  record.claimSignatures = own(record.claimSignatures);
  return record;
}

/** A record as stored: its names are indices into its chunk's string table. */
type StoredRecord = Omit<ArticleRecord, 'entityIds' | 'entityCanonicals' | 'spellings'> & {
  entityIds: Int32Array;
  entityCanonicals: Int32Array;
  spellings: Int32Array;
};

/**
 * A chunk of records with one string table: thousands of articles repeat the
 * same entity ids and names, which are then written, read and hashed once.
 */
interface StoredChunk {
  strings: string[];
  records: StoredRecord[];
}

function encodeChunk(records: readonly ArticleRecord[]): StoredChunk {
  const table = new Map<string, number>();
  const strings: string[] = [];
  const indices = (list: readonly string[]) =>
    Int32Array.from(list, (s) => {
      let i = table.get(s);
      if (i === undefined) {
        i = strings.length;
        table.set(s, i);
        strings.push(s);
      }
      return i;
    });
  return {
    strings,
    records: records.map((r) => ({ ...r, entityIds: indices(r.entityIds), entityCanonicals: indices(r.entityCanonicals), spellings: indices(r.spellings) })),
  };
}

/** The chunk's records, or null when it is not what `encodeChunk` wrote. */
function decodeChunk(chunk: unknown): ArticleRecord[] | null {
  const { strings, records } = (chunk ?? {}) as Partial<StoredChunk>;
  if (!Array.isArray(strings) || !Array.isArray(records)) return null;
  const names = (list: unknown): string[] | null => {
    if (!(list instanceof Int32Array)) return null;
    const out = new Array<string>(list.length);
    for (let i = 0; i < list.length; i++) {
      const s: unknown = strings[list[i]!];
      if (typeof s !== 'string') return null;
      out[i] = s;
    }
    return out;
  };
  const out: ArticleRecord[] = [];
  for (const stored of records) {
    const entityIds = names(stored.entityIds);
    const entityCanonicals = names(stored.entityCanonicals);
    const spellings = names(stored.spellings);
    if (!entityIds || !entityCanonicals || !spellings) return null;
    out.push(ownArrays({ ...stored, entityIds, entityCanonicals, spellings }));
  }
  return out;
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
