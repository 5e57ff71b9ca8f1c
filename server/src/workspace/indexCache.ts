import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { type ArticleRecord, MENTION_STRIDE } from './articleRecord';
import { SIGNATURE_SIZE } from './claimFingerprint';

const FORMAT = 5;
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

/** The cached records, or why there are none to use. */
export interface LoadedCache {
  records: ArticleRecord[];
  /** Null when the records are usable or there is simply no cache yet; else why the cache was not used. */
  problem: string | null;
}

/**
 * Reads the cached records in one read: a header, then chunks of records,
 * each a 4-byte length and a V8-serialized payload. A missing, stale or
 * damaged cache gives no records (and says why, except when missing).
 */
export function loadIndexCache(storagePath: string, key: string): LoadedCache {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(storagePath, FILE_NAME));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { records: [], problem: code === 'ENOENT' ? null : `cannot read it (${code ?? String(error)})` };
  }
  try {
    const chunks: unknown[] = [];
    for (let at = 0; at < bytes.length; ) {
      if (at + 4 > bytes.length) return { records: [], problem: 'it is damaged (cut short)' };
      const length = bytes.readUInt32LE(at);
      if (at + 4 + length > bytes.length) return { records: [], problem: 'it is damaged (cut short)' };
      chunks.push(v8.deserialize(bytes.subarray(at + 4, at + 4 + length)));
      at += 4 + length;
    }
    const header = chunks[0] as Partial<CacheHeader> | undefined;
    if (header?.format !== FORMAT) return { records: [], problem: 'it has another format' };
    if (header.key !== key) return { records: [], problem: 'another analysis or other declared names made it' };
    const records: ArticleRecord[] = [];
    for (const chunk of chunks.slice(1)) {
      const decoded = decodeChunk(chunk);
      if (!decoded) return { records: [], problem: 'it is damaged (records unreadable)' };
      for (const r of decoded) records.push(ownArrays(r));
    }
    return { records, problem: null };
  } catch (error) {
    return { records: [], problem: `it is damaged (${error instanceof Error ? error.message : String(error)})` };
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
type StoredRecord = Omit<ArticleRecord, 'entityIds' | 'entityCanonicals' | 'spellings' | 'linkAliases'> & {
  entityIds: Int32Array;
  entityCanonicals: Int32Array;
  spellings: Int32Array;
  linkAliases: Int32Array;
};

/**
 * A chunk of records with one string table: thousands of articles repeat the
 * same entity ids and names, which are then written, read and hashed once.
 */
export interface StoredChunk {
  strings: string[];
  records: StoredRecord[];
}

/** Records with their names in one string table: how the cache stores them and how worker threads send them. */
export function encodeChunk(records: readonly ArticleRecord[]): StoredChunk {
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
    records: records.map((r) => ({
      ...r,
      entityIds: indices(r.entityIds),
      entityCanonicals: indices(r.entityCanonicals),
      spellings: indices(r.spellings),
      linkAliases: indices(r.linkAliases),
    })),
  };
}

/** Whether a stored value has the shape `encodeChunk` gives a record (a damaged cache may deserialize into anything). */
function isStoredRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const nullableString = (v: unknown) => v === null || typeof v === 'string';
  return (
    typeof r.uri === 'string' &&
    typeof r.size === 'number' &&
    typeof r.mtimeMs === 'number' &&
    typeof r.hash === 'string' &&
    nullableString(r.headline) &&
    nullableString(r.dct) &&
    nullableString(r.dctSource) &&
    nullableString(r.openDct) &&
    nullableString(r.recordedDate) &&
    r.lineStarts instanceof Int32Array &&
    r.entityTypes instanceof Uint8Array &&
    r.mentions instanceof Int32Array &&
    r.claimSpans instanceof Int32Array &&
    r.claimSignatures instanceof Uint32Array
  );
}

/** Whether a record's arrays agree with each other, so that reading it never goes out of bounds. */
function consistent(r: StoredRecord, entities: number, spellings: number): boolean {
  if (r.entityCanonicals.length !== entities || r.entityTypes.length !== entities) return false;
  if (r.mentions.length % MENTION_STRIDE !== 0 || r.claimSpans.length % 3 !== 0 || r.linkAliases.length % 2 !== 0) return false;
  if (r.claimSignatures.length !== (r.claimSpans.length / 3) * SIGNATURE_SIZE) return false;
  const m = r.mentions;
  for (let i = 0; i < m.length; i += MENTION_STRIDE) {
    if (m[i + 2]! < 0 || m[i + 2]! >= entities || m[i + 3]! < 0 || m[i + 3]! >= spellings) return false;
  }
  return true;
}

/** The chunk's records, or null when it is not what `encodeChunk` wrote. */
export function decodeChunk(chunk: unknown): ArticleRecord[] | null {
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
  for (const stored of records as unknown[]) {
    if (!isStoredRecord(stored)) return null;
    const entityIds = names(stored.entityIds);
    const entityCanonicals = names(stored.entityCanonicals);
    const spellings = names(stored.spellings);
    const linkAliases = names(stored.linkAliases);
    if (!entityIds || !entityCanonicals || !spellings || !linkAliases) return null;
    if (!consistent(stored, entityIds.length, spellings.length)) return null;
    out.push({ ...stored, entityIds, entityCanonicals, spellings, linkAliases });
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
