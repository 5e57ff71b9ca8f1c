import type { SymbolInformation } from 'vscode-languageserver';
import type { Services } from '../services';
import { EntitySearch } from '../workspace/entitySearch';
import { ENTITY_SYMBOL_KIND } from './symbolKinds';

/** workspace/symbol: the entity search, one entry per entity, at its first full-name mention. */
export function registerWorkspaceSymbols({ connection, index, indexer }: Services): void {
  const search = new EntitySearch(index);
  // The search's entries are built while nothing is asked, not on the first search.
  void indexer.ready.then(() => setImmediate(() => search.prepare()));
  connection.onWorkspaceSymbol((params): SymbolInformation[] => {
    const out: SymbolInformation[] = [];
    for (const hit of search.search(params.query, 100)) {
      const entity = index.entity(hit.id);
      const where = index.definitionOf(hit.id);
      if (!entity || !where) continue;
      const type = index.typeOf(hit.id);
      const articles = entity.articles.size;
      out.push({
        name: index.canonicalOf(hit.id),
        kind: ENTITY_SYMBOL_KIND[type],
        location: { uri: where.uri, range: where.range },
        containerName: `${type} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`,
      });
    }
    return out;
  });
}
