import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compromiseEntities } from './compromiseEntities';
import { type ArticleFigures, measureArticles } from './coreBench';
import { runCliOnGold } from './eval';
import { type EvalSummary, type GoldArticle, parseGoldJsonl, type Prf, scoreCorpus, type SystemArticle } from './evalScore';

/** Entity quality on the gold, for one system. */
export interface QualityFigures {
  system: string;
  exact: Prf;
  span: Prf;
  overlap: Prf;
  person: Prf;
  organization: Prf;
  location: Prf;
  /** Cross-article linking, pairwise F1 over found mentions. */
  linking: Prf;
}

/** Both systems on one gold file. */
export interface GoldQuality {
  gold: string;
  articles: number;
  /** Null when the built CLI is missing or failed (see `note`). */
  core: QualityFigures | null;
  compromise: QualityFigures;
  note?: string;
}

export interface CompromiseFigures {
  speed: { core: ArticleFigures; compromise: ArticleFigures };
  /** One entry per gold file found. */
  quality: GoldQuality[];
}

const BOM = '\uFEFF';

/** compromise's people, places and organisations as a scorable system article. */
export function compromiseSystemArticle(gold: GoldArticle): SystemArticle {
  const text = gold.text.startsWith(BOM) ? gold.text.slice(1) : gold.text;
  const shift = gold.text.length - text.length;
  return {
    id: gold.id,
    dct: null,
    // compromise has no entity identity: its normalised text stands in for an id.
    entities: compromiseEntities(text).map((e) => ({
      start: e.start + shift,
      end: e.end + shift,
      type: e.type,
      entity: `${e.type}:${e.text.toLowerCase()}`,
    })),
    dates: [],
    claims: [],
  };
}

function quality(system: string, s: EvalSummary): QualityFigures {
  return {
    system,
    exact: s.entities.exact,
    span: s.entities.span,
    overlap: s.entities.overlap,
    person: s.entities.byType.PERSON,
    organization: s.entities.byType.ORG,
    location: s.entities.byType.LOC,
    linking: s.linking.pairs,
  };
}

/** compromise beside the analysis core: speed on the same articles, entity quality on the gold. */
export async function runCompromiseBench(
  options: { articles: number; rounds: number; goldPaths: string[]; cliPath: string },
  log: (line: string) => void,
): Promise<CompromiseFigures> {
  log(`compromise: ${options.articles} articles × ${options.rounds} rounds`);
  const compromise = await measureArticles('compromise', options.articles, options.rounds);
  const core = await measureArticles('core', options.articles, options.rounds);
  const quality: GoldQuality[] = [];
  for (const goldPath of options.goldPaths) {
    if (!fs.existsSync(goldPath)) continue;
    log(`compromise: entity quality on ${path.basename(goldPath)}`);
    quality.push(scoreGold(goldPath, options.cliPath));
  }
  return { speed: { core, compromise }, quality };
}

function scoreGold(goldPath: string, cliPath: string): GoldQuality {
  const gold = parseGoldJsonl(fs.readFileSync(goldPath, 'utf8'));
  const theirs = quality('compromise', scoreCorpus(gold, gold.map(compromiseSystemArticle)));
  let ours: QualityFigures | null = null;
  let note: string | undefined;
  if (fs.existsSync(cliPath)) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bench-gold-'));
    try {
      ours = quality('Article Lens', scoreCorpus(gold, runCliOnGold(gold, cliPath, folder)));
    } catch (error) {
      note = `Article Lens could not be scored: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  } else {
    note = 'dist/cli.js missing: run npm run build';
  }
  return { gold: path.basename(goldPath), articles: gold.length, core: ours, compromise: theirs, ...(note ? { note } : {}) };
}
