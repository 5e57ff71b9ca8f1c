import * as fs from 'node:fs';
import * as path from 'node:path';
import { TAXONOMY_FILE } from '../annotations/annotationCache';
import { parseTaxonomyFile } from '../annotations/sidecarParse';
import { lineColumn, loadAnnotatedArticles } from './annotatedArticles';
import type { CliStreams } from './cli';

/**
 * `article-lens validate <files or folders>`: every sidecar loads and matches
 * the schema, targets only its own article, and every annotation still finds
 * its words. Exits 1 on any problem, for a repository's CI.
 */
export function runValidate(args: string[], io: CliStreams): number {
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown || args.length === 0) {
    io.stderr.write(`article-lens validate: ${unknown ? `unknown option ${unknown}` : 'name at least one file or folder'}\n`);
    return 2;
  }
  let problems = 0;
  let warnings = 0;
  const problem = (message: string) => {
    problems++;
    io.stdout.write(`${message}\n`);
  };
  for (const folder of args) {
    const taxonomy = path.join(folder, TAXONOMY_FILE);
    if (!fs.existsSync(taxonomy)) continue;
    const text = fs.readFileSync(taxonomy, 'utf8');
    for (const p of parseTaxonomyFile(text).problems) {
      const { line, column } = lineColumn(text, p.offset);
      problem(`${taxonomy}:${line}:${column}: error: ${p.message}`);
    }
  }
  const articles = loadAnnotatedArticles(args, (m) => problem(`error: ${m}`));
  let annotations = 0;
  for (const a of articles) {
    if (a.sidecar.status === 'invalid') {
      for (const p of a.sidecar.problems) {
        const { line, column } = lineColumn(a.sidecar.text, p.offset);
        problem(`${a.sidecarPath}:${line}:${column}: error: ${p.message}`);
      }
      continue;
    }
    if (a.text === null) {
      problem(`${a.sidecarPath}: error: ${a.problem}`);
      continue;
    }
    for (const { view, anchor } of a.anchored) {
      annotations++;
      if (anchor.status === 'orphan') {
        problem(`${a.sidecarPath}: error: annotation ${view.id} [${view.tags.join(', ')}] is orphaned: ${anchor.reason} ("${(view.quote ?? '').slice(0, 60)}")`);
      } else if (anchor.status === 'fuzzy') {
        warnings++;
        const { line, column } = lineColumn(a.text, anchor.start);
        io.stdout.write(`${a.articlePath}:${line}:${column}: warning: annotation ${view.id} found only approximately; its words changed since it was made\n`);
      }
    }
  }
  io.stdout.write(
    `${articles.length} annotated article${articles.length === 1 ? '' : 's'}, ${annotations} annotation${annotations === 1 ? '' : 's'}: ${problems} problem${problems === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
  return problems > 0 ? 1 : 0;
}
