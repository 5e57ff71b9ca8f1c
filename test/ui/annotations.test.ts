import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { runCli } from '../../server/src/cli/cli';
import { type CodeServer, ENTITY_COLOURS, REPO_ROOT, SEEDS_DIR, startCodeServer, Workbench } from '../vscode/codeServer';

// The seed's fourth line is a quoted claim by Erdogan; tagging happens in a copy of the seeds folder.
const SEED = '001_71c7a69bdbeef647.txt';
const CLAIM_WORDS = 'Our discussions with the relevant institutions';

let server: CodeServer;
let bench: Workbench;
let folder: string;
let sidecar: string;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-ui-annotations-'));
  for (const name of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, name), path.join(folder, name));
  sidecar = path.join(folder, `${SEED}.annotations.json`);
  server = await startCodeServer({ name: 'ui-annotations', settings: { 'articleLens.annotator': 'UI Test' } });
  bench = await Workbench.open(server, folder, { developmentPath: REPO_ROOT, expectFile: SEED });
});

after(async () => {
  await bench?.close();
  await server?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** Polls the file system (never a fixed sleep) until `probe` holds. */
async function until<T>(what: string, probe: () => T | null | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface SidecarFile {
  items: { body: { purpose: string; value: string }[]; target: { selector: { type: string; exact?: string }[] } }[];
}

function readSidecar(): SidecarFile | null {
  try {
    return JSON.parse(fs.readFileSync(sidecar, 'utf8')) as SidecarFile;
  } catch {
    return null;
  }
}

/**
 * Runs a palette command without clicking the editor first (the harness's runCommand clicks the
 * text to focus it, which would move the cursor away from the claim).
 */
async function runCommandAtCursor(title: string): Promise<void> {
  await bench.page.keyboard.press('F1');
  const widget = bench.page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible' });
  await bench.page.keyboard.type(title);
  await widget.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ state: 'visible' });
  await bench.page.keyboard.press('Enter');
}

const lens = (text: string) => bench.page.locator('.monaco-editor .codelens-decoration').filter({ hasText: text }).first();

test('tag a claim in a seed: the sidecar appears, the words are highlighted and the lens shows the tag', async () => {
  await bench.openFromExplorer(SEED);
  await bench.waitForTokenColour('Erdogan', ENTITY_COLOURS);
  // The first token that is Erdogan alone (line 3 has the full name) sits inside the quoted claim.
  await bench.token('Erdogan').click();
  await runCommandAtCursor('Article Lens: Tag Claim');
  const picker = bench.page.locator('.quick-input-widget');
  await picker.waitFor({ state: 'visible' });
  const row = picker.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'disputed' }).first();
  await row.waitFor({ state: 'visible' });
  await row.locator('.monaco-checkbox, .quick-input-list-checkbox, input[type="checkbox"]').first().click();
  await bench.screenshot('annotations-tag-picker');
  await picker.locator('.monaco-button').filter({ hasText: 'OK' }).first().click();
  await picker.waitFor({ state: 'hidden' });

  const written = await until('the sidecar to be written', () => (readSidecar()?.items.length ? readSidecar() : null));
  const item = written.items[0]!;
  assert.deepEqual(item.body.filter((b) => b.purpose === 'tagging').map((b) => b.value), ['disputed']);
  const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact!;
  assert.ok(quote.includes(CLAIM_WORDS), `expected the tagged claim to contain "${CLAIM_WORDS}", got "${quote}"`);

  await lens('disputed').waitFor({ state: 'visible' });
  // Decorations render as overlay elements with an injected class; the disputed colour is #d9822b.
  await bench.page.waitForFunction(
    () => {
      const nodes = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ className: string }> } }).document.querySelectorAll(
        '.monaco-editor .view-overlays div[class*="ced-"]',
      );
      return nodes.length > 0;
    },
    undefined,
    { timeout: 30_000, polling: 250 },
  );
  await bench.screenshot('annotations-tagged');
});

test('edit the text above, reload the window: the tag is still on the same words', async () => {
  await bench.openFromExplorer(SEED);
  await bench.goToLine(1);
  await bench.page.keyboard.press('Control+Home');
  await bench.page.keyboard.type('EDITOR NOTE: this line was added above the claim.');
  await bench.page.keyboard.press('Enter');
  await bench.page.keyboard.press('Control+S');
  await until('the article to be saved', () => fs.readFileSync(path.join(folder, SEED), 'utf8').startsWith('EDITOR NOTE'));
  await lens('disputed').waitFor({ state: 'visible' });

  await bench.runCommand('Developer: Reload Window');
  await bench.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await bench.explorerRow(SEED).waitFor({ state: 'visible', timeout: 60_000 });
  await bench.openFromExplorer(SEED);
  await bench.waitForTokenColour('Erdogan', ENTITY_COLOURS);
  await lens('disputed').waitFor({ state: 'visible', timeout: 30_000 });
  // The lens sits above the line of the tagged words, which moved down by one.
  const claimLine = bench.page.locator('.view-line').filter({ hasText: /Our.discussions.with.the.relevant/ }).first();
  const lensBox = await lens('disputed').boundingBox();
  const lineBox = await claimLine.boundingBox();
  assert.ok(lensBox && lineBox, 'expected the lens and the claim line on screen');
  assert.ok(lineBox.y > lensBox.y && lineBox.y - lensBox.y < 3 * lineBox.height, `expected the lens right above the claim (lens y ${lensBox.y}, line y ${lineBox.y})`);
  // Hover over the tagged words themselves, a little way into the line.
  const card = await bench.hoverAt(
    async () => {
      const box = await claimLine.boundingBox();
      assert.ok(box, 'expected the claim line on screen');
      return { x: box.x + 120, y: box.y + box.height / 2 };
    },
    /disputed/,
    true,
  );
  assert.match(card, /Annotation[\s\S]*disputed/, `expected the annotation's tag in the hover over the claim, got: ${card}`);
  await bench.screenshot('annotations-after-reload');
  await bench.dismissHover();
  const item = readSidecar()!.items[0]!;
  assert.ok(item.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact!.includes(CLAIM_WORDS), 'the sidecar still names the same words');
  assert.deepEqual(bench.blockedRequests, [], 'expected the workbench to request nothing beyond 127.0.0.1');
});

test('an annotation added outside the editor (the command line, another window) appears live', async () => {
  await bench.openFromExplorer(SEED);
  await lens('disputed').waitFor({ state: 'visible' });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const code = await runCli(
    ['annotations', 'add', path.join(folder, SEED), '--quote', 'I see the memorandum of understanding', '--tag', 'verified'],
    { stdout: sink, stderr: sink },
  );
  assert.equal(code, 0, 'the command line adds the annotation');
  await lens('verified').waitFor({ state: 'visible', timeout: 30_000 });
  await lens('disputed').waitFor({ state: 'visible' });
  await bench.screenshot('annotations-live');
});
