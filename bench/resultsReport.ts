import type { CompromiseFigures, GoldQuality, QualityFigures } from './compromiseBench';
import { type ArticleFigures, type CoreFigures, SHAPE_GROWS, type ShapeFigures } from './coreBench';
import { LATENCY_KINDS, type LatencyKind, type ServerFigures } from './serverBench';
import { fmt, markdownTable } from './stats';

/** How busy the machine was while a suite ran: 1-minute load averages sampled every few seconds. */
export interface Load {
  cores: number;
  min: number;
  median: number;
  max: number;
}

/** A suite's figures with when and under what load they were taken. */
export interface Measured<T> {
  at: string;
  commit: string;
  load: Load;
  figures: T;
}

/** Every figure `npm run bench` has measured; each run replaces the suites and sizes it ran. */
export interface ResultsStore {
  machine: { cpu: string; cores: number; memoryGB: number; node: string; platform: string };
  core?: Measured<CoreFigures>;
  compromise?: Measured<CompromiseFigures>;
  server: Record<string, Measured<ServerFigures>>;
}

const LATENCY_LABELS: Record<LatencyKind, string> = {
  openAfterIndex: 'open → semantic tokens, right after indexing',
  open: 'open → semantic tokens, steady state',
  hover: 'hover',
  definition: 'definition',
  references: 'references',
  highlight: 'document highlight',
  symbols: 'workspace symbols',
  keystroke: 'keystroke → semantic tokens',
};

const when = (m: Measured<unknown>) => `${m.at.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit}, load ${fmt(m.load.median, 1)} (${fmt(m.load.min, 1)}–${fmt(m.load.max, 1)}) on ${m.load.cores} cores`;

export function articleRows(rows: ArticleFigures[], label: (f: ArticleFigures) => string): string[][] {
  return rows.map((f) => [label(f), fmt(f.articles, 0), fmt(f.meanBytes / 1000, 2), fmt(f.medianMs, 2), fmt(f.p95Ms, 2), fmt(f.p99Ms, 2), fmt(f.mbPerSecond, 2), fmt(f.mbPerCpuSecond, 2), fmt(f.entitiesPerArticle, 1)]);
}

export const ARTICLE_HEADER = ['engine', 'articles', 'KB each', 'median ms', 'p95 ms', 'p99 ms', 'MB/s wall', 'MB/s CPU', 'entities/article'];

export function coreTables(core: CoreFigures): string {
  const speed = markdownTable(ARTICLE_HEADER, articleRows([core.articles], () => 'Article Lens core'));
  const inputs = markdownTable(
    ['input', 'MB', 'median ms', 'ms per MB', 'CPU ms per MB', 'found', 'what it is'],
    core.inputs.map((i) => [
      `${i.kind}${i.status === 'ok' ? '' : ` (${i.status})`}`,
      fmt(i.megabytes, i.megabytes < 1 ? 1 : 0),
      i.status === 'ok' ? fmt(i.medianMs, 0) : (i.message ?? i.status),
      fmt(i.msPerMB, 0),
      fmt(i.cpuMsPerMB, 0),
      fmt(i.found, 0),
      i.description,
    ]),
    [0, 6],
  );
  return core.shapes ? `${speed}\n\n${inputs}\n\n${shapeTable(core.shapes)}` : `${speed}\n\n${inputs}`;
}


function shapeTable(shapes: readonly ShapeFigures[]): string {
  const [small, large] = shapes[0]?.megabytes ?? [0, 0];
  const flagged = shapes.filter((s) => s.status !== 'ok' || (s.ratio ?? 0) > SHAPE_GROWS).map((s) => s.name);
  const table = markdownTable(
    ['hostile shape', `CPU ms per MB at ${fmt(small, 2)} MB`, `at ${fmt(large, 2)} MB`, 'ratio', 'aims at'],
    shapes.map((s) => [
      `${s.name}${s.status === 'ok' ? '' : ` (${s.status})`}`,
      s.cpuMsPerMB ? fmt(s.cpuMsPerMB[0], 0) : (s.message ?? s.status),
      s.cpuMsPerMB ? fmt(s.cpuMsPerMB[1], 0) : '',
      s.ratio === null ? '' : fmt(s.ratio, 2),
      s.aims,
    ]),
    [0, 4],
  );
  const verdict = flagged.length === 0 ? `Every shape's time per MB stays within ${SHAPE_GROWS}× from ${fmt(small, 2)} to ${fmt(large, 2)} MB.` : `Growing faster than the text (ratio over ${SHAPE_GROWS}, or stopped): ${flagged.join(', ')}.`;
  return `${table}\n\n${verdict}`;
}

function qualityRow(q: QualityFigures): string[] {
  const f = (p: { f1: number }) => fmt(p.f1 * 100, 1);
  return [q.system, fmt(q.exact.precision * 100, 1), fmt(q.exact.recall * 100, 1), f(q.exact), f(q.span), f(q.overlap), f(q.person), f(q.organization), f(q.location), f(q.linking)];
}

const GOLD_NOTES: Record<string, string> = {
  'seeds.gold.jsonl': 'the development set the core is tuned on: not a held-out figure',
  'heldout.gold.jsonl': 'the held-out check set, the fairer comparison',
};

export function compromiseTables(c: CompromiseFigures): string {
  const speed = markdownTable(ARTICLE_HEADER, articleRows([c.speed.core, c.speed.compromise], (f) => (f.engine === 'core' ? 'Article Lens core' : 'compromise')));
  // Results stored before there could be several gold files held one object.
  const golds: GoldQuality[] = Array.isArray(c.quality) ? c.quality : c.quality ? [c.quality as GoldQuality] : [];
  if (golds.length === 0) return `${speed}\n\n(no gold file: entity quality not measured)`;
  const parts = [speed];
  for (const g of golds) {
    const rows = [g.core, g.compromise].filter((q): q is QualityFigures => q !== null).map(qualityRow);
    const table = markdownTable(['system', 'P exact', 'R exact', 'F1 exact', 'F1 span', 'F1 overlap', 'F1 person', 'F1 org', 'F1 location', 'linking F1'], rows);
    const about = GOLD_NOTES[g.gold] ? `; ${GOLD_NOTES[g.gold]}` : '';
    parts.push(`Entity quality on ${g.gold} (${g.articles} articles${about}; %; exact = span and coarse type):\n\n${table}${g.note ? `\n\n${g.note}` : ''}`);
  }
  return parts.join('\n\n');
}

export function serverTables(server: Record<string, Measured<ServerFigures>>): string {
  const sizes = Object.keys(server).sort((a, b) => Number(a) - Number(b));
  if (sizes.length === 0) return '(not measured)';
  const s = sizes.map((k) => server[k]!.figures);
  const growth = sizes.length > 1;
  const header = ['', ...sizes.map((k) => `${Number(k).toLocaleString('en-US')} articles`), ...(growth ? ['growth, largest ÷ smallest'] : [])];
  const rows: string[][] = [];
  /** A row of one figure per size, with how much it grew from the smallest corpus to the largest. */
  const row = (label: string, get: (f: ServerFigures) => number | null | undefined, show: (v: number | null | undefined, f: ServerFigures) => string) => {
    const first = get(s[0]!);
    const last = get(s[s.length - 1]!);
    const ratio = first && last !== null && last !== undefined ? `×${fmt(last / first, last / first >= 10 ? 0 : 1)}` : '–';
    rows.push([label, ...s.map((f) => show(get(f), f)), ...(growth ? [ratio] : [])]);
  };
  const sec = (ms: number | null | undefined) => (ms === null || ms === undefined ? '–' : fmt(ms / 1000, ms < 10_000 ? 2 : 1));
  const num = (d: number) => (v: number | null | undefined) => fmt(v, d);
  row('corpus size, MB', (f) => f.corpusMB, num(1));
  row('articles indexed', (f) => f.indexed, num(0));
  row('distinct entities', (f) => f.entities, num(0));
  row('spawn → initialize answered, s', (f) => f.initializeMs, sec);
  row('cold index (spawn → indexing finished), s', (f) => f.coldMs, sec);
  row('cold index, articles per second', (f) => (f.coldMs ? f.articles / (f.coldMs / 1000) : null), num(0));
  row('cold index, server CPU time (all threads), s', (f) => f.coldCpuMs, sec);
  row('warm start from cache, s', (f) => f.warmMs, sec);
  row('warm start, server CPU time, s', (f) => f.warmCpuMs, sec);
  row('warm start: articles from cache', (f) => f.warmFromCache, num(0));
  rows.push(['rounds (cold / warm)', ...s.map((f) => `${f.coldRounds} / ${f.warmRounds}`), ...(growth ? [''] : [])]);
  for (const kind of ['openAfterIndex', 'open'] as const) row(`${LATENCY_LABELS[kind]} (one per round), ms`, (f) => f.latency[kind]?.p50, num(0));
  for (const kind of LATENCY_KINDS.filter((k) => k !== 'open' && k !== 'openAfterIndex')) {
    row(`${LATENCY_LABELS[kind]}: p50 / p95 ms`, (f) => f.latency[kind]?.p50, (_v, f) => (f.latency[kind] ? `${fmt(f.latency[kind].p50, 2)} / ${fmt(f.latency[kind].p95, 2)}` : '–'));
  }
  row('references: locations per answer (median)', (f) => f.latency.references?.results, num(0));
  // A long answer's round trip is mostly its transfer and the client's parsing: this is the part the server takes.
  row('references: first byte of the answer, p50 / p95 ms', (f) => f.latency.references?.firstByte?.p50, (_v, f) => {
    const fb = f.latency.references?.firstByte;
    return fb ? `${fmt(fb.p50, 2)} / ${fmt(fb.p95, 2)}` : '–';
  });
  row('workspace symbols: symbols per answer (median)', (f) => f.latency.symbols?.results, num(0));
  row('first references request, ms', (f) => f.latency.references?.first, num(1));
  row('first workspace symbols request, ms', (f) => f.latency.symbols?.first, num(1));
  row('server RSS after indexing, MB', (f) => f.memory.afterIndexMB, num(0));
  row('server RSS after queries, MB', (f) => f.memory.afterQueriesMB, num(0));
  row('server peak RSS (VmHWM), cold start, MB', (f) => f.memory.peakMB, num(0));
  row('server peak RSS (VmHWM), warm start, MB', (f) => f.memory.warmPeakMB, num(0));
  const table = markdownTable(header, rows);
  const measured = sizes.map((k) => `- ${Number(k).toLocaleString('en-US')} articles: ${when(server[k]!)}${server[k]!.figures.notes.length ? `; notes: ${server[k]!.figures.notes.join('; ')}` : ''}`);
  return `${table}\n\nGrowth of a latency row compares p50s.\n\n${measured.join('\n')}`;
}

/** A caution when the machine was busier than its cores while figures were taken. */
function loadWarning(store: ResultsStore): string[] {
  const suites: (Measured<unknown> | undefined)[] = [store.core, store.compromise, ...Object.values(store.server)];
  const loads = suites.filter((m): m is Measured<unknown> => m !== undefined).map((m) => m.load);
  if (loads.length === 0) return [];
  const worst = Math.max(...loads.map((l) => l.median));
  const cores = loads[0]!.cores;
  if (worst <= cores) return [];
  return [
    `The machine was shared while these figures were taken: the median 1-minute load average reached ${fmt(worst, 1)} on ${cores} cores (each suite's load is given with it). Wall-clock times, and p95 and p99 most of all, include waiting for a core; the CPU-time figures do not, and medians suffer least.`,
    '',
  ];
}

/** bench/RESULTS.md, rendered from the store. */
export function renderResults(store: ResultsStore): string {
  const m = store.machine;
  const parts = [
    '# Benchmark results',
    '',
    'Measured by `npm run bench` (see "Method" below); figures from the last run of each suite and size. Regenerate with `npm run bench` (add `-- --full` for 100,000 articles).',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.memoryGB, 0)} GB memory, Node ${m.node}, ${m.platform}.`,
    '',
    ...loadWarning(store),
    '## Analysis core',
    '',
  ];
  if (store.core) {
    parts.push(`Measured ${when(store.core)}.`, '', coreTables(store.core.figures), '');
  } else parts.push('(not measured)', '');
  parts.push('## compromise beside the core', '');
  if (store.compromise) {
    parts.push(`Measured ${when(store.compromise)}.`, '', compromiseTables(store.compromise.figures), '');
  } else parts.push('(not measured)', '');
  parts.push('## Language server over stdio', '', serverTables(store.server), '');
  parts.push(METHOD);
  return `${parts.join('\n')}\n`;
}

const METHOD = `## Method

- **Corpus.** \`bench/generateCorpus.ts\` writes deterministic synthetic news articles (seeded; about 2.8 KB each): headlines, header lines, wire datelines, people with titles, organisations and acronyms, countries, cities and nationality adjectives, absolute, weekday and relative dates, direct quotes and reported speech, shared entities under several spellings (Erdoğan / Erdogan, South Korea / S. Korea / Republic of Korea), claims repeated across articles, mojibake (6%), boilerplate (disclaimers, navigation, tracking codes, "(end)"), CRLF files (10%) and byte-order marks (1%). Corpora are cached in \`bench/.corpus/<n>/\` (git-ignored; hidden so that opening the repository does not index them); \`node out/bench/generateCorpus.js --count N [--out DIR]\` writes one alone.
- **Core.** Each measurement runs on a fresh worker thread after a warm-up of 200 articles. Per-article figures time \`analyze()\` on each of the first N generated articles; the median, p95 and p99 are taken per round and the median over rounds is reported; "MB/s wall" is UTF-8 bytes over the median round's wall-clock time on one thread; "MB/s CPU" divides by the CPU time the process used instead (\`process.cpuUsage\`, the main thread idle meanwhile, garbage-collector threads included), which stays meaningful on a loaded machine, where wall-clock time and the p95 and p99 also count waits for a core. Large and hostile inputs are single texts of the given size analysed whole; a measurement that exceeds its time budget is stopped and reported as a timeout. Hostile shapes (\`bench/hostileShapes.ts\`: invented text repeating one pattern aimed at a family of rules, such as runs of titles, quoted nicknames, tickers or datelines) are analysed at a small and a large size on a fresh worker, each size once unmeasured first (compiling the shape's own paths) and then once measured (a shape whose ratio is over 1.6 is measured again on a new worker, and the lower ratio kept); their CPU time per MB should stay flat, and a ratio over 1.6 is named under the table.
- **compromise** (\`compromise\` 14, people / places / organisations with offsets; edge punctuation and possessive "'s" trimmed, which only helps it) runs the same way on the first 300 generated articles, beside the core on the same 300. Entity quality on the seed gold (\`test/fixtures/gold\`) and the held-out check set (\`test/fixtures/heldout\`) is scored by \`bench/evalScore.ts\`, the scorer \`npm run eval\` uses; Article Lens is scored through its CLI exactly as \`npm run eval\` does. compromise has no entity identity, so its linking uses the lower-cased mention text as the id.
- **Language server.** \`dist/server/main.js --stdio\` is spawned as a child process with the Node flags the extension gives it (\`server/src/launchFlags.ts\`) with the corpus folder as its workspace and \`initializationOptions.storagePath\` in a temporary folder. Cold index: spawn to the \`articleLens/indexingFinished\` notification with an empty storage folder; warm start: the same with the cache the cold run wrote. Latencies are sequential round trips. A 3 KB article of the corpus is opened and its semantic tokens asked for as soon as indexing has finished (while the server may still be saving its cache); then, once the cache is on disk, a second article is opened the same way, and from the first: hover, definition, references and document highlight on its entity tokens, workspace symbols for queries such as "korea" and "erdogan", and a keystroke (an incremental \`didChange\` then \`semanticTokens/full\`). CPU time is the server process's user and system time from \`/proc/<pid>/stat\` at the notification, start-up included: unlike wall-clock time it does not grow with other load. Memory is the server process's VmRSS and VmHWM from \`/proc/<pid>/status\` (worker threads included). Each figure is the median over rounds.
- **Load.** Other builds and tests may share the machine; each suite records the 1-minute load average sampled every 5 s (median, min–max) so figures can be read against it. Benchmarks are not tests: nothing asserts on a timing.
`;
