import * as path from 'node:path';
import * as vscode from 'vscode';
import { isArticleByDefault, isCodeProjectTextFile, matchesCorpusGlobs } from '../../server/src/articleFiles';

export const ARTICLE_LANGUAGE = 'article';

/**
 * Gives `.txt` documents that are articles the `article` language, by the
 * `articleLens.corpus` globs or, without them, by the automatic rule.
 */
export class ArticleDocuments implements vscode.Disposable {
  readonly #disposables: vscode.Disposable[] = [];
  readonly #log: vscode.OutputChannel;

  constructor(log: vscode.OutputChannel) {
    this.#log = log;
    this.#disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.#claim(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('articleLens.corpus')) this.claimOpenDocuments();
      }),
    );
  }

  claimOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) void this.#claim(doc);
  }

  async isArticle(uri: vscode.Uri): Promise<boolean> {
    if (uri.scheme !== 'file' || !uri.fsPath.toLowerCase().endsWith('.txt')) return false;
    const globs = vscode.workspace.getConfiguration('articleLens', uri).get<string[]>('corpus', []);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (globs.length > 0) {
      if (!folder) return false;
      return matchesCorpusGlobs(path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/'), globs);
    }
    const base = path.basename(uri.fsPath);
    if (isCodeProjectTextFile(base)) return false;
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.file(path.dirname(uri.fsPath)));
      return isArticleByDefault(base, entries.map(([name]) => name));
    } catch {
      return false;
    }
  }

  async #claim(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId !== 'plaintext') return;
    if (!(await this.isArticle(doc.uri))) return;
    try {
      await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
    } catch (error) {
      this.#log.appendLine(`Could not open ${doc.uri.fsPath} as an article: ${String(error)}`);
    }
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
