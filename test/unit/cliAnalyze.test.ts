import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCliCaptured } from './cliRun';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/bad-input');

interface JsonArticle {
  path: string;
  dct: string | null;
  entities: { start: number; end: number; text: string; type: string; entity: string }[];
  dates: { start: number; end: number; text: string; value: string }[];
  claims: { start: number; end: number; text: string; speaker: string | null; speakerStart: number | null; speakerEnd: number | null; cue: string | null }[];
  boilerplate: { start: number; end: number }[];
}


const run = runCliCaptured;

/** The editor's view of a file: UTF-8 with a leading BOM dropped. */
function editorText(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function assertOffsetsExact(article: JsonArticle): void {
  const text = editorText(article.path);
  for (const span of [...article.entities, ...article.dates, ...article.claims]) {
    assert.equal(text.slice(span.start, span.end), span.text, `${article.path}: span ${span.start}-${span.end} must be its text`);
  }
}

test('analyze --json goes through bad input: skips binary and invalid UTF-8 by name, exits non-zero', async () => {
  const { code, stdout, stderr } = await run(['analyze', '--json', FIXTURES]);
  assert.equal(code, 1, 'unreadable files make the exit code non-zero');
  assert.match(stderr, /binary\.txt: binary file/);
  assert.match(stderr, /invalid-utf8\.txt: not valid UTF-8/);
  const articles = stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonArticle);
  assert.deepEqual(articles.map((a) => path.basename(a.path)).sort(), ['bom.txt', 'crlf.txt', 'empty.txt']);
  for (const a of articles) assertOffsetsExact(a);
  const empty = articles.find((a) => a.path.endsWith('empty.txt'))!;
  assert.deepEqual([empty.entities, empty.dates, empty.claims], [[], [], []]);
});

test('offsets after a BOM and across CRLF point at the words an editor shows', async () => {
  const { stdout } = await run(['analyze', '--json', path.join(FIXTURES, 'crlf.txt'), path.join(FIXTURES, 'bom.txt')]);
  const [crlf, bom] = stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonArticle);
  assert.ok(crlf!.entities.some((e) => e.text === 'Erdogan' && e.start > 28), 'Erdogan on the second CRLF line');
  assert.ok(bom!.entities.some((e) => e.text.startsWith('Mark') && e.start === 0), 'Mark Rutte starts at offset 0, after the BOM');
  assertOffsetsExact(crlf!);
  assertOffsetsExact(bom!);
});

test('every record follows the documented JSON contract', async () => {
  const { stdout } = await run(['analyze', '--json', path.resolve(__dirname, '../../../seeds')]);
  const articles = stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonArticle);
  assert.equal(articles.length, 5);
  for (const a of articles) {
    assert.deepEqual(Object.keys(a), ['path', 'dct', 'entities', 'dates', 'claims', 'boilerplate']);
    for (const e of a.entities) assert.deepEqual(Object.keys(e), ['start', 'end', 'text', 'type', 'entity']);
    for (const d of a.dates) assert.deepEqual(Object.keys(d), ['start', 'end', 'text', 'value']);
    for (const c of a.claims) assert.deepEqual(Object.keys(c), ['start', 'end', 'text', 'speaker', 'speakerStart', 'speakerEnd', 'cue']);
    assertOffsetsExact(a);
  }
});

test('a 20 MB article is analysed whole', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-big-'));
  try {
    const paragraph = 'ANKARA, Nov 24 (KUNA) -- Turkish President Recep Tayyip Erdogan said on Monday that talks with Lee Jae Myung went well. "We agree," he added.\n';
    const file = path.join(dir, 'big.txt');
    fs.writeFileSync(file, paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length)));
    const { code, stdout } = await run(['analyze', '--json', file]);
    assert.equal(code, 0);
    const article = JSON.parse(stdout) as JsonArticle;
    const last = article.entities.at(-1)!;
    assert.ok(last.start > 20 * 1024 * 1024 - 2 * paragraph.length, 'entities are found up to the end of the file');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with a message', async () => {
  assert.equal((await run(['analyze'])).code, 2);
  assert.equal((await run(['frobnicate'])).code, 2);
  const missing = await run(['analyze', '/nonexistent/article-lens-test']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file or folder/);
});
