import { type ArticleRecord, MENTION_STRIDE } from './articleRecord';
import { detached } from '../analysis/detachedString';
import { SIGNATURE_SIZE } from './claimFingerprint';

/** A record's fields other than its arrays, stored as they are. */
type RecordFields = Pick<ArticleRecord, 'uri' | 'size' | 'mtimeMs' | 'hash' | 'headline' | 'dct' | 'dctSource' | 'openDct' | 'recordedDate'>;

/** Array lengths stored per record, in this order. */
const COUNTS = 6;

/**
 * Records stored by column: their fields, one string table for every name
 * (thousands of articles repeat the same entity ids and names), and each kind
 * of array concatenated into one typed array. Reading a chunk then makes a
 * few large arrays rather than five small ones per record, and the records'
 * arrays are views of them. How the cache stores records and how worker
 * threads send them.
 */
export interface RecordChunk {
  strings: string[];
  fields: RecordFields[];
  /** Per record: line starts, entities, spellings, mentions, claims, link aliases. */
  counts: Int32Array;
  /** Line starts, then entity id, canonical name and spelling indices, mentions, claim spans and link alias indices, record after record. */
  ints: Int32Array;
  entityTypes: Uint8Array;
  claimSignatures: Uint32Array;
}

/**
 * Room for a chunk's arrays, reused from chunk to chunk: writing ten thousand
 * records then allocates a few arrays rather than megabytes per chunk, which
 * would sit in memory as garbage until a full collection.
 */
export class ChunkScratch {
  /**
   * Every name written so far, by number: a chunk lists only the names no
   * chunk before it did, since ten thousand articles name the same few
   * thousand entities (see `decodeChunk`'s `known`).
   */
  readonly names = new Map<string, number>();
  #ints = new Int32Array(0);
  #types = new Uint8Array(0);
  #signatures = new Uint32Array(0);

  /** Views of `n` integers, `t` entity types and `g` signature values; valid until the next call. */
  take(n: number, t: number, g: number): { ints: Int32Array; entityTypes: Uint8Array; claimSignatures: Uint32Array } {
    if (this.#ints.length < n) this.#ints = new Int32Array(Math.max(n, this.#ints.length * 2));
    if (this.#types.length < t) this.#types = new Uint8Array(Math.max(t, this.#types.length * 2));
    if (this.#signatures.length < g) this.#signatures = new Uint32Array(Math.max(g, this.#signatures.length * 2));
    return { ints: this.#ints.subarray(0, n), entityTypes: this.#types.subarray(0, t), claimSignatures: this.#signatures.subarray(0, g) };
  }
}

/**
 * Encodes records into one chunk. With `scratch`, the chunk's typed arrays are
 * views of it, valid until the scratch is used again. `names`: the names
 * earlier chunks listed, by number (by default the scratch's), to which this
 * chunk's new ones are added; the decoder then needs the same earlier names
 * (see `decodeChunk`'s `known`).
 */
export function encodeChunk(records: readonly ArticleRecord[], scratch?: ChunkScratch, names?: Map<string, number>): RecordChunk {
  const table = names ?? scratch?.names ?? new Map<string, number>();
  const strings: string[] = [];
  const indexOf = (s: string) => {
    let i = table.get(s);
    if (i === undefined) {
      i = table.size;
      // A copy of its own: a record's names may be slices of its article, which a table kept across chunks would keep whole.
      table.set(detached(s), i);
      strings.push(s);
    }
    return i;
  };
  let ints = 0;
  let entities = 0;
  let signatures = 0;
  for (const r of records) {
    ints += r.lineStarts.length + 2 * r.entityIds.length + r.spellings.length + r.mentions.length + r.claimSpans.length + r.linkAliases.length;
    entities += r.entityIds.length;
    signatures += r.claimSignatures.length;
  }
  const arrays = scratch
    ? scratch.take(ints, entities, signatures)
    : { ints: new Int32Array(ints), entityTypes: new Uint8Array(entities), claimSignatures: new Uint32Array(signatures) };
  const chunk: RecordChunk = { strings, fields: [], counts: new Int32Array(records.length * COUNTS), ...arrays };
  let at = 0;
  let e = 0;
  let s = 0;
  const put = (values: ArrayLike<number>) => {
    chunk.ints.set(values, at);
    at += values.length;
  };
  const putNames = (names: readonly string[]) => {
    for (const name of names) chunk.ints[at++] = indexOf(name);
  };
  records.forEach((r, i) => {
    chunk.fields.push({
      uri: r.uri,
      size: r.size,
      mtimeMs: r.mtimeMs,
      hash: r.hash,
      headline: r.headline,
      dct: r.dct,
      dctSource: r.dctSource,
      openDct: r.openDct,
      recordedDate: r.recordedDate,
    });
    const c = i * COUNTS;
    chunk.counts[c] = r.lineStarts.length;
    chunk.counts[c + 1] = r.entityIds.length;
    chunk.counts[c + 2] = r.spellings.length;
    chunk.counts[c + 3] = r.mentions.length;
    chunk.counts[c + 4] = r.claimSpans.length;
    chunk.counts[c + 5] = r.linkAliases.length;
    put(r.lineStarts);
    putNames(r.entityIds);
    putNames(r.entityCanonicals);
    putNames(r.spellings);
    put(r.mentions);
    put(r.claimSpans);
    putNames(r.linkAliases);
    chunk.entityTypes.set(r.entityTypes, e);
    e += r.entityTypes.length;
    chunk.claimSignatures.set(r.claimSignatures, s);
    s += r.claimSignatures.length;
  });
  return chunk;
}

const nullableString = (v: unknown) => v === null || typeof v === 'string';

function isFields(value: unknown): value is RecordFields {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.uri === 'string' &&
    typeof r.size === 'number' &&
    typeof r.mtimeMs === 'number' &&
    typeof r.hash === 'string' &&
    nullableString(r.headline) &&
    nullableString(r.dct) &&
    nullableString(r.dctSource) &&
    nullableString(r.openDct) &&
    nullableString(r.recordedDate)
  );
}

/** A typed array with a buffer of its own: not a view keeping the whole cache file alive. */
function own<T extends Int32Array | Uint32Array | Uint8Array>(array: T): T {
  return (array.byteLength === array.buffer.byteLength ? array : array.slice()) as T;
}

/**
 * The chunk's records, or null when it is not what `encodeChunk` wrote (a
 * damaged cache may deserialize into anything): every length and index is
 * checked, so that reading a record never goes out of bounds. The names are
 * `share`'s copies of the string table's: sharing a chunk's few thousand
 * distinct names costs far less than sharing every record's lists after.
 * `known`: for chunks encoded with one {@link ChunkScratch}, the names of
 * the chunks before, in order, to which this chunk's are added.
 */
export function decodeChunk(value: unknown, share: (s: string) => string = (s) => s, known?: string[]): ArticleRecord[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const chunk = value as Partial<RecordChunk>;
  const { strings, fields, counts } = chunk;
  if (!Array.isArray(strings) || !Array.isArray(fields) || !(counts instanceof Int32Array) || counts.length !== fields.length * COUNTS) return null;
  if (!(chunk.ints instanceof Int32Array) || !(chunk.entityTypes instanceof Uint8Array) || !(chunk.claimSignatures instanceof Uint32Array)) return null;
  if (!strings.every((s) => typeof s === 'string')) return null;
  // Chunks written with one scratch number their names across chunks: `known` holds the earlier chunks' names.
  const table = known ?? [];
  for (const name of strings as string[]) table.push(share(name));
  // Deserialized arrays may be views of the whole file read: copied once per chunk, the file's bytes can go.
  const ints = own(chunk.ints);
  const types = own(chunk.entityTypes);
  const signatures = own(chunk.claimSignatures);
  const out: ArticleRecord[] = [];
  let at = 0;
  let e = 0;
  let s = 0;
  const take = (n: number): Int32Array | null => {
    if (n < 0 || at + n > ints.length) return null;
    at += n;
    return ints.subarray(at - n, at);
  };
  const names = (n: number): string[] | null => {
    const list = take(n);
    if (!list) return null;
    const names = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const name = table[list[i]!];
      if (name === undefined) return null;
      names[i] = name;
    }
    return names;
  };
  for (let i = 0; i < fields.length; i++) {
    const f: unknown = fields[i];
    if (!isFields(f)) return null;
    const [lines, entities, spellingCount, mentionInts, claimInts, aliasCount] = counts.subarray(i * COUNTS, (i + 1) * COUNTS) as unknown as number[];
    if (mentionInts! % MENTION_STRIDE !== 0 || claimInts! % 3 !== 0 || aliasCount! % 2 !== 0) return null;
    const lineStarts = take(lines!);
    const entityIds = names(entities!);
    const entityCanonicals = names(entities!);
    const spellings = names(spellingCount!);
    const mentions = take(mentionInts!);
    const claimSpans = take(claimInts!);
    const linkAliases = names(aliasCount!);
    const signatureCount = (claimInts! / 3) * SIGNATURE_SIZE;
    if (!lineStarts || !entityIds || !entityCanonicals || !spellings || !mentions || !claimSpans || !linkAliases) return null;
    if (e + entities! > types.length || s + signatureCount > signatures.length) return null;
    for (let m = 0; m < mentions.length; m += MENTION_STRIDE) {
      if (mentions[m + 2]! < 0 || mentions[m + 2]! >= entities! || mentions[m + 3]! < 0 || mentions[m + 3]! >= spellingCount!) return null;
    }
    out.push({
      uri: f.uri,
      size: f.size,
      mtimeMs: f.mtimeMs,
      hash: f.hash,
      headline: f.headline,
      dct: f.dct,
      dctSource: f.dctSource,
      openDct: f.openDct,
      recordedDate: f.recordedDate,
      lineStarts,
      entityIds,
      entityCanonicals,
      entityTypes: types.subarray(e, (e += entities!)),
      spellings,
      mentions,
      claimSpans,
      claimSignatures: signatures.subarray(s, (s += signatureCount)),
      linkAliases,
    });
  }
  return at === ints.length && e === types.length && s === signatures.length ? out : null;
}
