import * as path from 'node:path';
import { SidecarRefusedError, updateSidecar } from '../annotations/sidecarStore';
import { lineColumn, loadAnnotatedArticles, parseOptions, readArticle } from './annotatedArticles';
import type { CliStreams } from './cli';
import { problemReporter } from './problems';

const USAGE = `Usage:
  article-lens annotations add <article> --quote "exact words" [--tag T]... [--note N] [--occurrence K] [--creator NAME]
  article-lens annotations list [--json] <files or folders>
`;

/** `article-lens annotations add|list ...` */
export async function runAnnotations(args: string[], io: CliStreams): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return add(rest, io);
  if (sub === 'list') return list(rest, io);
  io.stderr.write(sub ? `article-lens annotations: unknown subcommand '${sub}'\n\n${USAGE}` : USAGE);
  return 2;
}

async function add(args: string[], io: CliStreams): Promise<number> {
  const parsed = parseOptions(args, ['--quote', '--tag', '--note', '--occurrence', '--creator'], []);
  const fail = (message: string, code = 2) => {
    io.stderr.write(`article-lens annotations add: ${message}\n`);
    return code;
  };
  if (parsed.error) return fail(parsed.error);
  if (parsed.positional.length !== 1) return fail('name exactly one article');
  const quote = parsed.options.get('--quote')?.at(-1);
  if (!quote) return fail('--quote "exact words" is required');
  const article = parsed.positional[0]!;
  const { text, problem } = readArticle(article);
  if (text === null) return fail(`${article}: ${problem}`, 1);
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length === 0) return fail(`"${quote}" is not in ${article} (the quote must match the text exactly)`, 1);
  const occurrenceText = parsed.options.get('--occurrence')?.at(-1);
  let start: number;
  if (occurrenceText !== undefined) {
    const k = Number(occurrenceText);
    if (!Number.isInteger(k) || k < 1 || k > starts.length) {
      return fail(`--occurrence must be a whole number from 1 to ${starts.length}`, starts.length > 0 ? 1 : 2);
    }
    start = starts[k - 1]!;
  } else if (starts.length > 1) {
    const where = starts
      .slice(0, 10)
      .map((s, i) => {
        const { line, column } = lineColumn(text, s);
        return `  --occurrence ${i + 1}: line ${line}, column ${column}`;
      })
      .join('\n');
    return fail(`"${quote}" occurs ${starts.length} times in ${article}; choose one with --occurrence:\n${where}`, 1);
  } else {
    start = starts[0]!;
  }
  try {
    const result = await updateSidecar(
      article,
      text,
      [{ kind: 'add', start, end: start + quote.length, tags: parsed.options.get('--tag') ?? [], note: parsed.options.get('--note')?.at(-1) ?? '' }],
      { creator: parsed.options.get('--creator')?.at(-1) ?? '' },
    );
    const id = result.ids[0];
    if (!id) return fail(result.skipped[0] ?? 'the annotation was not added', 1);
    const { line, column } = lineColumn(text, start);
    io.stdout.write(`${id}\t${path.basename(article)}:${line}:${column}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SidecarRefusedError) return fail(error.message, 1);
    throw error;
  }
}

function list(args: string[], io: CliStreams): number {
  const parsed = parseOptions(args, [], ['--json']);
  if (parsed.error || parsed.positional.length === 0) {
    io.stderr.write(`article-lens annotations list: ${parsed.error ?? 'name at least one file or folder'}\n`);
    return 2;
  }
  const { report, exitCode } = problemReporter(io);
  const json = parsed.flags.has('--json');
  for (const a of loadAnnotatedArticles(parsed.positional, report)) {
    if (a.sidecar.status === 'invalid') {
      report(`${a.sidecarPath}: not valid (${a.sidecar.problems[0]?.message ?? 'unknown problem'}), skipped`);
      continue;
    }
    if (a.text === null) report(`${a.sidecarPath}: ${a.problem}`);
    if (a.metadata) {
      const m = a.metadata;
      if (json) io.stdout.write(`${JSON.stringify({ article: a.articlePath, kind: 'article', ...m })}\n`);
      else io.stdout.write(`${a.articlePath}\tarticle\t${[m.datePublished, m.publisher, m.url].filter((x) => x).join(' · ')}\n`);
    }
    for (const { view, anchor } of a.anchored) {
      const found = anchor.status === 'orphan' ? null : anchor;
      const at = found && a.text !== null ? lineColumn(a.text, found.start) : null;
      if (json) {
        io.stdout.write(
          `${JSON.stringify({
            article: a.articlePath,
            kind: 'span',
            id: view.id,
            tags: view.tags,
            notes: view.notes,
            quote: view.quote,
            anchor: anchor.status,
            start: found?.start ?? null,
            end: found?.end ?? null,
            line: at?.line ?? null,
            column: at?.column ?? null,
            text: found && a.text !== null ? a.text.slice(found.start, found.end) : null,
            creator: view.creator,
            created: view.created,
            modified: view.modified,
          })}\n`,
        );
      } else {
        const where = at ? `${a.articlePath}:${at.line}:${at.column}` : `${a.articlePath}:orphan`;
        const note = view.notes[0] ? `\t${view.notes[0].replace(/\s+/g, ' ')}` : '';
        io.stdout.write(`${where}\t[${view.tags.join(', ')}]\t"${(view.quote ?? '').replace(/\s+/g, ' ')}"${note}\n`);
      }
    }
  }
  return exitCode();
}
