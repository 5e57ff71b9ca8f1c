import type { CodeLens, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import type { Services } from '../services';
import type { EntityMentionLenses } from '../settings';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { corroboratingArticles } from './hover';

/** A lens opens a list of the corroborating articles; beyond this many the hover's count says the rest. */
const MAX_LENS_LOCATIONS = 50;
/** Entities on the headline's lens line: enough to say what the article is about, few enough to fit. */
const HEADLINE_ENTITIES = 5;

/** One formatter for every count: `toLocaleString` looks its locale up again on each call. */
const COUNT = new Intl.NumberFormat('en-US');

function plural(n: number, word: string): string {
  return `${COUNT.format(n)} ${word}${n === 1 ? '' : 's'}`;
}

interface ArticleEntity {
  id: string;
  canonical: string;
  /** Mentions in this article. */
  count: number;
  firstStart: number;
  firstEnd: number;
}

/** The article's entities known to the index, in order of first mention, with their counts here. */
function articleEntities(analysis: Analysis, index: WorkspaceIndex): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>();
  // Named as the workspace names them, like hover cards and the entity search.
  for (const e of analysis.entities) {
    const known = byId.get(e.entity);
    if (known) known.count++;
    else if (index.entity(e.entity)) byId.set(e.entity, { id: e.entity, canonical: index.canonicalOf(e.entity), count: 1, firstStart: e.start, firstEnd: e.end });
  }
  return [...byId.values()];
}

/**
 * Entity lenses. `headline`: one line above the headline (or the first line)
 * naming the article's most mentioned entities, each opening its mentions;
 * `firstMention`: workspace counts above each entity's first mention.
 */
function entityLenses(mode: EntityMentionLenses, uri: string, document: TextDocument, analysis: Analysis, index: WorkspaceIndex): CodeLens[] {
  if (mode === 'off') return [];
  const entities = articleEntities(analysis, index);
  const find = (e: ArticleEntity, title: string, at: Position): CodeLens => ({
    range: { start: at, end: at },
    command: { title, command: 'articleLens.findMentions', arguments: [uri, document.positionAt(e.firstStart)] },
  });
  if (mode === 'firstMention') {
    return entities.map((e) => {
      const known = index.entity(e.id)!;
      const lens = find(e, `${e.canonical}: ${plural(known.mentions, 'mention')} in ${plural(known.articles.size, 'article')}`, document.positionAt(e.firstStart));
      lens.range.end = document.positionAt(e.firstEnd);
      return lens;
    });
  }
  // Most mentioned here first; ties go to the entity met first, as a reader would.
  const top = [...entities].sort((a, b) => b.count - a.count || a.firstStart - b.firstStart).slice(0, HEADLINE_ENTITIES);
  const at = document.positionAt(analysis.structure.headline?.start ?? 0);
  return top.map((e) => find(e, `${e.canonical} ×${e.count}`, at));
}

/**
 * textDocument/codeLens: entity mention counts as the setting
 * `articleLens.codeLens.entityMentions` asks, "also reported in N articles" on
 * corroborated claims, then contributed lenses.
 */
export function registerCodeLenses(services: Services): void {
  const { connection, analysed, index, indexer, codeLensContributors } = services;
  connection.onCodeLens((params): CodeLens[] => {
    const uri = params.textDocument.uri;
    const found = analysed(uri);
    if (!found) return [];
    const { document, analysis } = found;
    const text = document.getText();
    const lenses = entityLenses(indexer.settingsOf(uri).entityMentionLenses, uri, document, analysis, index);
    for (const c of analysis.claims) {
      const others = corroboratingArticles(index, uri, text.slice(c.content.start, c.content.end), MAX_LENS_LOCATIONS);
      if (others.count === 0) continue;
      const locations = others.first.map((o) => ({ uri: o.uri, range: { start: { line: o.line, character: 0 }, end: { line: o.line, character: 0 } } }));
      lenses.push({
        range: { start: document.positionAt(c.start), end: document.positionAt(c.end) },
        command: {
          title: `also reported in ${plural(others.count, 'article')}`,
          command: 'articleLens.showLocations',
          arguments: [uri, document.positionAt(c.start), locations],
        },
      });
    }
    for (const contribute of codeLensContributors) lenses.push(...contribute(uri));
    return lenses;
  });
}
