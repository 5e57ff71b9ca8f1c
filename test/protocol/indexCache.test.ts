import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Location, SymbolInformation } from 'vscode-languageserver-protocol';
import type { Analysis } from '../../server/src/analysis/types';
import { type IndexStatus } from '../../server/src/protocol';
import { buildRecord } from '../../server/src/workspace/articleRecord';
import { saveIndexCache } from '../../server/src/workspace/indexCache';
import { TestClient } from './lspClient';
import { copySeeds, indexReady, removeFolders, until } from './waiting';

// Starts of the server on one storage folder: the second serves the first's index from its cache.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-warm-'));
const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-warm-storage-'));
const cacheFile = path.join(storage, 'workspace-index.bin');
const QUERIES = ['korea', 'erdogan', 'ankara', 'lee'];

interface Answers {
  status: IndexStatus;
  symbols: Record<string, SymbolInformation[]>;
  references: Location[];
  logs: string[];
}

const cacheSettled = () => fs.existsSync(cacheFile) && !fs.readdirSync(storage).some((f) => f.endsWith('.tmp'));

/** Starts a server on the workspace and storage, asks the same questions, and stops it once its cache is written. */
async function session(options: { waitForCache?: boolean } = {}): Promise<Answers> {
  const before = fs.existsSync(cacheFile) ? fs.statSync(cacheFile).mtimeMs : -1;
  const { client } = await TestClient.start({ workspace, initializationOptions: { storagePath: storage } });
  try {
    const status = await indexReady(client);
    const symbols: Record<string, SymbolInformation[]> = {};
    for (const query of QUERIES) symbols[query] = await client.request<SymbolInformation[]>('workspace/symbol', { query });
    const korea = symbols.korea!.find((s) => s.name === 'South Korea') ?? symbols.korea![0];
    assert.ok(korea, 'expected a symbol for "korea"');
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: korea.location.uri },
      position: korea.location.range.start,
      context: { includeDeclaration: true },
    });
    if (options.waitForCache) await until('the index cache to be written', () => cacheSettled() && fs.statSync(cacheFile).mtimeMs !== before);
    return { status, symbols, references, logs: client.logs };
  } finally {
    await client.stop();
  }
}

const byText = <T>(list: readonly T[]): T[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

let first: Answers;

before(async () => {
  copySeeds(workspace);
  first = await session({ waitForCache: true });
});
after(() => removeFolders(workspace, storage));

test('a second start on the same storage serves the same answers from the cache', async () => {
  assert.equal(first.status.fromCache, 0, 'expected the first start to find no cache');
  const second = await session();
  assert.equal(second.status.fromCache, first.status.articles, `expected all ${first.status.articles} articles from the cache, got ${second.status.fromCache}`);
  assert.equal(second.status.entities, first.status.entities, 'expected as many entities as the cold index found');
  for (const query of QUERIES) {
    assert.deepEqual(byText(second.symbols[query]!), byText(first.symbols[query]!), `expected the same workspace symbols for "${query}"`);
  }
  assert.ok(first.references.length > 1, 'expected South Korea mentioned more than once');
  assert.deepEqual(byText(second.references), byText(first.references), 'expected the same references to South Korea');
});

test('a file changed while the server was away is analysed again, the others come from the cache', async () => {
  const file = path.join(workspace, fs.readdirSync(workspace).find((f) => f.endsWith('.txt'))!);
  fs.appendFileSync(file, '\nThe statement was welcomed by Quillon Varga, the spokesperson of the Tarvo Commission.\n');
  const answers = await session({ waitForCache: true });
  assert.equal(answers.status.articles, first.status.articles, 'expected every article indexed');
  assert.equal(answers.status.fromCache, first.status.articles - 1, `expected all but the changed article from the cache, got ${answers.status.fromCache}`);
  const { client } = await TestClient.start({ workspace, initializationOptions: { storagePath: storage } });
  try {
    const status = await indexReady(client);
    assert.equal(status.fromCache, first.status.articles, 'expected the re-analysed article cached in turn');
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'quillon' });
    assert.ok(
      found.some((s) => s.location.uri === pathToFileURL(file).toString()),
      `expected the name added to the changed file to be indexed, got ${JSON.stringify(found)}`,
    );
  } finally {
    await client.stop();
  }
});

test('a cache another analysis wrote is not used', async () => {
  // Records that look right for every file (same size, time and hash) but name an entity the analysis never finds.
  const analysis: Analysis = {
    dct: null,
    dctSource: null,
    structure: { headline: null, header: null, dateline: null, boilerplate: [] },
    entities: [{ start: 0, end: 4, text: 'Zzyx', type: 'person', entity: 'person:zzyx', canonical: 'Zzyx Bogus' }],
    dates: [],
    claims: [],
  };
  const records = fs
    .readdirSync(workspace)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const file = path.join(workspace, f);
      const stat = fs.statSync(file);
      return buildRecord({ uri: pathToFileURL(file).toString(), size: stat.size, mtimeMs: stat.mtimeMs, hash: 'not-checked' }, 'Zzyx', analysis);
    });
  await saveIndexCache(storage, 'another analysis', records);
  const answers = await session({ waitForCache: true });
  assert.equal(answers.status.fromCache, 0, `expected nothing served from another analysis's cache, got ${answers.status.fromCache}`);
  assert.deepEqual(answers.symbols.lee!.filter((s) => s.name.includes('Zzyx')), [], 'expected no entity from the other cache');
  assert.ok(answers.logs.some((l) => /index cache was not used/.test(l)), `expected a log line saying why, got ${answers.logs.join(' | ')}`);
  assert.deepEqual(byText(answers.symbols.korea!), byText(first.symbols.korea!), 'expected the answers of a fresh analysis');
});

test('a damaged cache file is ignored with a log line, not a crash', async () => {
  for (const bytes of [Buffer.from('not a cache at all, just words'), Buffer.alloc(4096, 0xff), fs.readFileSync(cacheFile).subarray(0, 3000)]) {
    fs.writeFileSync(cacheFile, bytes);
    const answers = await session({ waitForCache: true });
    assert.equal(answers.status.articles, first.status.articles, 'expected every article indexed again');
    assert.equal(answers.status.fromCache, 0, 'expected nothing from a damaged cache');
    assert.ok(answers.logs.some((l) => /index cache was not used: .*damaged/.test(l)), `expected a log line about the damaged cache, got ${answers.logs.join(' | ')}`);
    assert.deepEqual(byText(answers.symbols.korea!), byText(first.symbols.korea!), 'expected the same answers as before');
  }
});
