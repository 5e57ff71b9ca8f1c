import type { ArticleRecord } from './articleRecord';
import { MENTION_STRIDE, sameValues } from './articleRecord';
import type { EntityResolver } from './entityResolver';
import { bestOf, SPELLING_KEYS } from './entityTally';
import { fold } from './textFold';

/** An article's mentions resolved: what the index keeps beside its record. */
export interface MentionResolution {
  /** Corrected entity id per mention, null where the mention is not an entity. */
  ids: (string | null)[];
  /** The distinct ids of `ids`: what co-mention counts read. */
  distinct: string[];
  /** The linked id each local entity was resolved through, so a relink redoes only the articles whose links moved. */
  linked: string[];
}

/**
 * Resolves an article's mentions: each local entity linked by `linkOf`, then
 * each (linked id, spelling) corrected by `resolver`; `path` is the article's
 * path for split-by-article corrections.
 */
export function resolveMentions(record: ArticleRecord, linkOf: (rawId: string) => string, resolver: EntityResolver, path: string): MentionResolution {
  const linked = record.entityIds.map(linkOf);
  const ids: (string | null)[] = [];
  const distinct = new Set<string>();
  // A (local entity, spelling) pair resolves the same wherever it recurs in the article.
  const resolved = new Map<number, string | null>();
  const m = record.mentions;
  for (let i = 0; i < m.length; i += MENTION_STRIDE) {
    const key = m[i + 2]! * SPELLING_KEYS + m[i + 3]!;
    let id = resolved.get(key);
    if (id === undefined) {
      id = resolver.resolve(linked[m[i + 2]!]!, record.spellings[m[i + 3]!]!, path);
      resolved.set(key, id);
    }
    ids.push(id);
    if (id) distinct.add(id);
  }
  return { ids, distinct: [...distinct], linked };
}

/**
 * For each folded name, the (linked) id the analysis most often gives to
 * mentions so named (by canonical name or spelling): how names in corrections
 * find their entities. One pass over the records.
 */
export function idsOfNames(records: Iterable<ArticleRecord>, linkOf: (rawId: string) => string, folded: ReadonlySet<string>): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  if (folded.size === 0) return new Map();
  const cache = new Map<string, string>();
  const folding = (t: string) => {
    let f = cache.get(t);
    if (f === undefined) cache.set(t, (f = fold(t)));
    return f;
  };
  for (const record of records) {
    const m = record.mentions;
    for (let i = 0; i < m.length; i += MENTION_STRIDE) {
      const id = linkOf(record.entityIds[m[i + 2]!]!);
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

/** Whether two records give the corpus linker the same contribution, so that replacing one by the other links nothing differently. */
export function sameLinkInputs(a: ArticleRecord, b: ArticleRecord): boolean {
  return sameValues(a.entityIds, b.entityIds) && sameValues(a.entityCanonicals, b.entityCanonicals) && sameValues(a.linkAliases, b.linkAliases);
}
