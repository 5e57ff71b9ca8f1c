import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeLens, Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { indexReady } from './waiting';
import { positionInside } from './textPositions';

/** More articles than the server bands on the spot when corroboration is first asked for. */
const ARTICLES = 150;
const QUOTE = '"The ferry service across the strait will restart in spring with two new boats," harbour master Elin Varga said on Monday.';

const article = (i: number) => `Ferry report ${i}\n\nPORT ELLEN, May 5 -- Islanders met on Monday.\n\n${QUOTE}\n`;

let client: TestClient;
let folder: string;
let refreshes = 0;
let nextRefresh: (() => void) | null = null;
const fileOf = (i: number) => path.join(folder, `ferry-${String(i).padStart(3, '0')}.txt`);

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-banding-'));
  for (let i = 0; i < ARTICLES; i++) fs.writeFileSync(fileOf(i), article(i));
  ({ client } = await TestClient.start({ workspace: folder }));
  client.connection.onRequest('workspace/codeLens/refresh', () => {
    refreshes++;
    nextRefresh?.();
    return null;
  });
  await indexReady(client);
});
after(async () => {
  await client.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

const cardOf = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

test('right after indexing a large workspace, corroboration comes once the claims are banded, and code lenses are asked again', async () => {
  const text = article(0);
  const uri = await client.open(fileOf(0), text);
  const expected = `also reported in ${ARTICLES - 1} articles`;
  // Asked at once, the card either says the comparison is still going on or already counts every carrier.
  const card = cardOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionInside(text, 'ferry service') }));
  assert.match(card, new RegExp(`still being compared|Also reported in ${ARTICLES - 1} articles`), `expected no partial count, got ${card}`);
  // Then the lenses as a client asks for them: again after each refresh request, until the carriers are counted.
  let titles: string[] = [];
  for (let round = 0; round < 20; round++) {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    titles = lenses.map((l) => l.command?.title ?? '');
    if (titles.includes(expected)) break;
    await new Promise<void>((resolve) => {
      nextRefresh = resolve;
      setTimeout(resolve, 5000);
    });
  }
  assert.ok(titles.includes(expected), `expected the lens "${expected}", got ${JSON.stringify(titles)}`);
  assert.ok(refreshes >= 1, 'expected the server to ask for code lenses again after indexing');
  const later = cardOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionInside(text, 'ferry service') }));
  assert.match(later, new RegExp(`Also reported in ${ARTICLES - 1} articles`), `expected every carrier counted in the card, got ${later}`);
});
