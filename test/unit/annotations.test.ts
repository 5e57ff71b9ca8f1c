import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { AnnotationCache } from '../../server/src/annotations/annotationCache';
import { applyEdits, isIsoDate } from '../../server/src/annotations/annotationEdits';
import { ANNOTATIONS_SCHEMA, TAXONOMY_SCHEMA } from '../../server/src/annotations/annotationSchema';
import { articleMetadataOf, viewOf } from '../../server/src/annotations/annotationView';
import { emptyPage, type JsonObject } from '../../server/src/annotations/model';
import { formatSidecar } from '../../server/src/annotations/sidecarFormat';
import { parseSidecar } from '../../server/src/annotations/sidecarParse';
import { readSidecar, SidecarRefusedError, sidecarPathOf, updateSidecar } from '../../server/src/annotations/sidecarStore';
import { DEFAULT_TAGS, parseTagList, resolveTaxonomy } from '../../server/src/annotations/taxonomy';
import { analyze } from '../../server/src/analysis/analyze';

// Run from test/unit (tsx) or from out/test/unit (compiled).
const ROOT = [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../..')].find((d) => fs.existsSync(path.join(d, 'schemas')))!;
const joinLines = (...lines: string[]) => lines.join('\n');

const ARTICLE = joinLines(
  'Minister defends tank programme',
  'ANKARA, Nov 24 (Reuters) - The defence minister said on Monday the programme was on schedule.',
  'Critics said the programme was late. A spokesman declined to comment.',
  '',
);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annotations-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

/** A fresh article file in a temporary folder. */
function article(text = ARTICLE, name = 'story.txt'): string {
  const dir = path.join(tmp, String(++counter));
  fs.mkdirSync(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function fixedIds(prefix: string) {
  let n = 0;
  return () => `urn:uuid:${prefix}-${++n}`;
}

const span = (words: string) => ({ start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length });

describe('sidecar parsing', () => {
  const hand = (value: unknown) => JSON.stringify(value, null, 2);

  test('hand-written W3C shapes load: single selector, body object, bodyValue, string-free motivation', () => {
    const text = hand({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'a1',
          type: 'Annotation',
          body: { type: 'TextualBody', purpose: 'tagging', value: 'disputed' },
          target: { source: 'story.txt', selector: { type: 'TextQuoteSelector', exact: 'the programme was late' } },
        },
        { id: 'a2', type: 'Annotation', bodyValue: 'a plain note', target: { source: 'story.txt', selector: { type: 'TextPositionSelector', start: 0, end: 8 } } },
      ],
    });
    const { page, problems } = parseSidecar(text, { articleName: 'story.txt' });
    assert.deepEqual(problems, [], 'expected no problems');
    const items = (page!.items as JsonObject[]).map(viewOf);
    assert.deepEqual(items[0]!.tags, ['disputed']);
    assert.equal(items[0]!.quote, 'the programme was late');
    assert.deepEqual(items[1]!.notes, ['a plain note']);
    assert.deepEqual(items[1]!.position, { start: 0, end: 8 });
  });

  test('a single annotation or a bare array is accepted and becomes a page', () => {
    const one = { id: 'x', type: 'Annotation', target: 'story.txt', body: { purpose: 'describing', datePublished: '2025-11-24' } };
    for (const value of [one, [one]]) {
      const { page, problems } = parseSidecar(hand(value), { articleName: 'story.txt' });
      assert.deepEqual(problems, []);
      assert.equal(page!.type, 'AnnotationPage');
      assert.equal(articleMetadataOf(page!.items as JsonObject[])?.datePublished, '2025-11-24');
    }
  });

  test('invalid JSON is reported at its position', () => {
    const text = '{\n  "type": "AnnotationPage",\n  "items": [\n    { "id": "a" ,, }\n  ]\n}\n';
    const { page, problems } = parseSidecar(text, { articleName: 'story.txt' });
    assert.equal(page, null);
    assert.ok(problems.length > 0);
    assert.equal(text.slice(0, problems[0]!.offset).split('\n').length, 4, `expected the problem on line 4, got ${JSON.stringify(problems)}`);
  });

  test('a schema violation points at the faulty field', () => {
    const text = hand({ type: 'AnnotationPage', items: [{ id: 'a', target: { source: 'story.txt', selector: { type: 'TextPositionSelector', start: -1, end: 3 } } }] });
    const { problems } = parseSidecar(text, { articleName: 'story.txt' });
    assert.ok(problems.length > 0, 'expected a schema problem');
    assert.match(problems[0]!.message, /start/);
    assert.equal(text.slice(problems[0]!.offset, problems[0]!.offset + problems[0]!.length), '"start"');
  });

  test('a target naming another file is an error at its source', () => {
    const text = hand({ type: 'AnnotationPage', items: [{ id: 'a', target: { source: '../secret.txt' } }] });
    const { page, problems } = parseSidecar(text, { articleName: 'story.txt' });
    assert.equal(page, null);
    assert.match(problems[0]!.message, /only target its own article/);
    assert.equal(text.slice(problems[0]!.offset, problems[0]!.offset + problems[0]!.length), '"source"');
  });

  test('__proto__, constructor and prototype keys never get through', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"type":"AnnotationPage","items":[{"id":"a","target":"story.txt","${key}":{"polluted":true}}]}`;
      const { page, problems } = parseSidecar(text, { articleName: 'story.txt' });
      assert.equal(page, null, `expected ${key} to make the file invalid`);
      assert.match(problems[0]!.message, new RegExp(key));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('duplicate annotation ids are an error', () => {
    const text = hand({ type: 'AnnotationPage', items: [{ id: 'a', target: 'story.txt' }, { id: 'a', target: 'story.txt' }] });
    assert.match(parseSidecar(text, { articleName: 'story.txt' }).problems[0]!.message, /duplicate annotation id/);
  });

  test('bad input never throws: empty, binary, BOM, huge line', () => {
    for (const text of ['', '\u0000\u0001\u0002', '\ufeff{"type":"AnnotationPage","items":[]}', `[${'1,'.repeat(200_000)}1]`, '{'.repeat(100_000)]) {
      assert.doesNotThrow(() => parseSidecar(text, { articleName: 'story.txt' }));
    }
    assert.deepEqual(parseSidecar('\ufeff{"type":"AnnotationPage","items":[]}', { articleName: 'story.txt' }).problems, []);
  });
});

describe('sidecar format', () => {
  test('stable key order, annotations by creation time then id, two-space indent, trailing newline', () => {
    const page: JsonObject = {
      items: [
        { target: 'story.txt', id: 'b', created: '2025-01-02T00:00:00Z', type: 'Annotation', zeta: 1, alpha: 2 },
        { id: 'a', type: 'Annotation', created: '2025-01-02T00:00:00Z', target: 'story.txt' },
        { id: 'c', type: 'Annotation', created: '2025-01-01T00:00:00Z', target: 'story.txt' },
      ],
      type: 'AnnotationPage',
      '@context': 'http://www.w3.org/ns/anno.jsonld',
    };
    const text = formatSidecar(page);
    assert.ok(text.endsWith('}\n'), 'expected a trailing newline');
    const parsed = JSON.parse(text) as { items: { id: string }[] };
    assert.deepEqual(Object.keys(parsed), ['@context', 'type', 'items']);
    assert.deepEqual(parsed.items.map((i) => i.id), ['c', 'a', 'b']);
    assert.deepEqual(Object.keys(parsed.items[2]!), ['id', 'type', 'created', 'target', 'alpha', 'zeta']);
    assert.match(text, /^ {2}"@context"/m);
    assert.equal(formatSidecar(JSON.parse(text) as JsonObject), text, 'formatting must be idempotent');
  });
});

describe('edits', () => {
  const env = (text = ARTICLE) => ({ text, articleName: 'story.txt', now: '2025-11-24T10:00:00.000Z', creator: 'ana', newId: fixedIds('e') });

  test('add, update tags and note, reattach, delete', () => {
    const page = emptyPage();
    const e = env();
    const { ids } = applyEdits(page, [{ kind: 'add', ...span('the programme was on schedule'), tags: ['verified', 'verified', ' opinion '], note: 'check' }], e);
    const id = ids[0]!;
    let view = viewOf((page.items as JsonObject[])[0]!);
    assert.deepEqual(view.tags, ['verified', 'opinion'], 'tags are trimmed and unique');
    assert.deepEqual(view.notes, ['check']);
    assert.equal(view.quote, 'the programme was on schedule');
    assert.equal(view.prefix, ARTICLE.slice(span('the programme was on schedule').start - 32, span('the programme was on schedule').start));
    applyEdits(page, [{ kind: 'update', id, tags: ['disputed'], note: '' }], e);
    view = viewOf((page.items as JsonObject[])[0]!);
    assert.deepEqual(view.tags, ['disputed']);
    assert.deepEqual(view.notes, [], 'an empty note removes it');
    applyEdits(page, [{ kind: 'reattach', id, ...span('the programme was late') }], e);
    assert.equal(viewOf((page.items as JsonObject[])[0]!).quote, 'the programme was late');
    applyEdits(page, [{ kind: 'delete', id }], e);
    assert.equal((page.items as JsonObject[]).length, 0);
  });

  test('fields, bodies and selectors this extension does not know survive an edit', () => {
    const page: JsonObject = {
      type: 'AnnotationPage',
      items: [
        {
          id: 'x',
          type: 'Annotation',
          rights: 'https://creativecommons.org/licenses/by/4.0/',
          body: [
            { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/fact-check' },
            { type: 'TextualBody', purpose: 'tagging', value: 'unverified' },
          ],
          target: { source: 'story.txt', selector: [{ type: 'XPathSelector', value: '/p[2]' }, { type: 'TextQuoteSelector', exact: 'the programme was late' }] },
        },
      ],
    };
    applyEdits(page, [{ kind: 'update', id: 'x', tags: ['verified'] }], env());
    const item = (page.items as JsonObject[])[0]!;
    assert.equal(item.rights, 'https://creativecommons.org/licenses/by/4.0/');
    assert.ok(JSON.stringify(item.body).includes('fact-check'), 'the linking body is kept');
    assert.ok(JSON.stringify(item.target).includes('XPathSelector'), 'the XPath selector is kept');
    assert.deepEqual(viewOf(item).tags, ['verified']);
    assert.ok(viewOf(item).position, 'a position selector was added while re-anchoring');
  });

  test('article metadata: recorded, validated, and used as the analysis date', () => {
    const page = emptyPage();
    const bad = applyEdits(page, [{ kind: 'setArticle', metadata: { datePublished: '2025-02-30' } }], env());
    assert.equal(bad.ids[0], null);
    applyEdits(page, [{ kind: 'setArticle', metadata: { datePublished: '2025-11-24', publisher: 'Reuters', url: 'https://example.org/a' } }], env());
    assert.deepEqual(articleMetadataOf(page.items as JsonObject[]), { datePublished: '2025-11-24', publisher: 'Reuters', url: 'https://example.org/a' });
    assert.ok(isIsoDate('2024-02-29') && !isIsoDate('2023-02-29') && !isIsoDate('24-02-29'));
    const analysis = analyze('The minister said on Monday that talks went well.\n', { documentDate: '2025-11-24' });
    assert.equal(analysis.dct, '2025-11-24');
    assert.equal(analysis.dctSource, 'annotation');
  });
});

describe('sidecar store', () => {
  test('reading never writes; an edit writes re-anchored positions', async () => {
    const file = article();
    const ids = fixedIds('s');
    await updateSidecar(file, ARTICLE, [{ kind: 'add', ...span('the programme was late'), tags: ['disputed'], note: '' }], { newId: ids });
    const edited = `UPDATED 10:00\n${ARTICLE}`;
    fs.writeFileSync(file, edited);
    const before = fs.readFileSync(sidecarPathOf(file), 'utf8');
    const cache = new AnnotationCache();
    const [anchored] = cache.anchored(file, 'v1', edited);
    assert.equal(anchored!.anchor.status, 'quote');
    assert.equal(fs.readFileSync(sidecarPathOf(file), 'utf8'), before, 'reading must not rewrite the sidecar');
    await updateSidecar(file, edited, [{ kind: 'add', ...{ start: 0, end: 7 }, tags: ['opinion'], note: '' }], { newId: ids });
    const after = readSidecar(file);
    assert.equal(after.status, 'ok');
    const late = (after.status === 'ok' ? (after.page.items as JsonObject[]) : []).map(viewOf).find((v) => v.tags.includes('disputed'))!;
    assert.equal(late.position!.start, edited.indexOf('the programme was late'), 'positions were refreshed on the write');
  });

  test('two windows with stale copies: edits merge by id and a deletion is not resurrected', async () => {
    const file = article();
    const first = await updateSidecar(file, ARTICLE, [{ kind: 'add', ...span('the programme was late'), tags: ['disputed'], note: '' }], { newId: fixedIds('w') });
    const second = await updateSidecar(file, ARTICLE, [{ kind: 'add', ...span('declined to comment'), tags: ['opinion'], note: '' }], { newId: fixedIds('v') });
    const x = first.ids[0]!;
    const y = second.ids[0]!;
    // Window A read both; window B deletes X; window A, unaware, edits Y's note.
    await updateSidecar(file, ARTICLE, [{ kind: 'delete', id: x }]);
    await updateSidecar(file, ARTICLE, [{ kind: 'update', id: y, note: 'ask again' }]);
    // Then a git pull brings a new annotation in from another analyst.
    const pulled = readSidecar(file);
    assert.equal(pulled.status, 'ok');
    if (pulled.status !== 'ok') return;
    (pulled.page.items as JsonObject[]).push({ id: 'urn:uuid:from-git', type: 'Annotation', created: '2020-01-01T00:00:00Z', target: 'story.txt', bodyValue: 'pulled' });
    fs.writeFileSync(sidecarPathOf(file), formatSidecar(pulled.page));
    await updateSidecar(file, ARTICLE, [{ kind: 'update', id: y, tags: ['opinion', 'needs follow-up'] }]);
    const final = readSidecar(file);
    assert.equal(final.status, 'ok');
    if (final.status !== 'ok') return;
    const ids = (final.page.items as JsonObject[]).map((i) => i.id);
    assert.ok(!ids.includes(x), 'the deleted annotation stays deleted');
    assert.ok(ids.includes('urn:uuid:from-git'), 'the pulled annotation is kept');
    const yView = (final.page.items as JsonObject[]).map(viewOf).find((v) => v.id === y)!;
    assert.deepEqual(yView.notes, ['ask again']);
    assert.deepEqual(yView.tags, ['opinion', 'needs follow-up']);
  });

  test('concurrent writes in one process all land', async () => {
    const file = article();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => updateSidecar(file, ARTICLE, [{ kind: 'add', start: i, end: i + 5, tags: [`t${i}`], note: '' }])),
    );
    const read = readSidecar(file);
    assert.equal(read.status === 'ok' ? (read.page.items as JsonObject[]).length : -1, 12);
  });

  test('an invalid sidecar is never overwritten and edits are refused with a clear message', async () => {
    const file = article();
    const corrupt = '{ "type": "AnnotationPage", "items": [ { "id": "a", ';
    fs.writeFileSync(sidecarPathOf(file), corrupt);
    await assert.rejects(
      updateSidecar(file, ARTICLE, [{ kind: 'add', start: 0, end: 5, tags: [], note: 'x' }]),
      (error: unknown) => error instanceof SidecarRefusedError && /not valid/.test(error.message) && /fixed/.test(error.message),
    );
    assert.equal(fs.readFileSync(sidecarPathOf(file), 'utf8'), corrupt, 'the corrupt file must be left byte for byte');
  });

  test('analysis options carry the recorded date for the article uri', async () => {
    const file = article();
    await updateSidecar(file, ARTICLE, [{ kind: 'setArticle', metadata: { datePublished: '2024-03-01' } }]);
    assert.deepEqual(new AnnotationCache().analysisOptions(pathToFileURL(file).toString()), { documentDate: '2024-03-01' });
  });
});

describe('taxonomy', () => {
  test('defaults, a workspace file replacing them, settings adding and overriding by name', () => {
    assert.deepEqual(resolveTaxonomy(null, []).map((t) => t.name), DEFAULT_TAGS.map((t) => t.name));
    const file = parseTagList([{ name: 'accurate', color: '#00ff00' }, 'inaccurate', { name: 'bad colour', color: 'red' }, { nope: 1 }]);
    assert.deepEqual(file.map((t) => t.name), ['accurate', 'inaccurate', 'bad colour']);
    assert.match(file[2]!.color, /^#[0-9a-f]{6}$/, 'an invalid colour falls back to a generated one');
    const settings = parseTagList([{ name: 'Accurate', color: '#123456', description: 'mine' }, 'satire']);
    const resolved = resolveTaxonomy(file, settings);
    assert.deepEqual(resolved.map((t) => t.name), ['Accurate', 'inaccurate', 'bad colour', 'satire']);
    assert.equal(resolved[0]!.color, '#123456');
  });

  test('the nearest .article-lens/taxonomy.json applies', () => {
    const file = article();
    const dir = path.join(path.dirname(file), '.article-lens');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'taxonomy.json'), JSON.stringify({ tags: [{ name: 'satire', color: '#abcdef' }] }));
    const found = new AnnotationCache().taxonomyFor(file);
    assert.deepEqual(found.tags?.map((t) => t.name), ['satire']);
    assert.deepEqual(found.problems, []);
  });
});

test('the published schemas equal the ones the code validates with', () => {
  for (const [name, schema] of [['annotations', ANNOTATIONS_SCHEMA], ['taxonomy', TAXONOMY_SCHEMA]] as const) {
    const published = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as unknown;
    assert.deepEqual(published, JSON.parse(JSON.stringify(schema)), `schemas/${name}.schema.json is out of date`);
  }
});
