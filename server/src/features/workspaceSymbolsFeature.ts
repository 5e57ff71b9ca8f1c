import type { SymbolInformation } from 'vscode-languageserver';
import type { Services } from '../services';
import { EntitySearch } from '../workspace/entitySearch';
import { ENTITY_SYMBOL_KIND } from './symbolKinds';

/** Answers kept at most: the queries typed since the index last changed. */
const MAX_KEPT_ANSWERS = 256;

/** workspace/symbol: the entity search, one entry per entity, at its first full-name mention. */
export function registerWorkspaceSymbols({ connection, index, indexer }: Services): void {
  const search = new EntitySearch(index);
  // The search's entries are built while nothing is asked, not on the first search.
  void indexer.ready.then(() => setImmediate(() => search.prepare()));
  // The same queries come again and again (a picker reopened, a word retyped); any change of the index lets the answers go.
  const kept = new Map<string, SymbolInformation[]>();
  let keptGeneration = -1;
  connection.onWorkspaceSymbol((params): SymbolInformation[] => {
    if (keptGeneration !== index.generation || kept.size >= MAX_KEPT_ANSWERS) {
      keptGeneration = index.generation;
      kept.clear();
    }
    const hit = kept.get(params.query);
    if (hit) return hit;
    const out: SymbolInformation[] = [];
    for (const found of search.search(params.query, 100)) {
      const entity = index.entity(found.id);
      const where = index.definitionOf(found.id);
      if (!entity || !where) continue;
      const type = index.typeOf(found.id);
      const articles = entity.articles.size;
      out.push({
        name: index.canonicalOf(found.id),
        kind: ENTITY_SYMBOL_KIND[type],
        location: { uri: where.uri, range: where.range },
        containerName: `${type} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`,
      });
    }
    kept.set(params.query, out);
    return out;
  });
}
