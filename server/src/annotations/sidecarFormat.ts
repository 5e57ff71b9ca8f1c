import { asArray, isJsonObject, type JsonObject, type JsonValue } from './model';

/**
 * Writes a page the same way every time (known keys in a fixed order, other
 * keys alphabetically after them, annotations by creation time then id,
 * two-space indentation, a trailing newline), so that two analysts' changes
 * to one sidecar touch different lines and merge cleanly in git.
 */
export function formatSidecar(page: JsonObject): string {
  const items = asArray(page.items).slice().sort(compareAnnotations);
  return `${JSON.stringify(ordered({ ...page, items }, 'page'), null, 2)}\n`;
}

/** Orders annotations by `created`, then `id`. */
export function compareAnnotations(a: JsonValue, b: JsonValue): number {
  const key = (v: JsonValue) => (isJsonObject(v) ? [String(v.created ?? ''), String(v.id ?? '')] : ['', '']);
  const [ca, ia] = key(a);
  const [cb, ib] = key(b);
  return ca! < cb! ? -1 : ca! > cb! ? 1 : ia! < ib! ? -1 : ia! > ib! ? 1 : 0;
}

type Shape = 'page' | 'annotation' | 'body' | 'target' | 'selector' | 'other';

const KEY_ORDER: Record<Shape, readonly string[]> = {
  page: ['@context', 'id', 'type', 'label', 'items'],
  annotation: ['@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'bodyValue', 'target'],
  body: ['type', 'purpose', 'value', 'format', 'language', 'datePublished', 'publisher', 'url'],
  target: ['id', 'type', 'source', 'selector'],
  selector: ['type', 'exact', 'prefix', 'suffix', 'start', 'end', 'value'],
  other: ['id', 'type', 'name'],
};

const CHILD_SHAPE: Partial<Record<Shape, Record<string, Shape>>> = {
  page: { items: 'annotation' },
  annotation: { body: 'body', target: 'target' },
  target: { selector: 'selector' },
};

function ordered(value: JsonValue, shape: Shape): JsonValue {
  if (Array.isArray(value)) return value.map((v) => ordered(v, shape));
  if (!isJsonObject(value)) return value;
  const known = KEY_ORDER[shape];
  const keys = Object.keys(value).sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: JsonObject = {};
  for (const key of keys) out[key] = ordered(value[key]!, CHILD_SHAPE[shape]?.[key] ?? 'other');
  return out;
}
