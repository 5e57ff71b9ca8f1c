import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  type AnnotationEditParams,
  type AnnotationEditResult,
  AnnotationFilesChanged,
  AnnotationsChanged,
  type ArticleAnnotations,
  ArticleAnnotationsRequest,
  type ClaimAt,
  ClaimAtRequest,
  EditAnnotationsRequest,
} from '../../../server/src/protocol';

/**
 * The annotation requests as typed methods: commands and decorations call
 * these, never raw method names. The server does all reading, anchoring,
 * merging and writing.
 */
export class AnnotationClient {
  readonly #client: BaseLanguageClient;

  constructor(client: BaseLanguageClient) {
    this.#client = client;
  }

  /** An article's annotations anchored in its current text. */
  annotations(uri: vscode.Uri): Promise<ArticleAnnotations> {
    return this.#client.sendRequest(ArticleAnnotationsRequest.type, { uri: uri.toString() });
  }

  /** Asks the server to apply one change to the article's sidecar. */
  edit(uri: vscode.Uri, edit: AnnotationEditParams): Promise<AnnotationEditResult> {
    return this.#client.sendRequest(EditAnnotationsRequest.type, { uri: uri.toString(), edit });
  }

  /** The claim (or sentence) at a position. */
  claimAt(uri: vscode.Uri, position: vscode.Position): Promise<ClaimAt | null> {
    return this.#client.sendRequest(ClaimAtRequest.type, {
      uri: uri.toString(),
      position: { line: position.line, character: position.character },
    });
  }

  /** Tells the server that sidecars or the taxonomy changed on disk. */
  filesChanged(uris: readonly vscode.Uri[]): Promise<void> {
    return this.#client.sendNotification(AnnotationFilesChanged.type, { uris: uris.map((u) => u.toString()) });
  }

  /** Called when the server reports that an article's annotations changed. */
  onDidChange(listener: (uri: string) => void): vscode.Disposable {
    return this.#client.onNotification(AnnotationsChanged.type, ({ uri }) => listener(uri));
  }
}

/** An LSP range as an editor range. */
export function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** An editor range as an LSP range. */
export function fromRange(range: vscode.Range): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
