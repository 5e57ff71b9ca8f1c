import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnchoredAnnotation } from '../annotations/annotationCache';
import { ORPHANED_ANNOTATION, type OrphanData } from './annotationDiagnostics';
import { EDIT_ANNOTATION_COMMAND } from './annotationPresentation';

/** Client commands the actions run; the client asks for tags and notes, then calls the server. */
export const ANNOTATION_COMMANDS = {
  tagClaim: 'articleLens.tagClaim',
  annotateSelection: 'articleLens.annotateSelection',
  editAnnotation: EDIT_ANNOTATION_COMMAND,
  deleteAnnotation: 'articleLens.deleteAnnotation',
  reattachAnnotation: 'articleLens.reattachAnnotation',
} as const;

const ANNOTATE_KIND = `${CodeActionKind.Refactor}.annotate`;

/**
 * Code actions at a range of an article: tag the claim there, annotate the
 * selection, edit or delete the annotations there, and for orphan
 * diagnostics re-attach to the selection or delete.
 */
export function annotationCodeActions(
  uri: string,
  document: TextDocument,
  range: Range,
  diagnostics: readonly Diagnostic[],
  anchored: readonly AnchoredAnnotation[],
  editable: boolean,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const selection = end > start;
  for (const d of diagnostics) {
    if (d.code !== ORPHANED_ANNOTATION || !isOrphanData(d.data)) continue;
    const id = d.data.id;
    if (selection && editable) {
      actions.push({
        title: 'Re-attach the orphaned annotation to the selection',
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        command: { title: 'Re-attach annotation', command: ANNOTATION_COMMANDS.reattachAnnotation, arguments: [uri, id, range] },
      });
    }
    if (editable) {
      actions.push({
        title: 'Delete the orphaned annotation',
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Delete annotation', command: ANNOTATION_COMMANDS.deleteAnnotation, arguments: [uri, id] },
      });
    }
  }
  if (!editable) return actions;
  if (selection) {
    actions.push({
      title: 'Annotate the selection (note and tags)…',
      kind: ANNOTATE_KIND,
      command: { title: 'Annotate selection', command: ANNOTATION_COMMANDS.annotateSelection, arguments: [uri, range] },
    });
  } else {
    actions.push({
      title: 'Tag the claim…',
      kind: ANNOTATE_KIND,
      command: { title: 'Tag claim', command: ANNOTATION_COMMANDS.tagClaim, arguments: [uri, range.start] },
    });
  }
  for (const { view, anchor } of anchored) {
    if (anchor.status === 'orphan' || anchor.end < start || anchor.start > end) continue;
    const label = view.tags.length > 0 ? view.tags.join(', ') : (view.notes[0] ?? 'annotation').slice(0, 40);
    actions.push(
      {
        title: `Edit annotation (${label})…`,
        kind: ANNOTATE_KIND,
        command: { title: 'Edit annotation', command: ANNOTATION_COMMANDS.editAnnotation, arguments: [uri, view.id] },
      },
      {
        title: `Delete annotation (${label})`,
        kind: ANNOTATE_KIND,
        command: { title: 'Delete annotation', command: ANNOTATION_COMMANDS.deleteAnnotation, arguments: [uri, view.id] },
      },
    );
  }
  return actions;
}

function isOrphanData(data: unknown): data is OrphanData {
  return typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string';
}
