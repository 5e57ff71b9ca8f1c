import type { CodeLens, Connection, DocumentSymbol, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis/types';
import type { AnalysisCache } from './workspace/analysisCache';
import type { WorkspaceIndex } from './workspace/workspaceIndex';
import type { WorkspaceIndexer } from './workspace/workspaceIndexer';

/**
 * Adds a paragraph of Markdown to the hover card at `offset` of the article
 * `uri` (an analyst's notes, tags), or null. Untrusted text in it must already
 * be escaped with `features/markdown.ts`.
 */
export type HoverContributor = (uri: string, offset: number) => string | null;

/** Adds code lenses to the article `uri`. */
export type CodeLensContributor = (uri: string) => CodeLens[];

/** Adds symbols to the top of the article's outline (for example the recorded article details). */
export type OutlineContributor = (uri: string) => DocumentSymbol[];

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
  /**
   * The open document with its (cached) analysis, corrected by the analysts'
   * entities file and named as the workspace names its entities; null when it
   * is not open.
   */
  analysed(uri: string): AnalysedDocument | null;
  /** Every article of the workspace, for cross-article answers. */
  index: WorkspaceIndex;
  indexer: WorkspaceIndexer;
  /** Whether answers may be `RawJson` text (the connection writes them as they are). */
  rawAnswers: boolean;
  /** When a feature last asked for an open document or called `served` (`performance.now()`): background work waits for a pause. */
  lastServed(): number;
  /** Marks a request served now that asks for no open document (a workspace symbol search), so background work steps aside for it too. */
  served(): void;
  /** Paragraphs other features add to hover cards, in order. */
  hoverContributors: HoverContributor[];
  /** Code lenses other features add. */
  codeLensContributors: CodeLensContributor[];
  /** Outline entries other features add before the article's own. */
  outlineContributors: OutlineContributor[];
}
