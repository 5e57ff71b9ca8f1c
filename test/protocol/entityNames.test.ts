import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { type Hover, SymbolKind, type SymbolInformation } from 'vscode-languageserver-protocol';
import { REPO_ROOT, type TestClient } from './lspClient';
import { removeFolders, startIndexed } from './waiting';

// Three invented articles: two countries' foreign ministries, and a country named more often by its adjective.
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/entity-names');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-names-'));
let client: TestClient;

before(async () => {
  const files = Object.fromEntries(fs.readdirSync(FIXTURES).map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]));
  client = await startIndexed(workspace, files);
});
after(async () => {
  await client?.stop();
  removeFolders(workspace);
});

const symbols = (query: string) => client.request<SymbolInformation[]>('workspace/symbol', { query });

test('every country\'s ministry of the same name is listed with its country', async () => {
  const names = (await symbols('ministry')).map((s) => s.name).sort();
  assert.deepEqual(names.length, 2, `expected two ministries, got ${JSON.stringify(names)}`);
  assert.equal(names[0], 'Ministry of Foreign Affairs (Japan)');
  assert.match(names[1]!, /^Ministry of Foreign Affairs \((Turkey|Türkiye|Turkiye)\)$/);
});

test('the hover card of a country\'s ministry names the country', async () => {
  const file = path.join(workspace, 'tokyo.txt');
  const uri = await client.open(file);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('Ministry of Foreign Affairs'));
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line]!.indexOf('Ministry') + 3 } });
  const card = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  // Brackets come escaped, as all text from articles does in Markdown.
  assert.match(card, /^\*\*Ministry of Foreign Affairs \\\(Japan\\\)\*\* · organization/);
});

test('a country named mostly by its adjective is still a place', async () => {
  const found = (await symbols('france')).filter((s) => s.name === 'France');
  assert.equal(found.length, 1, `expected France once, got ${JSON.stringify(found.map((s) => s.name))}`);
  assert.equal(found[0]!.kind, SymbolKind.Namespace);
  assert.match(found[0]!.containerName ?? '', /^location · 5 mentions in 1 article$/);
});
