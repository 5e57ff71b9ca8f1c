import type { Location } from 'vscode-languageserver';
import type { Services } from '../services';
import { entityAt, mentionLocations } from './entityAt';

/** textDocument/references: every mention of the entity in every article, all spellings. */
export function registerReferences(services: Services): void {
  services.connection.onReferences((params): Location[] => {
    const at = entityAt(services, params.textDocument.uri, params.position);
    if (!at) return [];
    return mentionLocations(services, at.id, at.open ? params.textDocument.uri : null);
  });
}
