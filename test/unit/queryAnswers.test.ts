import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, EntityMention } from '../../server/src/analysis/types';
import { EntityCards, provideHover } from '../../server/src/features/hover';
import { buildRecord } from '../../server/src/workspace/articleRecord';
import { parseCorrections } from '../../server/src/workspace/corrections';
import { EntityResolver } from '../../server/src/workspace/entityResolver';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

type Name = [spelling: string, id: string, type: EntityMention['type']];

function analysisOf(text: string, names: readonly Name[]): Analysis {
  const entities: EntityMention[] = [];
  for (const [spelling, id, type] of names) {
    for (const m of text.matchAll(new RegExp(`\\b${spelling}\\b`, 'g'))) entities.push({ start: m.index, end: m.index + spelling.length, text: spelling, type, entity: id, canonical: spelling });
  }
  entities.sort((a, b) => a.start - b.start);
  return { dct: null, dctSource: null, structure: { headline: null, header: null, dateline: null, boilerplate: [] }, entities, dates: [], claims: [] };
}

function put(index: WorkspaceIndex, uri: string, text: string, names: readonly Name[]): Analysis {
  const analysis = analysisOf(text, names);
  index.set(buildRecord({ uri, size: text.length, mtimeMs: 0, hash: 'h' }, text, analysis));
  return analysis;
}

const SEOUL: Name = ['Seoul', 'location:seoul', 'location'];
const NAMES: Name[] = ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Gwangju', 'Ulsan', 'Suwon', 'Jeju'].map((n) => [n, `location:${n.toLowerCase()}`, 'location']);

/** A small deterministic corpus: each article names a few of NAMES, some more than once. */
function corpus(index: WorkspaceIndex, articles: number): void {
  let seed = 7;
  const next = () => Math.floor((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 65_536);
  for (let a = 0; a < articles; a++) {
    const words: string[] = ['Seoul'];
    for (let k = 0; k < 6; k++) words.push(NAMES[next() % NAMES.length]![0]);
    put(index, `file:///${String(next() % 100_000).padStart(5, '0')}-${a}.txt`, words.join(' and\n'), NAMES);
  }
}

test('co-mentioned entities rank by shared articles, then mentions, ties in first-seen order, as a full sort would', () => {
  const index = new WorkspaceIndex();
  corpus(index, 150);
  for (const [, id] of NAMES) {
    const e = index.entity(id)!;
    const counts = new Map<string, number>();
    for (const uri of e.articles.keys()) {
      for (const [, other] of NAMES) if (other !== id && index.mentionsIn(uri, other).length > 0) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const expected = [...counts]
      .sort((x, y) => y[1] - x[1] || index.entity(y[0])!.mentions - index.entity(x[0])!.mentions)
      .map(([other, articles]) => ({ id: other, articles }));
    for (const limit of [0, 1, 3, 5, 20]) {
      assert.deepEqual(index.coMentioned(id, limit), expected.slice(0, limit), `expected the first ${limit} of a full sort for ${id}`);
    }
  }
});

test('the first articles of an entity follow additions and deletions', () => {
  const index = new WorkspaceIndex();
  for (let i = 10; i < 90; i++) put(index, `file:///${i}.txt`, 'Seoul', [SEOUL]);
  assert.deepEqual(index.firstArticlesOf('location:seoul', 3), ['file:///10.txt', 'file:///11.txt', 'file:///12.txt']);
  put(index, 'file:///05.txt', 'Seoul', [SEOUL]);
  assert.deepEqual(index.firstArticlesOf('location:seoul', 3), ['file:///05.txt', 'file:///10.txt', 'file:///11.txt'], 'expected a new first article at once');
  index.delete('file:///10.txt');
  assert.deepEqual(index.firstArticlesOf('location:seoul', 3), ['file:///05.txt', 'file:///11.txt', 'file:///12.txt'], 'expected a deleted article gone at once');
  put(index, 'file:///05.txt', 'no city here', [SEOUL]);
  assert.deepEqual(index.firstArticlesOf('location:seoul', 3), ['file:///11.txt', 'file:///12.txt', 'file:///13.txt'], 'expected an article edited to drop the name gone at once');
});

test('visiting mention spans gives what the article-by-article listing gives, after changes too', () => {
  const index = new WorkspaceIndex();
  corpus(index, 60);
  const listed = (id: string) => [...index.mentionSpansOf(id)].filter((a) => a.spans.length > 0).map((a) => `${a.uri} ${a.spans.join(',')}`);
  const visited = (id: string) => {
    const out: string[] = [];
    index.visitMentionSpans(id, (uri, _lineStarts, spans, count) => {
      if (count > 0) out.push(`${uri} ${spans.slice(0, count).join(',')}`);
    });
    return out;
  };
  for (const [, id] of NAMES) assert.deepEqual(visited(id), listed(id), `expected the same spans for ${id}`);
  const first = [...index.uris()][0]!;
  put(index, first, 'Busan Busan Seoul', NAMES);
  index.delete([...index.uris()][1]!);
  for (const [, id] of NAMES) assert.deepEqual(visited(id), listed(id), `expected the same spans for ${id} after an edit and a deletion`);
});

test('a kept hover card never outlives a change of the index: an edit, a deletion, new corrections', () => {
  const index = new WorkspaceIndex();
  const analysis = put(index, 'file:///a.txt', 'Seoul', [SEOUL]);
  put(index, 'file:///b.txt', 'Seoul and Seoul', [SEOUL]);
  const cards = new EntityCards();
  const hover = () => {
    const h = provideHover({ uri: 'file:///a.txt', analysis, offset: 1, index, contributions: [], cards });
    return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
  };
  assert.match(hover(), /3 mentions in 2 articles/, 'expected the counts of two articles');
  assert.equal(hover(), hover(), 'expected the same card when asked again');
  put(index, 'file:///c.txt', 'Seoul', [SEOUL]);
  assert.match(hover(), /4 mentions in 3 articles/, 'expected a new article counted at once');
  put(index, 'file:///b.txt', 'Seoul only once', [SEOUL]);
  assert.match(hover(), /3 mentions in 3 articles/, 'expected an edited article counted anew at once');
  index.delete('file:///c.txt');
  assert.match(hover(), /2 mentions in 2 articles/, 'expected a deleted article gone at once');
  const { corrections } = parseCorrections('{ "rename": [{ "entity": "location:seoul", "name": "Seoul City" }] }');
  index.setResolver(new EntityResolver(corrections));
  const renamed = provideHover({ uri: 'file:///a.txt', analysis: { ...analysis, entities: analysis.entities.map((e) => ({ ...e, canonical: 'Seoul City' })) }, offset: 1, index, contributions: [], cards });
  assert.match(JSON.stringify(renamed), /Seoul City/, 'expected the corrected name once corrections change');
});

test('the definition is the first full-name mention in uri order, wherever it lies, else the first longest spelling', () => {
  const index = new WorkspaceIndex();
  const lee = (text: string, spelling: string): Analysis => {
    const entities: EntityMention[] = [];
    for (const m of text.matchAll(new RegExp(`\\b${spelling}\\b`, 'g'))) {
      entities.push({ start: m.index, end: m.index + spelling.length, text: spelling, type: 'person', entity: 'person:lee-jae-myung', canonical: 'Lee Jae Myung' });
    }
    return { dct: null, dctSource: null, structure: { headline: null, header: null, dateline: null, boilerplate: [] }, entities, dates: [], claims: [] };
  };
  const add = (i: number, text: string, spelling: string) => {
    index.set(buildRecord({ uri: `file:///${String(i).padStart(3, '0')}.txt`, size: text.length, mtimeMs: 0, hash: 'h' }, text, lee(text, spelling)));
  };
  for (let i = 100; i > 0; i--) add(i, 'Then Lee spoke.', 'Lee');
  assert.equal(index.definitionOf('person:lee-jae-myung')?.uri, 'file:///001.txt', 'expected the first article when no mention is the full name');
  add(50, 'Then Mr Lee Jae Myung spoke.', 'Lee Jae Myung');
  assert.deepEqual(index.definitionOf('person:lee-jae-myung'), index.location('file:///050.txt', 8, 21), 'expected the full name, far down the uri order');
  add(30, 'Lee Jae Myung', 'Lee Jae Myung');
  assert.equal(index.definitionOf('person:lee-jae-myung')?.uri, 'file:///030.txt', 'expected an earlier full name to take over at once');
  index.delete('file:///030.txt');
  index.delete('file:///050.txt');
  assert.equal(index.definitionOf('person:lee-jae-myung')?.uri, 'file:///001.txt', 'expected the first article again once the full names are gone');
});
