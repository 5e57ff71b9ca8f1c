import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ANNOTATIONS_SCHEMA, TAXONOMY_SCHEMA } from './annotationSchema';
import { asArray, isJsonObject, type JsonObject, type JsonValue, type SidecarProblem } from './model';

/** Keys that could reach an object's prototype if a consumer ever merged them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A broken file can have a problem per item; the first ones are what an analyst needs. */
const MAX_PROBLEMS = 50;

let validators: { sidecar: ValidateFunction; taxonomy: ValidateFunction } | null = null;

/** The schema validators, compiled on first use: most start-ups read no sidecar before the index is ready. */
function schemaValidators(): { sidecar: ValidateFunction; taxonomy: ValidateFunction } {
  if (!validators) {
    // allErrors is quadratic on long arrays of bad items (a hostile file); the first error per branch is enough to point at.
    const ajv = new Ajv({ allErrors: false, strict: false });
    ajv.addSchema(ANNOTATIONS_SCHEMA);
    ajv.addSchema(TAXONOMY_SCHEMA);
    validators = {
      sidecar: ajv.getSchema(ANNOTATIONS_SCHEMA.$id) as ValidateFunction,
      taxonomy: ajv.getSchema(TAXONOMY_SCHEMA.$id) as ValidateFunction,
    };
  }
  return validators;
}

/** A JSON document parsed strictly, with positions for its problems. */
export interface ParsedJson {
  value: JsonValue | undefined;
  tree: Node | undefined;
  problems: SidecarProblem[];
}

/**
 * Parses JSON text strictly (no comments, no trailing commas), reporting
 * syntax errors, duplicate keys and prototype-reaching keys at their offsets.
 * Forbidden keys never reach the returned value.
 */
export function parseJsonStrict(text: string): ParsedJson {
  const errors: ParseError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const deep = tooDeepAt(source);
  if (deep >= 0) {
    return { value: undefined, tree: undefined, problems: [{ message: `invalid JSON: nested more than ${MAX_DEPTH} levels deep`, offset: deep, length: 1 }] };
  }
  let tree: Node | undefined;
  try {
    tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    return { value: undefined, tree: undefined, problems: [{ message: `invalid JSON: ${String(error)}`, offset: 0, length: 1 }] };
  }
  const problems: SidecarProblem[] = errors.slice(0, MAX_PROBLEMS).map((e) => ({
    message: `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`,
    offset: e.offset,
    length: Math.max(1, e.length),
  }));
  if (!tree || problems.length > 0) return { value: undefined, tree, problems };
  const value = toValue(tree, problems);
  return { value, tree, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** Deeper than any sidecar needs, shallow enough for the recursive parser's stack. */
const MAX_DEPTH = 128;

/** Offset where brackets nest deeper than MAX_DEPTH (outside strings), or -1; one linear scan. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function toValue(node: Node, problems: SidecarProblem[]): JsonValue {
  switch (node.type) {
    case 'object': {
      const out: JsonObject = {};
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({ message: `the key "${key}" is not allowed`, offset: keyNode.offset, length: keyNode.length });
          continue;
        }
        if (seen.has(key)) {
          problems.push({ message: `duplicate key "${key}"`, offset: keyNode.offset, length: keyNode.length });
          continue;
        }
        seen.add(key);
        out[key] = toValue(valueNode, problems);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child) => toValue(child, problems));
    case 'string':
      return String(node.value);
    case 'number':
      return Number(node.value);
    case 'boolean':
      return node.value === true;
    default:
      return null;
  }
}

/** The article a sidecar belongs to, for the checks a schema cannot make. */
export interface SidecarContext {
  /** The article's file name (`X.txt`). */
  articleName: string;
}

/**
 * Parses and validates a sidecar. On success the value is normalised into an
 * AnnotationPage (a single annotation or a bare array is wrapped); nothing
 * else is changed, so unknown fields survive.
 */
export function parseSidecar(text: string, context: SidecarContext): { page: JsonObject | null; problems: SidecarProblem[] } {
  const parsed = parseJsonStrict(text);
  if (parsed.value === undefined || parsed.problems.length > 0) return { page: null, problems: parsed.problems };
  const problems: SidecarProblem[] = [];
  const validateSidecarSchema = schemaValidators().sidecar;
  if (!validateSidecarSchema(parsed.value)) {
    problems.push(...schemaProblems('annotations', validateSidecarSchema.errors ?? [], parsed.tree, text.length));
    return { page: null, problems };
  }
  const page = toPage(parsed.value);
  const items = asArray(page.items);
  // Where item `index` sits in the text as written: page.items[i], array[i], or the single annotation itself.
  const itemPath = (index: number): (string | number)[] =>
    Array.isArray(parsed.value) ? [index] : isJsonObject(parsed.value) && parsed.value.type === 'AnnotationPage' ? ['items', index] : [];
  const at = (path: (string | number)[]): { offset: number; length: number } => locate(parsed.tree, path, text.length);
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (!isJsonObject(item)) return;
    const base = itemPath(index);
    const id = String(item.id);
    if (ids.has(id)) problems.push({ message: `duplicate annotation id "${id}"`, ...at([...base, 'id']) });
    ids.add(id);
    asArray(item.target).forEach((target, t) => {
      const targetPath = Array.isArray(item.target) ? [...base, 'target', t] : [...base, 'target'];
      const source = typeof target === 'string' ? target : isJsonObject(target) ? target.source : undefined;
      if (typeof source === 'string' && !namesArticle(source, context.articleName)) {
        const where = typeof target === 'string' ? targetPath : [...targetPath, 'source'];
        problems.push({
          message: `this annotation targets "${source}", but a sidecar may only target its own article "${context.articleName}"`,
          ...at(where),
        });
      }
      if (isJsonObject(target)) {
        asArray(target.selector).forEach((selector, s) => {
          if (isJsonObject(selector) && selector.type === 'TextPositionSelector' && Number(selector.start) > Number(selector.end)) {
            const selectorPath = Array.isArray(target.selector) ? [...targetPath, 'selector', s] : [...targetPath, 'selector'];
            problems.push({ message: 'TextPositionSelector start is after its end', ...at(selectorPath) });
          }
        });
      }
    });
  });
  return problems.length > 0 ? { page: null, problems: problems.slice(0, MAX_PROBLEMS) } : { page, problems };
}

/** True when a target source names the article `articleName` (its file name, optionally as `./name` or a URL ending in it). */
export function namesArticle(source: string, articleName: string): boolean {
  if (source === articleName || source === `./${articleName}`) return true;
  let decoded = source;
  try {
    decoded = decodeURIComponent(source);
  } catch {
    return false;
  }
  if (decoded === articleName || decoded === `./${articleName}`) return true;
  // A file URL of the article itself (as some tools write) is accepted; any other location is not.
  return decoded.startsWith('file://') && decoded.endsWith(`/${articleName}`);
}

function toPage(value: JsonValue): JsonObject {
  if (Array.isArray(value)) return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: value };
  if (isJsonObject(value) && value.type === 'AnnotationPage') return value;
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [value] };
}

/** Validates a taxonomy file's text; returns its value or its problems. */
export function parseTaxonomyFile(text: string): { value: JsonObject | null; problems: SidecarProblem[] } {
  const parsed = parseJsonStrict(text);
  if (parsed.value === undefined || parsed.problems.length > 0) return { value: null, problems: parsed.problems };
  const validateTaxonomySchema = schemaValidators().taxonomy;
  if (!validateTaxonomySchema(parsed.value) || !isJsonObject(parsed.value)) {
    return { value: null, problems: schemaProblems('taxonomy', validateTaxonomySchema.errors ?? [], parsed.tree, text.length) };
  }
  return { value: parsed.value, problems: [] };
}

/**
 * Turns ajv's errors into positioned problems. With `anyOf` ajv reports every
 * branch; the deepest path is the most telling, so only those are kept.
 */
function schemaProblems(schema: string, errors: ErrorObject[], tree: Node | undefined, textLength: number): SidecarProblem[] {
  const relevant = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pool = relevant.length > 0 ? relevant : errors;
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = Math.max(...pool.map(depth));
  const seen = new Set<string>();
  const problems: SidecarProblem[] = [];
  for (const e of pool.filter((x) => depth(x) === deepest)) {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const what = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the document';
    const detail = e.keyword === 'const' ? `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}` : e.message ?? 'is invalid';
    const message = `${what} ${detail}`;
    if (seen.has(message)) continue;
    seen.add(message);
    problems.push({ message: `does not match the ${schema} schema: ${message}`, ...locate(tree, path, textLength) });
  }
  return problems;
}

function locate(tree: Node | undefined, path: (string | number)[], textLength: number): { offset: number; length: number } {
  const node = tree ? findNodeAtLocation(tree, path) : undefined;
  if (!node) return { offset: 0, length: Math.min(1, textLength) };
  // Point at the property name when there is one: that is where an editor's eye goes.
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { offset: key.offset, length: key.length } : { offset: node.offset, length: Math.max(1, node.length) };
}
