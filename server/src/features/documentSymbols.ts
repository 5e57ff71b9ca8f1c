import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import { ENTITY_SYMBOL_KIND } from './symbolKinds';

const MAX_NAME = 80;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_NAME ? `${flat.slice(0, MAX_NAME - 1)}…` : flat || '(empty)';
}

/**
 * The article's outline: its headline, then its entities (one per entity, at
 * the first mention), dates and claims.
 */
export function documentSymbolsOf(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const text = document.getText();
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] => {
    if (children.length === 0) return [];
    const start = Math.min(...children.map((c) => document.offsetAt(c.range.start)));
    const end = Math.max(...children.map((c) => document.offsetAt(c.range.end)));
    return [{ name, kind, range: range(start, end), selectionRange: children[0]!.selectionRange, children }];
  };

  const byEntity = new Map<string, { first: (typeof analysis.entities)[number]; count: number }>();
  for (const e of analysis.entities) {
    const seen = byEntity.get(e.entity);
    if (seen) seen.count++;
    else byEntity.set(e.entity, { first: e, count: 1 });
  }
  const entities: DocumentSymbol[] = [...byEntity.values()].map(({ first, count }) => ({
    name: first.canonical || first.text,
    detail: `${first.type} · ${count} mention${count === 1 ? '' : 's'}`,
    kind: ENTITY_SYMBOL_KIND[first.type],
    range: range(first.start, first.end),
    selectionRange: range(first.start, first.end),
  }));
  const dates: DocumentSymbol[] = analysis.dates.map((d) => ({
    name: shorten(d.text),
    detail: d.value,
    kind: SymbolKind.Number,
    range: range(d.start, d.end),
    selectionRange: range(d.start, d.end),
  }));
  const claims: DocumentSymbol[] = analysis.claims.map((c) => ({
    name: shorten(text.slice(c.content.start, c.content.end)),
    detail: [c.speaker && analysis.entities.find((e) => e.entity === c.speaker)?.canonical, c.cue?.text].filter(Boolean).join(' · '),
    kind: SymbolKind.String,
    range: range(c.start, c.end),
    selectionRange: range(c.content.start, c.content.end),
  }));

  const out: DocumentSymbol[] = [];
  const h = analysis.structure.headline;
  if (h && h.end > h.start) {
    out.push({ name: shorten(text.slice(h.start, h.end)), detail: analysis.dct ?? undefined, kind: SymbolKind.File, range: range(h.start, h.end), selectionRange: range(h.start, h.end) });
  }
  out.push(...group('Entities', SymbolKind.Package, entities), ...group('Dates', SymbolKind.Package, dates), ...group('Claims', SymbolKind.Package, claims));
  return out;
}
