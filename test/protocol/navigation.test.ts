import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { DocumentHighlight, Hover, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { type IndexStatus } from '../../server/src/protocol';
import { SEEDS, TestClient } from './lspClient';
import { indexReady } from './waiting';
import { positionOf } from './textPositions';

let client: TestClient;
let status: IndexStatus;
const progress: string[] = [];

const seed = (n: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(n))!);
const uriOf = (file: string) => pathToFileURL(file).toString();

before(async () => {
  ({ client } = await TestClient.start({ workspace: SEEDS }));
  client.connection.onNotification('$/progress', (p: { value: { message?: string } }) => {
    if (p.value.message) progress.push(p.value.message);
  });
  status = await indexReady(client);
});
after(async () => {
  await client.stop();
});

test('the index covers the five seeds and says so when it finishes', () => {
  assert.equal(status.ready, true, 'expected a ready index');
  assert.equal(status.articles, 5, `expected 5 articles, got ${status.articles}`);
  assert.ok(status.entities > 10, `expected many entities, got ${status.entities}`);
});

test('indexing reports work-done progress with article counts', () => {
  assert.ok(
    progress.some((m) => /^Indexing [\d,]+ \/ [\d,]+ articles$/.test(m)),
    `expected "Indexing n / N articles" progress, got ${JSON.stringify(progress)}`,
  );
});

test('references on "Erdoğan" in one seed include "Erdogan" in another', async () => {
  const file = seed('000');
  const text = fs.readFileSync(file, 'utf8');
  const uri = await client.open(file);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: positionOf(text, 'Erdoğan'),
    context: { includeDeclaration: true },
  });
  const other = uriOf(seed('001'));
  const otherText = fs.readFileSync(seed('001'), 'utf8').split('\n');
  const inOther = refs.filter((r) => r.uri === other);
  assert.ok(inOther.length > 0, `expected mentions in ${path.basename(seed('001'))}, got ${JSON.stringify(refs.map((r) => path.basename(r.uri)))}`);
  for (const r of inOther) {
    const word = otherText[r.range.start.line]!.slice(r.range.start.character, r.range.end.character);
    assert.match(word, /Erdogan/, `expected the mention to read Erdogan, got "${word}"`);
  }
});

test('definition of an entity goes to a full-name mention', async () => {
  const file = seed('001');
  const text = fs.readFileSync(file, 'utf8');
  const uri = await client.open(file);
  const def = await client.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'Erdogan', 1) });
  assert.ok(def, 'expected a definition');
  const lines = fs.readFileSync(new URL(def.uri), 'utf8').split('\n');
  const word = lines[def.range.start.line]!.slice(def.range.start.character, def.range.end.character);
  assert.match(word, /Erdo[gğ]an/, `expected the definition to name Erdoğan, got "${word}"`);
});

test('document highlight marks every mention of the entity in the article', async () => {
  const file = seed('001');
  const text = fs.readFileSync(file, 'utf8');
  const uri = await client.open(file);
  const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', {
    textDocument: { uri },
    position: positionOf(text, 'Erdogan', 2),
  });
  assert.ok(highlights.length >= 3, `expected at least 3 highlights of Erdogan, got ${highlights.length}`);
});

test('workspace symbols for "korea" list South Korea once, not once per spelling', async () => {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'korea' });
  const southKorea = symbols.filter((s) => /^(South Korea|Republic of Korea|S\. Korea)$/.test(s.name));
  assert.equal(southKorea.length, 1, `expected one South Korea entry, got ${JSON.stringify(symbols.map((s) => s.name))}`);
});

test('workspace symbols ignore case and diacritics', async () => {
  for (const [query, expected] of [
    ['erdogan', /Erdo[gğ]an/],
    ['turkiye', /T[uü]rkiye/],
    ['nato', /NATO|North Atlantic/],
  ] as const) {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query });
    assert.ok(symbols.length > 0 && expected.test(symbols[0]!.name), `expected "${query}" to find ${expected} first, got ${JSON.stringify(symbols.slice(0, 5).map((s) => s.name))}`);
  }
});

test('every workspace symbol holds the query\'s letters in order, so that the editor\'s own filter keeps it', async () => {
  // VS Code filters a workspace-symbol answer again by the query's letters, without folding diacritics or aliases.
  for (const query of ['erdogan', 'turkiye', 'republic of korea', 's. korea']) {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query });
    assert.ok(symbols.length > 0, `expected "${query}" to find entities`);
    const letters = query.replace(/\s/g, '').split('');
    for (const s of symbols) {
      let at = 0;
      const name = s.name.toLowerCase();
      for (const ch of letters) at = at < 0 ? -1 : name.indexOf(ch, at) < 0 ? -1 : name.indexOf(ch, at) + 1;
      assert.ok(at > 0, `"${s.name}" lacks the letters of "${query}" in order`);
    }
  }
  const [erdogan] = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'erdogan' });
  assert.match(erdogan!.name, /^Recep Tayyip Erdoğan \(.*Erdogan\)$/);
});

test('an entity hover card counts mentions and articles and links to them', async () => {
  const file = seed('001');
  const text = fs.readFileSync(file, 'utf8');
  const uri = await client.open(file);
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Erdogan') });
  assert.ok(hover, 'expected a hover');
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /\d+ mentions? in \d+ articles?/, `expected "N mentions in M articles" in ${value}`);
  assert.match(value, /\(file:\/\/[^)]+#L\d+\)/, `expected file links with line fragments in ${value}`);
});
