import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { registerAnnotationUi } from './annotations/annotationsFeature';
import { ARTICLE_LANGUAGE, ArticleDocuments } from './articleDocuments';
import { registerEntitySearch } from './entitySearch';
import { registerNavigationCommands } from './navigationCommands';
import { SERVER_NODE_FLAGS } from '../../server/src/launchFlags';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Article Lens', { log: true });
  context.subscriptions.push(output);

  const articles = new ArticleDocuments(output);
  context.subscriptions.push(articles);
  articles.claimOpenDocuments();

  const module = context.asAbsolutePath('dist/server/main.js');
  // Over stdio the server writes the answers it keeps as JSON text as they are (references to a
  // much-mentioned entity); over IPC each would be serialized again on every request.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: ARTICLE_LANGUAGE }, { scheme: 'untitled', language: ARTICLE_LANGUAGE }],
    outputChannel: output,
    synchronize: { configurationSection: 'articleLens' },
    initializationOptions: { storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath },
  };
  client = new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('articleLens.restartServer', async () => {
      await client?.restart();
    }),
  );

  await client.start();
  registerAnnotationUi(context, client, output);
  registerNavigationCommands(context, client);
  registerEntitySearch(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
