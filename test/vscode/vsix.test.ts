import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { SEEDS_DIR, startCodeServer, VSIX_PATH, Workbench } from './codeServer';

const SEED = '001_71c7a69bdbeef647.txt';

test('the packaged extension installs into code-server and works on a seed', { timeout: 180_000 }, async () => {
  assert.ok(fs.existsSync(VSIX_PATH), `expected ${VSIX_PATH}: run npm run package`);
  // The theme's own token colours, as a user sees them: the README's picture comes from here.
  const server = await startCodeServer({ name: 'vsix', vsix: [VSIX_PATH], settings: { 'editor.semanticTokenColorCustomizations': undefined } });
  let bench: Workbench | undefined;
  try {
    const installed = fs.readdirSync(server.extensionsDir).filter((name) => name.startsWith('article-lens.article-lens-'));
    assert.equal(installed.length, 1, `expected the extension in ${server.extensionsDir}, found: ${installed.join(', ')}`);

    bench = await Workbench.open(server, SEEDS_DIR, { expectFile: SEED });
    await bench.openFromExplorer(SEED);
    await bench.waitForLanguage('Article');
    const plain = await bench.plainTextColour();
    const colour = await bench.waitForTokenColour('Erdogan', [plain], 30_000, { noneOf: true });
    assert.notEqual(colour, plain, 'expected "Erdogan" coloured as an entity');
    let card = await bench.hover('Erdogan', /Erdo[gğ]an/, true);
    assert.match(card, /Erdo[gğ]an/, `expected a hover card naming Erdogan, got: ${card}`);
    // For the picture, a card that already counts the other seeds (the index fills in the background).
    for (let attempt = 0; attempt < 20 && !/ [2-9]\d* articles/.test(card); attempt++) {
      await bench.dismissHover();
      card = await bench.hover('Erdogan', /Erdo[gğ]an/, true);
    }
    await bench.screenshot('readme-hover', { x: 0, y: 0, width: 1400, height: 460 });
    await bench.dismissHover();
    await bench.screenshot('vsix-seed');
    assert.match(server.logs(), /_doActivateExtension article-lens\.article-lens/, 'expected the installed extension to activate');
    assert.deepEqual(bench.blockedRequests, [], 'expected the workbench to request nothing beyond 127.0.0.1');
  } finally {
    await bench?.close();
    await server.stop();
  }
});
