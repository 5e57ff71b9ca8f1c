import * as fs from 'node:fs';
import * as path from 'node:path';
import { isArticleByDefault } from '../articleFiles';

/**
 * Expands command-line paths into article files: a file is taken as given;
 * a folder contributes its `.txt` articles (recursively, skipping hidden and
 * node_modules folders), sorted for stable output.
 */
export function collectArticleFiles(paths: readonly string[], onProblem: (message: string) => void): string[] {
  const files: string[] = [];
  for (const { path: p, isDirectory } of existingPaths(paths, onProblem)) {
    if (isDirectory) walk(p, files);
    else files.push(p);
  }
  return files;
}

/** The command-line paths that exist, each with whether it is a folder; the others are reported. */
export function existingPaths(paths: readonly string[], onProblem: (message: string) => void): { path: string; isDirectory: boolean }[] {
  const found: { path: string; isDirectory: boolean }[] = [];
  for (const p of paths) {
    try {
      found.push({ path: p, isDirectory: fs.statSync(p).isDirectory() });
    } catch {
      onProblem(`${p}: no such file or folder`);
    }
  }
  return found;
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = entries.map((e) => e.name);
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && isArticleByDefault(e.name, names)) out.push(full);
  }
}
