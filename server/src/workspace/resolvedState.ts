import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { ENTITY_TYPES, type EntityType } from '../analysis/types';

const FORMAT = 1;
const FILE_NAME = 'workspace-resolved.bin';

/** One entity's totals as saved: its articles by position in {@link ResolvedState.uris}. */
export interface SavedEntity {
  id: string;
  mentions: number;
  /** Pairs of (article position, mentions there). */
  articles: Int32Array;
  spellings: Map<string, number>;
  canonicalVotes: Map<string, number>;
  typeVotes: Map<EntityType, number>;
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
 * Packs the index's resolution into a {@link ResolvedState}; null when some
 * article is an editor's unsaved text (no hash), which a start-up never finds again.
 */
export function encodeResolved(key: string, articles: Iterable<ResolvedArticle>, totals: Iterable<EntityTotals>): ResolvedState | null {
  const table = new Map<string, number>();
  const strings: string[] = [];
  const at = (s: string) => {
    let i = table.get(s);
    if (i === undefined) table.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const uris: string[] = [];
  const hashes: string[] = [];
  const position = new Map<string, number>();
  // Typed from the start: a million mentions as a growing array of numbers would pass through several times their final size.
  const linked = new IntList();
  const ids = new IntList();
  const distinct = new IntList();
  const linkedAt = new IntList();
  const idsAt = new IntList();
  const distinctAt = new IntList();
  linkedAt.push(0);
  idsAt.push(0);
  distinctAt.push(0);
  for (const a of articles) {
    const { uri, hash } = a.record;
    if (!hash) return null;
    position.set(uri, uris.push(uri) - 1);
    hashes.push(hash);
    for (const s of a.linked) linked.push(at(s));
    for (const id of a.ids) ids.push(id === null ? -1 : at(id));
    for (const id of a.distinct) distinct.push(at(id));
    linkedAt.push(linked.length);
    idsAt.push(ids.length);
    distinctAt.push(distinct.length);
  }
  const entities: SavedEntity[] = [];
  for (const e of totals) {
    const places: number[] = [];
    for (const [uri, n] of e.articles) {
      const i = position.get(uri);
      if (i === undefined) return null;
      places.push(i, n);
    }
    entities.push({ id: e.id, mentions: e.mentions, articles: Int32Array.from(places), spellings: e.spellings, canonicalVotes: e.canonicalVotes, typeVotes: e.typeVotes });
  }
  return {
    key,
    uris,
    hashes,
    strings,
    linkedAt: linkedAt.toArray(),
    linked: linked.toArray(),
    idsAt: idsAt.toArray(),
    ids: ids.toArray(),
    distinctAt: distinctAt.toArray(),
    distinct: distinct.toArray(),
    entities,
  };
}

/** A growing list of 32-bit integers. */
class IntList {
  #values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.length++] = value;
  }

  /** The values in an array of their own size. */
  toArray(): Int32Array {
    return this.#values.slice(0, this.length);
  }
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
const isCountMap = (v: unknown, keys?: readonly string[]): v is Map<string, number> =>
  v instanceof Map && [...v].every(([k, n]) => typeof k === 'string' && (!keys || keys.includes(k)) && typeof n === 'number');

/** Whether offsets `at` cut `flat` into `n` slices whose values all name a string (or -1 where `nullable`). */
function slicesFit(at: Int32Array, flat: Int32Array, n: number, strings: number, nullable: boolean): boolean {
  if (at.length !== n + 1 || at[0] !== 0 || at[n] !== flat.length) return false;
  for (let i = 0; i < n; i++) if (at[i + 1]! < at[i]!) return false;
  for (const s of flat) if (s >= strings || s < (nullable ? -1 : 0)) return false;
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

/**
 * Reads the saved resolution if it was made for `key`. A damaged file gives a
 * problem to report; a missing one, or one made for other inputs, gives none.
 */
export function loadResolvedState(storagePath: string, key: string): LoadedResolvedState {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(storagePath, FILE_NAME));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { state: null, problem: code === 'ENOENT' ? null : `cannot read it (${code ?? String(error)})` };
  }
  try {
    const value: unknown = v8.deserialize(bytes);
    if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FORMAT) return { state: null, problem: 'it has another format' };
    const state = (value as { state?: unknown }).state;
    if (!validState(state)) return { state: null, problem: 'it is damaged (unexpected contents)' };
    return { state: state.key === key ? state : null, problem: null };
  } catch (error) {
    return { state: null, problem: `it is damaged (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Writes the resolution atomically (a temporary file renamed over the old one). */
export async function saveResolvedState(storagePath: string, state: ResolvedState): Promise<void> {
  // Serialized before any wait: the entity totals are the index's own maps, which later edits change.
  const bytes = v8.serialize({ format: FORMAT, state });
  await fs.promises.mkdir(storagePath, { recursive: true });
  const file = path.join(storagePath, FILE_NAME);
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(temporary, bytes);
  await fs.promises.rename(temporary, file);
}
