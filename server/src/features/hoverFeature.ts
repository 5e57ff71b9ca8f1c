import type { Services } from '../services';
import { provideHover } from './hover';

/** textDocument/hover. */
export function registerHover({ connection, analysed }: Services): void {
  connection.onHover((params) => {
    const found = analysed(params.textDocument.uri);
    if (!found) return null;
    return provideHover(found.analysis, found.document.offsetAt(params.position));
  });
}
