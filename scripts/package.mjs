#!/usr/bin/env node
// `npm run package`: production bundles, then dist/article-lens.vsix made offline by @vscode/vsce.
//
// Everything happens in a staging copy of the checkout: vsce lists every file under the folder it packages
// before applying .vscodeignore, which takes minutes beside a generated benchmark corpus and the
// code-server test install, and the production bundles must not replace the development bundles (with
// source maps) in dist/ that the tests and the debugger use. .vscodeignore decides what is packaged.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/article-lens.vsix');
// Never packaged (.vscodeignore leaves them out too); skipped only so that vsce need not list them.
const SKIP = new Set(['.git', 'node_modules', '.vscode-test', 'out', 'dist', 'bench', 'test', 'test-results', 'seeds']);

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed with exit code ${result.status}`);
}

function stage(target) {
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    fs.cpSync(path.join(root, entry.name), path.join(target, entry.name), {
      recursive: true,
      filter: (source) => !source.endsWith('.vsix'),
    });
  }
  // The bundler resolves dependencies from here; vsce does not follow the link.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(target, 'node_modules'), 'dir');
}

const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-package-'));
try {
  stage(staging);
  run(process.execPath, ['esbuild.mjs', '--production'], staging);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  run(
    path.join(root, 'node_modules/.bin/vsce'),
    // Bundled: no node_modules in the package. No repository URL: README links stay relative, and the
    // images they point to (media/) ship in the package.
    ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
    staging,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
