import * as fs from 'node:fs';
import * as path from 'node:path';

function findRepoRoot(start: string): string {
  // Walk up rather than count levels: the same module runs from test/vscode (tsx) and out/test/vscode (tsc).
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'article-lens') {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no article-lens package.json above ${start}`);
  }
}

/** The extension's folder (where its package.json is). */
export const REPO_ROOT = findRepoRoot(__dirname);
/** The seed articles folder the tests open as a workspace. */
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
/** Where scripts/setup-code-server.mjs installs code-server. */
export const CODE_SERVER_DIR = path.join(REPO_ROOT, '.vscode-test/code-server');
/** code-server's command-line entry point. */
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
/** Test output kept after a run: screenshots and logs. */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
/** The packaged extension made by `npm run package`. */
export const VSIX_PATH = path.join(REPO_ROOT, 'dist/article-lens.vsix');
