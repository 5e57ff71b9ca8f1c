import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface WirePosition {
  line: number;
  character: number;
}

interface WireLocation {
  uri: string;
  range: { start: WirePosition; end: WirePosition };
}

/**
 * The commands behind the server's code lenses. Lens arguments arrive as plain
 * protocol JSON; VS Code's reference commands want its own Uri and Position.
 */
export function registerNavigationCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const p2c = client.protocol2CodeConverter;
  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.findMentions', (uri: string, position: WirePosition) =>
      vscode.commands.executeCommand('editor.action.findReferences', vscode.Uri.parse(uri), p2c.asPosition(position)),
    ),
    vscode.commands.registerCommand('articleLens.showLocations', (uri: string, position: WirePosition, locations: WireLocation[]) =>
      vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        p2c.asPosition(position),
        locations.map((l) => p2c.asLocation(l)),
      ),
    ),
  );
}
