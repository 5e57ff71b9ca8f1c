import { isJsonObject, type JsonValue } from './model';

/** A tag analysts can put on a claim or a span. */
export interface TagDefinition {
  name: string;
  /** CSS hex colour for decorations. */
  color: string;
  description: string;
}

/** The built-in tags for claims, used when a workspace defines none. */
export const DEFAULT_TAGS: readonly TagDefinition[] = [
  { name: 'verified', color: '#2e9d4f', description: 'Checked against a reliable source and found accurate' },
  { name: 'disputed', color: '#d9822b', description: 'Contested by other sources or parties' },
  { name: 'unverified', color: '#b5a300', description: 'Not yet checked' },
  { name: 'misleading', color: '#d13438', description: 'Accurate in part but gives a false impression' },
  { name: 'opinion', color: '#8764b8', description: 'A view or judgement rather than a checkable fact' },
  { name: 'needs follow-up', color: '#2f80ed', description: 'Worth another look or a call' },
];

/** The colour of tags that no taxonomy defines (a hand-written tag, say). */
export const UNKNOWN_TAG_COLOR = '#888888';

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Reads tag definitions from untrusted JSON (settings or the taxonomy file); bad entries are skipped. */
export function parseTagList(raw: JsonValue | undefined): TagDefinition[] {
  if (!Array.isArray(raw)) return [];
  const out: TagDefinition[] = [];
  for (const entry of raw) {
    const name = typeof entry === 'string' ? entry.trim() : isJsonObject(entry) && typeof entry.name === 'string' ? entry.name.trim() : '';
    if (!name || name.length > 200) continue;
    const color = isJsonObject(entry) && typeof entry.color === 'string' && HEX_COLOR.test(entry.color) ? entry.color : null;
    const description = isJsonObject(entry) && typeof entry.description === 'string' ? entry.description : '';
    out.push({ name, color: color ?? colorFor(name), description });
  }
  return out;
}

/**
 * The effective taxonomy: the workspace file's tags replace the defaults
 * (a team that writes a taxonomy means it as the list), then the
 * `articleLens.tags` setting adds tags or overrides them by name.
 */
export function resolveTaxonomy(fileTags: readonly TagDefinition[] | null, settingTags: readonly TagDefinition[]): TagDefinition[] {
  const base = fileTags && fileTags.length > 0 ? fileTags : DEFAULT_TAGS;
  const byName = new Map<string, TagDefinition>();
  for (const tag of [...base, ...settingTags]) byName.set(tag.name.toLowerCase(), tag);
  return [...byName.values()];
}

/** A stable colour for a tag name without one, so it looks the same in every window. */
export function colorFor(name: string): string {
  const known = DEFAULT_TAGS.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (known) return known.color;
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  const hue = hash % 360;
  return hslToHex(hue, 0.55, 0.5);
}

function hslToHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) => Math.round(x * 255).toString(16).padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}
