import type { Services } from '../services';
import { provideHover } from './hover';

/** textDocument/hover. */
export function registerHover({ connection, analysed, index, hoverContributors }: Services): void {
  connection.onHover((params) => {
    const found = analysed(params.textDocument.uri);
    if (!found) return null;
    const offset = found.document.offsetAt(params.position);
    const contributions = hoverContributors.map((c) => c(params.textDocument.uri, offset)).filter((s): s is string => !!s);
    const hover = provideHover({ uri: params.textDocument.uri, analysis: found.analysis, offset, index, contributions }, found.document.getText());
    return hover;
  });
}
