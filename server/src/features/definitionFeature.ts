import type { Location } from 'vscode-languageserver';
import type { Services } from '../services';
import { entityAt } from './entityAt';

/** textDocument/definition: the entity's first full-name mention in the workspace. */
export function registerDefinition(services: Services): void {
  services.connection.onDefinition((params): Location | null => {
    const at = entityAt(services, params.textDocument.uri, params.position);
    if (!at) return null;
    const found = services.index.definitionOf(at.id);
    if (found) return { uri: found.uri, range: found.range };
    if (!at.open) return null;
    const first = at.open.analysis.entities.find((e) => e.entity === at.id)!;
    return { uri: params.textDocument.uri, range: { start: at.open.document.positionAt(first.start), end: at.open.document.positionAt(first.end) } };
  });
}
