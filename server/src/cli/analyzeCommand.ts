import * as fs from 'node:fs';
import { analyze } from '../analysis/analyze';
import { CollectionCalendar } from '../analysis/collectionDate';
import { linkCorpus } from '../analysis/corpus';
import type { Analysis } from '../analysis/types';
import { decodeArticle } from '../workspace/articleText';
import { collectArticleFiles } from './articleFiles';
import type { CliStreams } from './cli';
import { problemReporter } from './problems';

interface AnalysedFile extends Analysis {
  path: string;
}

const OPTIONS = new Set(['--json', '--each-alone']);

/** `article-lens analyze [--json] [--each-alone] <files or folders>` */
export async function runAnalyze(args: string[], io: CliStreams): Promise<number> {
  const json = args.includes('--json');
  // Each article dated from its own text only, as the gold format defines `dct`: the files named are not one collection.
  const eachAlone = args.includes('--each-alone');
  const paths = args.filter((a) => !OPTIONS.has(a));
  const unknown = paths.find((p) => p.startsWith('--'));
  if (unknown) {
    io.stderr.write(`article-lens analyze: unknown option ${unknown}\n`);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr.write('article-lens analyze: name at least one file or folder\n');
    return 2;
  }
  const { report, exitCode } = problemReporter(io);
  const results: AnalysedFile[] = [];
  const yearless = new Map<AnalysedFile, string>();
  for (const file of collectArticleFiles(paths, report)) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      report(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)}), skipped`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      report(`${file}: ${decoded.message}, skipped`);
      continue;
    }
    const result: AnalysedFile = { path: file, ...analyze(decoded.text) };
    results.push(result);
    if (result.openDct) yearless.set(result, decoded.text);
  }
  if (!eachAlone) datePartialArticles(results, yearless);
  linkCorpus(results);
  for (const r of results) io.stdout.write(json ? `${JSON.stringify(toJson(r))}\n` : summary(r));
  return exitCode();
}

/**
 * Gives the articles whose own date names no year the year a dated article
 * of the collection near their month and day points to, and analyses them
 * again so their relative dates resolve. Only the yearless articles are redone.
 */
function datePartialArticles(results: AnalysedFile[], yearless: ReadonlyMap<AnalysedFile, string>): void {
  if (yearless.size === 0) return;
  const calendar = new CollectionCalendar(results.map((r) => r.dct));
  for (const [result, text] of yearless) {
    const date = result.openDct ? calendar.dateFor(result.openDct) : null;
    if (!date) continue;
    const at = results.indexOf(result);
    results[at] = { path: result.path, ...analyze(text, { documentDate: date, documentDateSource: 'collection' }) };
  }
}

/** The documented `--json` contract (README, "Command line"). */
export function toJson(r: AnalysedFile): object {
  return {
    path: r.path,
    dct: r.dct,
    entities: r.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, entity: e.entity })),
    dates: r.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
    claims: r.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      speaker: c.speaker,
      speakerStart: c.speakerSpan?.start ?? null,
      speakerEnd: c.speakerSpan?.end ?? null,
      cue: c.cue?.text ?? null,
    })),
    boilerplate: r.structure.boilerplate.map((b) => ({ start: b.start, end: b.end })),
  };
}

function summary(r: AnalysedFile): string {
  const top = new Map<string, { name: string; type: string; count: number }>();
  for (const e of r.entities) {
    const t = top.get(e.entity) ?? { name: e.canonical, type: e.type, count: 0 };
    t.count++;
    top.set(e.entity, t);
  }
  const rows = [...top.values()].sort((a, b) => b.count - a.count).slice(0, 8);
  const lines = [
    `${r.path}`,
    `  date ${r.dct ?? '(none)'} · ${r.entities.length} entities (${top.size} distinct) · ${r.dates.length} dates · ${r.claims.length} claims`,
    ...rows.map((t) => `    ${String(t.count).padStart(3)}  ${t.type.padEnd(12)} ${t.name}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
