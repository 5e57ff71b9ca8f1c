import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type CodeServer,
  cssColour,
  ENTITY_COLOURS,
  REPO_ROOT,
  SEEDS_DIR,
  startCodeServer,
  TOKEN_COLOURS,
  tokenTypeOfColour,
  Workbench,
} from '../vscode/codeServer';

// A seed whose opening lines name people and places the gold annotations mark.
const SEED = '001_71c7a69bdbeef647.txt';

let server: CodeServer;
let bench: Workbench;

before(async () => {
  server = await startCodeServer({ name: 'ui-seed-article' });
  bench = await Workbench.open(server, SEEDS_DIR, { developmentPath: REPO_ROOT, expectFile: SEED });
});

after(async () => {
  await bench?.close();
  await server?.stop();
});

test('a seed opened from the explorer is an Article', async () => {
  await bench.openFromExplorer(SEED);
  await bench.waitForLanguage('Article');
  assert.equal(await bench.languageMode(), 'Article', 'expected the status bar to show the Article language');
});

test('names in the seed are coloured by their entity type', async () => {
  await bench.openFromExplorer(SEED);
  // The gold annotations mark Erdogan as a person and Ankara as a place.
  for (const [name, type] of [['Erdogan', 'person'], ['Ankara', 'location']] as const) {
    const colour = await bench.waitForTokenColour(name, ENTITY_COLOURS);
    assert.equal(tokenTypeOfColour(colour), type, `expected "${name}" in the ${type} colour ${cssColour(TOKEN_COLOURS[type])}, got ${colour}`);
  }
  await bench.screenshot('seed-entities');
});

test('hovering a name shows its card', async () => {
  await bench.openFromExplorer(SEED);
  await bench.waitForTokenColour('Erdogan', ENTITY_COLOURS);
  const card = await bench.hover('Erdogan', /Erdo[gğ]an/, true);
  assert.match(card, /Erdo[gğ]an/, `expected the card to name Erdogan, got: ${card}`);
  await bench.screenshot('seed-hover');
  await bench.dismissHover();
  assert.deepEqual(bench.blockedRequests, [], 'expected the workbench to request nothing beyond 127.0.0.1');
});

test('the Show Output command opens the extension log', async () => {
  await bench.runCommand('Article Lens: Show Output');
  const panel = bench.page.locator('.part.panel');
  await panel.waitFor({ state: 'visible' });
  await panel.locator('.monaco-select-box, .monaco-dropdown').filter({ hasText: 'Article Lens' }).first().waitFor({ state: 'visible' });
  await bench.screenshot('output-panel');
});
