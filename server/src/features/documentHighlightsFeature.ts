import { type DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';
import type { Services } from '../services';
import { entityAt } from './entityAt';

/** textDocument/documentHighlight: the entity's other mentions in this article. */
export function registerDocumentHighlights(services: Services): void {
  services.connection.onDocumentHighlight((params): DocumentHighlight[] => {
    const at = entityAt(services, params.textDocument.uri, params.position);
    if (!at) return [];
    if (!at.open) {
      return services.index.mentionsIn(params.textDocument.uri, at.id).map((l) => ({ range: l.range, kind: DocumentHighlightKind.Text }));
    }
    const { document, analysis } = at.open;
    return analysis.entities
      .filter((e) => e.entity === at.id)
      .map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, kind: DocumentHighlightKind.Text }));
  });
}
