import { type InlayHint, InlayHintKind } from 'vscode-languageserver';
import type { Services } from '../services';
import { resolutionText } from './hover';

/** textDocument/inlayHint: the normalized value after relative and partial dates. */
export function registerInlayHints({ connection, analysed }: Services): void {
  connection.languages.inlayHint.on((params): InlayHint[] => {
    const found = analysed(params.textDocument.uri);
    if (!found) return [];
    const { document, analysis } = found;
    const from = document.offsetAt(params.range.start);
    const to = document.offsetAt(params.range.end);
    return analysis.dates
      .filter((d) => d.resolution !== 'absolute' && d.end >= from && d.start <= to && d.value !== d.text)
      .map((d) => ({
        position: document.positionAt(d.end),
        label: `= ${d.value}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: d.resolution === 'unresolved' ? 'no article date to resolve it against' : `resolved ${resolutionText(d, analysis.dct, analysis.dctSource)}`,
      }));
  });
}
