import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { IndexingFinished, type IndexStatus } from '../../server/src/protocol';
import { TestClient } from './lspClient';
import { copySeeds, indexReady, removeFolders, until } from './waiting';

// A start with nothing changed takes the entity resolution the previous start saved; any change falls back to resolving.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-resolved-'));
const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-resolved-storage-'));
const stateFile = path.join(storage, 'workspace-resolved.bin');
const correctionsFile = path.join(workspace, '.article-lens', 'entities.json');
const QUERIES = ['korea', 'erdogan', 'ankara', 'lee', 'rok'];
const RESTORED = /resolved entities from the cache/;

interface Answers {
  status: IndexStatus;
  symbols: Record<string, SymbolInformation[]>;
  references: Location[];
  hover: string;
  logs: string[];
}

const cacheFile = path.join(storage, 'workspace-index.bin');
const mtimeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1);
const mtime = () => mtimeOf(stateFile);
const settled = () => !fs.readdirSync(storage).some((f) => f.endsWith('.tmp'));

/** Starts a server, asks the same questions, and stops it once a resolution it had to make is saved. */
async function session(options: { waitForState?: boolean } = {}): Promise<Answers> {
  const before = mtime();
  const { client } = await TestClient.start({ workspace, initializationOptions: { storagePath: storage } });
  try {
    const status = await indexReady(client);
    const symbols: Record<string, SymbolInformation[]> = {};
    for (const query of QUERIES) symbols[query] = await client.request<SymbolInformation[]>('workspace/symbol', { query });
    const korea = symbols.korea!.find((s) => /Korea/.test(s.name)) ?? symbols.korea![0];
    assert.ok(korea, 'expected a symbol for "korea"');
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: korea.location.uri },
      position: korea.location.range.start,
      context: { includeDeclaration: true },
    });
    const file = new URL(korea.location.uri);
    await client.open(decodeURIComponent(file.pathname));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: korea.location.uri }, position: korea.location.range.start });
    // The records are saved after the resolution, when some were analysed: a server stopped in between would leave a partial file.
    const recordsToo = status.fromCache < status.articles;
    if (options.waitForState) {
      await until('the resolved entities to be saved', () => settled() && mtime() !== before && (!recordsToo || mtimeOf(cacheFile) >= mtime()));
    }
    return { status, symbols, references, hover: JSON.stringify(hover?.contents ?? null), logs: client.logs };
  } finally {
    await client.stop();
  }
}

const byText = <T>(list: readonly T[]): T[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function assertSameAnswers(actual: Answers, expected: Answers, what: string): void {
  assert.equal(actual.status.entities, expected.status.entities, `expected as many entities as ${what}`);
  for (const query of QUERIES) {
    assert.deepEqual(byText(actual.symbols[query]!), byText(expected.symbols[query]!), `expected the same workspace symbols for "${query}" as ${what}`);
  }
  assert.deepEqual(byText(actual.references), byText(expected.references), `expected the same references to Korea as ${what}`);
  assert.equal(actual.hover, expected.hover, `expected the same hover (with its counts) as ${what}`);
}

let cold: Answers;

before(async () => {
  copySeeds(workspace);
  cold = await session({ waitForState: true });
});
after(() => removeFolders(workspace, storage));

test('a start with nothing changed takes the saved resolution and answers as the cold start did', async () => {
  assert.ok(!cold.logs.some((l) => RESTORED.test(l)), 'expected the cold start to resolve for itself');
  assert.ok(cold.references.length > 1, 'expected Korea mentioned more than once');
  assert.ok(cold.hover !== 'null', 'expected a hover on Korea');
  const warm = await session();
  assert.equal(warm.status.fromCache, cold.status.articles, 'expected every article from the cache');
  assert.ok(warm.logs.some((l) => RESTORED.test(l)), `expected the saved resolution taken, got ${warm.logs.join(' | ')}`);
  assertSameAnswers(warm, cold, 'the cold start');
});

test('an article changed while the server was away is resolved again', async () => {
  const file = path.join(workspace, fs.readdirSync(workspace).find((f) => f.endsWith('.txt'))!);
  const original = fs.readFileSync(file);
  fs.appendFileSync(file, '\nThe statement was welcomed by Quillon Varga, the spokesperson of the Tarvo Commission.\n');
  try {
    const changed = await session({ waitForState: true });
    assert.ok(!changed.logs.some((l) => RESTORED.test(l)), 'expected no saved resolution taken for a changed article');
    const again = await session();
    assert.ok(again.logs.some((l) => RESTORED.test(l)), `expected the new resolution saved and taken on the next start, got ${again.logs.join(' | ')}`);
    assertSameAnswers(again, changed, 'the start that analysed the change');
    const { client } = await TestClient.start({ workspace, initializationOptions: { storagePath: storage } });
    try {
      await indexReady(client);
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'quillon' });
      assert.ok(found.some((s) => s.location.uri === pathToFileURL(file).toString()), `expected the added name indexed, got ${JSON.stringify(found)}`);
    } finally {
      await client.stop();
    }
  } finally {
    fs.writeFileSync(file, original);
  }
  const restored = await session({ waitForState: true });
  assertSameAnswers(restored, cold, 'the cold start once the article is back as it was');
});

test('corrections changed while the server was away are applied, not the saved resolution', async () => {
  fs.mkdirSync(path.dirname(correctionsFile), { recursive: true });
  fs.writeFileSync(correctionsFile, JSON.stringify({ rename: [{ entity: 'S. Korea', name: 'Republic of Korea (ROK)' }] }));
  try {
    const corrected = await session({ waitForState: true });
    assert.ok(!corrected.logs.some((l) => RESTORED.test(l)), 'expected no saved resolution taken after the corrections changed');
    assert.ok(
      corrected.symbols.rok!.some((s) => s.name === 'Republic of Korea (ROK)'),
      `expected the rename applied, got ${JSON.stringify(corrected.symbols.rok!.map((s) => s.name))}`,
    );
    const again = await session();
    assert.ok(again.logs.some((l) => RESTORED.test(l)), `expected the corrected resolution saved and taken on the next start, got ${again.logs.join(' | ')}`);
    assertSameAnswers(again, corrected, 'the start that applied the corrections');
  } finally {
    fs.rmSync(path.dirname(correctionsFile), { recursive: true, force: true });
  }
  const plain = await session({ waitForState: true });
  assert.ok(!plain.symbols.rok!.some((s) => s.name === 'Republic of Korea (ROK)'), 'expected the rename gone with the corrections');
  assertSameAnswers(plain, cold, 'the cold start once the corrections are gone');
});

test('a damaged saved resolution is ignored with a log line, not a crash', async () => {
  const good = fs.readFileSync(stateFile);
  for (const bytes of [Buffer.from('not a saved state, just words'), Buffer.alloc(4096, 0xff), good.subarray(0, Math.floor(good.length / 2))]) {
    fs.writeFileSync(stateFile, bytes);
    const answers = await session({ waitForState: true });
    assert.ok(!answers.logs.some((l) => RESTORED.test(l)), 'expected nothing taken from a damaged state');
    assert.ok(answers.logs.some((l) => /saved resolved entities were not used: .*damaged|another format/.test(l)), `expected a log line about it, got ${answers.logs.join(' | ')}`);
    assertSameAnswers(answers, cold, 'the cold start');
  }
});

test('an article opened and edited as indexing finishes keeps its disk record in the cache', async () => {
  for (const f of fs.readdirSync(storage)) fs.rmSync(path.join(storage, f), { force: true });
  const file = path.join(workspace, fs.readdirSync(workspace).find((f) => f.endsWith('.txt'))!);
  const { client } = await TestClient.start({ workspace, initializationOptions: { storagePath: storage } });
  try {
    const edited = new Promise<void>((resolve, reject) =>
      client.connection.onNotification(IndexingFinished.type, () => {
        client
          .open(file)
          .then((uri) => client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Unsaved words. '))
          .then(resolve, reject);
      }),
    );
    await edited;
    await until('the index cache to be written', () => settled() && fs.existsSync(cacheFile) && mtimeOf(cacheFile) >= mtime());
  } finally {
    await client.stop();
  }
  const next = await session();
  assert.equal(next.status.fromCache, next.status.articles, `expected every article from the cache, the edited one's disk text too, got ${next.status.fromCache}`);
  assert.ok(next.logs.some((l) => RESTORED.test(l)), 'expected the saved resolution taken');
  assertSameAnswers(next, cold, 'the cold start');
});
