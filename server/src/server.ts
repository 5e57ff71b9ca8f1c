import { type Connection, type InitializeResult, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerHover } from './features/hoverFeature';
import { LEGEND } from './features/semanticTokens';
import { registerSemanticTokens } from './features/semanticTokensFeature';
import type { Services } from './services';
import { AnalysisCache } from './workspace/analysisCache';

/** Builds the services, registers every feature and starts listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new AnalysisCache();
  const services: Services = {
    connection,
    documents,
    analyses,
    analysed(uri) {
      const document = documents.get(uri);
      return document ? { document, analysis: analyses.get(uri, document.version, document.getText()) } : null;
    },
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

  // One line per feature; each feature's handlers live in features/<name>Feature.ts.
  registerSemanticTokens(services);
  registerHover(services);

  documents.onDidClose((e) => analyses.delete(e.document.uri));
  documents.listen(connection);
  connection.listen();
}
