import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { InitializeResult, SemanticTokens } from 'vscode-languageserver-protocol';
import { corpusFolder, ensureCorpus } from './generateCorpus';
import { LspSession, type Memory } from './lspSession';
import { median, now, percentile } from './stats';

/** Round-trip milliseconds of one kind of request. */
export interface LatencyFigures {
  requests: number;
  first: number;
  p50: number;
  p95: number;
  max: number;
  /** Median number of results per answer (locations, symbols, tokens), where that means something. */
  results: number | null;
  /** Time to the answer's first bytes (see `LspSession.lastFirstByteMs`), where measured. */
  firstByte?: { p50: number; p95: number };
}

export const LATENCY_KINDS = ['openAfterIndex', 'open', 'hover', 'definition', 'references', 'highlight', 'symbols', 'keystroke'] as const;
export type LatencyKind = (typeof LATENCY_KINDS)[number];

export interface ServerFigures {
  articles: number;
  corpusMB: number;
  /** Articles the server reported indexed, and how many came from its cache on a warm start. */
  indexed: number | null;
  entities: number | null;
  coldRounds: number;
  warmRounds: number;
  /** Spawn to the indexing-finished notification, milliseconds (median over rounds). */
  coldMs: number | null;
  warmMs: number | null;
  /** Server CPU milliseconds (user + system, all threads) from spawn to the notification. */
  coldCpuMs: number | null;
  warmCpuMs: number | null;
  warmFromCache: number | null;
  /** Spawn to the initialize answer. */
  initializeMs: number | null;
  latency: Partial<Record<LatencyKind, LatencyFigures>>;
  memory: { afterIndexMB: number | null; afterQueriesMB: number | null; peakMB: number | null; warmPeakMB: number | null };
  notes: string[];
}

export interface ServerOptions {
  repoRoot: string;
  serverMain: string;
  sizes: number[];
  coldRounds: (size: number) => number;
  warmRounds: (size: number) => number;
  requests: number;
}

const QUERIES = ['korea', 'erdogan', 'nato', 'lee', 'macron', 'ministry', 'kim', 'energy'];
const ENTITY_TOKENS = new Set(['person', 'organization', 'location', 'nationality', 'event', 'facility', 'product', 'entity']);

interface Position {
  line: number;
  character: number;
}

/** Cold index, warm start and request latencies of the built server at each corpus size. */
export async function runServerBench(options: ServerOptions, log: (line: string) => void): Promise<Record<string, ServerFigures>> {
  const out: Record<string, ServerFigures> = {};
  for (const size of options.sizes) {
    const folder = corpusFolder(options.repoRoot, size);
    const started = now();
    const { bytes, generated } = ensureCorpus(folder, size);
    if (generated) log(`server: generated ${size} articles (${(bytes / 1e6).toFixed(0)} MB) in ${((now() - started) / 1000).toFixed(0)} s`);
    out[String(size)] = await benchSize(options, size, folder, bytes, log);
  }
  return out;
}

async function benchSize(options: ServerOptions, size: number, folder: string, bytes: number, log: (line: string) => void): Promise<ServerFigures> {
  const storage = path.join(os.tmpdir(), `article-lens-bench-storage-${size}`);
  const notes: string[] = [];
  const indexTimeout = Math.max(180_000, size * 30);
  const cold: number[] = [];
  const coldCpu: number[] = [];
  const warmCpu: number[] = [];
  const initMs: number[] = [];
  const afterIndex: number[] = [];
  const afterQueries: number[] = [];
  const peaks: number[] = [];
  const latencyRounds: Partial<Record<LatencyKind, LatencyFigures>>[] = [];
  let indexed: number | null = null;
  let entities: number | null = null;
  const coldRounds = options.coldRounds(size);
  for (let round = 0; round < coldRounds; round++) {
    fs.rmSync(storage, { recursive: true, force: true });
    fs.mkdirSync(storage, { recursive: true });
    log(`server ${size}: cold start ${round + 1}/${coldRounds}`);
    const { session, init, spawnedAt } = await LspSession.start(options.serverMain, folder, storage);
    try {
      initMs.push(now() - spawnedAt);
      const done = await session.indexed(indexTimeout);
      if (!done) {
        notes.push(`no indexing-finished notification within ${indexTimeout / 1000} s`);
        break;
      }
      cold.push(done.at - spawnedAt);
      const cpu = session.cpuMillis();
      if (cpu !== null) coldCpu.push(cpu);
      indexed = done.status.articles;
      entities = done.status.entities;
      pushMemory(afterIndex, session.memory(), 'rss');
      const settled = async () => {
        if (!(await cacheWritten(storage, 180_000))) notes.push('the index cache was not written within 180 s of indexing');
      };
      try {
        latencyRounds.push(await measureLatencies(session, init, folder, options.requests, notes, settled));
      } catch (error) {
        notes.push(`requests failed: ${error instanceof Error ? error.message : String(error)}`);
        await settled();
      }
      const m = session.memory();
      pushMemory(afterQueries, m, 'rss');
      pushMemory(peaks, m, 'peak');
    } finally {
      await session.stop();
    }
  }

  const warm: number[] = [];
  const warmPeaks: number[] = [];
  let warmFromCache: number | null = null;
  const warmRounds = cold.length > 0 ? options.warmRounds(size) : 0;
  for (let round = 0; round < warmRounds; round++) {
    log(`server ${size}: warm start ${round + 1}/${warmRounds}`);
    const { session, spawnedAt } = await LspSession.start(options.serverMain, folder, storage);
    try {
      const done = await session.indexed(indexTimeout);
      if (!done) {
        notes.push(`warm start: no indexing-finished notification within ${indexTimeout / 1000} s`);
        break;
      }
      warm.push(done.at - spawnedAt);
      const cpu = session.cpuMillis();
      if (cpu !== null) warmCpu.push(cpu);
      warmFromCache = done.status.fromCache;
      pushMemory(warmPeaks, session.memory(), 'peak');
    } finally {
      await session.stop();
    }
  }
  fs.rmSync(storage, { recursive: true, force: true });

  const latency: Partial<Record<LatencyKind, LatencyFigures>> = {};
  for (const kind of LATENCY_KINDS) {
    const rounds = latencyRounds.map((r) => r[kind]).filter((r): r is LatencyFigures => r !== undefined);
    if (rounds.length === 0) continue;
    const results = rounds.map((r) => r.results).filter((r): r is number => r !== null);
    const firstBytes = rounds.map((r) => r.firstByte).filter((f) => f !== undefined);
    latency[kind] = {
      requests: rounds[0]!.requests,
      first: median(rounds.map((r) => r.first)),
      p50: median(rounds.map((r) => r.p50)),
      p95: median(rounds.map((r) => r.p95)),
      max: Math.max(...rounds.map((r) => r.max)),
      results: results.length > 0 ? median(results) : null,
      ...(firstBytes.length > 0 ? { firstByte: { p50: median(firstBytes.map((f) => f.p50)), p95: median(firstBytes.map((f) => f.p95)) } } : {}),
    };
  }
  const med = (xs: number[]) => (xs.length > 0 ? median(xs) : null);
  return {
    articles: size,
    corpusMB: bytes / 1e6,
    indexed,
    entities,
    coldRounds: cold.length,
    warmRounds: warm.length,
    coldMs: med(cold),
    warmMs: med(warm),
    coldCpuMs: med(coldCpu),
    warmCpuMs: med(warmCpu),
    warmFromCache,
    initializeMs: med(initMs),
    latency,
    memory: {
      afterIndexMB: med(afterIndex),
      afterQueriesMB: med(afterQueries),
      peakMB: peaks.length > 0 ? Math.max(...peaks) : null,
      warmPeakMB: warmPeaks.length > 0 ? Math.max(...warmPeaks) : null,
    },
    notes: [...new Set(notes)],
  };
}

function pushMemory(into: number[], m: Memory, which: 'rss' | 'peak'): void {
  const v = which === 'rss' ? m.rssMB : m.peakMB;
  if (v !== null) into.push(v);
}

/**
 * Waits until the storage folder holds files whose total size stopped changing
 * and no temporary file is left (the server writes one and renames it).
 */
async function cacheWritten(storage: string, timeoutMs: number): Promise<boolean> {
  const deadline = now() + timeoutMs;
  let last = -1;
  while (now() < deadline) {
    let total = 0;
    let writing = false;
    try {
      for (const name of fs.readdirSync(storage)) {
        if (name.endsWith('.tmp')) writing = true;
        else total += fs.statSync(path.join(storage, name)).size;
      }
    } catch {
      total = 0;
    }
    if (!writing && total > 0 && total === last) return true;
    last = total;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/** Two articles of about 3 KB with LF line endings, the kind an analyst opens. */
function pickArticles(folder: string): [string, string] {
  const dir = path.join(folder, 'part-000');
  const files = fs.readdirSync(dir).sort().slice(0, 60);
  const ranked = files
    .map((f) => {
      const full = path.join(dir, f);
      const text = fs.readFileSync(full, 'utf8');
      return { full, distance: text.includes('\r') ? Number.POSITIVE_INFINITY : Math.abs(Buffer.byteLength(text) - 3000) };
    })
    .sort((a, b) => a.distance - b.distance || (a.full < b.full ? -1 : 1));
  return [ranked[0]!.full, ranked[1]!.full];
}

async function timed<R>(into: number[], call: () => Promise<R>): Promise<R> {
  const started = now();
  const result = await call();
  into.push(now() - started);
  return result;
}

function figures(times: number[], counts: number[], firstBytes: number[] = []): LatencyFigures {
  return {
    requests: times.length,
    first: times[0] ?? Number.NaN,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    results: counts.length > 0 ? median(counts) : null,
    ...(firstBytes.length > 0 ? { firstByte: { p50: percentile(firstBytes, 50), p95: percentile(firstBytes, 95) } } : {}),
  };
}

const countOf = (answer: unknown): number => (Array.isArray(answer) ? answer.length : answer ? 1 : 0);

async function measureLatencies(
  session: LspSession,
  init: InitializeResult,
  folder: string,
  requests: number,
  notes: string[],
  settled: () => Promise<void>,
): Promise<Partial<Record<LatencyKind, LatencyFigures>>> {
  const caps = init.capabilities;
  const out: Partial<Record<LatencyKind, LatencyFigures>> = {};
  const [first, second] = pickArticles(folder);
  const { uri, text } = await session.open(first);
  const textDocument = { uri };

  // Right after indexing, as a user who opens an article at once meets it (the server may still be saving its cache).
  const afterIndex: number[] = [];
  const tokens = await timed(afterIndex, () => session.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument }));
  out.openAfterIndex = figures(afterIndex, [tokens.data.length / 5]);
  // Everything else in the steady state, once the cache is on disk.
  await settled();
  const other = await session.open(second);
  const openTimes: number[] = [];
  const otherTokens = await timed(openTimes, () => session.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: other.uri } }));
  out.open = figures(openTimes, [otherTokens.data.length / 5]);
  await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other.uri } });
  const positions = entityPositions(tokens, caps.semanticTokensProvider?.legend.tokenTypes ?? [], text);
  if (positions.length === 0) notes.push('the opened article had no entity tokens: position requests used capitalised words');

  const positional: [LatencyKind, string, boolean, (p: Position) => object][] = [
    ['hover', 'textDocument/hover', Boolean(caps.hoverProvider), (position) => ({ textDocument, position })],
    ['definition', 'textDocument/definition', Boolean(caps.definitionProvider), (position) => ({ textDocument, position })],
    ['references', 'textDocument/references', Boolean(caps.referencesProvider), (position) => ({ textDocument, position, context: { includeDeclaration: true } })],
    ['highlight', 'textDocument/documentHighlight', Boolean(caps.documentHighlightProvider), (position) => ({ textDocument, position })],
  ];
  const spots = positions.length > 0 ? positions : capitalisedPositions(text);
  for (const [kind, method, supported, params] of positional) {
    if (!supported) {
      notes.push(`the server does not offer ${method}`);
      continue;
    }
    const times: number[] = [];
    const counts: number[] = [];
    const firstBytes: number[] = [];
    for (let i = 0; i < requests; i++) {
      const answer = await timed(times, () => session.request<unknown>(method, params(spots[i % spots.length]!)));
      if (kind !== 'hover') counts.push(countOf(answer));
      if (session.lastFirstByteMs !== null) firstBytes.push(session.lastFirstByteMs);
    }
    out[kind] = figures(times, counts, firstBytes);
  }

  if (caps.workspaceSymbolProvider) {
    const times: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < requests; i++) {
      const answer = await timed(times, () => session.request<unknown>('workspace/symbol', { query: QUERIES[i % QUERIES.length] }));
      counts.push(countOf(answer));
    }
    out.symbols = figures(times, counts);
  } else {
    notes.push('the server does not offer workspace/symbol');
  }

  // A keystroke: type a letter into the middle of a paragraph (then take it out again) and ask for the tokens.
  const lines = text.split('\n');
  const line = Math.max(0, lines.findIndex((l, i) => i >= lines.length / 2 && l.length > 40));
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const at = { line, character: 20 };
    const started = now();
    if (i % 2 === 0) await session.change(uri, { start: at, end: at }, 'x');
    else await session.change(uri, { start: at, end: { line, character: 21 } }, '');
    await session.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument });
    times.push(now() - started);
  }
  out.keystroke = figures(times, []);
  await session.connection.sendNotification('textDocument/didClose', { textDocument });
  return out;
}

/** The middle of each entity token, one per distinct word, in document order. */
function entityPositions(tokens: SemanticTokens, types: readonly string[], text: string): Position[] {
  const lines = text.split('\n');
  const seen = new Set<string>();
  const out: Position[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const dl = tokens.data[i]!;
    line += dl;
    character = dl === 0 ? character + tokens.data[i + 1]! : tokens.data[i + 1]!;
    const length = tokens.data[i + 2]!;
    if (!ENTITY_TOKENS.has(types[tokens.data[i + 3]!] ?? '')) continue;
    const word = (lines[line] ?? '').slice(character, character + length);
    if (seen.has(word)) continue;
    seen.add(word);
    out.push({ line, character: character + (length >> 1) });
  }
  return out;
}

function capitalisedPositions(text: string): Position[] {
  const out: Position[] = [];
  text.split('\n').forEach((l, line) => {
    for (let c = 1; c < l.length && out.length < 50; c++) {
      if (l.charAt(c - 1) === ' ' && l.charAt(c) >= 'A' && l.charAt(c) <= 'Z') out.push({ line, character: c + 1 });
    }
  });
  return out.length > 0 ? out : [{ line: 0, character: 0 }];
}
