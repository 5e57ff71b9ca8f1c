import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import type { TestClient } from './lspClient';
import { articlePath, removeFolders, startGenerated, until } from './waiting';
import { positionInside } from './textPositions';

// Answers about a common entity are kept between requests: each change below must show in the very next answers.
const ARTICLES = 10;
const PER_ARTICLE = 40;

function article(i: number): string {
  const places = Array.from({ length: PER_ARTICLE }, (_, k) => `Traders in Seoul reported item ${k} of batch ${i}.`).join(' ');
  return [`Markets steady, report ${i}`, '', 'Officials met on Monday.', '', places, ''].join('\n');
}

let client: TestClient;
let folder: string;
const fileOf = (i: number) => articlePath(folder, i);

before(async () => {
  ({ client, folder } = await startGenerated('article-lens-query-caching-', ARTICLES, article));
});
after(async () => {
  await client.stop();
  removeFolders(folder);
});

test('references, hover cards and symbols asked again follow an edit, a deletion and a corrections change', async () => {
  const text = article(0);
  const uri = await client.open(fileOf(0), text);
  const at = { textDocument: { uri }, position: positionInside(text, 'Seoul reported') };
  const references = () => client.request<Location[]>('textDocument/references', { ...at, context: { includeDeclaration: true } });
  const hover = async () => ((await client.request<Hover | null>('textDocument/hover', at))?.contents as { value: string } | undefined)?.value ?? '';
  const symbol = async () => (await client.request<SymbolInformation[]>('workspace/symbol', { query: 'seoul' }))[0];
  const counts = (n: number, articles: number) => `${n.toLocaleString('en-US')} mentions in ${articles} articles`;

  const total = ARTICLES * PER_ARTICLE;
  for (let round = 0; round < 3; round++) {
    assert.equal((await references()).length, total, 'expected every mention, however often asked');
    assert.match(await hover(), new RegExp(counts(total, ARTICLES)), 'expected the counts in the hover, however often asked');
    assert.match((await symbol())?.containerName ?? '', new RegExp(counts(total, ARTICLES)), 'expected the counts in the symbol, however often asked');
  }

  const end = text.split('\n').length - 1;
  await client.change(uri, { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, 'Traders in Seoul reported once more.\n');
  await until('the edit in the references', async () => (await references()).length === total + 1);
  await until('the edit in the hover', async () => (await hover()).includes(counts(total + 1, ARTICLES)));
  await until('the edit in the symbol', async () => (await symbol())?.containerName?.includes(counts(total + 1, ARTICLES)));

  const gone = fileOf(ARTICLES - 1);
  fs.rmSync(gone);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(gone).toString(), type: 3 }] });
  const left = total + 1 - PER_ARTICLE;
  await until('the deletion in the references', async () => {
    const refs = await references();
    return refs.length === left && !refs.some((r) => r.uri === pathToFileURL(gone).toString());
  });
  await until('the deletion in the hover', async () => (await hover()).includes(counts(left, ARTICLES - 1)));
  await until('the deletion in the symbol', async () => (await symbol())?.containerName?.includes(counts(left, ARTICLES - 1)));

  const corrections = path.join(folder, '.article-lens', 'entities.json');
  fs.mkdirSync(path.dirname(corrections), { recursive: true });
  fs.writeFileSync(corrections, JSON.stringify({ rename: [{ entity: 'Seoul', name: 'Seoul Special City' }] }));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(corrections).toString(), type: 1 }] });
  await until('the new name in the symbol', async () => (await symbol())?.name === 'Seoul Special City');
  await until('the new name in the hover', async () => (await hover()).includes('Seoul Special City'));
  assert.equal((await references()).length, left, 'expected a rename to leave the references as they were');
});
