import picomatch from 'picomatch';
import { plainIdOf } from '../analysis/identity';
import { ENTITY_TYPES, type EntityType } from '../analysis/types';
import type { DeclaredName } from './articleRecord';
import type { Corrections, EntityRef } from './corrections';
import { fold } from './textFold';

/** Builds an entity id the way the analysis does: `type:slug-of-name`. */
export function entityIdOf(type: EntityType, name: string): string {
  const id = plainIdOf(type, name);
  return id.endsWith(':') ? `${id}unnamed` : id;
}

/** True when a reference is written as an entity id rather than a name. */
export function isEntityId(ref: EntityRef): boolean {
  const colon = ref.indexOf(':');
  return colon > 0 && (ENTITY_TYPES as readonly string[]).includes(ref.slice(0, colon)) && !/\s/.test(ref);
}

/**
 * Turns raw mentions into corrected entity ids, applying the analysts'
 * corrections in a fixed order: not-an-entity, split, alias, then merge (which
 * also gathers whatever the earlier steps produced). Names in references
 * resolve through `idOfName`, which the index answers from what it has seen;
 * ids are taken as the corpus linker (`link`) joins them.
 */
export class EntityResolver {
  readonly corrections: Corrections;
  readonly #notIds = new Set<string>();
  readonly #notTexts = new Set<string>();
  readonly #splits: { from: string; id: string; name: string; type: EntityType | null; texts: Set<string>; inArticle: (path: string) => boolean }[] = [];
  readonly #aliases = new Map<string, string>();
  readonly #parent = new Map<string, string>();
  readonly #names = new Map<string, string>();
  readonly #types = new Map<string, EntityType>();
  readonly #declared: DeclaredName[] = [];
  readonly #foldCache = new Map<string, string>();
  readonly #needsText: boolean;

  constructor(
    corrections: Corrections,
    idOfName: (folded: string) => string | null = () => null,
    link: (id: string) => string = (id) => id,
  ) {
    this.corrections = corrections;
    const idOf = (ref: EntityRef): string => (isEntityId(ref) ? link(ref) : (idOfName(fold(ref)) ?? `other:${fold(ref)}`));

    for (const ref of corrections.notEntities) {
      this.#notIds.add(idOf(ref));
      if (!isEntityId(ref)) this.#notTexts.add(fold(ref));
    }
    for (const d of corrections.declare) {
      const id = entityIdOf(d.type, d.name);
      this.#names.set(id, d.name);
      this.#types.set(id, d.type);
      for (const text of [d.name, ...d.aliases]) {
        this.#declared.push({ text, entity: id, type: d.type, canonical: d.name });
        this.#aliases.set(fold(text), id);
      }
    }
    for (const s of corrections.split) {
      const from = idOf(s.entity);
      const type = s.type ?? ((from.slice(0, from.indexOf(':')) as EntityType) || 'other');
      const id = entityIdOf(type, s.name);
      const match = s.articles.length > 0 ? picomatch(s.articles, { nocase: true }) : () => false;
      this.#splits.push({ from, id, name: s.name, type: s.type, texts: new Set(s.mentions.map(fold)), inArticle: (p) => match(p) });
      this.#names.set(id, s.name);
      if (s.type) this.#types.set(id, s.type);
    }
    for (const a of corrections.alias) {
      const id = idOf(a.entity);
      this.#aliases.set(fold(a.alias), id);
      this.#declared.push({ text: a.alias, entity: id, type: (id.slice(0, id.indexOf(':')) as EntityType) || 'other', canonical: a.alias });
    }
    for (const m of corrections.merge) {
      const ids = m.entities.map(idOf);
      const root = this.find(ids[0]!);
      for (const other of ids.slice(1)) {
        const r = this.find(other);
        if (r !== root) this.#parent.set(r, root);
      }
      if (m.name) this.#names.set(root, m.name);
    }
    for (const r of corrections.rename) this.#names.set(this.find(idOf(r.entity)), r.name);
    this.#needsText = this.#notTexts.size > 0 || this.#aliases.size > 0 || this.#splits.length > 0;
  }

  /** The merge group's representative id. */
  find(id: string): string {
    let root = id;
    for (let p = this.#parent.get(root); p !== undefined; p = this.#parent.get(root)) root = p;
    return root;
  }

  #fold(text: string): string {
    let f = this.#foldCache.get(text);
    if (f === undefined) {
      f = fold(text);
      if (this.#foldCache.size > 100_000) this.#foldCache.clear();
      this.#foldCache.set(text, f);
    }
    return f;
  }

  /**
   * The corrected entity id of a mention (the analysis's id `rawId`, the words
   * `spelling`) in the article at `articlePath` (relative to its workspace
   * folder), or null when analysts said it is not an entity.
   */
  resolve(rawId: string, spelling: string, articlePath: string): string | null {
    if (this.#notIds.has(rawId)) return null;
    if (!this.#needsText) return this.#parent.size > 0 ? this.find(rawId) : rawId;
    const text = this.#fold(spelling);
    if (this.#notTexts.has(text)) return null;
    let id = rawId;
    for (const s of this.#splits) {
      if (s.from === rawId && (s.texts.has(text) || s.inArticle(articlePath))) {
        id = s.id;
        break;
      }
    }
    if (id === rawId) id = this.#aliases.get(text) ?? id;
    return this.#parent.size > 0 ? this.find(id) : id;
  }

  /** Whether some correction depends on which article a mention is in (a split by articles). */
  get usesArticlePaths(): boolean {
    return this.corrections.split.some((s) => s.articles.length > 0);
  }

  /** The analysts' canonical name for a corrected id, if they gave one. */
  nameOf(id: string): string | undefined {
    return this.#names.get(id);
  }

  /** The analysts' type for a corrected id, if they gave one. */
  typeOf(id: string): EntityType | undefined {
    return this.#types.get(id);
  }

  /** Names whose occurrences in the text become mentions (declared entities and aliases). */
  get declaredNames(): readonly DeclaredName[] {
    return this.#declared;
  }
}

/** The folded names among a corrections file's entity references (those that are not ids). */
export function namedRefs(corrections: Corrections): Set<string> {
  const refs = [
    ...corrections.notEntities,
    ...corrections.split.map((s) => s.entity),
    ...corrections.alias.map((a) => a.entity),
    ...corrections.merge.flatMap((m) => m.entities),
    ...corrections.rename.map((r) => r.entity),
  ];
  return new Set(refs.filter((r) => !isEntityId(r)).map(fold));
}
