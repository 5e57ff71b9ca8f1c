import { type Node, type ParseError, ParseErrorCode, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ENTITY_TYPES, type EntityType } from '../analysis/types';

/**
 * The analysts' corrections of the machine's entities, from the workspace file
 * `.article-lens/entities.json` (documented by `schemas/entities.schema.json`).
 *
 * An entity reference (`EntityRef`) is either an entity id as the analysis
 * writes it (`person:recep-tayyip-erdogan`) or a name (a canonical name or a
 * spelling seen in the articles), compared ignoring case and diacritics.
 */
export type EntityRef = string;

export interface MergeCorrection {
  entities: EntityRef[];
  /** The merged entity's canonical name; by default the first entity's. */
  name: string | null;
}

export interface SplitCorrection {
  entity: EntityRef;
  /** The new entity's canonical name. */
  name: string;
  type: EntityType | null;
  /** Spellings whose mentions move to the new entity. */
  mentions: string[];
  /** Articles (globs relative to the workspace folder) whose mentions move to the new entity. */
  articles: string[];
}

export interface RenameCorrection {
  entity: EntityRef;
  name: string;
}

export interface AliasCorrection {
  entity: EntityRef;
  alias: string;
}

export interface DeclareCorrection {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface Corrections {
  merge: MergeCorrection[];
  split: SplitCorrection[];
  rename: RenameCorrection[];
  alias: AliasCorrection[];
  declare: DeclareCorrection[];
  notEntities: EntityRef[];
}

export const NO_CORRECTIONS: Corrections = { merge: [], split: [], rename: [], alias: [], declare: [], notEntities: [] };

/** A problem in the corrections file, at a character range of it. */
export interface CorrectionProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

const SECTIONS = ['$schema', 'merge', 'split', 'rename', 'alias', 'declare', 'notEntities'] as const;

class Reader {
  readonly problems: CorrectionProblem[] = [];

  problem(node: Node, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.problems.push({ start: node.offset, end: node.offset + node.length, message, severity });
  }

  properties(node: Node, what: string, allowed: readonly string[], required: readonly string[]): Map<string, Node> | null {
    if (node.type !== 'object') {
      this.problem(node, `${what} must be an object`);
      return null;
    }
    const out = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue;
      const name = String(key.value);
      if (!allowed.includes(name)) {
        this.problem(key, `unknown property "${name}" in ${what}; expected one of: ${allowed.join(', ')}`, 'warning');
        continue;
      }
      out.set(name, value);
    }
    for (const r of required) if (!out.has(r)) this.problem(node, `${what} needs "${r}"`);
    return out;
  }

  string(node: Node | undefined, what: string): string | null {
    if (!node) return null;
    if (node.type !== 'string' || typeof node.value !== 'string' || node.value.trim() === '') {
      this.problem(node, `${what} must be a non-empty string`);
      return null;
    }
    return node.value.trim();
  }

  strings(node: Node | undefined, what: string): string[] {
    if (!node) return [];
    if (node.type !== 'array') {
      this.problem(node, `${what} must be an array of strings`);
      return [];
    }
    return (node.children ?? []).map((c) => this.string(c, `each of ${what}`)).filter((s): s is string => s !== null);
  }

  type(node: Node | undefined, what: string): EntityType | null {
    const value = this.string(node, what);
    if (value === null || !node) return null;
    if (!(ENTITY_TYPES as readonly string[]).includes(value)) {
      this.problem(node, `${what} must be one of: ${ENTITY_TYPES.join(', ')}`);
      return null;
    }
    return value as EntityType;
  }

  list<T>(node: Node | undefined, what: string, item: (n: Node, what: string) => T | null): T[] {
    if (!node) return [];
    if (node.type !== 'array') {
      this.problem(node, `"${what}" must be an array`);
      return [];
    }
    return (node.children ?? []).map((n, i) => item(n, `${what}[${i}]`)).filter((x): x is T => x !== null);
  }
}

/**
 * Reads the corrections file's text (JSON with comments) into corrections,
 * with a problem for every part that is not understood; the parts that are
 * understood still apply.
 */
export function parseCorrections(text: string): { corrections: Corrections; problems: CorrectionProblem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const r = new Reader();
  if (!root && errors.length === 1 && errors[0]!.error === ParseErrorCode.ValueExpected && errors[0]!.offset >= text.length) {
    // A file just created, or emptied: nothing to correct, which is no error, but say why nothing applies.
    r.problems.push({ start: 0, end: Math.min(text.length, 1), message: 'the corrections file is empty, so no corrections apply; it should hold a JSON object such as {"rename": []}', severity: 'warning' });
    return { corrections: NO_CORRECTIONS, problems: r.problems };
  }
  for (const e of errors) {
    r.problems.push({ start: e.offset, end: e.offset + Math.max(e.length, 1), message: `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`, severity: 'error' });
  }
  if (!root) return { corrections: NO_CORRECTIONS, problems: r.problems };
  const top = r.properties(root, 'the corrections file', SECTIONS, []);
  if (!top) return { corrections: NO_CORRECTIONS, problems: r.problems };

  const corrections: Corrections = {
    merge: r.list(top.get('merge'), 'merge', (n, what) => {
      const p = r.properties(n, what, ['entities', 'name'], ['entities']);
      if (!p) return null;
      const entities = r.strings(p.get('entities'), `${what}.entities`);
      if (entities.length < 2) {
        r.problem(p.get('entities') ?? n, `${what}.entities needs at least two entities to merge`);
        return null;
      }
      return { entities, name: r.string(p.get('name'), `${what}.name`) };
    }),
    split: r.list(top.get('split'), 'split', (n, what) => {
      const p = r.properties(n, what, ['entity', 'name', 'type', 'mentions', 'articles'], ['entity', 'name']);
      if (!p) return null;
      const entity = r.string(p.get('entity'), `${what}.entity`);
      const name = r.string(p.get('name'), `${what}.name`);
      const mentions = r.strings(p.get('mentions'), `${what}.mentions`);
      const articles = r.strings(p.get('articles'), `${what}.articles`);
      if (mentions.length === 0 && articles.length === 0) {
        r.problem(n, `${what} needs "mentions" (spellings) or "articles" (globs) saying which mentions move to the new entity`);
        return null;
      }
      if (!entity || !name) return null;
      return { entity, name, type: p.has('type') ? r.type(p.get('type'), `${what}.type`) : null, mentions, articles };
    }),
    rename: r.list(top.get('rename'), 'rename', (n, what) => {
      const p = r.properties(n, what, ['entity', 'name'], ['entity', 'name']);
      const entity = p && r.string(p.get('entity'), `${what}.entity`);
      const name = p && r.string(p.get('name'), `${what}.name`);
      return entity && name ? { entity, name } : null;
    }),
    alias: r.list(top.get('alias'), 'alias', (n, what) => {
      const p = r.properties(n, what, ['entity', 'alias'], ['entity', 'alias']);
      const entity = p && r.string(p.get('entity'), `${what}.entity`);
      const alias = p && r.string(p.get('alias'), `${what}.alias`);
      return entity && alias ? { entity, alias } : null;
    }),
    declare: r.list(top.get('declare'), 'declare', (n, what) => {
      const p = r.properties(n, what, ['name', 'type', 'aliases'], ['name', 'type']);
      if (!p) return null;
      const name = r.string(p.get('name'), `${what}.name`);
      const type = r.type(p.get('type'), `${what}.type`);
      const aliases = r.strings(p.get('aliases'), `${what}.aliases`);
      return name && type ? { name, type, aliases } : null;
    }),
    notEntities: r.strings(top.get('notEntities'), '"notEntities"'),
  };
  return { corrections, problems: r.problems };
}

/** "CommaExpected" → "comma expected". */
function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
