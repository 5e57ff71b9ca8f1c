/**
 * The records the evaluation compares: gold articles (the annotated JSONL
 * format) and system articles (what any system under test found), with
 * parsers that accept untrusted JSON.
 */

/** A half-open range of UTF-16 code units into an article's text. */
export interface EvalSpan {
  start: number;
  end: number;
}

export interface GoldEntity extends EvalSpan {
  text: string;
  /** PERSON, ORG, LOC, NORP, EVENT, FAC or MISC. */
  type: string;
  /** Names one real-world entity across all articles. */
  chain: string;
  optional?: boolean;
}

export interface GoldTimex extends EvalSpan {
  text: string;
  /** DATE, TIME or DURATION. */
  type: string;
  /** TIMEX3-style value. */
  value: string;
  optional?: boolean;
}

export interface GoldQuote extends EvalSpan {
  text: string;
  /** The chain of the entity that makes the claim, or null for a group or an unclear speaker. */
  speaker: string | null;
  optional?: boolean;
}

/** One hand-annotated article, one line of a gold JSONL file. */
export interface GoldArticle {
  id: string;
  /** The article's own date, ISO `YYYY-MM-DD`, or null where it does not state one. */
  dct: string | null;
  text: string;
  entities: GoldEntity[];
  timexes: GoldTimex[];
  quotes: GoldQuote[];
  /** Regions that are not article content: nothing inside them counts either way. */
  boilerplate: EvalSpan[];
}

export interface SystemEntity extends EvalSpan {
  /**
   * The system's type. Both vocabularies are understood: the analysis's
   * (`person`, `organization`, `location`, ...) and the gold's (`PERSON`, `ORG`, `LOC`, ...).
   */
  type: string;
  /** The system's entity id, equal across articles for the same real-world entity. */
  entity: string;
}

export interface SystemDate extends EvalSpan {
  value: string;
}

export interface SystemClaim extends EvalSpan {
  /** A system entity id (as in `SystemEntity.entity`), or null. */
  speaker: string | null;
}

/** What a system found in one article; `id` equals the gold article's `id`. */
export interface SystemArticle {
  id: string;
  dct: string | null;
  entities: SystemEntity[];
  dates: SystemDate[];
  claims: SystemClaim[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops keys able to reach an object's prototype. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class RecordError extends Error {}

function field<T>(o: Json, key: string, check: (v: unknown) => v is T, what: string): T {
  const v = o[key];
  if (!check(v)) throw new RecordError(`"${key}" should be ${what}`);
  return v;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

function span(o: Json): EvalSpan {
  const start = field(o, 'start', isOffset, 'a non-negative integer');
  const end = field(o, 'end', isOffset, 'a non-negative integer');
  if (end < start) throw new RecordError(`span ${start}-${end} ends before it starts`);
  return { start, end };
}

function optionalFlag(o: Json): { optional?: boolean } {
  return o.optional === true ? { optional: true } : {};
}

function list<T>(o: Json, key: string, item: (o: Json) => T, required = true): T[] {
  if (!required && o[key] === undefined) return [];
  return field(o, key, isArray, 'an array').map((v, i) => {
    if (!isObject(v)) throw new RecordError(`${key}[${i}] should be an object`);
    try {
      return item(v);
    } catch (error) {
      throw new RecordError(`${key}[${i}]: ${(error as Error).message}`);
    }
  });
}

function goldArticle(o: Json): GoldArticle {
  const text = field(o, 'text', isString, 'a string');
  const inText = <S extends EvalSpan>(s: S): S => {
    if (s.end > text.length) throw new RecordError(`span ${s.start}-${s.end} runs past the text (${text.length})`);
    return s;
  };
  return {
    id: field(o, 'id', isString, 'a string'),
    dct: field(o, 'dct', isStringOrNull, 'a string or null'),
    text,
    entities: list(o, 'entities', (e) =>
      inText({
        ...span(e),
        text: field(e, 'text', isString, 'a string'),
        type: field(e, 'type', isString, 'a string'),
        chain: field(e, 'chain', isString, 'a string'),
        ...optionalFlag(e),
      }),
    ),
    timexes: list(o, 'timexes', (t) =>
      inText({
        ...span(t),
        text: field(t, 'text', isString, 'a string'),
        type: field(t, 'type', isString, 'a string'),
        value: field(t, 'value', isString, 'a string'),
        ...optionalFlag(t),
      }),
    ),
    quotes: list(o, 'quotes', (q) =>
      inText({
        ...span(q),
        text: field(q, 'text', isString, 'a string'),
        speaker: field(q, 'speaker', isStringOrNull, 'a string or null'),
        ...optionalFlag(q),
      }),
    ),
    boilerplate: list(o, 'boilerplate', (b) => inText(span(b)), false),
  };
}

/**
 * Parses a gold JSONL file (one article a line, blank lines allowed).
 * Throws with the line number on the first malformed record.
 */
export function parseGoldJsonl(jsonl: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const seen = new Set<string>();
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value = parseJsonSafely(line);
      if (!isObject(value)) throw new RecordError('a line should hold one JSON object');
      const article = goldArticle(value);
      if (seen.has(article.id)) throw new RecordError(`id "${article.id}" appears twice`);
      seen.add(article.id);
      articles.push(article);
    } catch (error) {
      throw new Error(`gold line ${i + 1}: ${(error as Error).message}`);
    }
  });
  return articles;
}

/**
 * Reads one object of the CLI's documented `analyze --json` output into a
 * system article whose id the caller chooses (the CLI reports a path).
 */
export function systemArticleFromCliJson(value: unknown, id: string): SystemArticle {
  if (!isObject(value)) throw new Error('a CLI record should be a JSON object');
  try {
    return {
      id,
      dct: field(value, 'dct', isStringOrNull, 'a string or null'),
      entities: list(value, 'entities', (e) => ({
        ...span(e),
        type: field(e, 'type', isString, 'a string'),
        entity: field(e, 'entity', isString, 'a string'),
      })),
      dates: list(value, 'dates', (d) => ({ ...span(d), value: field(d, 'value', isString, 'a string') })),
      claims: list(value, 'claims', (c) => ({ ...span(c), speaker: field(c, 'speaker', isStringOrNull, 'a string or null') })),
    };
  } catch (error) {
    throw new Error(`CLI record for ${id}: ${(error as Error).message}`);
  }
}
