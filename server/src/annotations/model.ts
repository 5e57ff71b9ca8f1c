/**
 * The sidecar's data model: a W3C Web Annotation `AnnotationPage` kept as the
 * JSON it was read from, so that fields this extension does not know survive
 * every write, plus the typed views the editor and the CLI work with.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** The W3C Web Annotation JSON-LD context every page carries. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** `X.txt` is annotated in `X.txt.annotations.json` beside it. */
export const SIDECAR_SUFFIX = '.annotations.json';

/** Characters of context kept on each side of a quote (as web annotation clients do). */
export const CONTEXT_LENGTH = 32;

/** Purposes this extension reads and writes. */
export type BodyPurpose = 'tagging' | 'commenting' | 'describing';

/** Where an article came from, recorded by an analyst in an article-level annotation. */
export interface ArticleMetadata {
  /** ISO `YYYY-MM-DD`: the date relative dates in the text are resolved against. */
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

/** How an annotation's text was found in the current article. */
export type AnchorStatus = 'position' | 'quote' | 'fuzzy' | 'orphan';

/** A span annotation as the editor sees it. */
export interface AnnotationView {
  id: string;
  tags: string[];
  /** Notes in body order; the editor edits the first. */
  notes: string[];
  created: string | null;
  modified: string | null;
  creator: string | null;
  /** The quoted words as recorded in the sidecar (TextQuoteSelector.exact). */
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  /** The recorded TextPositionSelector. */
  position: { start: number; end: number } | null;
}

/** A problem found in a sidecar, at a character offset of the sidecar's text. */
export interface SidecarProblem {
  message: string;
  offset: number;
  length: number;
}

/** The outcome of reading a sidecar. */
export type SidecarRead =
  | { status: 'missing'; page: JsonObject }
  | { status: 'ok'; page: JsonObject; text: string }
  | { status: 'invalid'; problems: SidecarProblem[]; text: string };

/** An empty page, the content of a sidecar that does not exist yet. */
export function emptyPage(): JsonObject {
  return { '@context': ANNOTATION_CONTEXT, type: 'AnnotationPage', items: [] };
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A W3C "one or more" value as an array. */
export function asArray(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
