import { type Connection, type InitializeResult, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnnotationCache } from './annotations/annotationCache';
import { registerAnalysisWarmUp } from './features/analysisWarmUp';
import { registerAnnotations } from './features/annotationsFeature';
import { registerCodeLenses } from './features/codeLensFeature';
import { registerDefinition } from './features/definitionFeature';
import { registerDocumentHighlights } from './features/documentHighlightsFeature';
import { registerDocumentSymbols } from './features/documentSymbolsFeature';
import { registerFoldingRanges } from './features/foldingRangesFeature';
import { registerHover } from './features/hoverFeature';
import { registerIndexStatus } from './features/indexStatusFeature';
import { registerInlayHints } from './features/inlayHintsFeature';
import { registerReferences } from './features/referencesFeature';
import { registerWorkspaceSymbols } from './features/workspaceSymbolsFeature';
import { LEGEND } from './features/semanticTokens';
import { registerSemanticTokens } from './features/semanticTokensFeature';
import type { Services } from './services';
import { AnalysisCache } from './workspace/analysisCache';
import { CollectionDates } from './workspace/collectionDates';
import { OpenDocumentSize } from './workspace/openDocumentSize';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { WorkspaceIndexer } from './workspace/workspaceIndexer';

/** How the connection was made, as far as features care. */
export interface ServerOptions {
  /** The connection writes `RawJson` answers as they are (see rawJson.ts). */
  rawAnswers?: boolean;
}

/** Builds the services, registers every feature and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex();
  const collectionDates = new CollectionDates(index);
  const analyses = new AnalysisCache((openDct) => collectionDates.dateFor(openDct));
  const annotations = new AnnotationCache();
  const sizes = new OpenDocumentSize((message) => connection.console.info(message));
  const fits = (uri: string, version: number, text: string): boolean => sizes.fits(uri, version, text, indexer.settingsOf(uri).maxFileSize);
  const raw = (uri: string) => {
    const document = documents.get(uri);
    if (!document) return null;
    const text = document.getText();
    return fits(uri, document.version, text) ? { text, analysis: analyses.get(uri, document.version, text, annotations.analysisOptions(uri)) } : null;
  };
  const indexer = new WorkspaceIndexer(connection, documents, index, raw, (file) => annotations.documentDate(file));
  let lastServed = Number.NEGATIVE_INFINITY;
  const services: Services = {
    connection,
    documents,
    analyses,
    analysed(uri) {
      lastServed = performance.now();
      const document = documents.get(uri);
      if (!document) return null;
      const text = document.getText();
      if (!fits(uri, document.version, text)) return null;
      return { document, analysis: indexer.corrected(uri, document.version, text, analyses.get(uri, document.version, text, annotations.analysisOptions(uri))) };
    },
    index,
    indexer,
    rawAnswers: options.rawAnswers ?? false,
    lastServed: () => lastServed,
    served() {
      lastServed = performance.now();
    },
    hoverContributors: [],
    codeLensContributors: [],
    outlineContributors: [],
  };

  connection.onInitialize((params): InitializeResult => {
    indexer.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        documentSymbolProvider: { label: 'Article' },
        foldingRangeProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.annotate'] },
      },
      serverInfo: { name: 'Article Lens' },
    };
  });
  connection.onInitialized(() => indexer.start());

  // One line per feature; each feature's handlers live in features/<name>Feature.ts.
  registerSemanticTokens(services);
  registerHover(services);
  registerDefinition(services);
  registerReferences(services);
  registerDocumentHighlights(services);
  registerWorkspaceSymbols(services);
  registerDocumentSymbols(services);
  registerFoldingRanges(services);
  registerInlayHints(services);
  registerCodeLenses(services);
  registerIndexStatus(services);
  registerAnnotations(services, annotations);
  registerAnalysisWarmUp(services);

  documents.onDidChangeContent((e) => indexer.documentChanged(e.document.uri));
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    sizes.delete(e.document.uri);
    indexer.documentClosed(e.document.uri);
  });
  documents.listen(connection);
  connection.listen();
}
