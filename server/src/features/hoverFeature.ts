import type { Services } from '../services';
import { EntityCards, provideHover } from './hover';

/** textDocument/hover. */
export function registerHover({ connection, analysed, index, hoverContributors }: Services): void {
  const cards = new EntityCards();
  connection.onHover((params) => {
    const found = analysed(params.textDocument.uri);
    if (!found) return null;
    const offset = found.document.offsetAt(params.position);
    const contributions = hoverContributors.map((c) => c(params.textDocument.uri, offset)).filter((s): s is string => !!s);
    const hover = provideHover({ uri: params.textDocument.uri, analysis: found.analysis, offset, index, contributions, cards }, found.document.getText());
    return hover;
  });
}
