import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SIDECAR_SUFFIX } from '../annotations/model';
import { isArticleByDefault, isCodeProjectFolder, isCodeProjectTextFile, matchesCorpusGlobs } from '../articleFiles';

/** Folders never walked: hidden ones (.git, .article-lens, ...) and dependency trees. */
function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * The article files under a workspace folder: those matching the corpus globs,
 * or by the automatic rule when there are none. Sorted, absolute paths.
 * `sidecars`, when given, receives the paths of the annotation files seen on
 * the way, so that only articles with one need their recorded date read.
 */
export function listArticleFiles(root: string, globs: readonly string[], sidecars?: Set<string>): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const names = entries.map((e) => e.name);
    const codeProject = globs.length === 0 && isCodeProjectFolder(names);
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skipFolder(e.name)) walk(full);
      } else if (e.isFile() || e.isSymbolicLink()) {
        if (sidecars && e.name.endsWith(SIDECAR_SUFFIX)) sidecars.add(full);
        if (globs.length > 0) {
          if (matchesCorpusGlobs(path.relative(root, full).split(path.sep).join('/'), globs)) out.push(full);
        } else if (!codeProject && e.name.toLowerCase().endsWith('.txt') && !isCodeProjectTextFile(e.name)) {
          out.push(full);
        }
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Whether one file (for example a newly created one) is an article of the folder `root`. */
export function isArticleFile(root: string, file: string, globs: readonly string[]): boolean {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const parts = relative.split(path.sep);
  if (parts.slice(0, -1).some(skipFolder)) return false;
  if (globs.length > 0) return matchesCorpusGlobs(parts.join('/'), globs);
  let siblings: string[] = [];
  try {
    siblings = fs.readdirSync(path.dirname(file));
  } catch {
    // the folder is gone; the file is no article then either
  }
  return isArticleByDefault(path.basename(file), siblings);
}

/** Characters a file URL keeps as they are in a path. */
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]*$/;

/**
 * The `file:` URI of an absolute path, as `pathToFileURL` writes it; a path of
 * plain characters (the common case) is written directly, since building a URL
 * object for each of ten thousand articles is a good part of listing them.
 */
export function fileUriOf(file: string): string {
  return path.sep === '/' && PLAIN_PATH.test(file) ? `file://${file}` : pathToFileURL(file).toString();
}
