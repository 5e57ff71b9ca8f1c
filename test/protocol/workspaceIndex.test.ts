import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Diagnostic, DocumentSymbol, Hover, InlayHint, Location, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { type IndexStatus, IndexStatusRequest } from '../../server/src/protocol';
import { decodeSemanticTokens, SEEDS, TestClient } from './lspClient';
import { indexReady, until } from './waiting';
import { positionOf } from './textPositions';

// A copy of the seeds (never the seeds themselves) plus files that are not articles.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-index-'));
const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-storage-'));
const correctionsFile = path.join(workspace, '.article-lens', 'entities.json');
let client: TestClient;
let init: Awaited<ReturnType<typeof TestClient.start>>['init'];
let status: IndexStatus;
const diagnostics = new Map<string, Diagnostic[]>();

const seedFile = (prefix: string) => path.join(workspace, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);
const uriOf = (file: string) => pathToFileURL(file).toString();

async function writeCorrections(json: unknown): Promise<void> {
  fs.mkdirSync(path.dirname(correctionsFile), { recursive: true });
  fs.writeFileSync(correctionsFile, typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(correctionsFile), type: 2 }] });
}

const symbols = (query: string) => client.request<SymbolInformation[]>('workspace/symbol', { query });

before(async () => {
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(workspace, f));
  fs.writeFileSync(path.join(workspace, 'scan.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
  fs.writeFileSync(path.join(workspace, 'latin1.txt'), Buffer.from('Caf\xe9 in Z\xfcrich', 'latin1'));
  ({ client, init } = await TestClient.start({ workspace, initializationOptions: { storagePath: storage } }));
  client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => diagnostics.set(p.uri, p.diagnostics));
  status = await indexReady(client);
});
after(async () => {
  await client.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(storage, { recursive: true, force: true });
});

test('the server announces every navigation capability', () => {
  const c = init.capabilities;
  for (const key of ['definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'workspaceSymbolProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'inlayHintProvider', 'codeLensProvider'] as const) {
    assert.ok(c[key], `expected capability ${key}`);
  }
});

test('binary and invalid UTF-8 files are skipped with a logged message', () => {
  assert.equal(status.articles, 5, `expected the 5 seeds indexed, got ${status.articles}`);
  assert.equal(status.skipped, 2, `expected 2 skipped files, got ${status.skipped}`);
  assert.ok(client.logs.some((l) => /Skipped .*scan\.txt: binary/.test(l)), `expected a log line about scan.txt, got ${client.logs.join(' | ')}`);
  assert.ok(client.logs.some((l) => /Skipped .*latin1\.txt: not valid UTF-8/.test(l)), 'expected a log line about latin1.txt');
});

test('a second start reuses the on-disk cache', async () => {
  await until('the cache file', async () => fs.readdirSync(storage).includes('workspace-index.bin'));
  const { client: second } = await TestClient.start({ workspace, initializationOptions: { storagePath: storage } });
  try {
    const again = await indexReady(second);
    assert.equal(again.fromCache, 5, `expected all 5 articles from the cache, got ${again.fromCache}`);
    const found = await second.request<SymbolInformation[]>('workspace/symbol', { query: 'erdogan' });
    assert.ok(found.length > 0, 'expected the cached index to answer searches');
  } finally {
    await second.stop();
  }
});

test('the articleLens.corpus globs decide which files are articles', async () => {
  const { client: scoped } = await TestClient.start({ workspace, settings: { corpus: ['00[01]_*.txt'] } });
  try {
    const scopedStatus = await indexReady(scoped);
    assert.equal(scopedStatus.articles, 2, `expected only the two seeds matching the glob, got ${scopedStatus.articles}`);
    assert.equal(scopedStatus.skipped, 0, 'expected the binary files outside the glob not even to be read');
  } finally {
    await scoped.stop();
  }
});

test('the same claim in two articles is linked, in the hover and a code lens', async () => {
  const file = seedFile('003');
  const text = fs.readFileSync(file, 'utf8');
  const uri = await client.open(file);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const reported = lenses.filter((l) => /^also reported in 1 article$/.test(l.command?.title ?? ''));
  assert.ok(reported.length >= 1, `expected an "also reported in 1 article" lens, got ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'director-general level') });
  const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
  assert.match(value, /Also reported in 1 article: \[004\\_/, `expected the claim card to link seed 004, got ${value}`);
});

test('by default one line of entity lenses stands on the headline, most mentioned first', async () => {
  const file = seedFile('001');
  const text = fs.readFileSync(file, 'utf8');
  const uri = await client.open(file);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const entityLenses = lenses.filter((l) => l.command?.command === 'articleLens.findMentions');
  const titles = entityLenses.map((l) => l.command?.title ?? '');
  assert.ok(entityLenses.length >= 1 && entityLenses.length <= 5, `expected one to five entity lenses, got ${JSON.stringify(titles)}`);
  const headlineLine = positionOf(text, 'Ankara Focused On Steps').line;
  for (const l of entityLenses) assert.equal(l.range.start.line, headlineLine, `expected every entity lens on the headline line ${headlineLine}, got ${JSON.stringify(l.range)}`);
  const counts = titles.map((t) => Number(/ ×(\d+)$/.exec(t)?.[1] ?? Number.NaN));
  assert.ok(counts.every((n) => n > 0), `expected "name ×count" titles, got ${JSON.stringify(titles)}`);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `expected the most mentioned entity first, got ${JSON.stringify(titles)}`);
  assert.ok(titles.some((t) => /^South Korea ×\d+$/.test(t)), `expected South Korea among the top entities, got ${JSON.stringify(titles)}`);
  assert.ok(titles.some((t) => /^Recep Tayyip Erdoğan ×\d+$/.test(t)), `expected Erdogan under the workspace's canonical name, as the hover names him, got ${JSON.stringify(titles)}`);
  const [target, where] = (entityLenses[0]!.command!.arguments ?? []) as [string, { line: number; character: number }];
  assert.equal(target, uri, 'expected the lens to find mentions from this article');
  const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: where, context: { includeDeclaration: true } });
  assert.ok(refs.length >= counts[0]!, `expected the lens position to be a mention of its entity (${counts[0]} here), got ${refs.length} references`);
});

test('articleLens.codeLens.entityMentions: firstMention puts workspace counts on first mentions, off shows none', async () => {
  const file = seedFile('001');
  for (const [mode, expect] of [['firstMention', 'first'], ['off', 'none']] as const) {
    const { client: other } = await TestClient.start({ workspace, settings: { codeLens: { entityMentions: mode } } });
    try {
      await indexReady(other);
      const uri = await other.open(file);
      const lenses = await other.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const titles = lenses.filter((l) => l.command?.command === 'articleLens.findMentions').map((l) => l.command?.title ?? '');
      if (expect === 'none') {
        assert.deepEqual(titles, [], `expected no entity lenses with "off", got ${JSON.stringify(titles)}`);
      } else {
        assert.ok(titles.some((t) => /^South Korea: \d+ mentions in 5 articles$/.test(t)), `expected a South Korea lens, got ${JSON.stringify(titles)}`);
        assert.equal(new Set(titles).size, titles.length, 'expected one lens per entity');
      }
    } finally {
      await other.stop();
    }
  }
});

test('the outline lists headline, entities, dates and claims', async () => {
  const uri = await client.open(seedFile('001'));
  const outline = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const names = outline.map((s) => s.name);
  assert.match(names[0] ?? '', /Ankara Focused On Steps/, `expected the headline first, got ${names[0]}`);
  for (const group of ['Entities', 'Dates', 'Claims']) assert.ok(names.includes(group), `expected a ${group} group in ${JSON.stringify(names)}`);
});

test('inlay hints give the value of relative dates', async () => {
  const file = seedFile('001');
  const uri = await client.open(file);
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } },
  });
  assert.ok(hints.some((h) => h.label === '= 2025-11-24'), `expected "= 2025-11-24" after "on Monday", got ${JSON.stringify(hints.map((h) => h.label))}`);
});

test('a new article is indexed and a deleted one leaves the index', async () => {
  const extra = path.join(workspace, 'extra.txt');
  fs.writeFileSync(extra, 'Quarkonia Inc. expands\nQuarkonia Inc. said on Tuesday that Zorbania will buy its reactors.\n');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(extra), type: 1 }] });
  await until('the new article', async () => (await client.connection.sendRequest(IndexStatusRequest.type)).articles === 6);
  fs.rmSync(extra);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(extra), type: 3 }] });
  await until('the deleted article to go', async () => (await client.connection.sendRequest(IndexStatusRequest.type)).articles === 5);
});

test('corrections apply live: rename, not-an-entity, declare, merge', async () => {
  await writeCorrections({
    rename: [{ entity: 'S. Korea', name: 'Republic of Korea (ROK)' }],
    notEntities: ['MENAFN'],
    declare: [{ name: 'Presidential Office', type: 'organization' }],
    merge: [{ entities: ['Mark Rutte', 'Wi Sung-lac'] }],
  });
  await until('the rename', async () => (await symbols('rok')).find((s) => s.name === 'Republic of Korea (ROK)'));
  const korea = (await symbols('korea')).filter((s) => /Korea \(ROK\)|^South Korea$/.test(s.name));
  assert.equal(korea.length, 1, `expected one renamed entry, got ${JSON.stringify(korea.map((s) => s.name))}`);
  assert.equal((await symbols('menafn')).length, 0, 'expected MENAFN to be gone');
  const office = await until('the declared entity', async () => (await symbols('presidential office'))[0]);
  assert.equal(office.name, 'Presidential Office');

  const file = seedFile('003');
  const text = fs.readFileSync(file, 'utf8');
  const uri = await client.open(file);
  const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(text, 'Rutte'), context: { includeDeclaration: true } });
  const lines = new Map<string, string[]>();
  const words = refs.map((r) => {
    const l = lines.get(r.uri) ?? fs.readFileSync(new URL(r.uri), 'utf8').split('\n');
    lines.set(r.uri, l);
    return l[r.range.start.line]!.slice(r.range.start.character, r.range.end.character);
  });
  assert.ok(words.some((w) => /Wi/.test(w)) && words.some((w) => /Rutte/.test(w)), `expected merged mentions of Rutte and Wi, got ${JSON.stringify(words)}`);

  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'South Korea') });
  assert.match((hover?.contents as { value: string }).value, /Republic of Korea \\\(ROK\\\)/, 'expected the hover to use the new name');

  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: await client.open(seedFile('001')) } });
  const decoded = decodeSemanticTokens(tokens.data, init.capabilities.semanticTokensProvider!.legend, fs.readFileSync(seedFile('001'), 'utf8'));
  assert.ok(!decoded.some((t) => t.text === 'MENAFN'), 'expected no token on MENAFN once it is not an entity');
});

test('a broken corrections file gets diagnostics and the rest still applies', async () => {
  await writeCorrections('{ "rename": [{ "entity": "Ankara" }], "notEntities": ["MENAFN"], "bogus": 1 }');
  const found = await until('diagnostics on the corrections file', async () => {
    const d = diagnostics.get(uriOf(correctionsFile));
    return d && d.length > 0 ? d : null;
  });
  const messages = found.map((d) => d.message).join(' | ');
  assert.match(messages, /rename\[0\] needs "name"/, `expected a message about the missing name, got ${messages}`);
  assert.match(messages, /unknown property "bogus"/, `expected a message about "bogus", got ${messages}`);
  assert.equal((await symbols('menafn')).length, 0, 'expected the valid part to apply');
  await writeCorrections({});
  await until('diagnostics to clear', async () => diagnostics.get(uriOf(correctionsFile))?.length === 0);
  await until('MENAFN back', async () => (await symbols('menafn')).length > 0);
});
