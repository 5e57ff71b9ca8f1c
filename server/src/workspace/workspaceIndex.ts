import { CorpusLinker } from '../analysis/corpus';
import { ENTITY_TYPES, type EntityType } from '../analysis/types';
import { positionOf } from '../textPositions';
import { type ArticleRecord, claimCount, claimSignatureAt, linkContributionOfRecord, MENTION_STRIDE } from './articleRecord';
import { ClaimBands } from './claimBands';
import { EntityResolver } from './entityResolver';
import { NO_CORRECTIONS } from './corrections';
import { encodeResolved, type ResolvedState, resolvedArticleAt } from './resolvedState';
import { fold } from './textFold';

/** One entity across the workspace, after corrections. */
export interface WorkspaceEntity {
  id: string;
  /** Bumped whenever this entity's mentions change, so that answers about it can be cached. */
  version: number;
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

/** A place in an article, as LSP wants it. */
export interface ArticleLocation {
  uri: string;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** A claim of an article, named by article and index. */
export interface ClaimRef {
  uri: string;
  index: number;
}

interface Indexed {
  record: ArticleRecord;
  slot: number;
  /** Corrected entity id per mention, null where the mention is not an entity. */
  ids: (string | null)[];
  /** The distinct ids of `ids`: what co-mention counts read. */
  distinct: string[];
  /** The linked id each local entity was resolved through, so a relink redoes only the articles whose links moved. */
  linked: string[];
}

/** A mention's place as LSP wants it, without offsets. */
export interface ReferenceLocation {
  uri: string;
  range: ArticleLocation['range'];
}

const CLAIM_SLOTS = 4096;
/** Articles a definition is looked for in before all are sorted. */
const DEFINITION_PROBE = 8;
/** Packs (local entity, spelling) into one number; spellings per article stay far below this. */
const SPELLING_KEYS = 2 ** 24;

function bestOf<K>(votes: Map<K, number>, tieBreak: (a: K, b: K) => number): K | undefined {
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
  readonly #claimBands = new ClaimBands((ref) => {
    const a = this.#slots[Math.floor(ref / CLAIM_SLOTS)];
    return a ? claimSignatureAt(a.record, ref % CLAIM_SLOTS) : null;
  });
  readonly #unbanded = new Set<Indexed>();
  readonly #linker = new CorpusLinker();
  #linkDirty = false;
  #linkCache: Map<string, string> | null = null;
  #resolver = new EntityResolver(NO_CORRECTIONS);
  #resolverVersion = 0;
  #relativePath: (uri: string) => string = (uri) => uri;
  #generation = 0;
  #entityVersions = 0;
  readonly #memo = new Map<string, { generation: number; value: unknown }>();
  readonly #claimMemo = new Map<string, { generation: number; refs: ClaimRef[] }>();
  /** One copy of each entity id, name and spelling, however many articles carry it. */
  readonly #strings = new Map<string, string>();

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
    return this.#linker.resolve(rawId);
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
      if (linked === undefined) links.set(raw, (linked = this.#linker.resolve(raw)));
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
    const votes = new Map<string, Map<string, number>>();
    if (folded.size === 0) return new Map();
    const cache = new Map<string, string>();
    const folding = (t: string) => {
      let f = cache.get(t);
      if (f === undefined) cache.set(t, (f = fold(t)));
      return f;
    };
    for (const { record } of this.#articles.values()) {
      const m = record.mentions;
      for (let i = 0; i < m.length; i += MENTION_STRIDE) {
        const id = this.#linker.resolve(record.entityIds[m[i + 2]!]!);
        for (const name of new Set([folding(record.spellings[m[i + 3]!]!), folding(record.entityCanonicals[m[i + 2]!]!)])) {
          if (!folded.has(name)) continue;
          let v = votes.get(name);
          if (!v) votes.set(name, (v = new Map()));
          v.set(id, (v.get(id) ?? 0) + 1);
        }
      }
    }
    const out = new Map<string, string>();
    for (const [name, v] of votes) out.set(name, bestOf(v, (a, b) => a.localeCompare(b))!);
    return out;
  }

  set(record: ArticleRecord): void {
    this.#intern(record);
    const before = this.#articles.get(record.uri)?.record;
    const dirty = this.#linkDirty;
    this.delete(record.uri);
    this.#linker.addContribution(record.uri, linkContributionOfRecord(record));
    // An edit that names the same entities the same way links nothing differently: no relink of the whole workspace.
    this.#linkDirty = dirty || !before || !sameLinkInputs(before, record);
    const slot = this.#freeSlots.pop() ?? this.#slots.length;
    const indexed: Indexed = { record, slot, ids: [], distinct: [], linked: [] };
    this.#resolveInto(indexed);
    this.#slots[slot] = indexed;
    this.#articles.set(record.uri, indexed);
    this.#addEntities(indexed);
    // Claim bands are built on first use: a warm start need not pay for them.
    this.#unbanded.add(indexed);
    this.#generation++;
  }

  /**
   * Adds many records without resolving their mentions (a warm start from the
   * cache): the caller resolves everything once afterwards with `setResolver`
   * or `relink`. Until then the new articles count no entities. `shared`: the
   * records hold only names {@link share} gave (decoded with it), so need no interning.
   */
  addUnresolved(records: readonly ArticleRecord[], shared = false): void {
    for (const record of records) {
      if (!shared) this.#intern(record);
      this.delete(record.uri);
      this.#linker.addContribution(record.uri, linkContributionOfRecord(record));
      const slot = this.#freeSlots.pop() ?? this.#slots.length;
      const indexed: Indexed = { record, slot, ids: [], distinct: [], linked: [] };
      this.#slots[slot] = indexed;
      this.#articles.set(record.uri, indexed);
      this.#unbanded.add(indexed);
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
    if (this.#linkDirty) return null;
    return encodeResolved(key, this.#articles.values(), this.#entities.values());
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
    for (const e of state.entities) {
      const articles = new Map<string, number>();
      for (let k = 0; k < e.articles.length; k += 2) articles.set(targets[e.articles[k]!]!.record.uri, e.articles[k + 1]!);
      const id = this.#strings.get(e.id) ?? e.id;
      const { mentions, spellings, canonicalVotes, typeVotes } = e;
      this.#entities.set(id, { id, version: ++this.#entityVersions, mentions, articles, spellings, canonicalVotes, typeVotes });
    }
    this.#resolver = resolver;
    this.#linkDirty = false;
    this.#resolverVersion++;
    this.#generation++;
    return true;
  }

  /** The index's one copy of a name, kept from now on: records decoded with it need no interning when they are added. */
  share(s: string): string {
    const shared = this.#strings.get(s);
    if (shared !== undefined) return shared;
    this.#strings.set(s, s);
    return s;
  }

  /**
   * Shares the strings a record repeats from others: ten thousand articles
   * name the same few thousand entities, and each arrives with its own copies.
   */
  #intern(record: ArticleRecord): void {
    const pool = this.#strings;
    const intern = (list: string[]) => {
      for (let i = 0; i < list.length; i++) {
        const s = list[i]!;
        const shared = pool.get(s);
        if (shared === undefined) pool.set(s, s);
        else list[i] = shared;
      }
    };
    intern(record.entityIds);
    intern(record.entityCanonicals);
    intern(record.spellings);
    intern(record.linkAliases);
  }

  delete(uri: string): boolean {
    const old = this.#articles.get(uri);
    if (!old) return false;
    this.#removeEntities(old);
    if (!this.#unbanded.delete(old)) this.#unband(old);
    this.#linker.remove(uri);
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
    return this.#memoize(`canonical:${id}`, id, () => this.#mostVotedName(e));
  }

  #mostVotedName(e: WorkspaceEntity): string {
    // Names that differ only in case or accents are one name: count them together, and
    // write it with the most accents, since plain ASCII is the usual lossy transliteration.
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

  typeOf(id: string): EntityType {
    const typed = this.#resolver.typeOf(id);
    if (typed) return typed;
    const e = this.#entities.get(id);
    return (e && bestOf(e.typeVotes, () => 0)) ?? ((id.slice(0, id.indexOf(':')) as EntityType) || 'other');
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
   * articles cost no lookup by uri and no array each.
   */
  visitMentionSpans(id: string, visit: (uri: string, lineStarts: Int32Array, spans: readonly number[], count: number) => void): void {
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
    for (let j = 0; j < holders.articles.length; j++) {
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
  }

  /** Changes whenever answers about an entity may change (its mentions or the corrections): a key for caching them. */
  answerVersion(id: string): number {
    return (this.#entities.get(id)?.version ?? -1) * 1024 + (this.#resolverVersion % 1024);
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
    // A statement repeated across thousands of articles makes long candidate lists: answer once per index state.
    const key = `${exceptUri}\u0000${signature.join(',')}`;
    const hit = this.#claimMemo.get(key);
    if (hit && hit.generation === this.#generation) return hit.refs;
    const refs = this.#similarClaims(signature, exceptUri);
    if (this.#claimMemo.size > 5_000) this.#claimMemo.clear();
    this.#claimMemo.set(key, { generation: this.#generation, refs });
    return refs;
  }

  /**
   * Puts articles' claims into the LSH bands, at most `limit` articles; done
   * lazily (in full before the first corroboration query) or in idle chunks.
   * Returns whether articles are left.
   */
  indexClaims(limit = Number.POSITIVE_INFINITY): boolean {
    let n = 0;
    for (const a of this.#unbanded) {
      if (n++ >= limit) return true;
      this.#band(a);
      this.#unbanded.delete(a);
    }
    return false;
  }

  #band(a: Indexed): void {
    const record = a.record;
    for (let i = 0; i < Math.min(claimCount(record), CLAIM_SLOTS); i++) {
      const signature = claimSignatureAt(record, i);
      if (signature) this.#claimBands.add(a.slot * CLAIM_SLOTS + i, signature);
    }
  }

  #unband(old: Indexed): void {
    for (let i = 0; i < Math.min(claimCount(old.record), CLAIM_SLOTS); i++) {
      const signature = claimSignatureAt(old.record, i);
      if (signature) this.#claimBands.remove(old.slot * CLAIM_SLOTS + i, signature);
    }
  }

  #similarClaims(signature: Uint32Array, exceptUri: string): ClaimRef[] {
    this.indexClaims();
    const out: ClaimRef[] = [];
    this.#claimBands.similar(signature, (ref) => {
      const other = this.#slots[Math.floor(ref / CLAIM_SLOTS)];
      if (other && other.record.uri !== exceptUri) out.push({ uri: other.record.uri, index: ref % CLAIM_SLOTS });
    });
    return out.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.index - y.index));
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
    const version = this.answerVersion(id);
    const hit = this.#memo.get(key);
    if (hit && hit.generation === version) return hit.value as T;
    const value = compute();
    // Room for a few answers about every entity of a large workspace (they are readied ahead, in idle time).
    if (this.#memo.size > 60_000) this.#memo.clear();
    this.#memo.set(key, { generation: version, value });
    return value;
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
    const record = a.record;
    const path = this.#resolver.usesArticlePaths ? this.#relativePath(record.uri) : '';
    const linked = record.entityIds.map((raw) => {
      let id = this.#linkCache?.get(raw);
      if (id === undefined) {
        id = this.#linker.resolve(raw);
        this.#linkCache?.set(raw, id);
      }
      return id;
    });
    const ids: (string | null)[] = [];
    const distinct = new Set<string>();
    // A (local entity, spelling) pair resolves the same wherever it recurs in the article.
    const resolved = new Map<number, string | null>();
    const m = record.mentions;
    for (let i = 0; i < m.length; i += MENTION_STRIDE) {
      const key = m[i + 2]! * SPELLING_KEYS + m[i + 3]!;
      let id = resolved.get(key);
      if (id === undefined) {
        id = this.#resolver.resolve(linked[m[i + 2]!]!, record.spellings[m[i + 3]!]!, path);
        resolved.set(key, id);
      }
      ids.push(id);
      if (id) distinct.add(id);
    }
    a.ids = ids;
    a.distinct = [...distinct];
    a.linked = linked;
  }

  #addEntities(a: Indexed): void {
    this.#countEntities(a, 1);
  }

  #removeEntities(a: Indexed): void {
    this.#countEntities(a, -1);
  }

  #countEntities(a: Indexed, sign: 1 | -1): void {
    const { record, ids } = a;
    const m = record.mentions;
    const bump = <K>(map: Map<K, number>, key: K, by: number) => {
      const n = (map.get(key) ?? 0) + by;
      if (n <= 0) map.delete(key);
      else map.set(key, n);
    };
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
    const version = ++this.#entityVersions;
    for (const [id, t] of tally) {
      let e = this.#entities.get(id);
      if (!e) {
        if (sign < 0) continue;
        e = { id, version, mentions: 0, articles: new Map(), spellings: new Map(), canonicalVotes: new Map(), typeVotes: new Map() };
        this.#entities.set(id, e);
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
      if (e.mentions <= 0) this.#entities.delete(id);
    }
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two records give the corpus linker the same contribution. */
function sameLinkInputs(a: ArticleRecord, b: ArticleRecord): boolean {
  return sameStrings(a.entityIds, b.entityIds) && sameStrings(a.entityCanonicals, b.entityCanonicals) && sameStrings(a.linkAliases, b.linkAliases);
}
