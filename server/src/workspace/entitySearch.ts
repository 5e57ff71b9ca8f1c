import { fold } from './textFold';
import type { WorkspaceEntity, WorkspaceIndex } from './workspaceIndex';

/** One entity found by a search, best first. */
export interface EntityHit {
  id: string;
  score: number;
}

interface Entry {
  id: string;
  /** The entity version the entry was built at. */
  version: number;
  /** Folded canonical name and spellings, each between `\u0001`s: one `indexOf` tests them all, and an exact name needs no copy to find. */
  keys: string;
  /** The kinds of characters `keys` holds (see `charMask`): a query needing one it lacks cannot match. */
  chars: number;
  mentions: number;
  /** The refresh that last saw the entity in the index: an entry left behind belongs to a deleted entity. */
  seen: number;
}

const SEPARATOR = '\u0001';

/** One bit per letter a–z, one for digits, one for a space, one for anything else (the separator included). */
function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
    else if (c === 32) mask |= 1 << 27;
    else mask |= 1 << 28;
  }
  return mask;
}

function isWordStart(keys: string, at: number): boolean {
  if (at === 0) return true;
  const before = keys.charCodeAt(at - 1);
  return !((before >= 48 && before <= 57) || (before >= 97 && before <= 122) || before > 0x7f);
}

/** Whether the query's characters occur in order in `key`; returns the span they cover, or -1. */
function subsequenceSpan(key: string, query: string): number {
  let q = 0;
  let first = -1;
  for (let i = 0; i < key.length && q < query.length; i++) {
    if (key.charCodeAt(i) === query.charCodeAt(q)) {
      if (first < 0) first = i;
      q++;
      if (q === query.length) return i - first + 1;
    }
  }
  return -1;
}

/**
 * Entity search over the workspace, ignoring case and diacritics, one hit per
 * entity whichever spelling matched: exact names first, then names starting
 * with the query, words starting with it, names containing it, and at last
 * names holding its letters in order; more mentions rank higher within a tier.
 */
export class EntitySearch {
  readonly #index: WorkspaceIndex;
  readonly #folded = new Map<string, string>();
  /** Every entity's entry, most mentioned first. */
  #entries: Entry[] = [];
  #generation = -1;
  #refreshes = 0;
  /** The entries by id: a change of the index rebuilds only the entries of the entities it touched. */
  readonly #byId = new Map<string, Entry>();

  constructor(index: WorkspaceIndex) {
    this.#index = index;
  }

  #fold(text: string): string {
    let f = this.#folded.get(text);
    if (f === undefined) {
      f = fold(text);
      if (this.#folded.size > 500_000) this.#folded.clear();
      this.#folded.set(text, f);
    }
    return f;
  }

  /**
   * Builds the search entries for the index as it is now, so that the next
   * search need not: all at once, or for about `budgetMs` a call. True once
   * they are all built.
   */
  prepare(budgetMs = Number.POSITIVE_INFINITY): boolean {
    if (this.#generation === this.#index.generation) return true;
    if (this.#toPrepare?.generation !== this.#index.generation) this.#toPrepare = { generation: this.#index.generation, entities: [...this.#index.entities()], next: 0 };
    const work = this.#toPrepare;
    const until = performance.now() + budgetMs;
    while (work.next < work.entities.length) {
      if (this.#update(work.entities[work.next++]!, this.#refreshes)) this.#unsorted = true;
      // The clock is read every few entities: reading it costs more than building one entry.
      if ((work.next & 15) === 0 && performance.now() >= until) return false;
    }
    this.#toPrepare = null;
    this.#refresh();
    return true;
  }

  /** Entities whose entries `prepare` builds, with the index generation it started at. */
  #toPrepare: { generation: number; entities: WorkspaceEntity[]; next: number } | null = null;
  /** Entries built or changed by `prepare` since the entries were last sorted. */
  #unsorted = false;

  /** Brings an entity's entry up to date, marked seen by refresh `pass`; true when it was built or changed. */
  #update(e: WorkspaceEntity, pass: number): boolean {
    let entry = this.#byId.get(e.id);
    let changed = false;
    if (!entry) {
      const keys = this.#keysOf(e);
      entry = { id: e.id, version: e.version, keys, chars: charMask(keys), mentions: e.mentions, seen: pass };
      this.#byId.set(e.id, entry);
      changed = true;
    } else if (entry.version !== e.version) {
      entry.version = e.version;
      entry.keys = this.#keysOf(e);
      entry.chars = charMask(entry.keys);
      entry.mentions = e.mentions;
      changed = true;
    }
    entry.seen = pass;
    return changed;
  }

  #keysOf(e: WorkspaceEntity): string {
    const keys = new Set([this.#fold(this.#index.canonicalOf(e.id))]);
    for (const s of e.spellings.keys()) keys.add(this.#fold(s));
    return `${SEPARATOR}${[...keys].join(SEPARATOR)}${SEPARATOR}`;
  }

  /**
   * Brings the entries up to date with the index. An edit touches a few
   * entities of thousands: only their entries are rebuilt, and the order is
   * sorted again only when some entity changed. Entities mentioned alike keep
   * the index's order, so that an answer cut at the limit is the same however
   * it was reached.
   */
  #refresh(): void {
    if (this.#generation === this.#index.generation) return;
    this.#generation = this.#index.generation;
    const pass = ++this.#refreshes;
    let changed = this.#unsorted;
    this.#unsorted = false;
    const entries: Entry[] = [];
    for (const e of this.#index.entities()) {
      if (this.#update(e, pass)) changed = true;
      entries.push(this.#byId.get(e.id)!);
    }
    // One entry per entity in the index, so any beyond that belong to entities gone from it.
    if (this.#byId.size > entries.length) {
      changed = true;
      for (const [id, entry] of this.#byId) if (entry.seen !== pass) this.#byId.delete(id);
    }
    if (!changed) return;
    entries.sort((a, b) => b.mentions - a.mentions);
    this.#entries = entries;
  }

  /**
   * Up to `count` queries such as are typed into a symbol picker, made from
   * the most mentioned entities' names: the start of a name, and its first
   * and last letters (found only by letters in order). Searching for them
   * while nothing is asked lets V8 optimise the search before the first real
   * one, which would otherwise run several times slower.
   */
  sampleQueries(count: number): string[] {
    this.#refresh();
    const out: string[] = [];
    for (const e of this.#entries) {
      if (out.length >= count) break;
      const name = e.keys.slice(1, e.keys.indexOf(SEPARATOR, 1));
      if (name.length < 3) continue;
      out.push(name.slice(0, 3), name.charAt(0) + name.charAt(name.length - 1));
    }
    return out.slice(0, count);
  }

  search(query: string, limit = 100): EntityHit[] {
    this.#refresh();
    const q = this.#fold(query.trim());
    const hits: EntityHit[] = [];
    if (!q) {
      return this.#entries.slice(0, limit).map((e) => ({ id: e.id, score: Math.log2(e.mentions + 1) }));
    }
    const wrapped = `${SEPARATOR}${q}${SEPARATOR}`;
    const needed = charMask(q);
    for (const e of this.#entries) {
      if ((e.chars & needed) !== needed) continue;
      const at = e.keys.indexOf(q);
      if (at < 0) continue;
      let tier: number;
      if (e.keys.charCodeAt(at - 1) === 1 && e.keys.charCodeAt(at + q.length) === 1) tier = 4;
      else if (e.keys.includes(wrapped)) tier = 4;
      else if (e.keys.charCodeAt(at - 1) === 1) tier = 3;
      else if (isWordStart(e.keys, at)) tier = 2;
      else tier = 1;
      hits.push({ id: e.id, score: tier * 100 + Math.log2(e.mentions + 1) });
    }
    if (hits.length < limit && q.length >= 2) {
      const found = new Set(hits.map((h) => h.id));
      for (const e of this.#entries) {
        if ((e.chars & needed) !== needed || found.has(e.id)) continue;
        const span = subsequenceSpan(e.keys, q);
        if (span > 0 && span <= q.length * 3) hits.push({ id: e.id, score: (q.length / span) * 50 + Math.log2(e.mentions + 1) });
        if (hits.length >= limit * 4) break;
      }
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
