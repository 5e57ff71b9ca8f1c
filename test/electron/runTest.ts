/*
 * Runs the extension-host suite (test/suite) in a desktop VS Code that @vscode/test-electron downloads
 * into .vscode-test/: `npm run test:vscode`, on machines that can reach update.code.visualstudio.com.
 * Where only npm is reachable, test/vscode/extensionHost.test.ts runs the same suite inside code-server.
 * VSCODE_TEST_VERSION picks the VS Code version (default: the oldest the manifest supports).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { RESULTS_ENV, type SuiteResults } from '../suite/index';
import { REPO_ROOT, SEEDS_DIR } from '../vscode/paths';

async function main(): Promise<number> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-electron-'));
  const resultsFile = path.join(scratch, 'results.json');
  try {
    const exitCode = await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(REPO_ROOT, 'out/test/suite/index.js'),
      extensionTestsEnv: { [RESULTS_ENV]: resultsFile },
      launchArgs: [
        SEEDS_DIR,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(scratch, 'user-data'),
        '--extensions-dir',
        path.join(scratch, 'extensions'),
      ],
    });
    if (fs.existsSync(resultsFile)) {
      const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults;
      console.log(`${results.tests.length} extension-host tests: ${results.passed} passed, ${results.failed} failed`);
    }
    return exitCode;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('The extension-host tests could not run:', error);
    process.exit(1);
  },
);
