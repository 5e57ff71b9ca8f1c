import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Analysis } from '../../server/src/analysis/types';
import { buildRecord } from '../../server/src/workspace/articleRecord';
import { loadIndexCache, saveIndexCache } from '../../server/src/workspace/indexCache';

const analysis: Analysis = {
  dct: '2025-11-24',
  dctSource: 'header',
  structure: { headline: { start: 0, end: 6 }, header: null, dateline: null, boilerplate: [] },
  entities: [{ start: 0, end: 6, text: 'Ankara', type: 'location', entity: 'location:ankara', canonical: 'Ankara' }],
  dates: [],
  claims: [],
};

test('the cache gives back what was saved, in chunks, and nothing for another key', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cache-'));
  try {
    const records = Array.from({ length: 1200 }, (_, i) => buildRecord({ uri: `file:///a${i}.txt`, size: 6, mtimeMs: i, hash: `h${i}` }, 'Ankara', analysis));
    await saveIndexCache(dir, 'k1', records);
    const loaded = loadIndexCache(dir, 'k1').records;
    assert.equal(loaded.length, 1200, 'expected every record back');
    assert.equal(loaded[1199]!.uri, 'file:///a1199.txt');
    assert.deepEqual([...loaded[0]!.mentions], [...records[0]!.mentions], 'expected typed arrays to survive');
    const other = loadIndexCache(dir, 'k2');
    assert.deepEqual(other.records, [], 'expected a different key to invalidate the cache');
    assert.match(other.problem ?? '', /another analysis/, 'expected the reason the cache was not used');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged or missing cache reads as empty', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cache-'));
  try {
    assert.deepEqual(loadIndexCache(dir, 'k'), { records: [], problem: null }, 'expected a missing cache to be no problem');
    fs.writeFileSync(path.join(dir, 'workspace-index.bin'), Buffer.from([255, 255, 255, 255, 1, 2, 3]));
    const cut = loadIndexCache(dir, 'k');
    assert.deepEqual(cut.records, []);
    assert.match(cut.problem ?? '', /damaged/, 'expected a cut-short cache to be reported as damaged');
    fs.writeFileSync(path.join(dir, 'workspace-index.bin'), Buffer.from([3, 0, 0, 0, 1, 2, 3]));
    const garbage = loadIndexCache(dir, 'k');
    assert.deepEqual(garbage.records, []);
    assert.match(garbage.problem ?? '', /damaged/, 'expected unreadable bytes to be reported as damaged');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('names come back as saved, each chunk reading them from its string table', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cache-'));
  try {
    const text = 'Ankara and Seoul';
    const two: Analysis = {
      ...analysis,
      entities: [
        { start: 0, end: 6, text: 'Ankara', type: 'location', entity: 'location:ankara', canonical: 'Ankara' },
        { start: 11, end: 16, text: 'Seoul', type: 'location', entity: 'location:seoul', canonical: 'Seoul' },
      ],
    };
    const records = Array.from({ length: 700 }, (_, i) => buildRecord({ uri: `file:///b${i}.txt`, size: 16, mtimeMs: i, hash: `h${i}` }, text, i % 2 ? two : analysis));
    await saveIndexCache(dir, 'k', records);
    const loaded = loadIndexCache(dir, 'k').records;
    for (const i of [0, 1, 699]) {
      assert.deepEqual(loaded[i]!.entityIds, records[i]!.entityIds, `expected the entity ids of record ${i} back`);
      assert.deepEqual(loaded[i]!.entityCanonicals, records[i]!.entityCanonicals, `expected the canonical names of record ${i} back`);
      assert.deepEqual(loaded[i]!.spellings, records[i]!.spellings, `expected the spellings of record ${i} back`);
    }
    const fileBytes = fs.statSync(path.join(dir, 'workspace-index.bin')).size;
    assert.ok(loaded[1]!.mentions.buffer.byteLength < fileBytes / 2, 'expected typed arrays in buffers of their chunk, not views of the whole file');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a name first written in a later chunk reads back in every chunk after it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cache-'));
  try {
    const named = (name: string): Analysis => ({
      ...analysis,
      entities: [{ start: 0, end: name.length, text: name, type: 'location', entity: `location:${name.toLowerCase()}`, canonical: name }],
    });
    // Chunks hold 500 records: Seoul first appears in the second chunk and recurs in the third.
    const records = Array.from({ length: 1300 }, (_, i) => {
      const name = i < 700 ? 'Ankara' : i % 2 === 0 ? 'Seoul' : 'Busan';
      return buildRecord({ uri: `file:///a${i}.txt`, size: name.length, mtimeMs: i, hash: `h${i}` }, name, named(name));
    });
    await saveIndexCache(dir, 'k', records);
    const loaded = loadIndexCache(dir, 'k').records;
    assert.equal(loaded.length, 1300, 'expected every record back');
    for (const i of [0, 699, 700, 701, 1200, 1299]) {
      assert.deepEqual(loaded[i]!.entityIds, records[i]!.entityIds, `expected record ${i}'s entity ids as saved`);
      assert.deepEqual(loaded[i]!.spellings, records[i]!.spellings, `expected record ${i}'s spellings as saved`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
