/**
 * `npm run bench [-- options]`: analysis speed, linearity and hostile inputs,
 * compromise beside the core, and the language server at several corpus sizes.
 * Prints tables and merges the figures into bench/results.json and bench/RESULTS.md.
 *
 * Options: `USAGE` below, printed by `--help`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CompromiseFigures, runCompromiseBench } from './compromiseBench';
import { type CoreFigures, DEFAULT_INPUTS, runCoreBench } from './coreBench';
import { compromiseTables, coreTables, type Load, type Measured, renderResults, type ResultsStore, serverTables } from './resultsReport';
import { runServerBench } from './serverBench';
import { median } from './stats';
import { parseJsonSafely } from './evalScore';

const ROOT = path.resolve(__dirname, '../..');
const STORE = path.join(ROOT, 'bench', 'results.json');
const REPORT = path.join(ROOT, 'bench', 'RESULTS.md');
const SUITES = ['core', 'compromise', 'server'] as const;
type Suite = (typeof SUITES)[number];

interface Args {
  suites: Suite[];
  sizes: number[];
  rounds: number;
  quick: boolean;
  write: boolean;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const known = new Set(['--suites', '--sizes', '--full', '--rounds', '--quick', '--no-write']);
  const unknown = argv.find((a, i) => a.startsWith('--') && !known.has(a) && !['--suites', '--sizes', '--rounds'].includes(argv[i - 1] ?? ''));
  if (unknown) throw new Error(`unknown option ${unknown}`);
  const suites = (value('--suites') ?? SUITES.join(',')).split(',').filter(Boolean);
  for (const s of suites) if (!(SUITES as readonly string[]).includes(s)) throw new Error(`unknown suite ${s} (core, compromise, server)`);
  const quick = argv.includes('--quick');
  const sizes = (value('--sizes') ?? (quick ? '200' : '1000,10000')).split(',').map(Number);
  if (argv.includes('--full') && !sizes.includes(100_000)) sizes.push(100_000);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes positive whole numbers');
  const rounds = Number(value('--rounds') ?? (quick ? 1 : 3));
  if (!Number.isInteger(rounds) || rounds <= 0) throw new Error('--rounds takes a positive whole number');
  return { suites: suites as Suite[], sizes, rounds, quick, write: !quick && !argv.includes('--no-write') };
}

/** Samples the 1-minute load average while a suite runs. */
class LoadSampler {
  readonly #samples: number[] = [os.loadavg()[0]!];
  readonly #timer = setInterval(() => this.#samples.push(os.loadavg()[0]!), 5000);

  stop(): Load {
    clearInterval(this.#timer);
    this.#samples.push(os.loadavg()[0]!);
    return { cores: os.availableParallelism(), min: Math.min(...this.#samples), median: median(this.#samples), max: Math.max(...this.#samples) };
  }
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function readStore(): ResultsStore {
  const machine = {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGB: os.totalmem() / 2 ** 30,
    node: process.versions.node,
    platform: `${os.type()} ${os.release()}`,
  };
  try {
    const stored = parseJsonSafely(fs.readFileSync(STORE, 'utf8')) as Partial<ResultsStore> | null;
    if (stored && typeof stored === 'object') return { ...stored, server: stored.server ?? {}, machine };
  } catch {
    // no results yet
  }
  return { machine, server: {} };
}

async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const sampler = new LoadSampler();
  const at = new Date().toISOString();
  const figures = await run();
  return { at, commit: commit(), load: sampler.stop(), figures };
}

const USAGE = `npm run bench [-- options]
  --suites core,compromise,server   which suites to run (default: all three)
  --sizes 1000,10000                corpus sizes for the server suite (default 1000,10000)
  --full                            adds 100,000 articles to the server sizes
  --rounds N                        rounds per measurement (default 3)
  --quick                           small inputs, one round, nothing written (a smoke run)
  --no-write                        print only
`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const store = readStore();
  const builtServer = path.join(ROOT, 'dist', 'server', 'main.js');
  const cliPath = path.join(ROOT, 'dist', 'cli.js');
  log(`${args.suites.join(', ')}; rounds ${args.rounds}; load now ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} cores`);

  if (args.suites.includes('core')) {
    const core: Measured<CoreFigures> = await measure(() =>
      runCoreBench(
        {
          articles: args.quick ? 200 : 2000,
          rounds: args.rounds,
          inputs: args.quick ? DEFAULT_INPUTS.filter((i) => i.megabytes === 1).map((i) => ({ ...i, megabytes: 0.2 })) : DEFAULT_INPUTS,
          secondsPerMB: 60,
          shapeMegabytes: args.quick ? [0.1, 0.4] : [0.25, 1],
        },
        log,
      ),
    );
    process.stdout.write(`\nAnalysis core (load ${core.load.median.toFixed(2)})\n\n${coreTables(core.figures)}\n`);
    store.core = core;
    save(store, args, log);
  }
  if (args.suites.includes('compromise')) {
    const compromise: Measured<CompromiseFigures> = await measure(() =>
      runCompromiseBench(
        {
          articles: args.quick ? 50 : 300,
          rounds: args.rounds,
          goldPaths: [path.join(ROOT, 'test', 'fixtures', 'gold', 'seeds.gold.jsonl'), path.join(ROOT, 'test', 'fixtures', 'heldout', 'heldout.gold.jsonl')],
          cliPath,
        },
        log,
      ),
    );
    process.stdout.write(`\ncompromise beside the core (load ${compromise.load.median.toFixed(2)})\n\n${compromiseTables(compromise.figures)}\n`);
    store.compromise = compromise;
    save(store, args, log);
  }
  if (args.suites.includes('server')) {
    if (!fs.existsSync(builtServer)) throw new Error('dist/server/main.js is missing: run npm run build');
    // A private copy of the build: a rebuild during a long run would change the
    // server between rounds and invalidate its cache between a cold and a warm start.
    const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bench-server-'));
    fs.cpSync(path.dirname(builtServer), snapshot, { recursive: true });
    const serverMain = path.join(snapshot, path.basename(builtServer));
    try {
      for (const size of args.sizes) {
        const measured = await measure(async () => {
          const figures = await runServerBench(
            {
              repoRoot: ROOT,
              serverMain,
              sizes: [size],
              // Large corpora take minutes per cold start: fewer rounds there.
              coldRounds: (n) => (n >= 100_000 ? 1 : n >= 10_000 ? Math.min(args.rounds, 2) : args.rounds),
              warmRounds: (n) => (n >= 100_000 ? Math.min(args.rounds, 2) : args.rounds),
              requests: args.quick ? 10 : 60,
            },
            log,
          );
          return figures[String(size)]!;
        });
        store.server[String(size)] = measured;
        save(store, args, log);
        process.stdout.write(`\nLanguage server, ${size} articles (load ${measured.load.median.toFixed(2)})\n\n${serverTables({ [String(size)]: measured })}\n`);
      }
      process.stdout.write(`\nLanguage server, every size measured so far\n\n${serverTables(store.server)}\n`);
    } finally {
      fs.rmSync(snapshot, { recursive: true, force: true });
    }
  }
  return 0;
}

/** Writes the figures after every suite, so a long run that fails late keeps what it measured. */
function save(store: ResultsStore, args: Args, log: (line: string) => void): void {
  if (!args.write) return;
  fs.writeFileSync(STORE, `${JSON.stringify(store, null, 1)}\n`);
  fs.writeFileSync(REPORT, renderResults(store));
  log(`wrote ${path.relative(ROOT, REPORT)} and ${path.relative(ROOT, STORE)}`);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
