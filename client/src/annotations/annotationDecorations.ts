import * as vscode from 'vscode';
import type { ArticleAnnotations, TagInfo } from '../../../server/src/protocol';
import { type AnnotationClient, toRange } from './annotationClient';

const NOTE_ONLY_COLOR = '#888888';
const REFRESH_DELAY_MS = 400;

/**
 * Colours annotated spans by their first tag (in taxonomy order) in the text
 * and the overview ruler, from what the server reports, and keeps the last
 * report of each article for the commands.
 */
export class AnnotationDecorations implements vscode.Disposable {
  readonly #client: AnnotationClient;
  readonly #types = new Map<string, vscode.TextEditorDecorationType>();
  readonly #latest = new Map<string, ArticleAnnotations>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #disposables: vscode.Disposable[] = [];
  readonly #log: vscode.OutputChannel;

  constructor(client: AnnotationClient, log: vscode.OutputChannel) {
    this.#client = client;
    this.#log = log;
    this.#disposables.push(
      client.onDidChange((uri) => this.refreshUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.#schedule(e.document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('articleLens.tags')) this.refreshVisible();
      }),
    );
  }

  /** The last report for an article, if any. */
  latest(uri: vscode.Uri): ArticleAnnotations | undefined {
    return this.#latest.get(uri.toString());
  }

  refreshVisible(): void {
    const uris = new Set(vscode.window.visibleTextEditors.filter(isArticleEditor).map((e) => e.document.uri.toString()));
    for (const uri of uris) this.refreshUri(uri);
  }

  /** Fetches an article's annotations and redraws every editor showing it. */
  refreshUri(uri: string): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => isArticleEditor(e) && e.document.uri.toString() === uri);
    if (editors.length === 0) return;
    this.#client.annotations(vscode.Uri.parse(uri)).then(
      (report) => {
        this.#latest.set(uri, report);
        for (const editor of editors) this.#draw(editor, report);
      },
      (error: unknown) => this.#log.appendLine(`Could not read annotations of ${uri}: ${String(error)}`),
    );
  }

  #schedule(uri: string): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.set(
      uri,
      setTimeout(() => {
        this.#timers.delete(uri);
        this.refreshUri(uri);
      }, REFRESH_DELAY_MS),
    );
  }

  #draw(editor: vscode.TextEditor, report: ArticleAnnotations): void {
    const byColor = new Map<string, vscode.DecorationOptions[]>();
    const order = new Map(report.taxonomy.map((t, i) => [t.name.toLowerCase(), i]));
    for (const a of report.annotations) {
      if (!a.range) continue;
      const first = [...a.tags].sort((x, y) => (order.get(x.toLowerCase()) ?? 1e9) - (order.get(y.toLowerCase()) ?? 1e9))[0];
      const color = first ? colorOf(first, report.taxonomy) : NOTE_ONLY_COLOR;
      const list = byColor.get(color) ?? [];
      list.push({ range: toRange(a.range) });
      byColor.set(color, list);
    }
    for (const [color, type] of this.#types) if (!byColor.has(color)) editor.setDecorations(type, []);
    for (const [color, options] of byColor) editor.setDecorations(this.#typeFor(color), options);
  }

  #typeFor(color: string): vscode.TextEditorDecorationType {
    let type = this.#types.get(color);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: `${expandHex(color)}33`,
        borderStyle: 'none none solid none',
        borderWidth: '2px',
        borderColor: color,
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.#types.set(color, type);
    }
    return type;
  }

  dispose(): void {
    for (const t of this.#timers.values()) clearTimeout(t);
    for (const d of this.#disposables) d.dispose();
    for (const t of this.#types.values()) t.dispose();
  }
}

function isArticleEditor(editor: vscode.TextEditor): boolean {
  return editor.document.languageId === 'article' && editor.document.uri.scheme === 'file';
}

function colorOf(tag: string, taxonomy: readonly TagInfo[]): string {
  return taxonomy.find((t) => t.name.toLowerCase() === tag.toLowerCase())?.color ?? NOTE_ONLY_COLOR;
}

/** `#abc` → `#aabbcc`, so an alpha suffix can be appended. */
function expandHex(color: string): string {
  return color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
}
