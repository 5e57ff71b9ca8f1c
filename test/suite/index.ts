/*
 * The extension-host test suite: mocha (tdd) run inside a real VS Code with the extension under
 * development loaded. One suite, two launchers: test/vscode/extensionHost.test.ts runs it in code-server
 * through the workbench's `payload` URL parameter; test/electron/runTest.ts (`npm run test:vscode`) runs
 * it in a desktop VS Code downloaded by @vscode/test-electron.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Where `run()` writes its results as JSON, when set (the launchers read it). */
export const RESULTS_ENV = 'ARTICLE_LENS_SUITE_RESULTS';

/** The results file `run()` writes. */
export interface SuiteResults {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; error?: string }[];
}

/** Runs every `*.test.js` beside this module; rejects when any test fails. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  // The extension host's console goes to the browser window's log; stdout reaches the server log.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    process.stdout.write(`${format(...args)}\n`);
  };
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  const results: SuiteResults = { passed: 0, failed: 0, tests: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const target = process.env[RESULTS_ENV];
      if (target) fs.writeFileSync(target, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${results.tests.length} extension-host tests failed`));
      else resolve();
    });
    runner.on('pass', (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed' });
    });
    runner.on('fail', (test, error: unknown) => {
      results.failed++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.tests.push({ title: test.fullTitle(), state: 'failed', error: message });
    });
  });
}
