import { STOPWORDS } from './lexicon';
import { arabShortForms, foldForIdentity, foldSlavicEnding, slugOf } from './normalize';
import type { Analysis, EntityMention } from './types';
import { detached } from './detachedString';

// Kinds whose names have short forms worth joining across articles; places and
// nationalities already get fixed ids from the gazetteer.
const LINKED_KINDS = new Set(['person', 'organization', 'product', 'event', 'facility', 'other']);

/**
 * What one article tells the linker, computable wherever the article is
 * analysed (a worker thread) and storable with it, so that adding it to the
 * linker is only counting.
 */
export interface LinkContribution {
  /** Alias id, full id, alias id, full id, ...: flat, as ten thousand articles hold these until removed. */
  aliases: string[];
  /** Id, canonical name, ... of every entity the article names. */
  names: string[];
}

/**
 * Joins entity ids across articles incrementally, for a workspace index.
 *
 * An article that names someone in full ("Lee Jae Myung") vouches that the
 * short forms "Lee" and "Jae Myung"'s parts mean that person; one that
 * defines "Kuwait News Agency (KUNA)" vouches that KUNA is the agency. An
 * id from an article that only says "Lee" then resolves to the full id when
 * exactly one full name in the whole corpus claims that short form, so ids
 * never depend on which article happened to spell the name out.
 *
 * Cost: `add` and `remove` are linear in the article's mentions; `resolve`
 * is a map lookup. Keys are caller-chosen document keys (a URI, a path).
 */
export class CorpusLinker {
  readonly #docs = new Map<string, LinkContribution>();
  /** alias id → full id → how many articles vouch for it. */
  readonly #aliases = new Map<string, Map<string, number>>();
  /** entity id → canonical spelling → how many articles use it. */
  readonly #names = new Map<string, Map<string, number>>();
  /** Short forms per (id, canonical, spelling): the same names recur in thousands of articles, and slugging them is the cost of `add`. */
  readonly #shortForms: ShortFormMemo = new Map();

  /** Adds (or replaces) one article's entities. */
  add(docKey: string, analysis: Pick<Analysis, 'entities'>): void {
    if (this.#shortForms.size > 100_000) this.#shortForms.clear();
    this.addContribution(docKey, linkContributionOf(analysis.entities, this.#shortForms));
  }

  /** Adds (or replaces) one article by what `linkContributionOf` made of its entities. */
  addContribution(docKey: string, contribution: LinkContribution): void {
    this.remove(docKey);
    this.#docs.set(docKey, contribution);
    bumpPairs(this.#aliases, contribution.aliases, 1);
    bumpPairs(this.#names, contribution.names, 1);
  }

  /** Forgets one article; unknown keys are ignored. */
  remove(docKey: string): void {
    const old = this.#docs.get(docKey);
    if (!old) return;
    this.#docs.delete(docKey);
    bumpPairs(this.#aliases, old.aliases, -1);
    bumpPairs(this.#names, old.names, -1);
  }

  /** Number of articles added and not removed. */
  get size(): number {
    return this.#docs.size;
  }

  /**
   * The corpus-wide id of an entity: the full name's id when the id is a
   * short form or acronym that exactly one full name claims, else the id itself.
   */
  resolve(entityId: string): string {
    let id = this.#personFor(entityId) ?? entityId;
    // Two hops at most: an acronym may point at a name that is itself a short form.
    for (let hop = 0; hop < 2; hop++) {
      const targets = this.#aliases.get(id);
      if (!targets) break;
      const target = targets.size === 1 ? targets.keys().next().value : this.#oneFullName(targets);
      if (target === undefined || target === id || target === entityId) break;
      id = target;
    }
    return id;
  }

  /**
   * The one full name several claimants of a short form stand for, when each is
   * that name or one of its own short forms ("Nasser" claimed by "Nasser Al-Rumaih",
   * itself the short form of "Nasser Fahad Al-Rumaih", and by that full name).
   */
  #oneFullName(targets: Map<string, number>): string | undefined {
    let one: string | undefined;
    for (const t of targets.keys()) {
      const next = this.#aliases.get(t);
      const full = next && next.size === 1 ? (next.keys().next().value as string) : t;
      if (one !== undefined && full !== one) return undefined;
      one = full;
    }
    return one;
  }

  /**
   * A one-word organization or other entity that no name of its own type
   * claims, but exactly one person's name does: a surname typed by default.
   */
  #personFor(entityId: string): string | undefined {
    const colon = entityId.indexOf(':');
    const kind = entityId.slice(0, colon);
    const slug = entityId.slice(colon + 1);
    if ((kind !== 'organization' && kind !== 'other') || slug.includes('-') || this.#aliases.has(entityId)) return undefined;
    const targets = this.#aliases.get(`person:${slug}`);
    if (!targets || targets.size !== 1) return undefined;
    return targets.keys().next().value;
  }

  /** The preferred spelling of an entity's name across the corpus (native diacritics first, then the commonest). */
  canonicalName(entityId: string): string | undefined {
    const spellings = this.#names.get(entityId);
    if (!spellings) return undefined;
    let best: string | undefined;
    let bestScore = -1;
    for (const [name, count] of spellings) {
      const score = nonAscii(name) * 1000 + count;
      if (score > bestScore) {
        best = name;
        bestScore = score;
      }
    }
    return best;
  }
}

function bump(map: Map<string, Map<string, number>>, key: string, value: string, by: number): void {
  let inner = map.get(key);
  if (!inner) {
    if (by < 0) return;
    inner = new Map();
    map.set(key, inner);
  }
  const n = (inner.get(value) ?? 0) + by;
  if (n > 0) inner.set(value, n);
  else inner.delete(value);
  if (inner.size === 0) map.delete(key);
}

function bumpPairs(map: Map<string, Map<string, number>>, pairs: readonly string[], by: number): void {
  for (let i = 0; i + 1 < pairs.length; i += 2) bump(map, pairs[i]!, pairs[i + 1]!, by);
}

function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n++;
  return n;
}

const THE = /^the\s+/i;

/** The alias ids one mention vouches for: its plain spelling's id and its full name's short forms. */
function shortFormsOf(m: Pick<EntityMention, 'entity' | 'canonical' | 'text'>): string[] {
  const colon = m.entity.indexOf(':');
  const kind = m.entity.slice(0, colon);
  if (!LINKED_KINDS.has(kind)) return [];
  const out: string[] = [];
  const plain = `${kind}:${slugOf(m.text.replace(THE, ''))}`;
  if (plain !== m.entity && plain.length > kind.length + 1) out.push(plain);
  const words = m.canonical.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return out;
  const initials = kind === 'organization' ? initialsOf(words) : '';
  if (initials) out.push(`organization:${initials}`);
  if (kind === 'person') {
    // "Jarrah Al-Sabah" or "Jarrah Jaber" alone in another article is "Jarrah Jaber Al-Sabah" when no other full name claims it.
    for (const short of arabShortForms(foldForIdentity(m.canonical))) out.push(`person:${foldSlavicEnding(slugOf(short))}`);
  }
  const firstWord = words[0] as string;
  const shortForms = kind === 'person' ? [firstWord, words[words.length - 1] as string] : [firstWord];
  for (const w of shortForms) {
    if (STOPWORDS.has(foldForIdentity(w))) continue;
    // "Zelenskyy" in one article vouches for the "Zelensky" of another: a person's short form folds as the id does.
    const alias = `${kind}:${kind === 'person' ? foldSlavicEnding(slugOf(w)) : slugOf(w)}`;
    if (alias !== m.entity && alias.length > kind.length + 1) out.push(alias);
  }
  return out;
}

/** Lowercase words an organization's initials leave out: "Securities and Exchange Commission" is SEC. */
const INITIALS_SKIP = new Set(['and', 'of', 'the', 'for', 'on', 'in', '&']);

/**
 * "Securities and Exchange Commission" → "sec", "Taiwan Semiconductor Manufacturing Co." → "tsmc": the
 * acronym an organization's name is most often shortened to, vouched for as an alias so an article
 * that says only "SEC" joins the one name in the corpus with those initials. Empty when a word is not capitalized.
 */
function initialsOf(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    if (INITIALS_SKIP.has(w)) continue;
    const c = w.charCodeAt(0);
    if (c < 0x41 || c > 0x5a) return '';
    out += w[0] as string;
  }
  return out.length >= 2 && out.length <= 6 ? out.toLowerCase() : '';
}

/** Short forms by id, canonical name and spelling: nested maps, so a lookup builds no key string. */
export type ShortFormMemo = Map<string, Map<string, Map<string, readonly string[]>>>;

/**
 * The memo's short forms by spelling for one id and canonical name: a caller
 * with several spellings of one entity looks the id and name up once.
 */
export function shortFormsBySpelling(memo: ShortFormMemo, entity: string, canonical: string): Map<string, readonly string[]> {
  let byCanonical = memo.get(entity);
  if (!byCanonical) memo.set(detached(entity), (byCanonical = new Map()));
  let byText = byCanonical.get(canonical);
  if (!byText) byCanonical.set(detached(canonical), (byText = new Map()));
  return byText;
}

/** The alias ids a mention vouches for (none for a generic body tied to its country or article, "...@article-x"), memoized. */
export function vouchedShortForms(byText: Map<string, readonly string[]>, m: Pick<EntityMention, 'entity' | 'canonical' | 'text'>): readonly string[] {
  if (m.entity.includes('@')) return [];
  let forms = byText.get(m.text);
  if (forms === undefined) byText.set(detached(m.text), (forms = shortFormsOf(m).map(detached)));
  return forms;
}

/** What one article says about names: short forms of its full names and spellings. */
export function linkContributionOf(entities: readonly EntityMention[], memo: ShortFormMemo = new Map()): LinkContribution {
  const aliases = new Map<string, string>();
  const names = new Map<string, Set<string>>();
  for (const m of entities) {
    let canonicals = names.get(m.entity);
    if (!canonicals) names.set(m.entity, (canonicals = new Set()));
    canonicals.add(m.canonical);
    if (m.entity.includes('@')) continue;
    for (const alias of vouchedShortForms(shortFormsBySpelling(memo, m.entity, m.canonical), m)) aliases.set(alias, m.entity);
  }
  const flatNames: string[] = [];
  for (const [id, canonicals] of names) for (const name of canonicals) flatNames.push(id, name);
  const flatAliases: string[] = [];
  for (const [alias, full] of aliases) flatAliases.push(alias, full);
  return { aliases: flatAliases, names: flatNames };
}

/**
 * Makes entity ids agree across articles analysed together (the command
 * line's batch): a short form seen alone in one article joins the full name
 * another article gives, acronyms join the names they abbreviate, and claim
 * speakers follow their entities. Mutates the analyses in place and returns them.
 */
export function linkCorpus<T extends Analysis>(analyses: T[]): T[] {
  const linker = new CorpusLinker();
  analyses.forEach((a, i) => linker.add(String(i), a));
  for (const a of analyses) {
    for (const m of a.entities) {
      const id = linker.resolve(m.entity);
      if (id !== m.entity) {
        m.entity = id;
        // A surname first typed as an organization becomes the person it names.
        if (m.type !== 'nationality' && id.startsWith('person:')) m.type = 'person';
      }
      m.canonical = linker.canonicalName(id) ?? m.canonical;
    }
    for (const c of a.claims) if (c.speaker) c.speaker = linker.resolve(c.speaker);
  }
  return analyses;
}
