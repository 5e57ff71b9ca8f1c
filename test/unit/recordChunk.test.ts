import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { type ArticleRecord, buildRecord } from '../../server/src/workspace/articleRecord';
import { decodeChunk, encodeChunk } from '../../server/src/workspace/recordChunk';
import { WorkerPool } from '../../server/src/workspace/workerPool';

const TEXTS = [
  'Talks in Ankara\r\nANKARA, Nov 24, 2025 (KUNA) -- Turkish President Recep Tayyip Erdogan met South Korean President Lee Jae Myung on Monday. "We agreed to deepen our cooperation on defence and energy projects," Erdogan told reporters.\r\n',
  'Summit ends\nSEOUL, Nov. 25, 2025 (Yonhap) -- Lee returned home. The Kuwait News Agency (KUNA) said the talks went well.\n',
  '',
];

function plain(r: ArticleRecord): unknown {
  return { ...r, lineStarts: [...r.lineStarts], entityTypes: [...r.entityTypes], mentions: [...r.mentions], claimSpans: [...r.claimSpans], claimSignatures: [...r.claimSignatures] };
}

test('records come back from a chunk as they went in', () => {
  const records = TEXTS.map((text, i) => buildRecord({ uri: `file:///r${i}.txt`, size: text.length, mtimeMs: 1000 + i, hash: `h${i}` }, text, analyze(text)));
  assert.ok(records[0]!.claimSpans.length > 0 && records[0]!.linkAliases.length > 0, 'expected the first article to have claims and short forms to test with');
  const decoded = decodeChunk(structuredClone(encodeChunk(records)));
  assert.ok(decoded, 'expected the chunk to decode');
  assert.deepEqual(decoded.map(plain), records.map(plain), 'expected every field of every record back');
});

test('a damaged chunk decodes to nothing rather than to records that point out of bounds', () => {
  const text = TEXTS[0]!;
  const chunk = encodeChunk([buildRecord({ uri: 'file:///a.txt', size: text.length, mtimeMs: 1, hash: 'h' }, text, analyze(text))]);
  const shortInts = { ...chunk, ints: chunk.ints.subarray(0, chunk.ints.length - 1) };
  assert.equal(decodeChunk(shortInts), null, 'expected a chunk missing integers to be rejected');
  const badIndex = { ...chunk, ints: chunk.ints.map((v, i) => (i === chunk.ints.length - 1 ? 1e6 : v)) };
  assert.equal(decodeChunk(badIndex), null, 'expected a name index outside the string table to be rejected');
  assert.equal(decodeChunk({ ...chunk, fields: [{ uri: 3 }] }), null, 'expected a record without a uri to be rejected');
  for (const junk of [null, 42, 'text', [], { strings: [] }]) assert.equal(decodeChunk(junk), null, `expected ${JSON.stringify(junk)} to be rejected`);
});

test('a chunk decodes with the names a share function gives, asked once per distinct name', () => {
  const records = TEXTS.slice(0, 2).map((text, i) => buildRecord({ uri: `file:///r${i}.txt`, size: text.length, mtimeMs: i, hash: `h${i}` }, text, analyze(text)));
  const asked: string[] = [];
  const decoded = decodeChunk(structuredClone(encodeChunk(records)), (s) => {
    asked.push(s);
    return `shared:${s}`;
  });
  assert.ok(decoded, 'expected the chunk to decode');
  assert.equal(new Set(asked).size, asked.length, 'expected each distinct name to be asked for once');
  for (const [i, r] of decoded.entries()) {
    const names = [...r.entityIds, ...r.entityCanonicals, ...r.spellings, ...r.linkAliases];
    assert.ok(names.length > 0 && names.every((n) => n.startsWith('shared:')), `expected record ${i} to hold only shared names`);
    assert.deepEqual(r.entityIds, records[i]!.entityIds.map((n) => `shared:${n}`), `expected record ${i}'s ids in their order`);
  }
});

test('records analysed in-process hold the shared names too', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-pool-'));
  try {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXTS[0]!);
    const results = await new WorkerPool(0, path.join(dir, 'no-worker.js'), undefined, (s) => `shared:${s}`).run({ files: [{ uri: 'file:///a.txt', path: file }], maxFileSize: 1e6, declared: [] });
    const record = results[0]?.kind === 'record' ? results[0].record : null;
    assert.ok(record, 'expected the article analysed');
    assert.ok(record.entityIds.length > 0 && record.entityIds.every((n) => n.startsWith('shared:')), 'expected only shared ids');
    assert.ok(record.spellings.every((n) => n.startsWith('shared:')), 'expected only shared spellings');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a job run at once on this thread gives the records a queued run gives, with the shared names', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-pool-'));
  try {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXTS[0]!);
    const pool = new WorkerPool(0, path.join(dir, 'no-worker.js'), undefined, (s) => `shared:${s}`);
    const job = { files: [{ uri: 'file:///a.txt', path: file }], maxFileSize: 1e6, declared: [] };
    assert.equal(pool.threaded, false);
    const here = pool.runHere(job);
    assert.equal(here[0]?.kind, 'record');
    assert.deepEqual(here, await pool.run(job));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('chunks encoded with one name table list each name once and decode in order with the names before them', () => {
  const records = TEXTS.slice(0, 2).map((text, i) => buildRecord({ uri: `file:///r${i}.txt`, size: text.length, mtimeMs: i, hash: `h${i}` }, text, analyze(text)));
  const sent = new Map<string, number>();
  const first = structuredClone(encodeChunk([records[0]!], undefined, sent));
  const again = structuredClone(encodeChunk([records[0]!], undefined, sent));
  const second = structuredClone(encodeChunk([records[1]!], undefined, sent));
  assert.equal(again.strings.length, 0, 'expected a chunk of names already sent to list none');
  assert.ok(second.strings.every((s) => !first.strings.includes(s)), 'expected the second chunk to list only names the first did not');
  const known: string[] = [];
  const decoded = [first, again, second].map((c) => decodeChunk(c, (s) => s, known));
  assert.deepEqual(decoded.map((d) => d?.map(plain)), [[plain(records[0]!)], [plain(records[0]!)], [plain(records[1]!)]], 'expected every record back whole');
});

test('worker threads send the records an in-process run makes, batch after batch', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-pool-'));
  const pool = new WorkerPool(2);
  // The pool's threads do not keep the process alive (a server's connection does).
  const alive = setInterval(() => {}, 1000);
  try {
    const files = [...TEXTS, ...TEXTS].map((text, i) => {
      const file = path.join(dir, `a${i}.txt`);
      fs.writeFileSync(file, text.replace('Monday', i % 2 ? 'Tuesday' : 'Monday'));
      return { uri: `file:///a${i}.txt`, path: file };
    });
    const jobs = [0, 1, 2, 3, 4, 5].map((i) => ({ files: [files[i]!], maxFileSize: 1e6, declared: [] }));
    const threaded = (await Promise.all(jobs.map((job) => pool.run(job)))).flat();
    const inProcess = (await Promise.all(jobs.map((job) => new WorkerPool(0, path.join(dir, 'no-worker.js')).run(job)))).flat();
    const plainResult = (r: (typeof threaded)[number]) => (r.kind === 'record' ? plain(r.record) : r);
    assert.ok(pool.parallelism === 2, 'expected two worker threads');
    assert.deepEqual(threaded.map(plainResult), inProcess.map(plainResult), 'expected the same results from the threads');
  } finally {
    clearInterval(alive);
    await pool.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
