import * as fs from 'node:fs';
import * as path from 'node:path';
import { type AnchoredAnnotation, AnnotationCache } from '../annotations/annotationCache';
import type { ArticleMetadata, SidecarRead } from '../annotations/model';
import { SIDECAR_SUFFIX } from '../annotations/model';
import { decodeArticle } from '../workspace/articleText';
import { existingPaths } from './articleFiles';

/** An article that has a sidecar, with its annotations anchored in its current text. */
export interface AnnotatedArticle {
  articlePath: string;
  sidecarPath: string;
  /** The article's text, or null when it is missing or unreadable (then `problem` says why). */
  text: string | null;
  problem: string | null;
  sidecar: SidecarRead;
  anchored: AnchoredAnnotation[];
  metadata: ArticleMetadata | null;
}

/**
 * Every sidecar under the given files or folders (a file may name an
 * article or its sidecar), sorted, with its article read and anchored.
 */
export function loadAnnotatedArticles(paths: readonly string[], onProblem: (message: string) => void): AnnotatedArticle[] {
  const sidecars = new Set<string>();
  for (const { path: p, isDirectory } of existingPaths(paths, onProblem)) {
    if (isDirectory) walk(p, sidecars);
    else if (p.endsWith(SIDECAR_SUFFIX)) sidecars.add(p);
    else if (fs.existsSync(`${p}${SIDECAR_SUFFIX}`)) sidecars.add(`${p}${SIDECAR_SUFFIX}`);
  }
  const cache = new AnnotationCache();
  return [...sidecars].sort().map((sidecarPath) => {
    const articlePath = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
    const sidecar = cache.sidecar(articlePath);
    const loaded = readArticle(articlePath);
    const anchored = loaded.text === null ? [] : cache.anchored(articlePath, 'disk', loaded.text);
    return { articlePath, sidecarPath, text: loaded.text, problem: loaded.problem, sidecar, anchored, metadata: cache.articleMetadata(articlePath) };
  });
}

/** Reads an article's text as the editor would show it. */
export function readArticle(articlePath: string): { text: string | null; problem: string | null } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(articlePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { text: null, problem: code === 'ENOENT' ? 'the article this sidecar belongs to does not exist' : `cannot read the article (${code ?? String(error)})` };
  }
  const decoded = decodeArticle(bytes);
  return decoded.ok ? { text: decoded.text, problem: null } : { text: null, problem: `the article cannot be read: ${decoded.message}` };
}

function walk(dir: string, out: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && e.name.endsWith(SIDECAR_SUFFIX)) out.add(full);
  }
}

/** 1-based line and column of an offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Splits arguments into repeated `--name value` options, flags and positional values. */
export function parseOptions(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): { options: Map<string, string[]>; flags: Set<string>; positional: string[]; error: string | null } {
  const options = new Map<string, string[]>();
  const set = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return { options, flags: set, positional, error: `${name} needs a value` };
      options.set(name, [...(options.get(name) ?? []), value]);
    } else if (flags.includes(arg)) {
      set.add(arg);
    } else if (arg.startsWith('--')) {
      return { options, flags: set, positional, error: `unknown option ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  return { options, flags: set, positional, error: null };
}
