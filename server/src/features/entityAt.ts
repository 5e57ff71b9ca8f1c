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

/**
 * Every mention of entity `id` in the workspace, in uri then position order;
 * the open document's own mentions come from its live analysis. The index's
 * list is already in that order, so only the open article's stretch is replaced.
 * The answer may be the index's shared array: callers must not modify it.
 */
export function mentionLocations(services: Services, id: string, openUri: string | null): { uri: string; range: Range }[] {
  const indexed = services.index.referencesOf(id);
  const open = openUri ? services.analysed(openUri) : null;
  if (!openUri || !open) return indexed;
  const live: { uri: string; range: Range }[] = [];
  for (const e of open.analysis.entities) {
    if (e.entity === id) live.push({ uri: openUri, range: { start: open.document.positionAt(e.start), end: open.document.positionAt(e.end) } });
  }
  const from = firstAtOrAfter(indexed, openUri);
  let to = from;
  while (to < indexed.length && indexed[to]!.uri === openUri) to++;
  return [...indexed.slice(0, from), ...live, ...indexed.slice(to)];
}
