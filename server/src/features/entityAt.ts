import type { Location, Position } from 'vscode-languageserver';
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

/** The first index in `locations` (sorted by uri) whose uri is not below `uri`. */
function firstAtOrAfter(locations: readonly { uri: string }[], uri: string): number {
  let lo = 0;
  let hi = locations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (locations[mid]!.uri < uri) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions of entity `id` in an open document, from its live analysis. */
export function liveMentions(open: AnalysedDocument, uri: string, id: string): Location[] {
  const out: Location[] = [];
  for (const e of open.analysis.entities) {
    if (e.entity === id) out.push({ uri, range: { start: open.document.positionAt(e.start), end: open.document.positionAt(e.end) } });
  }
  return out;
}

/**
 * Every mention of entity `id` in the workspace, in uri then position order;
 * the open document's own mentions (`open`) replace what the index holds for it.
 */
export function mentionLocations(services: Services, id: string, open: { uri: string; locations: readonly Location[] } | null): Location[] {
  const indexed = services.index.referencesOf(id);
  if (!open) return indexed;
  const from = firstAtOrAfter(indexed, open.uri);
  let to = from;
  while (to < indexed.length && indexed[to]!.uri === open.uri) to++;
  indexed.splice(from, to - from, ...open.locations);
  return indexed;
}
