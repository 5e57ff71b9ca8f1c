import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnchoredAnnotation } from '../annotations/annotationCache';
import type { SidecarProblem } from '../annotations/model';

/** Diagnostic codes the code actions recognise. */
export const ORPHANED_ANNOTATION = 'orphaned-annotation';
export const INVALID_SIDECAR = 'invalid-sidecar';

/** What an orphan diagnostic carries for its quick fixes. */
export interface OrphanData {
  id: string;
}

const QUOTE_PREVIEW = 60;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_PREVIEW ? `${flat.slice(0, QUOTE_PREVIEW - 1)}…` : flat;
}

/**
 * An article's annotation diagnostics: one warning per orphan, at the place
 * it was recorded (clamped into the text), and an error at the top when the
 * sidecar cannot be read, pointing at the problem in the sidecar.
 */
export function articleDiagnostics(
  document: TextDocument,
  anchored: readonly AnchoredAnnotation[],
  sidecar: { uri: string; text: string; problems: readonly SidecarProblem[] } | null,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (sidecar && sidecar.problems.length > 0) {
    const first = sidecar.problems[0]!;
    const file = TextDocument.create(sidecar.uri, 'json', 0, sidecar.text);
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: 'Article Lens',
      code: INVALID_SIDECAR,
      message: `The annotations file of this article is not valid (${first.message}). Its annotations cannot be shown or changed until it is fixed.`,
      relatedInformation: [
        {
          location: { uri: sidecar.uri, range: { start: file.positionAt(first.offset), end: file.positionAt(first.offset + first.length) } },
          message: first.message,
        },
      ],
    });
  }
  const length = document.getText().length;
  for (const { view, anchor } of anchored) {
    if (anchor.status !== 'orphan') continue;
    const at = Math.min(view.position?.start ?? 0, length);
    const end = Math.min(view.position?.end ?? at, length);
    const tags = view.tags.length > 0 ? ` [${view.tags.join(', ')}]` : '';
    const data: OrphanData = { id: view.id };
    out.push({
      range: { start: document.positionAt(at), end: document.positionAt(Math.max(at, end)) },
      severity: DiagnosticSeverity.Warning,
      source: 'Article Lens',
      code: ORPHANED_ANNOTATION,
      message: `Orphaned annotation${tags} on "${preview(view.quote ?? '')}": ${anchor.reason}. Select the words it belongs to and re-attach it, or delete it.`,
      data,
    });
  }
  return out;
}

/** Diagnostics in a sidecar (or taxonomy) file itself, at each problem's position. */
export function fileDiagnostics(uri: string, text: string, problems: readonly SidecarProblem[]): Diagnostic[] {
  const file = TextDocument.create(uri, 'json', 0, text);
  return problems.map((p) => ({
    range: { start: file.positionAt(p.offset), end: file.positionAt(p.offset + p.length) },
    severity: DiagnosticSeverity.Error,
    source: 'Article Lens',
    code: INVALID_SIDECAR,
    message: p.message,
  }));
}
