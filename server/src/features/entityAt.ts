import type { Position, Range } from 'vscode-languageserver';
import type { AnalysedDocument, Services } from '../services';
import type { ArticleRecord } from '../workspace/articleRecord';

/** The entity mention under a position, by the open document's analysis or else the index. */
export interface EntityAtPosition {
  id: string;
  start: number;
  end: number;
  /** Set when the article is open in the editor. */
  open: AnalysedDocument | null;
}

function offsetIn(record: ArticleRecord, position: Position): number {
  const line = Math.min(Math.max(position.line, 0), record.lineStarts.length - 1);
  return record.lineStarts[line]! + position.character;
}

/**
 * The mention at `position` (a cursor right after a name counts, as editors
 * put it there after a double-click or typing).
 */
export function entityAt(services: Services, uri: string, position: Position): EntityAtPosition | null {
  const open = services.analysed(uri);
  if (open) {
    const offset = open.document.offsetAt(position);
    const entities = open.analysis.entities;
    const hit = entities.find((e) => e.start <= offset && offset < e.end) ?? entities.find((e) => e.end === offset);
    return hit ? { id: hit.entity, start: hit.start, end: hit.end, open } : null;
  }
  const record = services.index.record(uri);
  if (!record) return null;
  const offset = offsetIn(record, position);
  const hit = services.index.mentionAt(uri, offset) ?? (offset > 0 ? services.index.mentionAt(uri, offset - 1) : null);
  return hit ? { ...hit, open: null } : null;
}

/** Every mention of entity `id` in the workspace; the open document's own mentions come from its live analysis. */
export function mentionLocations(services: Services, id: string, openUri: string | null): { uri: string; range: Range }[] {
  const out: { uri: string; range: Range }[] = [];
  const openDocs = new Set(openUri ? [openUri] : []);
  for (const loc of services.index.mentionsOf(id)) {
    if (openDocs.has(loc.uri)) continue;
    out.push({ uri: loc.uri, range: loc.range });
  }
  if (openUri) {
    const open = services.analysed(openUri);
    if (open) {
      for (const e of open.analysis.entities) {
        if (e.entity === id) out.push({ uri: openUri, range: { start: open.document.positionAt(e.start), end: open.document.positionAt(e.end) } });
      }
    }
  }
  return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
}
