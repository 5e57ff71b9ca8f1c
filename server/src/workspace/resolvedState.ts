import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { ENTITY_TYPES, type EntityType } from '../analysis/types';
import { LITTLE_ENDIAN, readAt } from './cacheFileBytes';
import { ResolvedSnapshot } from './resolvedSnapshot';

const FORMAT = 2;
const FILE_NAME = 'workspace-resolved.bin';

/** One entity's totals as saved: its articles by position in {@link ResolvedState.uris}. */
export interface SavedEntity extends Omit<EntityTotals, 'articles'> {
  /** Pairs of (article position, mentions there). */
  articles: Int32Array;
}

/**
 * The index's resolution of every article (corrected id per mention, linked id
 * per local entity) and the entity totals it adds up to, saved so that a start
 * with nothing changed need not resolve ten thousand articles again. Strings
 * are positions in `strings`; each article's slice of a flat array runs from
 * `xAt[i]` to `xAt[i + 1]`.
 */
export interface ResolvedState {
  /** What the resolution was made from besides the records: analysis, declared names, corrections, folders. */
  key: string;
  uris: string[];
  /** Each article's content hash: a record analysed again since gives another resolution. */
  hashes: string[];
  strings: string[];
  linkedAt: Int32Array;
  linked: Int32Array;
  /** Per mention; -1 where the mention is not an entity. */
  idsAt: Int32Array;
  ids: Int32Array;
  distinctAt: Int32Array;
  distinct: Int32Array;
  entities: SavedEntity[];
}

/** What {@link encodeResolved} reads of an indexed article. */
export interface ResolvedArticle {
  record: { uri: string; hash: string };
  linked: readonly string[];
  ids: readonly (string | null)[];
  distinct: readonly string[];
}

/** What {@link encodeResolved} reads of an entity's totals. */
export interface EntityTotals {
  id: string;
  mentions: number;
  articles: ReadonlyMap<string, number>;
  spellings: Map<string, number>;
  canonicalVotes: Map<string, number>;
  typeVotes: Map<EntityType, number>;
}

/**
 * Packs the index's resolution into a {@link ResolvedState} at once; null
 * when some article is an editor's unsaved text (no hash), which a start-up
 * never finds again. See {@link ResolvedSnapshot} for packing it in steps.
 */
export function encodeResolved(key: string, articles: Iterable<ResolvedArticle>, totals: Iterable<EntityTotals>): ResolvedState | null {
  const snapshot = new ResolvedSnapshot(key, articles, totals);
  snapshot.step();
  return snapshot.state;
}

/** Article `i`'s resolution in a state, its strings taken from `strings` (the state's, or shared copies of them). */
export function resolvedArticleAt(state: ResolvedState, i: number, strings: readonly string[]): { linked: string[]; ids: (string | null)[]; distinct: string[] } {
  const slice = (at: Int32Array, flat: Int32Array): (string | null)[] => {
    const out = new Array<string | null>(at[i + 1]! - at[i]!);
    for (let k = at[i]!, j = 0; k < at[i + 1]!; k++, j++) out[j] = flat[k]! < 0 ? null : strings[flat[k]!]!;
    return out;
  };
  // Only ids may hold -1 (validated on load): the other two slices are all strings.
  return { linked: slice(state.linkedAt, state.linked) as string[], ids: slice(state.idsAt, state.ids), distinct: slice(state.distinctAt, state.distinct) as string[] };
}

/** The saved state, or why there is none to use (null problem: simply none saved, or saved for other inputs). */
export interface LoadedResolvedState {
  state: ResolvedState | null;
  problem: string | null;
}

const isInt32 = (v: unknown): v is Int32Array => v instanceof Int32Array;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
function isCountMap(v: unknown, keys?: readonly string[]): v is Map<string, number> {
  if (!(v instanceof Map)) return false;
  // forEach, not for-of: this runs once, unoptimised, where every [key, value] pair would be garbage.
  let ok = true;
  (v as Map<unknown, unknown>).forEach((n, k) => {
    if (typeof k !== 'string' || (keys && !keys.includes(k)) || typeof n !== 'number') ok = false;
  });
  return ok;
}

/** Whether offsets `at` cut `flat` into `n` slices whose values all name a string (or -1 where `nullable`). */
function slicesFit(at: Int32Array, flat: Int32Array, n: number, strings: number, nullable: boolean): boolean {
  if (at.length !== n + 1 || at[0] !== 0 || at[n] !== flat.length) return false;
  for (let i = 0; i < n; i++) if (at[i + 1]! < at[i]!) return false;
  // Indexed, not for-of: run once and unoptimised, an iterator would allocate a result per value (tens of MB at 10,000 articles).
  const least = nullable ? -1 : 0;
  for (let k = 0; k < flat.length; k++) if (flat[k]! >= strings || flat[k]! < least) return false;
  return true;
}

/** Checks the shape of a deserialized state, so that the index can trust every position in it. */
function validState(v: unknown): v is ResolvedState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<Record<keyof ResolvedState, unknown>>;
  if (typeof s.key !== 'string' || !isStringArray(s.uris) || !isStringArray(s.hashes) || !isStringArray(s.strings)) return false;
  const n = s.uris.length;
  const strings = s.strings.length;
  if (s.hashes.length !== n || !isInt32(s.linkedAt) || !isInt32(s.linked) || !isInt32(s.idsAt) || !isInt32(s.ids)) return false;
  if (!isInt32(s.distinctAt) || !isInt32(s.distinct) || !Array.isArray(s.entities)) return false;
  if (!slicesFit(s.linkedAt, s.linked, n, strings, false) || !slicesFit(s.idsAt, s.ids, n, strings, true)) return false;
  if (!slicesFit(s.distinctAt, s.distinct, n, strings, false)) return false;
  return s.entities.every((e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const x = e as Partial<Record<keyof SavedEntity, unknown>>;
    if (typeof x.id !== 'string' || typeof x.mentions !== 'number' || !isInt32(x.articles) || x.articles.length % 2 !== 0) return false;
    for (let i = 0; i < x.articles.length; i += 2) if (x.articles[i]! < 0 || x.articles[i]! >= n) return false;
    return isCountMap(x.spellings) && isCountMap(x.canonicalVotes) && isCountMap(x.typeVotes, ENTITY_TYPES);
  });
}

/** The typed arrays of a state in the order their bytes follow the file's header. */
const ARRAYS = ['linkedAt', 'linked', 'idsAt', 'ids', 'distinctAt', 'distinct'] as const;

/** What the file's header holds: the state without its typed arrays, and their lengths. */
interface FileHeader {
  format: number;
  littleEndian: boolean;
  state: Omit<ResolvedState, (typeof ARRAYS)[number] | 'entities'> & { entities: Omit<SavedEntity, 'articles'>[] };
  /** Lengths of the `ARRAYS`, then of every entity's `articles`. */
  lengths: number[];
}

/** Typed arrays are written in the machine's byte order: the state is read where it was written. */

/**
 * Reads the saved resolution if it was made for `key`: a 4-byte length, a
 * V8-serialized header, then the bytes of the typed arrays, read straight
 * into arrays of their own. A damaged file gives a problem to report; a
 * missing one, or one made for other inputs, gives none.
 */
export function loadResolvedState(storagePath: string, key: string): LoadedResolvedState {
  let fd: number;
  try {
    fd = fs.openSync(path.join(storagePath, FILE_NAME), 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { state: null, problem: code === 'ENOENT' ? null : `cannot read it (${code ?? String(error)})` };
  }
  try {
    const size = fs.fstatSync(fd).size;
    const readInto = (at: number, into: NodeJS.ArrayBufferView): boolean => readAt(fd, size, at, into);
    const length = Buffer.alloc(4);
    if (!readInto(0, length) || length.readUInt32LE(0) + 4 > size) return { state: null, problem: 'it is damaged (cut short)' };
    const bytes = Buffer.allocUnsafe(length.readUInt32LE(0));
    if (!readInto(4, bytes)) return { state: null, problem: 'it is damaged (cut short)' };
    const value: unknown = v8.deserialize(bytes);
    if (typeof value !== 'object' || value === null) return { state: null, problem: 'it has another format' };
    const header = value as Partial<FileHeader>;
    if (header.format !== FORMAT || header.littleEndian !== LITTLE_ENDIAN) return { state: null, problem: 'it has another format' };
    const saved = header.state as Partial<FileHeader['state']> | undefined;
    if (typeof saved !== 'object' || saved === null || typeof saved.key !== 'string') return { state: null, problem: 'it is damaged (unexpected contents)' };
    if (saved.key !== key) return { state: null, problem: null };
    const lengths = header.lengths;
    const entities = saved.entities;
    if (!Array.isArray(lengths) || !Array.isArray(entities) || lengths.length !== ARRAYS.length + entities.length) return { state: null, problem: 'it is damaged (unexpected contents)' };
    let at = 4 + bytes.length;
    let total = 0;
    for (const n of lengths) {
      if (!Number.isSafeInteger(n) || n < 0) return { state: null, problem: 'it is damaged (unexpected contents)' };
      total += n * 4;
    }
    if (at + total > size) return { state: null, problem: 'it is damaged (cut short)' };
    const arrays = lengths.map((n: number) => new Int32Array(n));
    for (const a of arrays) {
      if (!readInto(at, a)) return { state: null, problem: 'it is damaged (cut short)' };
      at += a.byteLength;
    }
    const state: Record<string, unknown> = { ...saved };
    ARRAYS.forEach((name, i) => (state[name] = arrays[i]));
    state.entities = entities.map((e: unknown, i) => (typeof e === 'object' && e !== null ? { ...e, articles: arrays[ARRAYS.length + i] } : e));
    if (!validState(state)) return { state: null, problem: 'it is damaged (unexpected contents)' };
    return { state, problem: null };
  } catch (error) {
    return { state: null, problem: `it is damaged (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes the resolution atomically (a temporary file renamed over the old
 * one). The typed arrays are written as they are, not copied into one
 * serialized buffer: saving leaves next to no garbage behind.
 */
export async function saveResolvedState(storagePath: string, state: ResolvedState): Promise<void> {
  const { entities, ...rest } = state;
  const header: FileHeader = {
    format: FORMAT,
    littleEndian: LITTLE_ENDIAN,
    state: {
      key: rest.key,
      uris: rest.uris,
      hashes: rest.hashes,
      strings: rest.strings,
      entities: entities.map(({ id, mentions, spellings, canonicalVotes, typeVotes }) => ({ id, mentions, spellings, canonicalVotes, typeVotes })),
    },
    lengths: [...ARRAYS.map((name) => rest[name].length), ...entities.map((e) => e.articles.length)],
  };
  // Serialized before any wait: the caller may hand over maps that later edits change.
  const bytes = v8.serialize(header);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  const pieces: NodeJS.ArrayBufferView[] = [length, bytes, ...ARRAYS.map((name) => rest[name]), ...contiguous(entities.map((e) => e.articles))];
  // The arrays are the state's own, which no later edit changes: the index makes a new state each time.
  await fs.promises.mkdir(storagePath, { recursive: true });
  const file = path.join(storagePath, FILE_NAME);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(temporary, 'w');
  try {
    for (const p of pieces) await handle.write(new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temporary, file);
}

/** Arrays that lie one after the other in one buffer (as `encodeResolved` makes them) as one view of it; others as they are. */
function contiguous(arrays: readonly Int32Array[]): Int32Array[] {
  const first = arrays[0];
  if (!first) return [];
  let end = first.byteOffset;
  for (const a of arrays) {
    if (a.buffer !== first.buffer || a.byteOffset !== end) return [...arrays];
    end += a.byteLength;
  }
  return [new Int32Array(first.buffer, first.byteOffset, (end - first.byteOffset) / 4)];
}
