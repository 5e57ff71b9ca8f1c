import type { EntityTotals, ResolvedArticle, ResolvedState, SavedEntity } from './resolvedState';

/** Articles, then entities, encoded between two looks at the clock. */
const ARTICLES_PER_CHECK = 256;
const ENTITIES_PER_CHECK = 16;

/**
 * The index's resolution as it was at one moment, packed into a
 * {@link ResolvedState} a step at a time, so that saving it never holds up a
 * request for long. Taking it copies only references: each article's
 * resolution arrays are replaced, never changed, when it is resolved again;
 * an entity's totals are changed in place, so the index calls `preserve`
 * before it changes an entity, and the snapshot keeps a copy of the totals
 * it has not encoded yet. Every array is made at its final size (counted
 * when taken): a million mentions in growing arrays would pass through
 * several times their size.
 */
export class ResolvedSnapshot {
  readonly #key: string;
  readonly #uris: string[] = [];
  readonly #hashes: string[] = [];
  readonly #linkedOf: (readonly string[])[] = [];
  readonly #idsOf: (readonly (string | null)[])[] = [];
  readonly #distinctOf: (readonly string[])[] = [];
  readonly #entities: EntityTotals[];
  /** Entities still read from the index, by their place in `#entities`. */
  readonly #live = new Map<EntityTotals, number>();
  /** False when some article is an editor's unsaved text (no hash): a start-up never finds such a state again. */
  readonly usable: boolean = true;
  readonly #table = new Map<string, number>();
  readonly #strings: string[] = [];
  readonly #position = new Map<string, number>();
  readonly #linked: Int32Array;
  readonly #ids: Int32Array;
  readonly #distinct: Int32Array;
  readonly #linkedAt: Int32Array;
  readonly #idsAt: Int32Array;
  readonly #distinctAt: Int32Array;
  readonly #places: Int32Array;
  readonly #saved: SavedEntity[] = [];
  #article = 0;
  #entity = 0;
  #written = { linked: 0, ids: 0, distinct: 0, places: 0 };
  #state: ResolvedState | null = null;
  #failed = false;

  readonly #onDone: () => void;

  /** `onDone` is called once, when the last step is done. */
  constructor(key: string, articles: Iterable<ResolvedArticle>, totals: Iterable<EntityTotals>, onDone: () => void = () => {}) {
    this.#key = key;
    this.#onDone = onDone;
    let linkedCount = 0;
    let idCount = 0;
    let distinctCount = 0;
    for (const a of articles) {
      if (!a.record.hash) this.usable = false;
      this.#uris.push(a.record.uri);
      this.#hashes.push(a.record.hash);
      this.#linkedOf.push(a.linked);
      this.#idsOf.push(a.ids);
      this.#distinctOf.push(a.distinct);
      linkedCount += a.linked.length;
      idCount += a.ids.length;
      distinctCount += a.distinct.length;
    }
    this.#entities = [...totals];
    let pairs = 0;
    for (let i = 0; i < this.#entities.length; i++) {
      const e = this.#entities[i]!;
      pairs += e.articles.size;
      this.#live.set(e, i);
    }
    const n = this.#uris.length;
    const size = this.usable ? 1 : 0;
    this.#linked = new Int32Array(linkedCount * size);
    this.#ids = new Int32Array(idCount * size);
    this.#distinct = new Int32Array(distinctCount * size);
    this.#linkedAt = new Int32Array((n + 1) * size);
    this.#idsAt = new Int32Array((n + 1) * size);
    this.#distinctAt = new Int32Array((n + 1) * size);
    // One array for every entity's places, each entity's a view of it: written to disk in one piece.
    this.#places = new Int32Array(pairs * 2 * size);
    if (!this.usable) this.#live.clear();
  }

  /** Whether every step is done (or there is nothing to encode). */
  get done(): boolean {
    return !this.usable || this.#failed || this.#state !== null;
  }

  /** The encoded state once `done`; null when the snapshot was not usable. */
  get state(): ResolvedState | null {
    return this.#state;
  }

  /** Called before the index changes `entity`'s totals: keeps them as they were if they are not encoded yet. */
  preserve(entity: EntityTotals | undefined): void {
    const at = entity && this.#live.get(entity);
    if (!entity || at === undefined) return;
    this.#live.delete(entity);
    this.#entities[at] = {
      id: entity.id,
      mentions: entity.mentions,
      articles: new Map(entity.articles),
      spellings: new Map(entity.spellings),
      canonicalVotes: new Map(entity.canonicalVotes),
      typeVotes: new Map(entity.typeVotes),
    };
  }

  /** Encodes for about `budgetMs` milliseconds; true once done. */
  step(budgetMs = Number.POSITIVE_INFINITY): boolean {
    const until = performance.now() + budgetMs;
    while (!this.done) {
      if (this.#article < this.#uris.length) this.#encodeArticles(ARTICLES_PER_CHECK);
      else if (this.#entity < this.#entities.length) this.#encodeEntities(ENTITIES_PER_CHECK);
      else this.#finish();
      if (this.done) this.#onDone();
      else if (performance.now() >= until) break;
    }
    return this.done;
  }

  #at(s: string): number {
    let i = this.#table.get(s);
    if (i === undefined) this.#table.set(s, (i = this.#strings.push(s) - 1));
    return i;
  }

  #encodeArticles(count: number): void {
    const w = this.#written;
    const end = Math.min(this.#uris.length, this.#article + count);
    for (let i = this.#article; i < end; i++) {
      this.#position.set(this.#uris[i]!, i);
      for (const s of this.#linkedOf[i]!) this.#linked[w.linked++] = this.#at(s);
      for (const id of this.#idsOf[i]!) this.#ids[w.ids++] = id === null ? -1 : this.#at(id);
      for (const id of this.#distinctOf[i]!) this.#distinct[w.distinct++] = this.#at(id);
      this.#linkedAt[i + 1] = w.linked;
      this.#idsAt[i + 1] = w.ids;
      this.#distinctAt[i + 1] = w.distinct;
    }
    this.#article = end;
  }

  #encodeEntities(count: number): void {
    const w = this.#written;
    const end = Math.min(this.#entities.length, this.#entity + count);
    for (let j = this.#entity; j < end; j++) {
      const e = this.#entities[j]!;
      // Encoded now, its totals copied: later changes of the entity no longer concern the snapshot.
      this.#live.delete(e);
      const from = w.places;
      for (const [uri, n] of e.articles) {
        const i = this.#position.get(uri);
        if (i === undefined) {
          this.#failed = true;
          this.#live.clear();
          return;
        }
        this.#places[w.places++] = i;
        this.#places[w.places++] = n;
      }
      this.#saved.push({
        id: e.id,
        mentions: e.mentions,
        articles: this.#places.subarray(from, w.places),
        spellings: new Map(e.spellings),
        canonicalVotes: new Map(e.canonicalVotes),
        typeVotes: new Map(e.typeVotes),
      });
    }
    this.#entity = end;
  }

  #finish(): void {
    this.#state = {
      key: this.#key,
      uris: this.#uris,
      hashes: this.#hashes,
      strings: this.#strings,
      linkedAt: this.#linkedAt,
      linked: this.#linked,
      idsAt: this.#idsAt,
      ids: this.#ids,
      distinctAt: this.#distinctAt,
      distinct: this.#distinct,
      entities: this.#saved,
    };
  }
}

/** Runs the snapshot's steps of about `budgetMs`, letting other work (requests) through between them. */
export function encodeInSteps(snapshot: ResolvedSnapshot, budgetMs: number): Promise<ResolvedState | null> {
  return new Promise((resolve) => {
    const next = () => {
      if (snapshot.step(budgetMs)) resolve(snapshot.state);
      else setImmediate(next);
    };
    setImmediate(next);
  });
}
