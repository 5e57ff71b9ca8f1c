import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, EntityMention } from '../../server/src/analysis/types';
import { buildRecord } from '../../server/src/workspace/articleRecord';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

type Name = [spelling: string, id: string, type: EntityMention['type'], canonical: string];

/** An analysis of `text` naming the given spellings (whole words) as entities. */
function analysisOf(text: string, names: Name[]): Analysis {
  const entities: EntityMention[] = [];
  for (const [spelling, id, type, canonical] of names) {
    const word = new RegExp(`\\b${spelling}\\b`, 'g');
    for (const m of text.matchAll(word)) entities.push({ start: m.index, end: m.index + spelling.length, text: spelling, type, entity: id, canonical });
  }
  entities.sort((a, b) => a.start - b.start);
  return { dct: null, dctSource: null, structure: { headline: null, header: null, dateline: null, boilerplate: [] }, entities, dates: [], claims: [] };
}

function put(index: WorkspaceIndex, uri: string, text: string, names: Name[]): void {
  index.set(buildRecord({ uri, size: text.length, mtimeMs: 0, hash: 'h' }, text, analysisOf(text, names)));
}

const SEOUL: Name = ['Seoul', 'location:seoul', 'location', 'Seoul'];
const LEE_FULL: Name = ['Lee Jae Myung', 'person:lee-jae-myung', 'person', 'Lee Jae Myung'];
const LEE_ALONE: Name = ['Lee', 'person:lee', 'person', 'Lee'];

test('references list every mention in uri then position order, with line and character', () => {
  const index = new WorkspaceIndex();
  put(index, 'file:///b.txt', 'Seoul\nin Seoul', [SEOUL]);
  put(index, 'file:///a.txt', 'x Seoul', [SEOUL]);
  const refs = index.referencesOf('location:seoul').map((l) => `${l.uri}@${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);
  assert.deepEqual(refs, ['file:///a.txt@0:2-7', 'file:///b.txt@0:0-5', 'file:///b.txt@1:3-8'], 'expected articles in uri order and mentions in text order');
  assert.deepEqual(index.referencesOf('location:nowhere'), [], 'expected no references for an unknown entity');
});

test('a large references answer follows changes to its entity', () => {
  const index = new WorkspaceIndex();
  const many = Array.from({ length: 600 }, () => 'Seoul').join(' ');
  put(index, 'file:///a.txt', many, [SEOUL]);
  assert.equal(index.referencesOf('location:seoul').length, 600, 'expected all 600 mentions');
  assert.equal(index.referencesOf('location:seoul').length, 600, 'expected the same answer when asked again');
  put(index, 'file:///b.txt', 'Seoul and Seoul', [SEOUL]);
  assert.equal(index.referencesOf('location:seoul').length, 602, 'expected the new article\'s mentions once it is indexed');
  index.delete('file:///a.txt');
  assert.equal(index.referencesOf('location:seoul').length, 2, 'expected the deleted article\'s mentions gone');
});

test('a relink joins a lone surname to the full name another article brings, and parts them when it goes', () => {
  const index = new WorkspaceIndex();
  put(index, 'file:///a.txt', 'Lee spoke in Seoul.', [LEE_ALONE, SEOUL]);
  put(index, 'file:///c.txt', 'Seoul was quiet.', [SEOUL]);
  assert.equal(index.entity('person:lee')?.mentions, 1, 'expected the lone surname on its own before any full name');
  put(index, 'file:///b.txt', 'Lee Jae Myung arrived.', [LEE_FULL]);
  assert.ok(index.linkDirty, 'expected a new name to ask for a relink');
  index.relink();
  assert.equal(index.linkDirty, false);
  assert.equal(index.entity('person:lee'), undefined, 'expected the surname joined to the full name after the relink');
  const joined = index.entity('person:lee-jae-myung');
  assert.equal(joined?.mentions, 2, 'expected both articles\' mentions on the full name');
  assert.deepEqual([...joined.articles.keys()].sort(), ['file:///a.txt', 'file:///b.txt']);
  assert.deepEqual(index.coMentioned('location:seoul', 5), [{ id: 'person:lee-jae-myung', articles: 1 }], 'expected co-mentions to follow the relink');
  assert.equal(index.entity('location:seoul')?.mentions, 2, 'expected entities of untouched articles kept');
  index.delete('file:///b.txt');
  index.relink();
  assert.equal(index.entity('person:lee')?.mentions, 1, 'expected the surname on its own again once the full name is gone');
  assert.equal(index.entity('person:lee-jae-myung'), undefined);
});

test('a relink agrees with a full resolution', () => {
  const incremental = new WorkspaceIndex();
  const articles: [string, string, Name[]][] = [
    ['file:///a.txt', 'Lee met Lee Jae Myung in Seoul.', [LEE_FULL, LEE_ALONE, SEOUL]],
    ['file:///b.txt', 'Lee again.', [LEE_ALONE]],
    ['file:///c.txt', 'Seoul.', [SEOUL]],
  ];
  for (const [uri, text, names] of articles.slice(1)) put(incremental, uri, text, names);
  put(incremental, ...articles[0]!);
  incremental.relink();
  const full = new WorkspaceIndex();
  full.addUnresolved(articles.map(([uri, text, names]) => buildRecord({ uri, size: text.length, mtimeMs: 0, hash: 'h' }, text, analysisOf(text, names))));
  full.setResolver(full.resolver);
  const summary = (index: WorkspaceIndex) => [...index.entities()].map((e) => `${e.id}:${e.mentions}:${e.articles.size}`).sort();
  assert.deepEqual(summary(incremental), summary(full), 'expected the same entities and counts either way');
});

test('re-indexing an article that names the same entities asks for no relink; a new name does', () => {
  const index = new WorkspaceIndex();
  put(index, 'file:///a.txt', 'Lee spoke in Seoul.', [LEE_ALONE, SEOUL]);
  index.relink();
  put(index, 'file:///a.txt', 'Lee spoke again in Seoul.', [LEE_ALONE, SEOUL]);
  assert.equal(index.linkDirty, false, 'expected an edit with the same names to leave the links as they are');
  put(index, 'file:///a.txt', 'Lee Jae Myung spoke in Seoul.', [LEE_FULL, SEOUL]);
  assert.equal(index.linkDirty, true, 'expected a new full name to ask for a relink');
});

test('an index restored from a saved resolution answers as the one that saved it, and follows later edits as a cold one does', () => {
  const articles: [string, string, Name[]][] = [
    ['file:///a.txt', 'Lee met Lee Jae Myung in Seoul.', [LEE_FULL, LEE_ALONE, SEOUL]],
    ['file:///b.txt', 'Seoul and Seoul.', [SEOUL]],
    ['file:///c.txt', 'Lee Jae Myung again.', [LEE_FULL]],
  ];
  const record = ([uri, text, names]: [string, string, Name[]], hash = `h-${uri}`) => buildRecord({ uri, size: text.length, mtimeMs: 0, hash }, text, analysisOf(text, names));
  const cold = new WorkspaceIndex();
  cold.addUnresolved(articles.map((a) => record(a)));
  cold.setResolver(cold.resolver);
  const state = cold.exportResolved('key');
  assert.ok(state, 'expected a resolution to save');
  const warm = new WorkspaceIndex();
  warm.addUnresolved(articles.map((a) => record(a)));
  assert.equal(warm.importResolved(state, warm.resolver), true, 'expected the saved resolution taken for the same articles');
  const answers = (index: WorkspaceIndex) =>
    [...index.entities()]
      .map((e) => `${e.id}:${e.mentions}:${[...e.articles].sort().join(',')}:${index.articlesOf(e.id).join(',')}:${JSON.stringify(index.coMentioned(e.id, 5))}`)
      .sort();
  assert.deepEqual(answers(warm), answers(cold), 'expected the restored entities to answer as the saved ones');
  assert.equal(warm.linkedId('person:lee'), cold.linkedId('person:lee'), 'expected the names the restore left uncounted to link once asked');
  assert.equal(warm.linkedId('person:lee'), 'person:lee-jae-myung', 'expected the lone surname linked to the full name');
  const edited: [string, string, Name[]] = ['file:///b.txt', 'Seoul only once.', [SEOUL]];
  for (const index of [cold, warm]) {
    index.set(record(edited, 'h-b2'));
    index.delete('file:///c.txt');
    index.relink();
  }
  assert.deepEqual(answers(warm), answers(cold), 'expected an edit and a deletion after the restore to count as they do in the cold index');
  assert.equal(warm.entity('location:seoul')?.articles.get('file:///b.txt'), 1, 'expected the edited article\'s new count');
});

test('a resolution snapshot encoded in steps holds the index as it was when taken, whatever changes meanwhile', () => {
  const articles: [string, string, Name[]][] = [
    ['file:///a.txt', 'Lee met Lee Jae Myung in Seoul.', [LEE_FULL, LEE_ALONE, SEOUL]],
    ['file:///b.txt', 'Seoul and Seoul.', [SEOUL]],
    ['file:///c.txt', 'Lee Jae Myung again.', [LEE_FULL]],
  ];
  const build = () => {
    const index = new WorkspaceIndex();
    index.addUnresolved(articles.map(([uri, text, names]) => buildRecord({ uri, size: text.length, mtimeMs: 0, hash: `h-${uri}` }, text, analysisOf(text, names))));
    index.setResolver(index.resolver);
    return index;
  };
  const expected = build().exportResolved('key');
  const index = build();
  const snapshot = index.snapshotResolved('key');
  assert.ok(snapshot && expected, 'expected a resolution to save');
  // Changes before any step: an article edited into an unsaved text, one deleted, one added, links redone.
  put(index, 'file:///b.txt', 'Seoul once, and Lee Jae Myung.', [SEOUL, LEE_FULL]);
  index.delete('file:///c.txt');
  put(index, 'file:///d.txt', 'Seoul again.', [SEOUL]);
  index.relink();
  while (!snapshot.step(0)) put(index, 'file:///e.txt', `Seoul ${Math.random()}`, [SEOUL]);
  assert.deepEqual(snapshot.state, expected, 'expected the state of the moment the snapshot was taken');
  assert.equal(index.exportResolved('key'), null, 'expected no state while links are pending');
});

test('an article indexed again as it was (opened, or saved unchanged) keeps what was worked out about its entities', () => {
  const index = new WorkspaceIndex();
  const text = 'Lee Jae Myung visited Seoul.\nLee Jae Myung left Seoul.';
  put(index, 'file:///a.txt', text, [LEE_FULL, SEOUL]);
  put(index, 'file:///b.txt', 'Seoul again', [SEOUL]);
  const generation = index.generation;
  const version = index.answerVersion('location:seoul');
  const co = index.coMentioned('location:seoul', 5);
  // The editor's copy of the same text: no file state, the same content.
  const live = buildRecord({ uri: 'file:///a.txt', size: -1, mtimeMs: -1, hash: '' }, text, analysisOf(text, [LEE_FULL, SEOUL]));
  assert.equal(index.set(live), false, 'expected an unchanged record to change nothing');
  assert.equal(index.generation, generation);
  assert.equal(index.answerVersion('location:seoul'), version);
  assert.equal(index.coMentioned('location:seoul', 5), co, 'expected the kept answer, not one worked out again');
  assert.equal(index.record('file:///a.txt')?.hash, '', 'expected the record to stand for the new file state');
  assert.equal(index.entity('location:seoul')?.mentions, 3, 'expected the mentions counted once');

  const edited = 'Lee Jae Myung visited Seoul.\nLee Jae Myung stayed.';
  assert.equal(index.set(buildRecord({ uri: 'file:///a.txt', size: -1, mtimeMs: -1, hash: '' }, edited, analysisOf(edited, [LEE_FULL, SEOUL]))), true);
  assert.notEqual(index.generation, generation);
  assert.notEqual(index.answerVersion('location:seoul'), version);
  assert.equal(index.entity('location:seoul')?.mentions, 2);
});
