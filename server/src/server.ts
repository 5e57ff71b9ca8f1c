import {
  type Connection,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideHover } from './features/hover';
import { encodeTokens, LEGEND, tokensOf } from './features/semanticTokens';
import { AnalysisCache } from './workspace/analysisCache';

/** Wires the LSP features to the analysis; one instance per connection. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new AnalysisCache();

  const analysisOf = (uri: string) => {
    const doc = documents.get(uri);
    return doc ? { doc, analysis: analyses.get(uri, doc.version, doc.getText()) } : null;
  };

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        hoverProvider: true,
      },
      serverInfo: { name: 'Article Lens' },
    }),
  );

  connection.languages.semanticTokens.on((params) => {
    const found = analysisOf(params.textDocument.uri);
    if (!found) return { data: [] };
    return { data: encodeTokens(found.doc.getText(), tokensOf(found.analysis)) };
  });

  connection.languages.semanticTokens.onRange((params) => {
    const found = analysisOf(params.textDocument.uri);
    if (!found) return { data: [] };
    const from = found.doc.offsetAt(params.range.start);
    const to = found.doc.offsetAt(params.range.end);
    return { data: encodeTokens(found.doc.getText(), tokensOf(found.analysis), from, to) };
  });

  connection.onHover((params) => {
    const found = analysisOf(params.textDocument.uri);
    if (!found) return null;
    return provideHover(found.analysis, found.doc.offsetAt(params.position));
  });

  documents.onDidClose((e) => analyses.delete(e.document.uri));
  documents.listen(connection);
  connection.listen();
}
