import * as vscode from 'vscode';
import type { AnnotationEditParams, AnnotationInfo, ArticleAnnotations, TagInfo } from '../../../server/src/protocol';
import { parseUserDate } from '../../../server/src/analysis/userDate';
import { type AnnotationClient, fromRange, toRange } from './annotationClient';
import type { AnnotationDecorations } from './annotationDecorations';

type LspRange = ReturnType<typeof fromRange>;
type LspPosition = LspRange['start'];

const NEW_TAG = '$(add) New tag…';

/** The annotation commands: quick picks and input boxes in front of the server's requests. */
export function registerAnnotationCommands(client: AnnotationClient, decorations: AnnotationDecorations): vscode.Disposable[] {
  const run = async (uri: vscode.Uri, edit: AnnotationEditParams): Promise<string | null> => {
    const result = await client.edit(uri, edit);
    if (!result.ok) {
      void vscode.window.showErrorMessage(result.message ?? 'The annotation could not be saved.');
      return null;
    }
    if (result.message) void vscode.window.showWarningMessage(result.message);
    decorations.refreshUri(uri.toString());
    return result.id;
  };

  const report = async (uri: vscode.Uri): Promise<ArticleAnnotations | null> => {
    const r = await client.annotations(uri);
    if (r.problem) {
      void vscode.window.showErrorMessage(`${r.problem}. Fix the file to change this article's annotations.`);
      return null;
    }
    return r;
  };

  const tagClaim = async (uriArg?: string, positionArg?: LspPosition) => {
    const target = targetOf(uriArg);
    if (!target) return;
    const position = positionArg ? new vscode.Position(positionArg.line, positionArg.character) : vscode.window.activeTextEditor?.selection.active;
    if (!position) return;
    const r = await report(target);
    if (!r) return;
    const claim = await client.claimAt(target, position);
    if (!claim) {
      void vscode.window.showInformationMessage('No claim or sentence here: select the words to annotate.');
      return;
    }
    const existing = r.annotations.find(
      (a) => claim.annotationIds.includes(a.id) && a.range && sameRange(a.range, claim.range),
    );
    const tags = await pickTags(r.taxonomy, existing?.tags ?? [], tagsTitle(claim.text));
    if (!tags) return;
    if (existing) await run(target, { kind: 'update', id: existing.id, tags });
    else await run(target, { kind: 'add', range: claim.range, tags, note: '' });
  };

  /** The article and the words a command works on: given by a quick fix, or the editor's selection. */
  const selected = (uriArg: string | undefined, rangeArg: LspRange | undefined, hint: string) => {
    const target = targetOf(uriArg);
    const editor = vscode.window.activeTextEditor;
    const range = rangeArg ?? (editor && !editor.selection.isEmpty ? fromRange(editor.selection) : null);
    if (target && range) return { target, range };
    void vscode.window.showInformationMessage(hint);
    return null;
  };

  const annotateSelection = async (uriArg?: string, rangeArg?: LspRange) => {
    const chosen = selected(uriArg, rangeArg, 'Select the words to annotate first.');
    if (!chosen) return;
    const { target, range } = chosen;
    const r = await report(target);
    if (!r) return;
    const note = await vscode.window.showInputBox({ title: 'Annotate selection', prompt: 'Note (optional)', ignoreFocusOut: true });
    if (note === undefined) return;
    const tags = await pickTags(r.taxonomy, [], 'Tags (optional)');
    if (!tags) return;
    await run(target, { kind: 'add', range, tags, note });
  };

  const chooseAnnotation = async (target: vscode.Uri, r: ArticleAnnotations, idArg?: string): Promise<AnnotationInfo | null> => {
    if (idArg) return r.annotations.find((a) => a.id === idArg) ?? null;
    const cursor = vscode.window.activeTextEditor?.selection.active;
    const here = cursor ? r.annotations.filter((a) => a.range && toRange(a.range).contains(cursor)) : [];
    const candidates = here.length > 0 ? here : r.annotations;
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage(`No annotations in ${vscode.workspace.asRelativePath(target)}.`);
      return null;
    }
    const picked = await vscode.window.showQuickPick(
      candidates.map((a) => ({ label: a.tags.join(', ') || '(no tags)', description: preview(a.quote ?? ''), detail: a.note || undefined, annotation: a })),
      { title: 'Choose an annotation' },
    );
    return picked?.annotation ?? null;
  };

  /** The article, its annotations report and the annotation a command works on (given, or chosen). */
  const annotationFor = async (uriArg: string | undefined, idArg: string | undefined) => {
    const target = targetOf(uriArg);
    if (!target) return null;
    const r = await report(target);
    if (!r) return null;
    const annotation = await chooseAnnotation(target, r, idArg);
    return annotation ? { target, r, annotation } : null;
  };

  const editAnnotation = async (uriArg?: string, idArg?: string) => {
    const chosen = await annotationFor(uriArg, idArg);
    if (!chosen) return;
    const { target, r, annotation } = chosen;
    const tags = await pickTags(r.taxonomy, annotation.tags, tagsTitle(annotation.quote ?? ''));
    if (!tags) return;
    const note = await vscode.window.showInputBox({ title: 'Edit annotation', prompt: 'Note (empty removes it)', value: annotation.note, ignoreFocusOut: true });
    if (note === undefined) return;
    await run(target, { kind: 'update', id: annotation.id, tags, note });
  };

  const deleteAnnotation = async (uriArg?: string, idArg?: string) => {
    const chosen = await annotationFor(uriArg, idArg);
    if (!chosen) return;
    await run(chosen.target, { kind: 'delete', id: chosen.annotation.id });
  };

  const reattachAnnotation = async (uriArg?: string, idArg?: string, rangeArg?: LspRange) => {
    const chosen = selected(uriArg, rangeArg, 'Select the words the annotation belongs to first.');
    if (!chosen) return;
    const { target, range } = chosen;
    const r = await report(target);
    if (!r) return;
    const orphans = r.annotations.filter((a) => a.anchor === 'orphan');
    const annotation = idArg
      ? r.annotations.find((a) => a.id === idArg)
      : orphans.length === 1
        ? orphans[0]
        : (
            await vscode.window.showQuickPick(
              orphans.map((a) => ({ label: a.tags.join(', ') || '(no tags)', description: preview(a.quote ?? ''), annotation: a })),
              { title: 'Re-attach which orphaned annotation?' },
            )
          )?.annotation;
    if (annotation) await run(target, { kind: 'reattach', id: annotation.id, range });
  };

  const setArticleMetadata = async (uriArg?: string) => {
    const target = targetOf(uriArg);
    if (!target) return;
    const r = await report(target);
    if (!r) return;
    const date = await vscode.window.showInputBox({
      title: 'Article details (1/3)',
      prompt: 'Publication date, such as 2025-11-24 or 24 Nov 2025 (relative dates in the text are resolved against it); empty for none',
      value: r.article?.datePublished ?? '',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() === '' || parseUserDate(v) ? null : 'Write a date such as 2025-11-24, 24 Nov 2025 or November 24, 2025'),
    });
    if (date === undefined) return;
    const datePublished = date.trim() === '' ? null : parseUserDate(date);
    const publisher = await vscode.window.showInputBox({ title: 'Article details (2/3)', prompt: 'Source or publisher', value: r.article?.publisher ?? '', ignoreFocusOut: true });
    if (publisher === undefined) return;
    const url = await vscode.window.showInputBox({ title: 'Article details (3/3)', prompt: 'URL', value: r.article?.url ?? '', ignoreFocusOut: true });
    if (url === undefined) return;
    await run(target, { kind: 'setArticle', metadata: { datePublished, publisher: publisher.trim() || null, url: url.trim() || null } });
  };

  return [
    vscode.commands.registerCommand('articleLens.tagClaim', tagClaim),
    vscode.commands.registerCommand('articleLens.annotateSelection', annotateSelection),
    vscode.commands.registerCommand('articleLens.editAnnotation', editAnnotation),
    vscode.commands.registerCommand('articleLens.deleteAnnotation', deleteAnnotation),
    vscode.commands.registerCommand('articleLens.reattachAnnotation', reattachAnnotation),
    vscode.commands.registerCommand('articleLens.setArticleMetadata', setArticleMetadata),
  ];
}

/** The article a command acts on: its argument, else the active editor's document. */
function targetOf(uriArg?: string): vscode.Uri | null {
  if (typeof uriArg === 'string') return vscode.Uri.parse(uriArg);
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'article') {
    void vscode.window.showInformationMessage('Open an article first.');
    return null;
  }
  return editor.document.uri;
}

/** A multi-select quick pick of tags, the current ones ticked; a new tag can be typed. Resolves to null when cancelled. */
async function pickTags(taxonomy: readonly TagInfo[], current: readonly string[], title: string): Promise<string[] | null> {
  const names = new Set(taxonomy.map((t) => t.name));
  const items: (vscode.QuickPickItem & { tag?: string })[] = [
    ...taxonomy.map((t) => ({ label: t.name, description: t.description, tag: t.name, picked: current.includes(t.name) })),
    ...current.filter((t) => !names.has(t)).map((t) => ({ label: t, description: 'not in the taxonomy', tag: t, picked: true })),
    { label: NEW_TAG, alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, placeHolder: 'Pick tags (Space toggles, Enter confirms)', ignoreFocusOut: true });
  if (!picked) return null;
  const tags = picked.filter((p) => p.tag).map((p) => p.tag!);
  if (picked.some((p) => p.label === NEW_TAG)) {
    const extra = await vscode.window.showInputBox({ title: 'New tag', prompt: 'Tag name (add it to .article-lens/taxonomy.json to give it a colour)', ignoreFocusOut: true });
    if (extra?.trim()) tags.push(extra.trim());
  }
  return tags;
}

function sameRange(a: LspRange, b: LspRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A claim usually starts with its own quote mark: drop it rather than show doubled quotes. */
function tagsTitle(text: string): string {
  const marks = `"'“”‘’«»`;
  let start = 0;
  let end = text.length;
  while (start < end && (marks.includes(text[start]!) || /\s/.test(text[start]!))) start++;
  while (end > start && (marks.includes(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  const inner = text.slice(start, end);
  return `Tags for “${preview(inner)}”`;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
}
