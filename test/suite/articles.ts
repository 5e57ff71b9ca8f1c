import * as path from 'node:path';
import * as vscode from 'vscode';

/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'article-lens.article-lens';

/** The seeds folder: the workspace the launchers open, else the one beside the compiled suite. */
export function seedsFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return folder && path.basename(folder) === 'seeds' ? folder : path.resolve(__dirname, '../../../seeds');
}

/** Resolves when `condition` holds, checking it after each of `events`; rejects after `timeoutMs`. */
export function waitFor<T>(
  what: string,
  condition: () => T | undefined,
  events: vscode.Event<unknown>[],
  timeoutMs = 30_000,
): Promise<T> {
  const now = condition();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = (): void => {
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    for (const event of events) {
      subscriptions.push(
        event(() => {
          const value = condition();
          if (value === undefined) return;
          done();
          resolve(value);
        }),
      );
    }
  });
}

/**
 * Opens a seed in an editor, as a user does, and returns its document once the extension has given it
 * the `article` language (it reopens `.txt` articles in that language after activation).
 */
export async function openArticle(name: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.file(path.join(seedsFolder(), name));
  const opened = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(opened);
  const find = (): vscode.TextDocument | undefined =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'article');
  const article = await waitFor(`${name} to get the article language`, find, [vscode.workspace.onDidOpenTextDocument]);
  await vscode.window.showTextDocument(article);
  return article;
}

/** Activates the extension (a no-op when it already is) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/** A decoded semantic token with its text. */
export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Decodes relative semantic tokens with their legend. */
export function decodeTokens(document: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  const data = tokens.data;
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const deltaLine = data[i]!;
    line += deltaLine;
    character = deltaLine === 0 ? character + data[i + 1]! : data[i + 1]!;
    const length = data[i + 2]!;
    const modifierBits = data[i + 4]!;
    out.push({
      line,
      character,
      length,
      type: legend.tokenTypes[data[i + 3]!] ?? `#${data[i + 3]}`,
      modifiers: legend.tokenModifiers.filter((_, bit) => (modifierBits >> bit) & 1),
      text: document.getText(new vscode.Range(line, character, line, character + length)),
    });
  }
  return out;
}

/** Entity token types (not dates or claims). */
export const ENTITY_TOKEN_TYPES = new Set(['person', 'organization', 'location', 'nationality', 'event', 'facility', 'product', 'entity']);

/**
 * Asks `probe` until it answers something, for answers no event announces (a provider whose server is
 * still starting answers nothing); rejects after `timeoutMs`.
 */
export async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
