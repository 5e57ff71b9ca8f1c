import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Hover, Location } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { indexReady } from './waiting';
import { positionInside } from './textPositions';

const ARTICLES = 60;
/** Carried word for word by the first `REPEATED` articles: a statement wire copies repeat across a collection. */
const REPEATED = 45;
const QUOTE = '"The negotiations over the fishing rights will resume next week in Geneva with both delegations present," Foreign Minister Kim Min-jun said on Monday.';
const OTHER_QUOTE = '"Our harbour workers have waited far too long for any answer from the capital about their wages," union leader Park Ji-hoon said on Tuesday.';

function article(i: number): string {
  const places = Array.from({ length: 40 }, (_, k) => `Traders in Seoul reported item ${k} of batch ${i}.`).join(' ');
  return [`Talks to resume, report ${i}`, '', 'SEOUL, March 3 (Yonhap) -- Officials met on Monday.', '', i < REPEATED ? QUOTE : OTHER_QUOTE, '', places, ''].join('\n');
}

let client: TestClient;
let folder: string;
const fileOf = (i: number) => path.join(folder, `article-${String(i).padStart(3, '0')}.txt`);

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-references-'));
  for (let i = 0; i < ARTICLES; i++) fs.writeFileSync(fileOf(i), article(i));
  ({ client } = await TestClient.start({ workspace: folder }));
  const status = await indexReady(client);
  assert.equal(status.articles, ARTICLES, 'expected every generated article indexed');
});
after(async () => {
  await client.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('references with a partialResultToken arrive in $/progress batches that add up to the whole answer', async () => {
  const text = article(0);
  const uri = await client.open(fileOf(0), text);
  const params = { textDocument: { uri }, position: positionInside(text, 'Seoul reported'), context: { includeDeclaration: true } };
  const whole = await client.request<Location[]>('textDocument/references', params);
  assert.ok(whole.length >= ARTICLES * 40, `expected every mention of Seoul, got ${whole.length}`);
  const batches: Location[][] = [];
  const listener = client.connection.onNotification('$/progress', (p: { token: unknown; value: unknown }) => {
    if (p.token === 'refs-1' && Array.isArray(p.value)) batches.push(p.value as Location[]);
  });
  try {
    const final = await client.request<Location[]>('textDocument/references', { ...params, partialResultToken: 'refs-1' });
    assert.deepEqual(final, [], 'expected the final answer empty once the batches carried the results');
    assert.ok(batches.length >= 2, `expected the answer in several batches, got ${batches.length}`);
    assert.deepEqual(batches.flat(), whole, 'expected the batches to hold the same locations, in the same order, as the whole answer');
  } finally {
    listener.dispose();
  }
});

test('a claim repeated in many articles is corroborated by exactly those articles, in hover and code lens', async () => {
  const text = article(1);
  const uri = await client.open(fileOf(1), text);
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionInside(text, 'fishing rights') });
  const card = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(card, new RegExp(`Also reported in ${REPEATED - 1} articles`), `expected the other ${REPEATED - 1} carriers counted, got ${card}`);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const lens = lenses.find((l) => l.command?.title.startsWith('also reported'));
  assert.equal(lens?.command?.title, `also reported in ${REPEATED - 1} articles`, `expected a lens counting the carriers, got ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
  const listed = (lens!.command!.arguments![2] as Location[]).map((l) => l.uri);
  const carriers = Array.from({ length: REPEATED }, (_, i) => pathToFileURL(fileOf(i)).toString()).filter((u) => u !== uri);
  assert.deepEqual(listed, carriers.slice(0, listed.length), 'expected the first carriers in uri order, and no article without the claim');
  const other = article(REPEATED);
  const otherUri = await client.open(fileOf(REPEATED), other);
  const otherHover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: otherUri }, position: positionInside(other, 'harbour workers') });
  const otherCard = otherHover && typeof otherHover.contents === 'object' && 'value' in otherHover.contents ? otherHover.contents.value : '';
  assert.match(otherCard, new RegExp(`Also reported in ${ARTICLES - REPEATED - 1} articles`), `expected the other statement's own carriers, got ${otherCard}`);
});
