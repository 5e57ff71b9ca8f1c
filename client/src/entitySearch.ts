import * as path from 'node:path';
import * as vscode from 'vscode';
import { type LanguageClient, WorkspaceSymbolRequest } from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE } from './articleDocuments';

/** Waits this long after the last letter before asking: a request per letter of a fast typist is wasted. */
const TYPING_PAUSE_MS = 60;

interface EntityItem extends vscode.QuickPickItem {
  /** Null on the row that says why there is nothing to open. */
  location: vscode.Location | null;
}

/**
 * `sortByLabel` is honoured by the quick pick at run time but typed only in
 * a proposed API: without it VS Code re-sorts the entities by how their names
 * match the letters typed, so "korea" would list every "Korea …" name before
 * South Korea, the entity mentioned most.
 */
type ServerOrderedQuickPick<T extends vscode.QuickPickItem> = vscode.QuickPick<T> & { sortByLabel: boolean };

const FIND_MENTIONS: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('references'), tooltip: 'Find all mentions' };

/** The codicon for each symbol kind the server gives entities (see `symbolKinds.ts`). */
const ICONS = new Map<vscode.SymbolKind, string>([
  [vscode.SymbolKind.Object, 'person'],
  [vscode.SymbolKind.Class, 'organization'],
  [vscode.SymbolKind.Namespace, 'location'],
  [vscode.SymbolKind.Event, 'calendar'],
  [vscode.SymbolKind.Struct, 'home'],
  [vscode.SymbolKind.Interface, 'package'],
  [vscode.SymbolKind.Enum, 'globe'],
]);

const iconOf = (kind: vscode.SymbolKind): string => ICONS.get(kind) ?? 'symbol-field';

/**
 * Article Lens: Search Entities. The server's workspace-symbol search shown
 * in the server's order (relevance, then mentions), every spelling it matched
 * kept (VS Code's own filter would hide "Türkiye" for "turkiye"), with a
 * button that lists an entity's mentions.
 */
export function registerEntitySearch(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.searchEntities', (initial?: string) => searchEntities(client, typeof initial === 'string' ? initial : selectedName())),
  );
}

/** The selected text of an article, when it is short enough to be a name. */
function selectedName(): string {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty || !editor.selection.isSingleLine) return '';
  const text = editor.document.getText(editor.selection).trim();
  return text.length <= 80 ? text : '';
}

/** A row that only informs: the list would otherwise stay blank. */
function notice(label: string): EntityItem {
  return { label, alwaysShow: true, location: null };
}

/**
 * Opens the article at `location` as an article straight away: the server
 * indexed it as one, and until its language is set no Article Lens provider
 * answers for it (and setting it later would drop the selection).
 */
async function openAt(location: vscode.Location): Promise<void> {
  let doc = await vscode.workspace.openTextDocument(location.uri);
  if (doc.languageId !== ARTICLE_LANGUAGE) doc = await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
  await vscode.window.showTextDocument(doc, { selection: location.range });
}

async function searchEntities(client: LanguageClient, initial = ''): Promise<void> {
  const pick = vscode.window.createQuickPick<EntityItem>() as ServerOrderedQuickPick<EntityItem>;
  pick.title = 'Search Entities';
  pick.placeholder = 'A name, an alias or any spelling (erdogan, nato, s. korea)';
  pick.matchOnDescription = false;
  pick.sortByLabel = false;
  const disposables: vscode.Disposable[] = [pick];
  let pending: vscode.CancellationTokenSource | undefined;
  let timer: NodeJS.Timeout | undefined;

  const ask = async (query: string): Promise<void> => {
    pending?.cancel();
    const asked = (pending = new vscode.CancellationTokenSource());
    pick.busy = true;
    try {
      const found = await client.sendRequest(WorkspaceSymbolRequest.type, { query }, asked.token);
      if (asked.token.isCancellationRequested) return;
      const symbols = (await client.protocol2CodeConverter.asSymbolInformations(found ?? [])) as vscode.SymbolInformation[];
      // The conversion is asynchronous too: a later letter's answer may have been shown meanwhile, and stays.
      // Only the answer for the text in the box is ever shown, however the answers are ordered.
      if (asked.token.isCancellationRequested || query !== pick.value) return;
      if (symbols.length === 0) {
        pick.items = [notice(query.trim() ? `No entity matches "${query.trim()}"` : 'No entities indexed yet')];
        return;
      }
      pick.items = symbols.map((s) => ({
        label: `$(${iconOf(s.kind)}) ${s.name}`,
        description: s.containerName,
        detail: `first mention in ${path.basename(s.location.uri.fsPath)}, line ${s.location.range.start.line + 1}`,
        alwaysShow: true,
        buttons: [FIND_MENTIONS],
        location: s.location,
      }));
    } catch (error) {
      // A search overtaken by the next letter is cancelled on purpose: nothing to report.
      if (asked.token.isCancellationRequested) return;
      pick.items = [notice('The search failed: see Article Lens: Show Output')];
      client.warn(`Entity search failed: ${String(error)}`, undefined, false);
    } finally {
      if (pending === asked) pick.busy = false;
    }
  };

  disposables.push(
    pick.onDidChangeValue(() => {
      clearTimeout(timer);
      // The box's text when the typing pauses, not the text of the keystroke that set the timer.
      timer = setTimeout(() => void ask(pick.value), TYPING_PAUSE_MS);
    }),
    pick.onDidAccept(async () => {
      const location = pick.selectedItems[0]?.location;
      if (!location) return;
      pick.hide();
      await openAt(location);
    }),
    pick.onDidTriggerItemButton(async ({ item }) => {
      if (!item.location) return;
      pick.hide();
      const { uri, range } = item.location;
      await openAt(item.location);
      const mentions = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, range.start);
      await vscode.commands.executeCommand('editor.action.showReferences', uri, range.start, mentions ?? []);
    }),
    pick.onDidHide(() => {
      clearTimeout(timer);
      pending?.cancel();
      disposables.forEach((d) => d.dispose());
    }),
  );
  pick.value = initial;
  pick.show();
  await ask(initial);
}
