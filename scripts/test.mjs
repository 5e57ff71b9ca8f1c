#!/usr/bin/env node
// `npm test`: build, lint, package, then one node:test run over every test directory, the tests in a real
// VS Code (code-server) included, so that the runner's closing summary is the last thing printed.
// Test files are found by directory: a new out/test/<dir>/<name>.test.js in one of TEST_DIRS runs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEST_DIRS = ['unit', 'grammar', 'protocol', 'vscode', 'ui'].map((d) => `out/test/${d}/`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(title, command, args) {
  process.stderr.write(`\n[test] ${title}: ${command === process.execPath ? 'node' : command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(`[test] ${title} failed (exit code ${result.status ?? result.signal})\n`);
    process.exit(result.status ?? 1);
  }
}

step('code-server', process.execPath, ['scripts/setup-code-server.mjs']);
step('bundle', process.execPath, ['esbuild.mjs']);
step('type-check and compile', process.execPath, ['node_modules/typescript/bin/tsc', '-b']);
step('lint', npm, ['run', '--silent', 'lint']);
step('package', process.execPath, ['scripts/package.mjs']);
fs.rmSync(path.join(root, 'test-results'), { recursive: true, force: true });
const dirs = TEST_DIRS.filter((d) => fs.existsSync(path.join(root, d)));
// One at a time: the VS Code tests each start a code-server and a browser, too much for two cores at once.
step('tests', process.execPath, ['--test', '--test-concurrency=1', ...dirs]);
