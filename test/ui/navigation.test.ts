import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type CodeServer, ENTITY_COLOURS, REPO_ROOT, SEEDS_DIR, startCodeServer, Workbench } from '../vscode/codeServer';

// Two seeds that both name Erdoğan, spelled differently.
const SEED = '001_71c7a69bdbeef647.txt';
const OTHER = '000_11bec171e7e4b8ef.txt';

let server: CodeServer;
let bench: Workbench;

before(async () => {
  server = await startCodeServer({ name: 'ui-navigation' });
  bench = await Workbench.open(server, SEEDS_DIR, { developmentPath: REPO_ROOT, expectFile: SEED });
});

after(async () => {
  await bench?.close();
  await server?.stop();
});

async function openSeedAtErdogan(): Promise<void> {
  await bench.openFromExplorer(SEED);
  await bench.waitForTokenColour('Erdogan', ENTITY_COLOURS);
  await bench.token('Erdogan').click();
}

test('the hover card of a name counts its mentions across articles', async () => {
  await bench.openFromExplorer(SEED);
  await bench.waitForTokenColour('Erdogan', ENTITY_COLOURS);
  // The index finishes in the background; the card shows counts once it has.
  let card = '';
  for (let attempt = 0; attempt < 20 && !/mentions in 2 articles/.test(card); attempt++) {
    card = await bench.hover('Erdogan', /Erdo/, true);
    if (!/mentions in 2 articles/.test(card)) await bench.dismissHover();
  }
  assert.match(card, /\d+ mentions in 2 articles/, `expected "N mentions in 2 articles" in the card, got: ${card}`);
  assert.match(card, /Also written: .*Erdogan/, `expected the plain spelling among the aliases, got: ${card}`);
  await bench.screenshot('navigation-hover');
  await bench.dismissHover();
});

test('go to definition opens the first full-name mention, in another article', async () => {
  await openSeedAtErdogan();
  await bench.page.keyboard.press('F12');
  await bench.waitForEditor(OTHER);
  await bench.screenshot('navigation-definition');
});

test('find all references lists the mentions in both articles', async () => {
  await openSeedAtErdogan();
  await bench.page.keyboard.press('Shift+F12');
  const peek = bench.page.locator('.peekview-widget').first();
  await peek.waitFor({ state: 'visible' });
  const tree = peek.locator('.monaco-list-row');
  await tree.filter({ hasText: OTHER }).first().waitFor({ state: 'visible' });
  const rows = await tree.allInnerTexts();
  assert.ok(rows.some((r) => r.includes(SEED)), `expected ${SEED} among the reference groups, got ${JSON.stringify(rows)}`);
  await bench.screenshot('navigation-references');
  await bench.page.keyboard.press('Escape');
});

test('the entity search (Ctrl+T) finds South Korea once, whatever the spelling', async () => {
  await bench.openFromExplorer(SEED);
  await bench.page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
  await bench.page.keyboard.press('Control+T');
  const widget = bench.page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible' });
  await bench.page.keyboard.type('korea');
  const rows = widget.locator('.quick-input-list .monaco-list-row');
  await rows.filter({ hasText: 'South Korea' }).first().waitFor({ state: 'visible' });
  const labels = await rows.locator('.label-name').allInnerTexts();
  const southKorea = labels.filter((l) => l.replace(/\u00a0/g, ' ').trim() === 'South Korea');
  assert.equal(southKorea.length, 1, `expected South Korea once, got ${JSON.stringify(labels)}`);
  await bench.screenshot('navigation-entity-search');
  // Typed without its diacritics, a name is still found: the picker's own filter keeps the spelling shown beside it.
  // A new Ctrl+T: selecting the box's text would also take its '#', and the picker would search files instead.
  await bench.page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden' });
  await bench.page.keyboard.press('Control+T');
  await widget.waitFor({ state: 'visible' });
  await bench.page.keyboard.type('erdogan');
  await rows.filter({ hasText: 'Erdoğan' }).first().waitFor({ state: 'visible' });
  await bench.screenshot('navigation-entity-search-diacritics');
  await bench.page.keyboard.press('Escape');
});

test('Search Entities lists the entities in the server\'s order, every spelling kept', async () => {
  await bench.openFromExplorer(SEED);
  await bench.runCommand('Article Lens: Search Entities');
  const widget = bench.page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible' });
  await bench.page.keyboard.type('korea');
  const rows = widget.locator('.quick-input-list .monaco-list-row');
  // The most mentioned entity whose name holds the word comes first, not the names that begin with it.
  await rows.first().filter({ hasText: 'South Korea' }).waitFor({ state: 'visible' });
  // Until the answer for "korea" arrives the list holds the most mentioned entities, with other names second.
  await rows.nth(1).filter({ hasText: /Korea/ }).waitFor({ state: 'visible' });
  // The list is filled asynchronously: read it until it settles on South Korea first (or the wait runs out).
  const readLabels = async () => (await rows.locator('.label-name').allInnerTexts()).map((l) => l.replace(/\u00a0/g, ' ').trim());
  let labels = await readLabels();
  for (let i = 0; i < 50 && labels[0] !== 'South Korea'; i++) {
    await bench.page.waitForTimeout(100);
    labels = await readLabels();
  }
  assert.equal(labels[0], 'South Korea', `expected South Korea first, got ${JSON.stringify(labels)}`);
  assert.equal(labels.filter((l) => l === 'South Korea').length, 1, `expected South Korea once, got ${JSON.stringify(labels)}`);
  assert.match(await rows.first().innerText(), /location · \d+ mentions in \d+ articles/);
  await bench.screenshot('navigation-search-entities');
  // The row's button lists every mention of the entity, in every article that names it.
  await rows.first().hover();
  await rows.first().locator('.quick-input-list-entry-action-bar .action-label').first().click();
  const peek = bench.page.locator('.peekview-widget').first();
  await peek.waitFor({ state: 'visible' });
  await peek.locator('.monaco-list-row').filter({ hasText: SEED }).first().waitFor({ state: 'visible' });
  await bench.screenshot('navigation-search-entities-mentions');
  await bench.page.keyboard.press('Escape');
  await bench.runCommand('Article Lens: Search Entities');
  await widget.waitFor({ state: 'visible' });
  // A word no entity holds says so rather than leaving the list blank.
  await bench.page.keyboard.type('zqxv');
  await rows.first().filter({ hasText: 'No entity matches "zqxv"' }).waitFor({ state: 'visible' });
  // A spelling without its diacritics finds the entity: VS Code's own filter would hide it.
  // A new Ctrl+T: selecting the box's text would also take its '#', and the picker would search files instead.
  await bench.page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden' });
  await bench.page.keyboard.press('Control+T');
  await widget.waitFor({ state: 'visible' });
  await bench.page.keyboard.type('erdogan');
  await rows.first().filter({ hasText: 'Erdoğan' }).waitFor({ state: 'visible' });
  await bench.page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
  // Accepting opens the article of the entity's first full-name mention, scrolled to it.
  await bench.page.locator('.tab.active').filter({ hasText: /\.txt/ }).first().waitFor({ state: 'visible' });
  await bench.page.locator('.editor-group-container .monaco-editor .view-line').filter({ hasText: /Erdo(ğ|g)an/ }).first().waitFor({ state: 'visible' });
});
