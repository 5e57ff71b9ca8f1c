import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildEntityPool } from '../../bench/entityPool';
import { articleName, DEFAULT_CORPUS_OPTIONS, ensureCorpus, generateArticle, generateCorpus } from '../../bench/generateCorpus';

const SAMPLE = 400;
const articles = [...generateCorpus(0, SAMPLE)];
const texts = articles.map((a) => a.text);
const share = (predicate: (text: string) => boolean) => texts.filter(predicate).length / SAMPLE;

test('the same seed gives the same articles, another seed different ones', () => {
  const again = [...generateCorpus(0, 50)];
  assert.deepEqual(again, articles.slice(0, 50), 'expected a second run with the same seed to be identical');
  const other = [...generateCorpus(0, 50, { ...DEFAULT_CORPUS_OPTIONS, seed: 'another seed' })];
  const same = other.filter((a, i) => a.text === articles[i]!.text).length;
  assert.equal(same, 0, `expected another seed to change every article, ${same} stayed the same`);
});

test('an article generated alone equals the same article generated in sequence', () => {
  const pool = buildEntityPool(DEFAULT_CORPUS_OPTIONS.seed);
  assert.equal(generateArticle(123, pool).text, articles[123]!.text);
});

test('articles are about 2.5 to 3 KB and the size option scales them', () => {
  const sizes = texts.map((t) => Buffer.byteLength(t, 'utf8'));
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  assert.ok(mean > 2400 && mean < 3100, `expected a mean size of 2.5-3 KB, got ${mean.toFixed(0)} bytes`);
  assert.ok(Math.min(...sizes) > 1500, `expected no tiny article, smallest is ${Math.min(...sizes)} bytes`);
  const big = [...generateCorpus(0, 20, { ...DEFAULT_CORPUS_OPTIONS, articleBytes: 10_000 })];
  const bigMean = big.reduce((a, b) => a + Buffer.byteLength(b.text, 'utf8'), 0) / big.length;
  assert.ok(bigMean > 8500 && bigMean < 11_500, `expected about 10 KB articles with articleBytes 10000, got ${bigMean.toFixed(0)}`);
});

test('file names put a thousand articles in each folder', () => {
  assert.equal(articleName(0), 'part-000/article-000000.txt');
  assert.equal(articleName(99_999), 'part-099/article-099999.txt');
  assert.equal(articles[7]!.name, articleName(7));
});

test('articles carry the shapes real news copy has', () => {
  const shapes: [string, (t: string) => boolean, number, number][] = [
    ['a header line', (t) => /^\uFEFF? date \d{4}-\d\d-\d\d \d+\r?\n/.test(t), 0.15, 0.45],
    ['a wire dateline', (t) => /\n[A-Z .]{3,30}, [A-Z][a-z]{2,4}\.? \d{1,2} \([^)\n]{2,20}\) --/.test(t), 0.15, 0.7],
    ['CRLF line endings', (t) => t.includes('\r\n'), 0.04, 0.2],
    ['a direct quote with a cue', (t) => /[,.][”"'] (?:said|[A-Z][a-z]+)/.test(t), 0.8, 1],
    ['reported speech', (t) => / (?:said|noted|stressed|stated|announced|argued|confirmed) that /.test(t) || t.includes('According to '), 0.8, 1],
    ['a weekday', (t) => / on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(t), 0.5, 1],
    ['a nationality adjective', (t) => /\b(?:South Korean|Turkish|French|German|British|American|Japanese) /.test(t), 0.5, 1],
    ['a legal disclaimer', (t) => t.includes('Legal Disclaimer:') || t.includes('All rights reserved'), 0.1, 0.35],
    ['a tracking code', (t) => /MENAFN\d{8}/.test(t), 0.05, 0.3],
    ['"(end)"', (t) => t.includes('(end)'), 0.1, 0.4],
    ['mojibake', (t) => /Ã|Ä|Å|â€|أ/.test(t), 0.02, 0.12],
  ];
  for (const [name, predicate, low, high] of shapes) {
    const s = share(predicate);
    assert.ok(s >= low && s <= high, `expected ${name} in ${low * 100}-${high * 100}% of articles, found ${(s * 100).toFixed(1)}%`);
  }
});

test('entities recur across articles under several spellings', () => {
  const all = texts.join('\n');
  for (const spellings of [
    ['Erdoğan', 'Erdogan'],
    ['South Korea', 'S. Korea', 'Republic of Korea'],
    ['North Atlantic Treaty Organization', 'NATO'],
  ]) {
    for (const s of spellings) assert.ok(all.includes(s), `expected the spelling "${s}" somewhere in ${SAMPLE} articles`);
  }
  const pool = buildEntityPool(DEFAULT_CORPUS_OPTIONS.seed);
  const recurring = pool.people.slice(0, 40).filter((p) => share((t) => t.includes(p.short)) >= 0.02);
  assert.ok(recurring.length >= 10, `expected many people to appear in several articles, got ${recurring.length}`);
});

test('the same claim recurs in different articles', () => {
  const pool = buildEntityPool(DEFAULT_CORPUS_OPTIONS.seed);
  const repeated = pool.claims.slice(0, 50).filter((c) => {
    const body = c.statement.slice(1);
    return texts.filter((t) => t.includes(body)).length >= 2;
  });
  assert.ok(repeated.length >= 5, `expected shared claims in several articles, got ${repeated.length}`);
});

test('a corpus folder is written once and reused while its options hold', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
  try {
    const first = ensureCorpus(dir, 30);
    assert.equal(first.generated, true);
    assert.equal(fs.readFileSync(path.join(dir, articleName(29)), 'utf8'), articles[29]!.text);
    const second = ensureCorpus(dir, 30);
    assert.deepEqual(second, { bytes: first.bytes, generated: false }, 'expected the folder to be reused');
    const third = ensureCorpus(dir, 31);
    assert.equal(third.generated, true, 'expected a different count to regenerate');
    assert.ok(fs.existsSync(path.join(dir, articleName(30))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
