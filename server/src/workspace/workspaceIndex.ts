import { CorpusLinker } from '../analysis/corpus';
import type { EntityType } from '../analysis/types';
import { positionOf } from '../textPositions';
import { AnswerMemo } from './answerMemo';
import { type ArticleRecord, claimCount, claimSignatureAt, linkContributionOfRecord, MENTION_STRIDE, sameRecordContent } from './articleRecord';
import { ClaimIndex, type ClaimRef } from './claimIndex';
import { EntityResolver } from './entityResolver';
import { NO_CORRECTIONS } from './corrections';
import { bestOf, countEntities, mostVotedName, RestoredEntity, type WorkspaceEntity } from './entityTally';
import { idsOfNames, type MentionResolution, resolveMentions, sameLinkInputs } from './mentionResolution';
import { type ResolvedState, resolvedArticleAt } from './resolvedState';
import { ResolvedSnapshot } from './resolvedSnapshot';
import { StringPool } from './stringPool';
import { fold } from './textFold';

export type { ClaimRef } from './claimIndex';
export type { WorkspaceEntity } from './entityTally';

/** A place in an article, as LSP wants it. */
export interface ArticleLocation {
  uri: string;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface Indexed extends MentionResolution {
  record: ArticleRecord;
  slot: number;
}

/** A mention's place as LSP wants it, without offsets. */
export interface ReferenceLocation {
  uri: string;
  range: ArticleLocation['range'];
}

/** Articles a definition is looked for in before all are sorted. */
const DEFINITION_PROBE = 8;

/**
 * The cross-article index: every article's compact record, the entities they
 * mention (corrected), and near-duplicate claims. Updates are incremental per
 * article; a change of corrections re-resolves every mention.
 */
export class WorkspaceIndex {
  readonly #articles = new Map<string, Indexed>();
  readonly #slots: (Indexed | undefined)[] = [];
  readonly #freeSlots: number[] = [];
  readonly #entities = new Map<string, WorkspaceEntity>();
  readonly #claims = new ClaimIndex((slot) => this.#slots[slot]);
  readonly #corpusLinker = new CorpusLinker();
  /**
   * Articles added by `addUnresolved` whose names the linker has not yet
   * counted: a warm start takes its links from the saved resolution and need
   * not count a quarter of a million names before it answers. Counted, in the
   * order they came, before the linker is used for anything else, so that it
   * ends as it would have.
   */
  #uncounted: ArticleRecord[] = [];
  #linkDirty = false;
  #linkCache: Map<string, string> | null = null;
  #resolver = new EntityResolver(NO_CORRECTIONS);
  #resolverVersion = 0;
  #relativePath: (uri: string) => string = (uri) => uri;
  #generation = 0;
  #entityVersions = 0;
  readonly #memo = new AnswerMemo();
  readonly #snapshots = new Set<ResolvedSnapshot>();
  readonly #strings = new StringPool();

  /** The corpus linker, every article counted. */
  #linker(): CorpusLinker {
    if (this.#uncounted.length > 0) {
      const records = this.#uncounted;
      this.#uncounted = [];
      for (const record of records) this.#corpusLinker.addContribution(record.uri, linkContributionOfRecord(record));
    }
    return this.#corpusLinker;
  }

  /** Counts the names of articles taken without resolving them (see `addUnresolved`), ahead of their first use. */
  countNames(): void {
    this.#linker();
  }

  /** Bumped on every change, so that derived answers can be cached. */
  get generation(): number {
    return this.#generation;
  }

  get size(): number {
    return this.#articles.size;
  }

  get entityCount(): number {
    return this.#entities.size;
  }

  get resolver(): EntityResolver {
    return this.#resolver;
  }

  /** How article uris map to paths relative to their workspace folder (for split-by-article globs). */
  setRelativePath(relativePath: (uri: string) => string): void {
    this.#relativePath = relativePath;
  }

  /**
   * The corpus-wide id of an analysis id: short forms and acronyms joined to
   * the one full name in the workspace that claims them.
   */
  linkedId(rawId: string): string {
    return this.#linker().resolve(rawId);
  }

  /** True when articles' names changed since the last full resolution, so short forms may link differently. */
  get linkDirty(): boolean {
    return this.#linkDirty;
  }

  /**
   * Re-resolves the mentions whose links changed since they were resolved
   * (names came or went): only the articles naming such an id are redone.
   */
  relink(): void {
    this.#linkDirty = false;
    const links = new Map<string, string>();
    const linkOf = (raw: string) => {
      let linked = links.get(raw);
      if (linked === undefined) links.set(raw, (linked = this.#linker().resolve(raw)));
      return linked;
    };
    let changed = false;
    this.#linkCache = links;
    for (const a of this.#articles.values()) {
      const raw = a.record.entityIds;
      let moved = a.linked.length !== raw.length;
      for (let k = 0; !moved && k < raw.length; k++) moved = linkOf(raw[k]!) !== a.linked[k];
      if (!moved) continue;
      this.#removeEntities(a);
      this.#resolveInto(a);
      this.#addEntities(a);
      changed = true;
    }
    this.#linkCache = null;
    if (changed) this.#generation++;
  }

  /** Replaces the corrections and re-resolves every mention. */
  setResolver(resolver: EntityResolver): void {
    this.#resolver = resolver;
    this.#linkDirty = false;
    this.#resolverVersion++;
    const all = [...this.#articles.values()];
    this.#entities.clear();
    // Links do not change during the pass: ask the linker once per distinct id.
    this.#linkCache = new Map();
    for (const a of all) {
      this.#resolveInto(a);
      this.#addEntities(a);
    }
    this.#linkCache = null;
    this.#generation++;
  }

  /**
   * For each folded name, the (linked) id the analysis most often gives to mentions
   * so named (by canonical name or spelling): how names in corrections find
   * their entities. One pass over the index.
   */
  idsOfNames(folded: ReadonlySet<string>): Map<string, string> {
    const records = (function* (articles: Iterable<Indexed>) {
      for (const a of articles) yield a.record;
    })(this.#articles.values());
    return idsOfNames(records, (raw) => this.#linker().resolve(raw), folded);
  }

  /** Adds or replaces an article's record; false when it says what the indexed one said, which then changes nothing. */
  set(record: ArticleRecord): boolean {
    this.#strings.intern(record);
    const indexed = this.#articles.get(record.uri);
    // Opening an article as it was indexed, or saving it unchanged, keeps its entities' versions, so what was
    // worked out about them (hover cards, co-mentions, definitions) stays; only the file state it stands for is new.
    if (indexed && sameRecordContent(indexed.record, record)) {
      indexed.record = record;
      return false;
    }
    const before = indexed?.record;
    const dirty = this.#linkDirty;
    this.delete(record.uri);
    this.#linker().addContribution(record.uri, linkContributionOfRecord(record));
    // An edit that names the same entities the same way links nothing differently: no relink of the whole workspace.
    this.#linkDirty = dirty || !before || !sameLinkInputs(before, record);
    const slot = this.#freeSlots.pop() ?? this.#slots.length;
    const added: Indexed = { record, slot, ids: [], distinct: [], linked: [] };
    this.#resolveInto(added);
    this.#slots[slot] = added;
    this.#articles.set(record.uri, added);
    this.#addEntities(added);
    this.#claims.add(added);
    this.#generation++;
    return true;
  }

  /**
   * Adds many records without resolving their mentions (a warm start from the
   * cache): the caller resolves everything once afterwards with `setResolver`
   * or `relink`. Until then the new articles count no entities. `shared`: the
   * records hold only names {@link share} gave (decoded with it), so need no interning.
   */
  addUnresolved(records: readonly ArticleRecord[], shared = false): void {
    for (const record of records) {
      if (!shared) this.#strings.intern(record);
      this.delete(record.uri);
      this.#uncounted.push(record);
      const slot = this.#freeSlots.pop() ?? this.#slots.length;
      const indexed: Indexed = { record, slot, ids: [], distinct: [], linked: [] };
      this.#slots[slot] = indexed;
      this.#articles.set(record.uri, indexed);
      this.#claims.add(indexed);
    }
    this.#linkDirty = true;
    this.#generation++;
  }

  /**
   * Every article's resolution and the entity totals, to save beside the
   * cached records; null while some article is an editor's unsaved text or
   * links are pending, since such a state would not be found again at start-up.
   */
  exportResolved(key: string): ResolvedState | null {
    const snapshot = this.snapshotResolved(key);
    return snapshot?.step() ? snapshot.state : null;
  }

  /** The same as it is now, to encode in steps while the index goes on changing (see {@link ResolvedSnapshot}). */
  snapshotResolved(key: string): ResolvedSnapshot | null {
    if (this.#linkDirty) return null;
    // Kept only while it is encoded: a finished one holds the whole encoded state.
    const snapshot = new ResolvedSnapshot(key, this.#articles.values(), this.#entities.values(), () => this.#snapshots.delete(snapshot));
    if (!snapshot.usable) return null;
    this.#snapshots.add(snapshot);
    return snapshot;
  }

  /**
   * Takes a saved resolution made with `resolver` instead of resolving every
   * article again (a start with nothing changed). Only a state covering exactly
   * the indexed articles, with the same contents, is taken; otherwise nothing
   * changes and the answer is false.
   */
  importResolved(state: ResolvedState, resolver: EntityResolver): boolean {
    const n = state.uris.length;
    if (n !== this.#articles.size) return false;
    const targets: Indexed[] = [];
    for (let i = 0; i < n; i++) {
      const a = this.#articles.get(state.uris[i]!);
      if (!a?.record.hash || a.record.hash !== state.hashes[i]) return false;
      if (state.linkedAt[i + 1]! - state.linkedAt[i]! !== a.record.entityIds.length) return false;
      if ((state.idsAt[i + 1]! - state.idsAt[i]!) * MENTION_STRIDE !== a.record.mentions.length) return false;
      targets.push(a);
    }
    const strings = state.strings.map((s) => this.#strings.get(s) ?? s);
    for (let i = 0; i < n; i++) Object.assign(targets[i]!, resolvedArticleAt(state, i, strings));
    this.#entities.clear();
    // The index's copies of the uris: the maps made from them later key by the same strings as the articles.
    const uris = targets.map((a) => a.record.uri);
    for (const e of state.entities) {
      const id = this.#strings.get(e.id) ?? e.id;
      const version = ++this.#entityVersions;
      this.#entities.set(id, new RestoredEntity(id, version, e.mentions, uris, e.articles, e.spellings, e.canonicalVotes, e.typeVotes));
    }
    this.#resolver = resolver;
    this.#linkDirty = false;
    this.#resolverVersion++;
    this.#generation++;
    return true;
  }

  /** The index's one copy of a name, kept from now on: records decoded with it need no interning when they are added. */
  share(s: string): string {
    return this.#strings.share(s);
  }

  delete(uri: string): boolean {
    const old = this.#articles.get(uri);
    if (!old) return false;
    this.#removeEntities(old);
    this.#claims.remove(old);
    this.#linker().remove(uri);
    this.#linkDirty = true;
    this.#articles.delete(uri);
    this.#slots[old.slot] = undefined;
    this.#freeSlots.push(old.slot);
    this.#generation++;
    return true;
  }

  record(uri: string): ArticleRecord | undefined {
    return this.#articles.get(uri)?.record;
  }

  uris(): IterableIterator<string> {
    return this.#articles.keys();
  }

  records(): ArticleRecord[] {
    return [...this.#articles.values()].map((a) => a.record);
  }

  entity(id: string): WorkspaceEntity | undefined {
    return this.#entities.get(id);
  }

  entities(): IterableIterator<WorkspaceEntity> {
    return this.#entities.values();
  }

  /** Canonical name: the analysts' if given, else the name the analysis gives most (longer wins ties). */
  canonicalOf(id: string): string {
    const named = this.#resolver.nameOf(id);
    if (named) return named;
    const e = this.#entities.get(id);
    if (!e || e.canonicalVotes.size === 0) return id.slice(id.indexOf(':') + 1);
    if (e.canonicalVotes.size === 1) return e.canonicalVotes.keys().next().value!;
    // Asked per mention by tokens, hovers and lenses: folding every vote each time would dominate them.
    return this.#memoize(`canonical:${id}`, id, () => mostVotedName(e));
  }

  typeOf(id: string): EntityType {
    const typed = this.#resolver.typeOf(id);
    if (typed) return typed;
    const e = this.#entities.get(id);
    const kind = (id.slice(0, id.indexOf(':')) as EntityType) || 'other';
    const voted = e && bestOf(e.typeVotes, () => 0);
    // "French" is France named by its people (the analysis links it to the country): the country is a place however often its adjective is used.
    return voted === 'nationality' && kind === 'location' ? kind : (voted ?? kind);
  }

  /** The corrected entity id of the mention at `offset` in an indexed article, with its span. */
  mentionAt(uri: string, offset: number): { id: string; start: number; end: number } | null {
    const a = this.#articles.get(uri);
    if (!a) return null;
    const m = a.record.mentions;
    for (let i = 0, k = 0; i < m.length; i += MENTION_STRIDE, k++) {
      if (m[i]! <= offset && offset < m[i + 1]!) {
        const id = a.ids[k];
        return id ? { id, start: m[i]!, end: m[i + 1]! } : null;
      }
      if (m[i]! > offset) break;
    }
    return null;
  }

  /** The distinct corrected entity ids an indexed article mentions (empty when it is not indexed). */
  entityIdsIn(uri: string): readonly string[] {
    return this.#articles.get(uri)?.distinct ?? [];
  }

  /** Every mention of an entity in one article. */
  mentionsIn(uri: string, id: string): ArticleLocation[] {
    const a = this.#articles.get(uri);
    if (!a) return [];
    const out: ArticleLocation[] = [];
    const m = a.record.mentions;
    for (let i = 0, k = 0; i < m.length; i += MENTION_STRIDE, k++) {
      if (a.ids[k] === id) out.push(this.#location(a.record, m[i]!, m[i + 1]!));
    }
    return out;
  }

  /** Every mention of an entity in the workspace, articles in uri order. */
  mentionsOf(id: string): ArticleLocation[] {
    return this.articlesOf(id).flatMap((uri) => this.mentionsIn(uri, id));
  }

  /** Every mention of an entity as LSP locations, articles in uri order. */
  referencesOf(id: string): ReferenceLocation[] {
    const locations: ReferenceLocation[] = [];
    for (const { uri, lineStarts, spans } of this.mentionSpansOf(id)) {
      for (let i = 0; i < spans.length; i += 2) {
        locations.push({ uri, range: { start: positionOf(lineStarts, spans[i]!), end: positionOf(lineStarts, spans[i + 1]!) } });
      }
    }
    return locations;
  }

  /** Each article that mentions an entity, in uri order, with the offsets of its mentions there (start, end pairs). */
  *mentionSpansOf(id: string): Generator<{ uri: string; lineStarts: Int32Array; spans: number[] }> {
    const counts = this.#entities.get(id)?.articles;
    // Usually the very string the mentions hold, which V8 compares by pointer rather than character by character.
    const own = this.#strings.get(id) ?? id;
    for (const uri of this.articlesOf(id)) {
      // A caller may pause between articles (partial results), and the article may be gone by then.
      const a = this.#articles.get(uri);
      if (!a) continue;
      const m = a.record.mentions;
      const spans: number[] = [];
      // The entity's count here says when the last mention has been seen: the rest of the article need not be read.
      let left = counts?.get(uri) ?? Number.POSITIVE_INFINITY;
      for (let i = 0, k = 0; left > 0 && i < m.length; i += MENTION_STRIDE, k++) {
        if (a.ids[k] === own) {
          spans.push(m[i]!, m[i + 1]!);
          left--;
        }
      }
      yield { uri, lineStarts: a.record.lineStarts, spans };
    }
  }

  /**
   * Calls `visit` for each article that mentions an entity, in uri order, with
   * the offsets of its mentions there: `count` numbers of `spans` (start, end
   * pairs; the array is reused from call to call). The synchronous form of
   * `mentionSpansOf`, for answers built whole: a common entity's thousands of
   * articles cost no lookup by uri and no array each. Visits those `from` to
   * `to` (exclusive), so an answer can be built a stretch at a time; returns how many there are.
   */
  visitMentionSpans(id: string, visit: (uri: string, lineStarts: Int32Array, spans: readonly number[], count: number) => void, from = 0, to = Infinity): number {
    const holders = this.#memoize(`holders:${id}`, id, () => {
      const e = this.#entities.get(id);
      const articles: Indexed[] = [];
      const counts: number[] = [];
      for (const uri of this.articlesOf(id)) {
        const a = this.#articles.get(uri);
        if (!a) continue;
        articles.push(a);
        counts.push(e?.articles.get(uri) ?? Number.MAX_SAFE_INTEGER);
      }
      return { articles, counts };
    });
    const own = this.#strings.get(id) ?? id;
    const spans: number[] = [];
    const end = Math.min(to, holders.articles.length);
    for (let j = from; j < end; j++) {
      const { record, ids } = holders.articles[j]!;
      const m = record.mentions;
      let left = holders.counts[j]!;
      let n = 0;
      for (let i = 0, k = 0; left > 0 && i < m.length; i += MENTION_STRIDE, k++) {
        if (ids[k] === own) {
          spans[n++] = m[i]!;
          spans[n++] = m[i + 1]!;
          left--;
        }
      }
      visit(record.uri, record.lineStarts, spans, n);
    }
    return holders.articles.length;
  }

  /** Changes whenever answers about an entity may change (its mentions or the corrections): a key for caching them. */
  answerVersion(id: string): number {
    return (this.#entities.get(id)?.version ?? -1) * 1024 + (this.#resolverVersion % 1024);
  }

  /**
   * The article that alone changed an entity's mentions since answer version
   * `since`: an answer made at or after that version (and no later than
   * `answerVersion`) is right but for that article's part. Null when unknown.
   */
  answerChangedSince(id: string): { since: number; uri: string } | null {
    const e = this.#entities.get(id);
    return e?.changedBy ? { since: e.versionBefore * 1024 + (this.#resolverVersion % 1024), uri: e.changedBy } : null;
  }

  /** The first mention spelled as the full name (else the longest spelling), in uri order. */
  definitionOf(id: string): ArticleLocation | null {
    return this.#memoize(`def:${id}`, id, () => {
      const e = this.#entities.get(id);
      if (!e) return null;
      const canonical = fold(this.canonicalOf(id));
      let longest = '';
      for (const s of e.spellings.keys()) if (s.length > longest.length) longest = s;
      // Nearly every entity is written in full in one of its first articles, found without sorting thousands of uris.
      const first = this.firstArticlesOf(id, DEFINITION_PROBE);
      const early = this.#firstSpelled(id, first, canonical, longest);
      if (early.full || first.length < DEFINITION_PROBE) return early.full ?? early.fallback;
      const all = this.#firstSpelled(id, this.articlesOf(id), canonical, longest);
      return all.full ?? all.fallback;
    });
  }

  /** In `uris` order: the first mention of `id` spelled as the folded full name, and the first spelled `longest`. */
  #firstSpelled(id: string, uris: readonly string[], canonical: string, longest: string): { full: ArticleLocation | null; fallback: ArticleLocation | null } {
    let fallback: ArticleLocation | null = null;
    for (const uri of uris) {
      const a = this.#articles.get(uri);
      if (!a) continue;
      const m = a.record.mentions;
      for (let i = 0, k = 0; i < m.length; i += MENTION_STRIDE, k++) {
        if (a.ids[k] !== id) continue;
        const spelling = a.record.spellings[m[i + 3]!]!;
        if (fold(spelling) === canonical) return { full: this.#location(a.record, m[i]!, m[i + 1]!), fallback };
        if (!fallback && spelling === longest) fallback = this.#location(a.record, m[i]!, m[i + 1]!);
      }
    }
    return { full: null, fallback };
  }

  /** Entities mentioned in the same articles, most shared articles first. */
  coMentioned(id: string, limit: number): { id: string; articles: number }[] {
    return this.#memoize(`co:${id}:${limit}`, id, () => {
      const e = this.#entities.get(id);
      if (!e) return [];
      // A counter object per entity: one lookup per co-mention instead of a get and a set.
      const counts = new Map<string, { n: number }>();
      let seen = 0;
      for (const uri of e.articles.keys()) {
        if (++seen > 200) break; // a sample is enough for a ranking, and keeps a hover fast
        const a = this.#articles.get(uri);
        if (!a) continue;
        for (const other of a.distinct) {
          if (other === id) continue;
          const c = counts.get(other);
          if (c) c.n++;
          else counts.set(other, { n: 1 });
        }
      }
      // The best `limit` in one pass (shared articles, then mentions; ties in first-seen order): sorting thousands would look each up again and again.
      const best: { id: string; articles: number; mentions: number }[] = [];
      for (const [other, { n: articles }] of counts) {
        const last = best[best.length - 1];
        if (best.length >= limit && last && articles < last.articles) continue;
        const mentions = this.#entities.get(other)?.mentions ?? 0;
        if (best.length >= limit && last && articles === last.articles && mentions <= last.mentions) continue;
        let at = best.length;
        while (at > 0 && (best[at - 1]!.articles < articles || (best[at - 1]!.articles === articles && best[at - 1]!.mentions < mentions))) at--;
        best.splice(at, 0, { id: other, articles, mentions });
        if (best.length > limit) best.pop();
      }
      return best.map(({ id: other, articles }) => ({ id: other, articles }));
    });
  }

  /** Claims in other articles that say the same or nearly the same as claim `index` of `uri`. */
  sameClaims(uri: string, index: number): ClaimRef[] {
    const record = this.#articles.get(uri)?.record;
    const signature = record && index < claimCount(record) ? claimSignatureAt(record, index) : null;
    return signature ? this.similarClaims(signature, uri) : [];
  }

  /** Claims, outside the article `exceptUri`, whose signatures are near `signature`, in uri then claim order. */
  similarClaims(signature: Uint32Array, exceptUri: string): ClaimRef[] {
    return this.#claims.similar(signature, exceptUri, this.#generation);
  }

  /**
   * Puts articles' claims into the LSH bands, at most `limit` articles; done
   * lazily (in full before the first corroboration query) or in idle chunks.
   * Returns whether articles are left.
   */
  indexClaims(limit = Number.POSITIVE_INFINITY): boolean {
    return this.#claims.indexClaims(limit);
  }

  /** Articles whose claims wait to be banded. */
  get claimsWaiting(): number {
    return this.#claims.waiting;
  }

  /**
   * Whether corroboration (`similarClaims`) can be answered now; when not,
   * many articles wait to be banded in idle steps and the answer would wait
   * for all of them.
   */
  claimsReady(): boolean {
    return this.#claims.ready();
  }

  location(uri: string, start: number, end: number): ArticleLocation | null {
    const a = this.#articles.get(uri);
    return a ? this.#location(a.record, start, end) : null;
  }

  #location(record: ArticleRecord, start: number, end: number): ArticleLocation {
    return { uri: record.uri, start, end, range: { start: positionOf(record.lineStarts, start), end: positionOf(record.lineStarts, end) } };
  }

  /** Caches an answer about one entity until that entity (or the corrections) change. */
  #memoize<T>(key: string, id: string, compute: () => T): T {
    return this.#memo.get(key, this.answerVersion(id), compute);
  }

  /** The first `n` articles (in uri order) that mention an entity, without sorting them all. */
  firstArticlesOf(id: string, n: number): string[] {
    return this.#memoize(`first:${id}:${n}`, id, () => this.#firstArticlesOf(id, n));
  }

  #firstArticlesOf(id: string, n: number): string[] {
    const e = this.#entities.get(id);
    if (!e) return [];
    if (e.articles.size > n * 8) {
      const best: string[] = [];
      for (const uri of e.articles.keys()) {
        if (best.length === n && uri >= best[n - 1]!) continue;
        let at = best.length;
        while (at > 0 && best[at - 1]! > uri) at--;
        best.splice(at, 0, uri);
        if (best.length > n) best.pop();
      }
      return best;
    }
    return this.articlesOf(id).slice(0, n);
  }

  /** The articles that mention an entity, in uri order. */
  articlesOf(id: string): string[] {
    return this.#memoize(`articles:${id}`, id, () => {
      const e = this.#entities.get(id);
      return e ? [...e.articles.keys()].sort() : [];
    });
  }

  /** Resolves an article's mentions: corrected ids, their distinct set, and the links used. */
  #resolveInto(a: Indexed): void {
    const path = this.#resolver.usesArticlePaths ? this.#relativePath(a.record.uri) : '';
    const cache = this.#linkCache;
    const linkOf = (raw: string) => {
      let id = cache?.get(raw);
      if (id === undefined) {
        id = this.#linker().resolve(raw);
        cache?.set(raw, id);
      }
      return id;
    };
    Object.assign(a, resolveMentions(a.record, linkOf, this.#resolver, path));
  }

  #addEntities(a: Indexed): void {
    this.#preserve(a);
    countEntities(this.#entities, a.record, a.ids, 1, ++this.#entityVersions);
  }

  #removeEntities(a: Indexed): void {
    this.#preserve(a);
    countEntities(this.#entities, a.record, a.ids, -1, ++this.#entityVersions);
  }

  /** Snapshots being encoded keep the totals of the entities an article is about to change. */
  #preserve(a: Indexed): void {
    for (const s of this.#snapshots) for (const id of a.distinct) s.preserve(this.#entities.get(id));
  }
}
