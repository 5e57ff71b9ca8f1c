import type { Services } from '../services';
import { documentSymbolsOf } from './documentSymbols';

/** textDocument/documentSymbol: the article's outline. */
export function registerDocumentSymbols({ connection, analysed }: Services): void {
  connection.onDocumentSymbol((params) => {
    const found = analysed(params.textDocument.uri);
    return found ? documentSymbolsOf(found.document, found.analysis) : [];
  });
}
