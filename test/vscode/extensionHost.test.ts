import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { RESULTS_ENV, type SuiteResults } from '../suite/index';
import { REPO_ROOT, runExtensionTests, SEEDS_DIR, startCodeServer } from './codeServer';

// The extension host loads the suite compiled by `tsc -b`, whether this file runs compiled or under tsx.
const SUITE = path.join(REPO_ROOT, 'out/test/suite/index.js');

test('the extension-host suite passes inside code-server', { timeout: 240_000 }, async (t) => {
  assert.ok(fs.existsSync(SUITE), `expected the compiled suite at ${SUITE}: run npx tsc -b`);
  assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist/client/extension.js')), 'expected the extension bundle: run npm run build');
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-suite-')), 'results.json');
  const server = await startCodeServer({ name: 'extension-host', env: { [RESULTS_ENV]: resultsFile } });
  try {
    const { exitCode } = await runExtensionTests(server, SEEDS_DIR, { developmentPath: REPO_ROOT, testsPath: SUITE });
    assert.ok(fs.existsSync(resultsFile), `expected the suite to write ${resultsFile}; exit code ${exitCode}; logs:\n${server.logs()}`);
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults;
    for (const r of results.tests) t.diagnostic(`${r.state}: ${r.title}`);
    t.diagnostic(`${results.tests.length} mocha tests ran in the extension host: ${results.passed} passed, ${results.failed} failed`);
    const failures = results.tests.filter((r) => r.state === 'failed').map((r) => `${r.title}\n${r.error ?? ''}`);
    assert.deepEqual(failures, [], 'expected every extension-host test to pass');
    assert.ok(results.tests.length > 0, 'expected the suite to run some tests');
    assert.equal(exitCode, 0, 'expected the workbench to report success');
  } finally {
    await server.stop();
    fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
  }
});
