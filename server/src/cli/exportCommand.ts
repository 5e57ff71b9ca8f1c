import * as path from 'node:path';
import { analyze } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { asArray, isJsonObject, type JsonObject } from '../annotations/model';
import { compareAnnotations } from '../annotations/sidecarFormat';
import { loadAnnotatedArticles, parseOptions } from './annotatedArticles';
import type { CliStreams } from './cli';
import { problemReporter } from './problems';

const FORMATS = ['jsonl', 'csv', 'w3c'] as const;
type Format = (typeof FORMATS)[number];

/** What an exported annotation covers in the article's analysis. */
interface Covered {
  claims: { start: number; end: number; text: string; speaker: string | null; cue: string | null }[];
  entities: { start: number; end: number; text: string; type: string; entity: string; canonical: string }[];
}

/** One exported annotation (a JSON line; a CSV row flattens it). */
interface ExportRow extends Covered {
  article: string;
  id: string;
  tags: string[];
  notes: string[];
  quote: string | null;
  text: string | null;
  start: number | null;
  end: number | null;
  anchor: string;
  creator: string | null;
  created: string | null;
  modified: string | null;
  articleDate: string | null;
  publisher: string | null;
  url: string | null;
}

/**
 * `article-lens export --format jsonl|csv|w3c <files or folders>`: every
 * annotation with the claims and entities its words cover. `w3c` writes one
 * AnnotationCollection whose targets name articles by path relative to the
 * current folder.
 */
export function runExport(args: string[], io: CliStreams): number {
  const parsed = parseOptions(args, ['--format'], []);
  const format = (parsed.options.get('--format')?.at(-1) ?? 'jsonl') as Format;
  if (parsed.error || !FORMATS.includes(format) || parsed.positional.length === 0) {
    io.stderr.write(
      `article-lens export: ${parsed.error ?? (FORMATS.includes(format) ? 'name at least one file or folder' : `unknown format '${format}' (jsonl, csv or w3c)`)}\n`,
    );
    return 2;
  }
  const { report, exitCode } = problemReporter(io);
  const rows: ExportRow[] = [];
  const w3cItems: JsonObject[] = [];
  for (const a of loadAnnotatedArticles(parsed.positional, report)) {
    if (a.sidecar.status === 'invalid') {
      report(`${a.sidecarPath}: not valid (${a.sidecar.problems[0]?.message ?? 'unknown problem'}), skipped`);
      continue;
    }
    if (a.text === null) {
      report(`${a.sidecarPath}: ${a.problem}, skipped`);
      continue;
    }
    const analysis = analyze(a.text, a.metadata?.datePublished ? { documentDate: a.metadata.datePublished } : {});
    const relative = path.relative(process.cwd(), a.articlePath).split(path.sep).join('/');
    const byId = new Map(a.anchored.map((x) => [x.view.id, x]));
    const items = a.sidecar.status === 'ok' ? asArray(a.sidecar.page.items).filter(isJsonObject).sort(compareAnnotations) : [];
    for (const item of items) {
      const anchored = byId.get(String(item.id));
      const found = anchored && anchored.anchor.status !== 'orphan' ? anchored.anchor : null;
      const covered = found ? coveredBy(analysis, found.start, found.end) : { claims: [], entities: [] };
      if (format === 'w3c') {
        w3cItems.push(exportedW3c(item, relative, found, covered));
        continue;
      }
      if (!anchored) continue;
      const { view, anchor } = anchored;
      rows.push({
        article: relative,
        id: view.id,
        tags: view.tags,
        notes: view.notes,
        quote: view.quote,
        text: found ? a.text.slice(found.start, found.end) : null,
        start: found?.start ?? null,
        end: found?.end ?? null,
        anchor: anchor.status,
        creator: view.creator,
        created: view.created,
        modified: view.modified,
        articleDate: analysis.dct,
        publisher: a.metadata?.publisher ?? null,
        url: a.metadata?.url ?? null,
        claims: covered.claims,
        entities: covered.entities,
      });
    }
  }
  if (format === 'jsonl') for (const r of rows) io.stdout.write(`${JSON.stringify(r)}\n`);
  else if (format === 'csv') writeCsv(rows, io);
  else {
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: w3cItems.length,
      first: { type: 'AnnotationPage', startIndex: 0, items: w3cItems },
    };
    io.stdout.write(`${JSON.stringify(collection, null, 2)}\n`);
  }
  return exitCode();
}

function coveredBy(analysis: Analysis, start: number, end: number): Covered {
  const overlaps = (s: { start: number; end: number }) => s.start < end && start < s.end;
  return {
    claims: analysis.claims.filter(overlaps).map((c) => ({ start: c.start, end: c.end, text: c.text, speaker: c.speaker, cue: c.cue?.text ?? null })),
    entities: analysis.entities
      .filter(overlaps)
      .map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, entity: e.entity, canonical: e.canonical })),
  };
}

/** The annotation as stored, its target naming the article by relative path, with what it covers (an extension property). */
function exportedW3c(item: JsonObject, relative: string, found: { start: number; end: number } | null, covered: Covered): JsonObject {
  const copy = JSON.parse(JSON.stringify(item)) as JsonObject;
  delete copy['@context'];
  const targets = asArray(copy.target).map((t) => (isJsonObject(t) ? { ...t, source: relative } : relative));
  copy.target = targets.length === 1 ? targets[0]! : targets;
  if (found) copy.covers = JSON.parse(JSON.stringify(covered)) as JsonObject;
  return copy;
}

const CSV_COLUMNS = ['article', 'id', 'tags', 'note', 'quote', 'start', 'end', 'anchor', 'creator', 'created', 'modified', 'articleDate', 'claim', 'speaker', 'entities'];

function writeCsv(rows: readonly ExportRow[], io: CliStreams): void {
  io.stdout.write(`${CSV_COLUMNS.join(',')}\r\n`);
  for (const r of rows) {
    const { claims, entities } = r;
    const cells: (string | number | null)[] = [
      r.article,
      r.id,
      r.tags.join('; '),
      r.notes[0] ?? '',
      r.quote,
      r.start,
      r.end,
      r.anchor,
      r.creator,
      r.created,
      r.modified,
      r.articleDate,
      claims[0]?.text ?? '',
      claims[0]?.speaker ?? '',
      [...new Set(entities.map((e) => e.canonical))].join('; '),
    ];
    io.stdout.write(`${cells.map(csvCell).join(',')}\r\n`);
  }
}

/** RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs text as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
