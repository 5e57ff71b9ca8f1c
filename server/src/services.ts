import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis/types';
import type { AnalysisCache } from './workspace/analysisCache';

/** An open document with its analysis. */
export interface AnalysedDocument {
  document: TextDocument;
  analysis: Analysis;
}

/** What every feature gets: built before `initialize`, so no handler needs `!`. */
export interface Services {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyses: AnalysisCache;
  /** The open document with its (cached) analysis, or null when it is not open. */
  analysed(uri: string): AnalysedDocument | null;
}
