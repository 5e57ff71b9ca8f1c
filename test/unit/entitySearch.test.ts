import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, EntityMention } from '../../server/src/analysis/types';
import { buildRecord } from '../../server/src/workspace/articleRecord';
import { NO_CORRECTIONS } from '../../server/src/workspace/corrections';
import { EntityResolver } from '../../server/src/workspace/entityResolver';
import { EntitySearch } from '../../server/src/workspace/entitySearch';
import { fold, words } from '../../server/src/workspace/textFold';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

/** An analysis of `text` naming the given spellings as entities. */
function analysisOf(text: string, names: [string, string, EntityMention['type'], string][]): Analysis {
  const entities: EntityMention[] = [];
  for (const [spelling, id, type, canonical] of names) {
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
      entities.push({ start: at, end: at + spelling.length, text: spelling, type, entity: id, canonical });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  return { dct: null, dctSource: null, structure: { headline: null, header: null, dateline: null, boilerplate: [] }, entities, dates: [], claims: [] };
}

function indexOf(articles: [string, string, [string, string, EntityMention['type'], string][]][]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text, names] of articles) index.set(buildRecord({ uri, size: text.length, mtimeMs: 0, hash: 'h' }, text, analysisOf(text, names)));
  return index;
}

const index = indexOf([
  ['file:///a.txt', 'Erdoğan met Lee in Türkiye. South Korea and Erdoğan agreed.', [
    ['Erdoğan', 'person:recep-tayyip-erdogan', 'person', 'Recep Tayyip Erdoğan'],
    ['Türkiye', 'location:turkiye', 'location', 'Türkiye'],
    ['South Korea', 'location:south-korea', 'location', 'South Korea'],
    ['Lee', 'person:lee-jae-myung', 'person', 'Lee Jae Myung'],
  ]],
  ['file:///b.txt', 'Erdogan said S. Korea and the Republic of Korea are one. North Korea objected.', [
    ['Erdogan', 'person:recep-tayyip-erdogan', 'person', 'Recep Tayyip Erdogan'],
    ['S. Korea', 'location:south-korea', 'location', 'South Korea'],
    ['Republic of Korea', 'location:south-korea', 'location', 'South Korea'],
    ['North Korea', 'location:north-korea', 'location', 'North Korea'],
  ]],
]);

test('folding ignores case and diacritics', () => {
  assert.equal(fold('Erdoğan'), 'erdogan');
  assert.equal(fold('TÜRKİYE'), 'turkiye');
  assert.equal(fold('Łódź'), 'lodz');
});

test('search is case- and diacritic-insensitive and gives one hit per entity', () => {
  const search = new EntitySearch(index);
  assert.deepEqual(search.search('erdogan').map((h) => h.id), ['person:recep-tayyip-erdogan']);
  assert.deepEqual(search.search('turkiye').map((h) => h.id), ['location:turkiye']);
  const korea = search.search('korea').map((h) => h.id);
  assert.deepEqual(korea, ['location:south-korea', 'location:north-korea'], 'expected one entry per entity, more mentions first');
});

test('letters in order find a name when nothing contains the query', () => {
  assert.equal(new EntitySearch(index).search('rtyp')[0]?.id, 'person:recep-tayyip-erdogan');
});

test('the index counts mentions and articles and prefers the accented canonical name', () => {
  const e = index.entity('person:recep-tayyip-erdogan')!;
  assert.equal(e.mentions, 3);
  assert.equal(e.articles.size, 2);
  assert.equal(index.canonicalOf(e.id), 'Recep Tayyip Erdoğan');
  assert.deepEqual(index.coMentioned('location:south-korea', 1), [{ id: 'person:recep-tayyip-erdogan', articles: 2 }]);
});

test('deleting an article takes its mentions out', () => {
  const local = indexOf([['file:///c.txt', 'Zorbania', [['Zorbania', 'location:zorbania', 'location', 'Zorbania']]]]);
  assert.equal(local.entityCount, 1);
  local.delete('file:///c.txt');
  assert.equal(local.entityCount, 0);
  assert.equal(local.mentionsOf('location:zorbania').length, 0);
});

test('a prepared search follows a new spelling and a deleted entity', () => {
  const changing = indexOf([['file:///c.txt', 'Seoul spoke.', [['Seoul', 'location:seoul', 'location', 'Seoul']]]]);
  const search = new EntitySearch(changing);
  search.prepare();
  assert.deepEqual(search.search('seoul').map((h) => h.id), ['location:seoul']);
  assert.deepEqual(search.search('keijo').map((h) => h.id), [], 'expected no hit for a spelling not yet seen');
  const text = 'Keijo was the old name.';
  changing.set(buildRecord({ uri: 'file:///d.txt', size: text.length, mtimeMs: 0, hash: 'h' }, text, analysisOf(text, [['Keijo', 'location:seoul', 'location', 'Seoul']])));
  assert.deepEqual(search.search('keijo').map((h) => h.id), ['location:seoul'], 'expected the new spelling to find its entity');
  changing.delete('file:///c.txt');
  changing.delete('file:///d.txt');
  assert.deepEqual(search.search('seoul').map((h) => h.id), [], 'expected a deleted entity gone from the search');
});

test('folding plain ASCII lowercases it; words split on anything but letters and digits', () => {
  assert.equal(fold('Seoul, 24 NOV: "OK"'), 'seoul, 24 nov: "ok"');
  assert.deepEqual(words(fold('Erdoğan said: "Türkiye-2025 is ready."')), ['erdogan', 'said', 'turkiye', '2025', 'is', 'ready'], 'expected ASCII and folded letters alike in words');
  assert.deepEqual(words('a_b c\u00a0d 한국'), ['a', 'b', 'c', 'd', '한국'], 'expected underscores and no-break spaces to split and other scripts to stay words');
});

test('a search kept across edits, renames and deletions answers as a fresh one does', () => {
  const changing = indexOf([
    ['file:///a.txt', 'Erdoğan met Lee in Ankara.', [
      ['Erdoğan', 'person:erdogan', 'person', 'Recep Tayyip Erdoğan'],
      ['Lee', 'person:lee', 'person', 'Lee Jae Myung'],
      ['Ankara', 'location:ankara', 'location', 'Ankara'],
    ]],
    ['file:///b.txt', 'Lee and Lee spoke in Seoul.', [
      ['Lee', 'person:lee', 'person', 'Lee Jae Myung'],
      ['Seoul', 'location:seoul', 'location', 'Seoul'],
    ]],
  ]);
  const kept = new EntitySearch(changing);
  kept.prepare();
  const queries = ['', 'e', 'lee', 'erdogan', 'ankara', 'seoul', 'angora', 'kr', 'presidential'];
  const same = (step: string) => {
    const fresh = new EntitySearch(changing);
    for (const q of queries) assert.deepEqual(kept.search(q), fresh.search(q), `expected the kept search to answer "${q}" as a fresh one after ${step}`);
  };
  same('nothing changed');
  const edit = 'Seoul, Seoul and Seoul. Erdogan in Angora.';
  changing.set(buildRecord({ uri: 'file:///b.txt', size: edit.length, mtimeMs: 0, hash: 'h' }, edit, analysisOf(edit, [
    ['Seoul', 'location:seoul', 'location', 'Seoul'],
    ['Erdogan', 'person:erdogan', 'person', 'Recep Tayyip Erdogan'],
    ['Angora', 'location:ankara', 'location', 'Ankara'],
  ])));
  same('an edit that moved the counts and added a spelling');
  assert.equal(kept.search('')[0]?.id, 'location:seoul', 'expected the entity mentioned most to lead the empty search after the edit');
  assert.equal(kept.search('angora')[0]?.id, 'location:ankara', 'expected the new spelling found');
  assert.deepEqual(kept.search('lee').map((h) => h.id), ['person:lee'], 'expected the entity still mentioned in a.txt');
  changing.setResolver(new EntityResolver({ ...NO_CORRECTIONS, rename: [{ entity: 'person:lee', name: 'Presidential Candidate Lee' }] }));
  same('a rename in the corrections');
  assert.equal(kept.search('presidential')[0]?.id, 'person:lee', 'expected the analysts\' name found');
  changing.delete('file:///a.txt');
  same('a deletion');
  assert.deepEqual(kept.search('lee'), [], 'expected the entity of the deleted article gone');
});

test('entries prepared in steps, with the index changing between them, answer as a fresh search does', () => {
  // More entities than one step builds, so that the index changes while some are left.
  const towns = Array.from({ length: 40 }, (_, i) => `Town${String(i).padStart(2, '0')}`);
  const names = (text: string): [string, string, EntityMention['type'], string][] =>
    towns.filter((t) => text.includes(t)).map((t) => [t, `location:${t.toLowerCase()}`, 'location', t]);
  const first = `${towns.join(' and ')} spoke.`;
  const changing = indexOf([['file:///c.txt', first, names(first)]]);
  const stepped = new EntitySearch(changing);
  let steps = 0;
  while (!stepped.prepare(0)) {
    steps++;
    const text = `${towns.slice(5).join(' and ')} won.`;
    if (steps === 1) changing.set(buildRecord({ uri: 'file:///d.txt', size: text.length, mtimeMs: 0, hash: 'h' }, text, analysisOf(text, names(text))));
    if (steps === 2) changing.delete('file:///c.txt');
  }
  assert.ok(steps >= 2, `expected the entries prepared in several steps, got ${steps}`);
  for (const query of ['town07', 'town3', 'tn', '']) {
    assert.deepEqual(stepped.search(query), new EntitySearch(changing).search(query), `expected the same answer for "${query}"`);
  }
  assert.equal(stepped.prepare(0), true, 'expected nothing left to prepare');
});

test('sample queries are the start and the outer letters of the most mentioned names', () => {
  const search = new EntitySearch(index);
  const queries = search.sampleQueries(4);
  assert.deepEqual(queries, ['rec', 'rn', 'sou', 'sa']);
  assert.equal(search.search('rec')[0]?.id, 'person:recep-tayyip-erdogan');
  assert.equal(search.search('sou')[0]?.id, 'location:south-korea');
  assert.equal(search.sampleQueries(3).length, 3);
  assert.deepEqual(new EntitySearch(new WorkspaceIndex()).sampleQueries(4), []);
});
