import type { Hover } from 'vscode-languageserver';
import type { Analysis, Claim, DateMention, EntityMention } from '../analysis/types';
import { claimSpan } from '../workspace/articleRecord';
import { claimSignature } from '../workspace/claimFingerprint';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { displayNameOf } from './entityNames';
import { escapeMarkdown, inlineCode } from './markdown';

/** What a hover card may draw on besides the article's own analysis. */
export interface HoverContext {
  uri: string;
  analysis: Analysis;
  offset: number;
  index: WorkspaceIndex;
  /** Paragraphs other features add (already escaped Markdown), in order. */
  contributions: string[];
  /** Entity cards written before, reused while the index stays as it was. */
  cards?: EntityCards;
}

/**
 * Works out, and so lets the index keep until the entity changes, what the
 * entity's hover card and its workspace symbol read from the whole workspace.
 */
export function readyEntityAnswers(index: WorkspaceIndex, id: string): void {
  index.canonicalOf(id);
  index.definitionOf(id);
  index.firstArticlesOf(id, MAX_ARTICLE_LINKS);
  index.coMentioned(id, MAX_CO_MENTIONED);
}

/** Cards kept at most: one per entity hovered since the index last changed. */
const MAX_KEPT_CARDS = 2_000;

/**
 * Entity cards already written, kept until the index changes: a card of a
 * common entity reads thousands of articles' counts, and the same entity is
 * hovered again and again. Any change of the index (an edit, a deletion, new
 * corrections) lets them all go, so a card is never stale.
 */
export class EntityCards {
  #generation = -1;
  readonly #cards = new Map<string, string>();

  card(index: WorkspaceIndex, e: EntityMention, write: () => string): string {
    if (this.#generation !== index.generation || this.#cards.size >= MAX_KEPT_CARDS) {
      this.#generation = index.generation;
      this.#cards.clear();
    }
    const key = `${e.entity}\u0000${e.type}\u0000${e.canonical}`;
    let card = this.#cards.get(key);
    if (card === undefined) {
      card = write();
      this.#cards.set(key, card);
    }
    return card;
  }
}

const MAX_ARTICLE_LINKS = 8;
const MAX_CO_MENTIONED = 5;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The file name of a uri, for link labels. */
export function fileLabel(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A Markdown link to a line of an article, its label escaped and its target unable to break out. */
export function lineLink(uri: string, line: number, label = `${fileLabel(uri)}:${line + 1}`): string {
  const target = `${uri}#L${line + 1}`.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${target})`;
}

/** One formatter for every count: `toLocaleString` looks its locale up again on each call. */
const COUNT = new Intl.NumberFormat('en-US');

function plural(n: number, word: string): string {
  return `${COUNT.format(n)} ${word}${n === 1 ? '' : 's'}`;
}

function entityCard(ctx: HoverContext, e: EntityMention): string {
  const { index } = ctx;
  const lines = [`**${escapeMarkdown(displayNameOf(index, e.entity, e.canonical))}** · ${e.type}`];
  const known = index.entity(e.entity);
  if (!known) return lines.join('\n\n');
  const aliases = [...known.spellings.keys()].filter((s) => s !== e.canonical).sort((a, b) => (known.spellings.get(b) ?? 0) - (known.spellings.get(a) ?? 0));
  if (aliases.length > 0) lines.push(`Also written: ${aliases.slice(0, 8).map(escapeMarkdown).join(', ')}${aliases.length > 8 ? ', ...' : ''}`);
  const articleCount = known.articles.size;
  const links = index.firstArticlesOf(e.entity, MAX_ARTICLE_LINKS).map((uri) => {
    const first = index.mentionsIn(uri, e.entity)[0];
    return lineLink(uri, first?.range.start.line ?? 0);
  });
  const more = articleCount > MAX_ARTICLE_LINKS ? `, and ${plural(articleCount - MAX_ARTICLE_LINKS, 'more article')}` : '';
  lines.push(`${plural(known.mentions, 'mention')} in ${plural(articleCount, 'article')}: ${links.join(', ')}${more}`);
  const co = index.coMentioned(e.entity, MAX_CO_MENTIONED);
  if (co.length > 0) {
    lines.push(`Often with: ${co.map((c) => `${escapeMarkdown(displayNameOf(index, c.id))} (${c.articles})`).join(', ')}`);
  }
  return lines.join('\n\n');
}

/** The weekday of an ISO `YYYY-MM-DD` value, or null. */
export function weekdayOf(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : WEEKDAYS[date.getUTCDay()]!;
}

/** How a date's value came about, in words for the card. */
export function resolutionText(d: DateMention, dct: string | null, dctSource: Analysis['dctSource'] = null): string {
  switch (d.resolution) {
    case 'absolute':
      return 'as written';
    case 'article-date':
      if (dctSource === 'collection') return dct ? `from the article date (${dct}), its year from the collection's dates` : "from the collection's dates";
      return dct ? `from the article date (${dct})` : 'from the article date';
    case 'unresolved':
      return 'no article date to resolve it against';
    case 'presumed-weekday':
      return "counted from the lead's first weekday, taken to be the news day, as the article gives no year of its own";
    case 'photo-date':
      return "from the day the lead photo's caption gives, as the article states no date of its own";
    case 'stated-period':
      return 'counted from the period the article names in full (its lead\'s quarter or year, or the quarter it last named)';
  }
}

function dateCard(ctx: HoverContext, d: DateMention): string {
  const weekday = weekdayOf(d.value);
  const lines = [`**${escapeMarkdown(d.text)}** → ${inlineCode(d.value)}${weekday ? ` (${weekday})` : ''} · ${d.kind}`];
  lines.push(`${escapeMarkdown(d.text)} → ${escapeMarkdown(d.value)}, ${resolutionText(d, ctx.analysis.dct, ctx.analysis.dctSource)}`);
  return lines.join('\n\n');
}

/** Articles carrying a claim; `pending` while the workspace's claims are still being banded (none counted then). */
export interface Corroboration {
  count: number;
  first: { uri: string; line: number }[];
  pending: boolean;
}

/**
 * Articles that carry the same or nearly the same claim, from the index: how
 * many, and where the claim stands in the first `limit` of them.
 */
export function corroboratingArticles(index: WorkspaceIndex, uri: string, claimContent: string, limit: number): Corroboration {
  const signature = claimSignature(claimContent);
  if (!signature) return { count: 0, first: [], pending: false };
  if (!index.claimsReady()) return { count: 0, first: [], pending: true };
  let count = 0;
  let last: string | null = null;
  const first: { uri: string; line: number }[] = [];
  // In uri order, so an article's claims are neighbours: a repeated statement brings thousands, and no set is needed.
  for (const ref of index.similarClaims(signature, uri)) {
    if (ref.uri === last) continue;
    last = ref.uri;
    count++;
    if (first.length >= limit) continue;
    const record = index.record(ref.uri);
    const span = record && claimSpan(record, ref.index);
    const loc = span && index.location(ref.uri, span.start, span.end);
    first.push({ uri: ref.uri, line: loc?.range.start.line ?? 0 });
  }
  return { count, first, pending: false };
}

function claimCard(ctx: HoverContext, c: Claim, text: string | null): string {
  const { index } = ctx;
  const lines = [`**Claim** · ${c.kind}`];
  const speaker = c.speaker ? index.canonicalOf(c.speaker) : null;
  const details: string[] = [];
  if (speaker) details.push(`speaker: ${escapeMarkdown(speaker)}`);
  if (c.cue) details.push(`cue: ${escapeMarkdown(c.cue.text)}`);
  if (details.length) lines.push(details.join(' · '));
  const content = text ? text.slice(c.content.start, c.content.end) : '';
  const others = content ? corroboratingArticles(index, ctx.uri, content, MAX_ARTICLE_LINKS) : null;
  if (others?.pending) lines.push('Other articles carrying it: still being compared, after indexing');
  else if (others && others.count > 0) {
    const more = others.count > others.first.length ? `, and ${plural(others.count - others.first.length, 'more article')}` : '';
    lines.push(`Also reported in ${plural(others.count, 'article')}: ${others.first.map((o) => lineLink(o.uri, o.line)).join(', ')}${more}`);
  }
  return lines.join('\n\n');
}

/**
 * The hover card for whatever the analysis found at `offset`: an entity, else
 * a date, else a claim; contributed paragraphs follow.
 */
export function provideHover(ctx: HoverContext, text: string | null = null): Hover | null {
  const { analysis, offset } = ctx;
  const inside = <T extends { start: number; end: number }>(s: T) => s.start <= offset && offset < s.end;
  const entity = analysis.entities.find(inside);
  const date = entity ? undefined : analysis.dates.find(inside);
  const claim = entity || date ? undefined : analysis.claims.find(inside);
  const sections: string[] = [];
  if (entity) sections.push(ctx.cards ? ctx.cards.card(ctx.index, entity, () => entityCard(ctx, entity)) : entityCard(ctx, entity));
  else if (date) sections.push(dateCard(ctx, date));
  else if (claim) sections.push(claimCard(ctx, claim, text));
  sections.push(...ctx.contributions);
  if (sections.length === 0) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } };
}
