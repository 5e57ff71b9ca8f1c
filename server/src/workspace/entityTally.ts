import { ENTITY_TYPES, type EntityType } from '../analysis/types';
import { type ArticleRecord, MENTION_STRIDE } from './articleRecord';
import { fold } from './textFold';

/** One entity across the workspace, after corrections. */
export interface WorkspaceEntity {
  id: string;
  /** Bumped whenever this entity's mentions change, so that answers about it can be cached. */
  version: number;
  /**
   * The article whose mentions changed this entity last, and the version the entity had before
   * that article's run of changes began: an answer made since is right but for that article's part.
   */
  changedBy: string | null;
  versionBefore: number;
  /** Mentions in the whole workspace. */
  mentions: number;
  /** Mention count per article uri. */
  articles: Map<string, number>;
  /** Mention count per spelling. */
  spellings: Map<string, number>;
  /** Votes of the analysis for the canonical name and the type. */
  canonicalVotes: Map<string, number>;
  typeVotes: Map<EntityType, number>;
}

/**
 * An entity taken from a saved resolution, its mention count per article
 * made into a map on first use: a warm start of ten thousand articles would
 * otherwise make thousands of maps of a quarter of a million entries in all
 * before it can answer anything. Every reader and writer of `articles` goes
 * through the getter, so the map is whole before anything changes it.
 */
export class RestoredEntity implements WorkspaceEntity {
  version: number;
  changedBy: string | null = null;
  versionBefore = -1;
  mentions: number;
  #articles: Map<string, number> | null = null;
  #uris: readonly string[] | null;
  #places: Int32Array | null;

  /** `places`: pairs of (position in `uris`, mentions there). */
  constructor(
    readonly id: string,
    version: number,
    mentions: number,
    uris: readonly string[],
    places: Int32Array,
    readonly spellings: Map<string, number>,
    readonly canonicalVotes: Map<string, number>,
    readonly typeVotes: Map<EntityType, number>,
  ) {
    this.version = version;
    this.mentions = mentions;
    this.#uris = uris;
    this.#places = places;
  }

  get articles(): Map<string, number> {
    if (this.#articles) return this.#articles;
    const articles = new Map<string, number>();
    const uris = this.#uris!;
    const places = this.#places!;
    for (let k = 0; k < places.length; k += 2) articles.set(uris[places[k]!]!, places[k + 1]!);
    this.#uris = null;
    this.#places = null;
    return (this.#articles = articles);
  }
}

/** Packs (local entity, spelling) into one number; spellings per article stay far below this. */
export const SPELLING_KEYS = 2 ** 24;

/** The key with the most votes; `tieBreak` below zero prefers its first argument. */
export function bestOf<K>(votes: Map<K, number>, tieBreak: (a: K, b: K) => number): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [k, n] of votes) {
    if (n > bestCount || (n === bestCount && best !== undefined && tieBreak(k, best) < 0)) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}

/**
 * Adds (`sign` 1) or takes away (-1) an article's mentions to the entity
 * totals: `ids` is the corrected id per mention. Entities touched get
 * `version`; entities left without mentions are dropped.
 */
export function countEntities(entities: Map<string, WorkspaceEntity>, record: ArticleRecord, ids: readonly (string | null)[], sign: 1 | -1, version: number): void {
  const m = record.mentions;
  // Tally per (entity, local entity, spelling) first: a few map updates per entity, not per mention.
  const tally = new Map<string, Map<number, number>>();
  for (let i = 0, k = 0; i < m.length; i += MENTION_STRIDE, k++) {
    const id = ids[k];
    if (!id) continue;
    const key = m[i + 2]! * SPELLING_KEYS + m[i + 3]!;
    let t = tally.get(id);
    if (!t) tally.set(id, (t = new Map()));
    t.set(key, (t.get(key) ?? 0) + 1);
  }
  for (const [id, t] of tally) {
    let e = entities.get(id);
    if (!e) {
      if (sign < 0) continue;
      // New: nothing said about it before can be right.
      e = { id, version, changedBy: record.uri, versionBefore: version, mentions: 0, articles: new Map(), spellings: new Map(), canonicalVotes: new Map(), typeVotes: new Map() };
      entities.set(id, e);
    }
    if (e.changedBy !== record.uri) {
      e.changedBy = record.uri;
      e.versionBefore = e.version;
    }
    e.version = version;
    let total = 0;
    for (const [key, n] of t) {
      const local = Math.floor(key / SPELLING_KEYS);
      total += n;
      bump(e.spellings, record.spellings[key % SPELLING_KEYS]!, sign * n);
      bump(e.canonicalVotes, record.entityCanonicals[local]!, sign * n);
      bump(e.typeVotes, ENTITY_TYPES[record.entityTypes[local]!] ?? 'other', sign * n);
    }
    e.mentions += sign * total;
    bump(e.articles, record.uri, sign * total);
    if (e.mentions <= 0) entities.delete(id);
  }
}

/**
 * The name the analysis gives an entity most. Names that differ only in case
 * or accents are one name: counted together, and written with the most
 * accents, since plain ASCII is the usual lossy transliteration.
 */
export function mostVotedName(e: WorkspaceEntity): string {
  const groups = new Map<string, number>();
  for (const [name, n] of e.canonicalVotes) groups.set(fold(name), (groups.get(fold(name)) ?? 0) + n);
  const group = bestOf(groups, (a, b) => b.length - a.length)!;
  const accents = (s: string) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n++;
    return n;
  };
  const spellings = [...e.canonicalVotes].filter(([name]) => fold(name) === group);
  spellings.sort((a, b) => accents(b[0]) - accents(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return spellings[0]![0];
}
