import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { AnnotationCache } from '../../server/src/annotations/annotationCache';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'annotation-cache-'));
after(() => fs.rmSync(folder, { recursive: true, force: true }));

function writeSidecar(article: string, datePublished: string): void {
  const page = { type: 'AnnotationPage', items: [{ id: 'article-details', type: 'Annotation', target: path.basename(article), body: { purpose: 'describing', datePublished } }] };
  // As editors and version control do: a new file renamed over the old one.
  const temporary = `${article}.annotations.json.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(page));
  fs.renameSync(temporary, `${article}.annotations.json`);
}

test('a sidecar written, rewritten and removed outside the server is seen by the next request', () => {
  const article = path.join(folder, 'story.txt');
  fs.writeFileSync(article, 'Erdogan met Lee in Ankara on Monday.\n');
  const uri = pathToFileURL(article).toString();
  const cache = new AnnotationCache();

  assert.deepEqual(cache.analysisOptions(uri), {}, 'an article without a sidecar has no recorded date');
  assert.deepEqual(cache.analysisOptions(uri), {}, 'asking again without a sidecar still gives no date');

  writeSidecar(article, '2024-03-10');
  assert.deepEqual(cache.analysisOptions(uri), { documentDate: '2024-03-10' }, 'a sidecar that appeared gives its date');
  assert.deepEqual(cache.analysisOptions(uri), { documentDate: '2024-03-10' }, 'the same sidecar gives the same date again');

  writeSidecar(article, '2025-01-02');
  assert.equal(cache.documentDate(article), '2025-01-02', 'a rewritten sidecar gives its new date');

  fs.unlinkSync(`${article}.annotations.json`);
  assert.equal(cache.documentDate(article), null, 'a removed sidecar gives no date');
  assert.equal(cache.articleMetadata(article), null, 'a removed sidecar gives no article facts');
});

test('a sidecar that stops being valid JSON gives no date, and a repaired one gives it back', () => {
  const article = path.join(folder, 'broken.txt');
  fs.writeFileSync(article, 'Lee returned home.\n');
  const cache = new AnnotationCache();
  writeSidecar(article, '2024-05-06');
  assert.equal(cache.documentDate(article), '2024-05-06', 'the valid sidecar gives its date');
  fs.writeFileSync(`${article}.annotations.json`, '{"type": "AnnotationPage", "items": [');
  assert.equal(cache.documentDate(article), null, 'a truncated sidecar gives no date');
  writeSidecar(article, '2024-05-07');
  assert.equal(cache.documentDate(article), '2024-05-07', 'the repaired sidecar gives its date');
});

test('analysis options of a document that is not a file are empty', () => {
  const cache = new AnnotationCache();
  assert.deepEqual(cache.analysisOptions('untitled:Untitled-1'), {}, 'an unsaved document has no sidecar');
});
