import { type CodeLens, type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnchoredAnnotation } from '../annotations/annotationCache';
import type { ArticleMetadata } from '../annotations/model';
import { escapeMarkdown } from './markdown';

/** Client command that edits an annotation (arguments: article uri, annotation id). */
export const EDIT_ANNOTATION_COMMAND = 'articleLens.editAnnotation';

const NOTE_PREVIEW = 80;

/** Hover paragraphs for the annotations whose words cover `offset`. */
export function annotationHover(anchored: readonly AnchoredAnnotation[], offset: number): string | null {
  const here = anchored.filter((a) => a.anchor.status !== 'orphan' && a.anchor.start <= offset && offset < a.anchor.end);
  if (here.length === 0) return null;
  return here
    .map(({ view }) => {
      const tags = view.tags.length > 0 ? view.tags.map((t) => `\`${escapeMarkdown(t).replace(/`/g, '')}\``).join(' ') : '_no tags_';
      const notes = view.notes.map((n) => `> ${escapeMarkdown(n)}`).join('\n>\n');
      const who = [view.creator, view.modified?.slice(0, 10)].filter((s): s is string => !!s).map(escapeMarkdown).join(', ');
      return [`**Annotation** ${tags}`, notes, who ? `_${who}_` : ''].filter((s) => s).join('\n\n');
    })
    .join('\n\n---\n\n');
}

/** Hover paragraph for the article-level facts an analyst recorded. */
export function articleMetadataHover(metadata: ArticleMetadata | null): string | null {
  if (!metadata) return null;
  const rows: string[] = [];
  if (metadata.datePublished) rows.push(`Published **${escapeMarkdown(metadata.datePublished)}** (recorded by an analyst)`);
  if (metadata.publisher) rows.push(`Source: ${escapeMarkdown(metadata.publisher)}`);
  if (metadata.url) rows.push(`URL: ${escapeMarkdown(metadata.url)}`);
  return rows.length > 0 ? rows.join('  \n') : null;
}

/**
 * Outline entry for the article-level facts an analyst recorded, at the top of
 * the article. Outline names are plain text, so nothing needs escaping.
 */
export function articleMetadataOutline(document: TextDocument, metadata: ArticleMetadata | null): DocumentSymbol[] {
  if (!metadata) return [];
  const facts: [string, string | null][] = [
    ['Published', metadata.datePublished],
    ['Source', metadata.publisher],
    ['URL', metadata.url],
  ];
  const firstLine = { start: document.positionAt(0), end: document.positionAt(Math.max(0, document.getText().search(/\r|\n|$/))) };
  const children: DocumentSymbol[] = facts
    .filter((f): f is [string, string] => !!f[1])
    .map(([name, value]) => ({ name, detail: value.replace(/[\r\n]+/g, ' '), kind: SymbolKind.Property, range: firstLine, selectionRange: firstLine }));
  if (children.length === 0) return [];
  return [{ name: 'Article details', detail: 'recorded by an analyst', kind: SymbolKind.Object, range: firstLine, selectionRange: firstLine, children }];
}

/** Code lens titles are plain text with `$(icon)` syntax: untrusted text must not produce icons or new lines. */
export function lensText(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(').replace(/[\r\n]+/g, ' ');
}

/** A code lens above each annotated span showing its tags and note; clicking it edits the annotation. */
export function annotationCodeLenses(uri: string, document: TextDocument, anchored: readonly AnchoredAnnotation[]): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const { view, anchor } of anchored) {
    if (anchor.status === 'orphan') continue;
    const tags = view.tags.length > 0 ? view.tags.join(' · ') : 'annotated';
    const note = view.notes[0] ? ` — ${view.notes[0].length > NOTE_PREVIEW ? `${view.notes[0].slice(0, NOTE_PREVIEW - 1)}…` : view.notes[0]}` : '';
    const start = document.positionAt(anchor.start);
    lenses.push({
      range: { start, end: document.positionAt(anchor.end) },
      command: { title: `$(tag) ${lensText(`${tags}${note}`)}`, command: EDIT_ANNOTATION_COMMAND, arguments: [uri, view.id] },
    });
  }
  return lenses;
}
