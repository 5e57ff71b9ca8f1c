import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { AnnotationClient } from './annotationClient';
import { registerAnnotationCommands } from './annotationCommands';
import { AnnotationDecorations } from './annotationDecorations';

/**
 * Annotation UI: commands, decorations, and watching sidecars and the
 * taxonomy on disk so that another window, a script or a `git pull` shows up
 * live. Call once the language client has started.
 */
export function registerAnnotationUi(context: vscode.ExtensionContext, languageClient: BaseLanguageClient, log: vscode.OutputChannel): void {
  const client = new AnnotationClient(languageClient);
  const decorations = new AnnotationDecorations(client, log);
  context.subscriptions.push(decorations, ...registerAnnotationCommands(client, decorations));

  const pending = new Map<string, vscode.Uri>();
  let timer: NodeJS.Timeout | undefined;
  const changed = (uri: vscode.Uri) => {
    pending.set(uri.toString(), uri);
    clearTimeout(timer);
    // Atomic writes arrive as create + change + delete of a temporary file: one message for the burst.
    timer = setTimeout(() => {
      const uris = [...pending.values()];
      pending.clear();
      client.filesChanged(uris).catch((error: unknown) => log.appendLine(`Could not report changed annotation files: ${String(error)}`));
    }, 100);
  };
  for (const pattern of ['**/*.txt.annotations.json', '**/.article-lens/taxonomy.json']) {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    context.subscriptions.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  decorations.refreshVisible();
}
