import type { SymbolInformation } from 'vscode-languageserver';
import type { Services } from '../services';
import { EntitySearch } from '../workspace/entitySearch';
import { runWhenQuiet } from '../workspace/idleSteps';
import { displayNameOf } from './entityNames';
import { pickerKeeps, searchLabel } from './symbolLabel';
import { ENTITY_SYMBOL_KIND } from './symbolKinds';

/** Answers kept at most: the queries typed since the index last changed. */
const MAX_KEPT_ANSWERS = 256;
/** Entities whose symbol is kept at most: room for every entity of a large workspace. */
const MAX_KEPT_SYMBOLS = 100_000;
/** How long one step of building the search's entries may hold up a request. */
const PREPARE_STEP_MS = 2;
/**
 * Searches run once the entries are built, while nothing is asked: the first
 * searches of a session otherwise run unoptimised code, a few milliseconds
 * each at 10,000 articles instead of a fraction of one.
 */
const WARM_UP_SEARCHES = 32;

/** workspace/symbol: the entity search, one entry per entity, at its first full-name mention. */
export function registerWorkspaceSymbols({ connection, index, indexer, served, lastServed }: Services): void {
  const search = new EntitySearch(index);
  // The same queries come again and again (a picker reopened, a word retyped); any change of the index lets the answers go.
  const kept = new Map<string, SymbolInformation[]>();
  let keptGeneration = -1;
  // Each entity's symbol, while the entity is unchanged: an edit lets every kept answer go, but touches few entities.
  const symbols = new Map<string, { version: number; symbol: SymbolInformation | null }>();
  const symbolOf = (id: string): SymbolInformation | null => {
    const version = index.answerVersion(id);
    const hit = symbols.get(id);
    if (hit && hit.version === version) return hit.symbol;
    const entity = index.entity(id);
    const where = entity ? index.definitionOf(id) : null;
    let symbol: SymbolInformation | null = null;
    if (entity && where) {
      const type = index.typeOf(id);
      const articles = entity.articles.size;
      symbol = {
        name: displayNameOf(index, id),
        kind: ENTITY_SYMBOL_KIND[type],
        location: { uri: where.uri, range: where.range },
        containerName: `${type} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`,
      };
    }
    if (symbols.size >= MAX_KEPT_SYMBOLS) symbols.clear();
    symbols.set(id, { version, symbol });
    return symbol;
  };
  const answerOf = (query: string): SymbolInformation[] => {
    const out: SymbolInformation[] = [];
    for (const found of search.search(query, 100)) {
      const symbol = symbolOf(found.id);
      if (!symbol) continue;
      if (pickerKeeps(symbol.name, query)) {
        out.push(symbol);
        continue;
      }
      // Found through an alias or without its diacritics: named so that the editor's own filter keeps it.
      const spellings = [...(index.entity(found.id)?.spellings ?? [])].sort((a, b) => b[1] - a[1]).map(([s]) => s);
      out.push({ ...symbol, name: searchLabel(symbol.name, spellings, query) });
    }
    return out;
  };
  // The search's entries are built while nothing is asked, not on the first search, in steps short enough not to hold up an article just opened;
  // then a few searches are run, their answers thrown away, one a step.
  let prepared = false;
  let warmUp: string[] | null = null;
  let warmed = 0;
  void indexer.ready.then(() =>
    runWhenQuiet(
      Number.POSITIVE_INFINITY,
      () => {
        if (!prepared) prepared = search.prepare(PREPARE_STEP_MS);
        else answerOf((warmUp ??= search.sampleQueries(WARM_UP_SEARCHES))[warmed++] ?? '');
      },
      {
        stopped: () => warmUp !== null && warmed >= warmUp.length,
        quietFor: () => performance.now() - lastServed(),
      },
    ),
  );
  connection.onWorkspaceSymbol((params): SymbolInformation[] => {
    // A search comes as letters are typed, a request per letter: the warm-up waits until they pause.
    served();
    if (keptGeneration !== index.generation || kept.size >= MAX_KEPT_ANSWERS) {
      keptGeneration = index.generation;
      kept.clear();
    }
    const hit = kept.get(params.query);
    if (hit) return hit;
    const out = answerOf(params.query);
    kept.set(params.query, out);
    return out;
  });
}
