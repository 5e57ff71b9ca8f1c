import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { encodeResolved, loadResolvedState, type ResolvedState, resolvedArticleAt, saveResolvedState } from '../../server/src/workspace/resolvedState';

const articles = [
  { record: { uri: 'file:///a.txt', hash: 'h1' }, linked: ['person:lee', 'location:seoul'], ids: ['person:lee', null, 'location:seoul', 'person:lee'], distinct: ['person:lee', 'location:seoul'] },
  { record: { uri: 'file:///b.txt', hash: 'h2' }, linked: ['location:seoul'], ids: ['location:seoul'], distinct: ['location:seoul'] },
];
const totals = [
  { id: 'person:lee', mentions: 2, articles: new Map([['file:///a.txt', 2]]), spellings: new Map([['Lee', 2]]), canonicalVotes: new Map([['Lee Jae-myung', 2]]), typeVotes: new Map([['person' as const, 2]]) },
  { id: 'location:seoul', mentions: 2, articles: new Map([['file:///a.txt', 1], ['file:///b.txt', 1]]), spellings: new Map([['Seoul', 2]]), canonicalVotes: new Map([['Seoul', 2]]), typeVotes: new Map([['location' as const, 2]]) },
];

test('a saved resolution reads back article by article, for its own key only', async () => {
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-resolved-unit-'));
  try {
    const state = encodeResolved('key', articles, totals);
    assert.ok(state, 'expected a state for articles that all have hashes');
    await saveResolvedState(storage, state);
    const loaded = loadResolvedState(storage, 'key');
    assert.equal(loaded.problem, null, 'expected no problem with a state just saved');
    assert.ok(loaded.state, 'expected the state for its key');
    for (let i = 0; i < articles.length; i++) {
      const { linked, ids, distinct } = resolvedArticleAt(loaded.state, i, loaded.state.strings);
      assert.deepEqual({ linked, ids, distinct }, { linked: articles[i]!.linked, ids: articles[i]!.ids, distinct: articles[i]!.distinct }, `expected article ${i} as saved`);
    }
    assert.deepEqual([...loaded.state.entities[1]!.articles], [0, 1, 1, 1], 'expected Seoul counted once in each article, by position');
    assert.deepEqual(loadResolvedState(storage, 'other key'), { state: null, problem: null }, 'expected a state made for other inputs left quietly');
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
});

test('an unsaved editor text makes no state; positions out of range or a bogus type make a damaged one', async () => {
  assert.equal(encodeResolved('key', [{ ...articles[0]!, record: { uri: 'untitled:1', hash: '' } }], []), null, 'expected no state with an unsaved text');
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-resolved-unit-'));
  try {
    const file = path.join(storage, 'workspace-resolved.bin');
    const state = encodeResolved('key', articles, totals)!;
    const damaged = [
      { ...state, ids: Int32Array.from([0, -1, 99, 0, 1]) },
      { ...state, linkedAt: Int32Array.from([0, 2]) },
      { ...state, entities: [{ ...state.entities[0]!, articles: Int32Array.from([7, 1]) }] },
      { ...state, entities: [{ ...state.entities[0]!, typeVotes: new Map([['__proto__', 1]]) }] },
      { ...state, uris: 'file:///a.txt' },
    ];
    for (const bad of damaged) {
      await saveResolvedState(storage, bad as ResolvedState);
      const loaded = loadResolvedState(storage, 'key');
      assert.equal(loaded.state, null, 'expected a damaged state not taken');
      assert.match(loaded.problem ?? '', /damaged/, 'expected the damage named');
    }
    for (const bytes of [Buffer.alloc(0), Buffer.from([0xff, 0x0f, 0x6f]), Buffer.from('\uFEFFplain words')]) {
      fs.writeFileSync(file, bytes);
      assert.ok(loadResolvedState(storage, 'key').problem, 'expected a problem for bytes that are no state');
    }
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
});
