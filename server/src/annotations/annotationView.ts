import {
  type ArticleMetadata,
  type AnnotationView,
  asArray,
  isJsonObject,
  type JsonObject,
  type JsonValue,
} from './model';

/**
 * Reading and changing one annotation in its JSON form. Readers accept what
 * the W3C model allows (one or many bodies, targets and selectors, `bodyValue`,
 * a string target); writers change only the parts they own and leave every
 * other field, body and selector as it was.
 */

function hasPurpose(body: JsonObject, purpose: string): boolean {
  return asArray(body.purpose).includes(purpose);
}

function motivations(annotation: JsonObject): JsonValue[] {
  return asArray(annotation.motivation);
}

function bodies(annotation: JsonObject): JsonObject[] {
  return asArray(annotation.body).filter(isJsonObject);
}

function isTagBody(annotation: JsonObject, body: JsonObject): boolean {
  if (typeof body.value !== 'string') return false;
  if (hasPurpose(body, 'tagging')) return true;
  return body.purpose === undefined && motivations(annotation).includes('tagging');
}

function isNoteBody(annotation: JsonObject, body: JsonObject): boolean {
  if (typeof body.value !== 'string') return false;
  if (hasPurpose(body, 'commenting')) return true;
  if (body.purpose !== undefined) return false;
  const motivation = motivations(annotation);
  return !motivation.includes('tagging') && !motivation.includes('describing');
}

/** The first target, which for a valid sidecar names this sidecar's article. */
function firstTarget(annotation: JsonObject): JsonObject | null {
  const target = asArray(annotation.target)[0];
  return isJsonObject(target) ? target : null;
}

function selectors(annotation: JsonObject): JsonObject[] {
  const target = firstTarget(annotation);
  return target ? asArray(target.selector).filter(isJsonObject) : [];
}

/** True when the annotation is about a span (it has a quote or position selector). */
export function isSpanAnnotation(annotation: JsonObject): boolean {
  return selectors(annotation).some((s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector');
}

/** True when the annotation records article-level metadata. */
export function isArticleMetadataAnnotation(annotation: JsonObject): boolean {
  return !isSpanAnnotation(annotation) && bodies(annotation).some((b) => hasPurpose(b, 'describing') && hasMetadataField(b));
}

function hasMetadataField(body: JsonObject): boolean {
  return typeof body.datePublished === 'string' || typeof body.publisher === 'string' || typeof body.url === 'string';
}

function creatorName(value: JsonValue | undefined): string | null {
  const first = asArray(value)[0];
  if (typeof first === 'string') return first;
  if (isJsonObject(first)) {
    for (const key of ['name', 'nickname', 'id']) if (typeof first[key] === 'string') return first[key];
  }
  return null;
}

/** The typed view of a span annotation. */
export function viewOf(annotation: JsonObject): AnnotationView {
  const all = bodies(annotation);
  const quote = selectors(annotation).find((s) => s.type === 'TextQuoteSelector');
  const position = selectors(annotation).find((s) => s.type === 'TextPositionSelector');
  const notes = all.filter((b) => isNoteBody(annotation, b)).map((b) => b.value as string);
  if (typeof annotation.bodyValue === 'string') notes.push(annotation.bodyValue);
  const tags: string[] = [];
  for (const b of all) if (isTagBody(annotation, b) && !tags.includes(b.value as string)) tags.push(b.value as string);
  const str = (v: JsonValue | undefined) => (typeof v === 'string' ? v : null);
  return {
    id: String(annotation.id),
    tags,
    notes,
    created: str(annotation.created),
    modified: str(annotation.modified),
    creator: creatorName(annotation.creator),
    quote: str(quote?.exact),
    prefix: str(quote?.prefix),
    suffix: str(quote?.suffix),
    position:
      position && typeof position.start === 'number' && typeof position.end === 'number'
        ? { start: position.start, end: position.end }
        : null,
  };
}

/** Article metadata recorded in a page (the newest describing annotation wins per field). */
export function articleMetadataOf(items: readonly JsonValue[]): ArticleMetadata | null {
  const found = items.filter(isJsonObject).filter(isArticleMetadataAnnotation);
  if (found.length === 0) return null;
  found.sort((a, b) => String(a.modified ?? a.created ?? '').localeCompare(String(b.modified ?? b.created ?? '')));
  const out: ArticleMetadata = { datePublished: null, publisher: null, url: null };
  for (const annotation of found) {
    for (const body of bodies(annotation).filter((b) => hasPurpose(b, 'describing'))) {
      if (typeof body.datePublished === 'string') out.datePublished = body.datePublished;
      if (typeof body.publisher === 'string') out.publisher = body.publisher;
      if (typeof body.url === 'string') out.url = body.url;
    }
  }
  return out;
}

/** Replaces the annotation's tags, keeping its other bodies in place. */
export function setTags(annotation: JsonObject, tags: readonly string[]): void {
  const kept = asArray(annotation.body).filter((b) => !(isJsonObject(b) && isTagBody(annotation, b)));
  const added = unique(tags).map((value): JsonObject => ({ type: 'TextualBody', purpose: 'tagging', value }));
  setBodies(annotation, [...added, ...kept]);
}

/** Sets the annotation's (first) note; an empty note removes it. */
export function setNote(annotation: JsonObject, note: string): void {
  const list = asArray(annotation.body);
  const index = list.findIndex((b) => isJsonObject(b) && isNoteBody(annotation, b));
  if (index < 0 && typeof annotation.bodyValue === 'string') {
    if (note) annotation.bodyValue = note;
    else delete annotation.bodyValue;
    return;
  }
  if (index >= 0) {
    if (note) (list[index] as JsonObject).value = note;
    else list.splice(index, 1);
  } else if (note) {
    list.push({ type: 'TextualBody', purpose: 'commenting', value: note });
  }
  setBodies(annotation, list);
}

function setBodies(annotation: JsonObject, list: JsonValue[]): void {
  if (list.length === 0) delete annotation.body;
  else annotation.body = list.length === 1 && !Array.isArray(annotation.body) && annotation.body !== undefined ? list[0]! : list;
  const motivation = motivations(annotation);
  if (motivation.length === 0 || motivation.every((m) => m === 'tagging' || m === 'commenting')) {
    const purposes = bodies(annotation).flatMap((b) => asArray(b.purpose));
    annotation.motivation = purposes.includes('commenting') || typeof annotation.bodyValue === 'string' ? 'commenting' : 'tagging';
  }
}

/**
 * Points the annotation at `text.slice(start, end)`, replacing its quote and
 * position selectors and keeping any other selector a tool put there.
 */
export function setSpan(annotation: JsonObject, articleName: string, text: string, start: number, end: number, contextLength: number): void {
  const targets = asArray(annotation.target);
  const first = targets[0];
  const target: JsonObject = isJsonObject(first) ? first : { source: articleName };
  const others = asArray(target.selector).filter(
    (s) => !(isJsonObject(s) && (s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')),
  );
  target.selector = [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    },
    { type: 'TextPositionSelector', start, end },
    ...others,
  ];
  if (Array.isArray(annotation.target)) annotation.target[0] = target;
  else annotation.target = target;
}

/** A new span annotation. */
export function newSpanAnnotation(fields: {
  id: string;
  now: string;
  creator: string;
  articleName: string;
  text: string;
  start: number;
  end: number;
  tags: readonly string[];
  note: string;
  contextLength: number;
}): JsonObject {
  const annotation: JsonObject = {
    id: fields.id,
    type: 'Annotation',
    created: fields.now,
    modified: fields.now,
    creator: { type: 'Person', name: fields.creator },
  };
  setTags(annotation, fields.tags);
  setNote(annotation, fields.note);
  setSpan(annotation, fields.articleName, fields.text, fields.start, fields.end, fields.contextLength);
  return annotation;
}

/** Sets (or with null removes) article metadata fields on a describing annotation. */
export function setArticleMetadata(annotation: JsonObject, changes: Partial<ArticleMetadata>): void {
  const list = asArray(annotation.body);
  let body = list.find((b): b is JsonObject => isJsonObject(b) && hasPurpose(b, 'describing'));
  if (!body) {
    body = { purpose: 'describing' };
    list.push(body);
  }
  for (const key of ['datePublished', 'publisher', 'url'] as const) {
    const value = changes[key];
    if (value === undefined) continue;
    if (value === null || value === '') delete body[key];
    else body[key] = value;
  }
  annotation.body = list.length === 1 ? list[0]! : list;
}

/** A new article-level describing annotation. */
export function newArticleAnnotation(id: string, now: string, creator: string, articleName: string): JsonObject {
  return {
    id,
    type: 'Annotation',
    motivation: 'describing',
    created: now,
    modified: now,
    creator: { type: 'Person', name: creator },
    body: { purpose: 'describing' },
    target: { source: articleName },
  };
}

function unique(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
