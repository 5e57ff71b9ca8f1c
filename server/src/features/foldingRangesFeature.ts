import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { Services } from '../services';

/** textDocument/foldingRange: boilerplate (navigation, disclaimers) folds away. */
export function registerFoldingRanges({ connection, analysed }: Services): void {
  connection.onFoldingRanges((params): FoldingRange[] => {
    const found = analysed(params.textDocument.uri);
    if (!found) return [];
    const { document, analysis } = found;
    const out: FoldingRange[] = [];
    for (const b of analysis.structure.boilerplate) {
      const start = document.positionAt(b.start).line;
      // A region ending at a line break ends on the line before it.
      const end = document.positionAt(Math.max(b.start, b.end - 1)).line;
      if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Comment, collapsedText: 'boilerplate' });
    }
    return out;
  });
}
