/**
 * `npm run eval -- <gold.jsonl> [--json] [--keep]`
 *
 * Writes every gold article's text into a temporary folder, runs the built
 * command-line tool (`dist/cli.js analyze --json`) over it and scores its
 * output against the gold with `evalScore.ts`. Prints a table, or with
 * `--json` one machine-readable summary (`npm run -s eval -- ... --json` keeps
 * npm's own lines out of it); `--keep` leaves the folder in place.
 *
 * Other systems are scored on the same gold by building `SystemArticle`
 * records and calling `scoreCorpus` from `evalScore.ts` directly.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  formatEvalTable,
  parseGoldJsonl,
  parseJsonSafely,
  scoreCorpus,
  systemArticleFromCliJson,
  type EvalSpan,
  type GoldArticle,
  type SystemArticle,
} from './evalScore';

const BOM = '\uFEFF';

function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the package root above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** A file name the CLI takes as an article, unique per gold record. */
function fileNameFor(id: string, index: number): string {
  const safe = path
    .basename(id)
    .replace(/\.txt$/i, '')
    .replace(/[^\w.-]/g, '_')
    .slice(0, 80);
  return `${String(index).padStart(4, '0')}-${safe}.txt`;
}

/**
 * The CLI drops a leading byte-order mark before analysing, while gold offsets
 * count it; shifting the system's offsets puts both on the gold's footing.
 */
function shifted(article: SystemArticle, by: number): SystemArticle {
  if (by === 0) return article;
  const move = <T extends EvalSpan>(s: T): T => ({ ...s, start: s.start + by, end: s.end + by });
  return { ...article, entities: article.entities.map(move), dates: article.dates.map(move), claims: article.claims.map(move) };
}

/** Runs the built CLI over the gold texts and reads its records back. */
export function runCliOnGold(gold: readonly GoldArticle[], cliPath: string, folder: string): SystemArticle[] {
  const idByPath = new Map<string, GoldArticle>();
  gold.forEach((g, i) => {
    const file = path.join(folder, fileNameFor(g.id, i));
    fs.writeFileSync(file, g.text, 'utf8');
    idByPath.set(path.resolve(file), g);
  });
  const run = spawnSync(process.execPath, [cliPath, 'analyze', '--json', folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) throw run.error;
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited with ${String(run.status ?? run.signal)}`);
  const records: SystemArticle[] = [];
  for (const line of run.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const value = parseJsonSafely(line);
    const reported = typeof value === 'object' && value !== null && 'path' in value ? value.path : undefined;
    const g = typeof reported === 'string' ? idByPath.get(path.resolve(reported)) : undefined;
    if (!g) throw new Error(`the CLI reported a record for an unknown path: ${String(reported)}`);
    records.push(shifted(systemArticleFromCliJson(value, g.id), g.text.startsWith(BOM) ? 1 : 0));
  }
  return records;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const keep = argv.includes('--keep');
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.find((a) => a.startsWith('--') && a !== '--json' && a !== '--keep');
  if (files.length !== 1 || unknown) {
    process.stderr.write('usage: npm run eval -- <gold.jsonl> [--json] [--keep]\n');
    return 2;
  }
  // npm runs scripts from the package root; a relative path means the caller's folder.
  const goldPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]);
  const gold = parseGoldJsonl(fs.readFileSync(goldPath, 'utf8'));
  const root = packageRoot();
  const cli = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-eval-'));
  try {
    const summary = scoreCorpus(gold, runCliOnGold(gold, cli, folder));
    process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : formatEvalTable(summary, `Article Lens on ${path.basename(goldPath)}`));
  } finally {
    if (keep) process.stderr.write(`articles kept in ${folder}\n`);
    else fs.rmSync(folder, { recursive: true, force: true });
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
