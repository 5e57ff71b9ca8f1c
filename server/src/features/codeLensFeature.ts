import type { CodeLens } from 'vscode-languageserver';
import type { Services } from '../services';
import { corroboratingArticles } from './hover';

/** A lens opens a list of the corroborating articles; beyond this many the hover's count says the rest. */
const MAX_LENS_LOCATIONS = 50;

/**
 * textDocument/codeLens: mention counts on the first mention of each entity,
 * "also reported in N articles" on corroborated claims, then contributed lenses.
 */
export function registerCodeLenses(services: Services): void {
  const { connection, analysed, index, codeLensContributors } = services;
  connection.onCodeLens((params): CodeLens[] => {
    const uri = params.textDocument.uri;
    const found = analysed(uri);
    if (!found) return [];
    const { document, analysis } = found;
    const text = document.getText();
    const lenses: CodeLens[] = [];
    const seen = new Set<string>();
    for (const e of analysis.entities) {
      if (seen.has(e.entity)) continue;
      seen.add(e.entity);
      const known = index.entity(e.entity);
      if (!known) continue;
      const position = document.positionAt(e.start);
      const n = known.mentions;
      const m = known.articles.size;
      lenses.push({
        range: { start: position, end: document.positionAt(e.end) },
        command: {
          title: `${e.canonical}: ${n} mention${n === 1 ? '' : 's'} in ${m} article${m === 1 ? '' : 's'}`,
          command: 'articleLens.findMentions',
          arguments: [uri, position],
        },
      });
    }
    for (const c of analysis.claims) {
      const others = corroboratingArticles(index, uri, text.slice(c.content.start, c.content.end), MAX_LENS_LOCATIONS);
      if (others.count === 0) continue;
      const locations = others.first.map((o) => ({ uri: o.uri, range: { start: { line: o.line, character: 0 }, end: { line: o.line, character: 0 } } }));
      lenses.push({
        range: { start: document.positionAt(c.start), end: document.positionAt(c.end) },
        command: {
          title: `also reported in ${others.count} article${others.count === 1 ? '' : 's'}`,
          command: 'articleLens.showLocations',
          arguments: [uri, document.positionAt(c.start), locations],
        },
      });
    }
    for (const contribute of codeLensContributors) lenses.push(...contribute(uri));
    return lenses;
  });
}
