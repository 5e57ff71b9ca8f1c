import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fileUriOf, listArticleFiles } from '../../server/src/workspace/corpusFiles';

test('file URIs are written as pathToFileURL writes them, plain or not', () => {
  for (const file of ['/tmp/news/a-1_b.c~d.txt', '/tmp/news/with space.txt', '/tmp/Erdoğan/ş.txt', '/tmp/a%20b#c?.txt', '/tmp/x/[1].txt']) {
    assert.equal(fileUriOf(file), pathToFileURL(file).toString(), `expected the URI of ${file} to match pathToFileURL's`);
  }
});

test('listing reports the annotation files it passes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-list-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'A');
    fs.writeFileSync(path.join(dir, 'a.txt.annotations.json'), '{}');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'B');
    const sidecars = new Set<string>();
    assert.deepEqual(listArticleFiles(dir, [], sidecars), [path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
    assert.deepEqual([...sidecars], [path.join(dir, 'a.txt.annotations.json')], 'expected the one annotation file reported');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
