import type { Services } from '../services';
import { documentSymbolsOf } from './documentSymbols';

/** textDocument/documentSymbol: the article's outline, after what other features contribute. */
export function registerDocumentSymbols({ connection, analysed, outlineContributors }: Services): void {
  connection.onDocumentSymbol((params) => {
    const uri = params.textDocument.uri;
    const found = analysed(uri);
    if (!found) return [];
    return [...outlineContributors.flatMap((contribute) => contribute(uri)), ...documentSymbolsOf(found.document, found.analysis)];
  });
}
