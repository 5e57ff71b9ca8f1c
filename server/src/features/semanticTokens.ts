import type { SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis, EntityType, Span } from '../analysis/types';
import { lineStartsOf } from '../textPositions';

/**
 * Token types, in legend order. The extension's package.json contributes the
 * same list (a test keeps them equal).
 */
export const TOKEN_TYPES = [
  'person',
  'organization',
  'location',
  'nationality',
  'event',
  'facility',
  'product',
  'entity',
  'date',
  'claim',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Modifiers: `quoted` marks an entity or date inside a claim. */
export const TOKEN_MODIFIERS = ['quoted'] as const;

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const ENTITY_TOKEN: Record<EntityType, TokenType> = {
  person: 'person',
  organization: 'organization',
  location: 'location',
  nationality: 'nationality',
  event: 'event',
  facility: 'facility',
  product: 'product',
  other: 'entity',
};

/** A token before line splitting and encoding. */
export interface Token extends Span {
  type: TokenType;
  quoted: boolean;
}

/**
 * Flattens an analysis into non-overlapping tokens: entities and dates win,
 * and a claim contributes `claim` tokens for the stretches between them, whose
 * own tokens carry the `quoted` modifier.
 */
export function tokensOf(analysis: Analysis): Token[] {
  const pieces: Token[] = [];
  for (const e of analysis.entities) pieces.push({ start: e.start, end: e.end, type: ENTITY_TOKEN[e.type], quoted: false });
  for (const d of analysis.dates) pieces.push({ start: d.start, end: d.end, type: 'date', quoted: false });
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);

  const spans: Token[] = [];
  let lastEnd = -1;
  for (const p of pieces) {
    if (p.start < lastEnd) continue; // overlaps an earlier, longer token
    spans.push(p);
    lastEnd = p.end;
  }

  const claims = [...analysis.claims].sort((a, b) => a.start - b.start);
  const out: Token[] = [];
  let i = 0;
  let cursor = 0;
  for (const claim of claims) {
    const start = Math.max(claim.start, cursor);
    while (i < spans.length && spans[i]!.end <= start) out.push(spans[i++]!);
    let pos = start;
    while (i < spans.length && spans[i]!.start < claim.end) {
      const s = spans[i++]!;
      if (s.start > pos) out.push({ start: pos, end: s.start, type: 'claim', quoted: false });
      out.push({ ...s, quoted: s.start >= claim.start && s.end <= claim.end });
      pos = Math.max(pos, s.end);
    }
    if (pos < claim.end) out.push({ start: pos, end: claim.end, type: 'claim', quoted: false });
    cursor = Math.max(cursor, claim.end);
  }
  while (i < spans.length) out.push(spans[i++]!);
  return out;
}

/**
 * Encodes tokens as LSP relative integers, one token per line piece (semantic
 * tokens may not span lines), optionally only those within [from, to).
 */
export function encodeTokens(text: string, tokens: readonly Token[], from = 0, to = Number.POSITIVE_INFINITY): number[] {
  const starts = lineStartsOf(text);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let line = 0;
  for (const t of tokens) {
    if (t.end <= from || t.start >= to) continue;
    while (line + 1 < starts.length && starts[line + 1]! <= t.start) line++;
    let l = line;
    let s = t.start;
    while (s < t.end) {
      const lineStart = starts[l]!;
      const nextStart = l + 1 < starts.length ? starts[l + 1]! : text.length + 1;
      let lineEnd = Math.min(t.end, nextStart);
      // Never include the line break itself.
      while (lineEnd > s && (text.charCodeAt(lineEnd - 1) === 10 || text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
      if (lineEnd > s) {
        const char = s - lineStart;
        const deltaLine = l - prevLine;
        data.push(deltaLine, deltaLine === 0 ? char - prevChar : char, lineEnd - s, TOKEN_TYPES.indexOf(t.type), t.quoted ? 1 : 0);
        prevLine = l;
        prevChar = char;
      }
      if (nextStart > t.end) break;
      s = nextStart;
      l++;
    }
  }
  return data;
}
