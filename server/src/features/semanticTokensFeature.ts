import type { Services } from '../services';
import { encodeTokens, tokensOf } from './semanticTokens';

/** textDocument/semanticTokens/full and /range. */
export function registerSemanticTokens({ connection, analysed }: Services): void {
  connection.languages.semanticTokens.on((params) => {
    const found = analysed(params.textDocument.uri);
    if (!found) return { data: [] };
    return { data: encodeTokens(found.document.getText(), tokensOf(found.analysis)) };
  });
  connection.languages.semanticTokens.onRange((params) => {
    const found = analysed(params.textDocument.uri);
    if (!found) return { data: [] };
    const from = found.document.offsetAt(params.range.start);
    const to = found.document.offsetAt(params.range.end);
    return { data: encodeTokens(found.document.getText(), tokensOf(found.analysis), from, to) };
  });
}
