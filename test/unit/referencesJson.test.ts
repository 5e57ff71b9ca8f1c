import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Location, NotificationMessage, ResponseMessage } from 'vscode-languageserver';
import type { Analysis, EntityMention } from '../../server/src/analysis/types';
import { ReferencesJson } from '../../server/src/features/referencesJson';
import { encodeMessage, type JsonPart, partText, rawAnswer, rawJsonEncoder } from '../../server/src/rawJson';
import { buildRecord } from '../../server/src/workspace/articleRecord';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

function put(index: WorkspaceIndex, uri: string, text: string): void {
  const entities: EntityMention[] = [];
  for (const m of text.matchAll(/Seoul/g)) entities.push({ start: m.index, end: m.index + 5, text: 'Seoul', type: 'location', entity: 'location:seoul', canonical: 'Seoul' });
  const analysis: Analysis = { dct: null, dctSource: null, structure: { headline: null, header: null, dateline: null, boilerplate: [] }, entities, dates: [], claims: [] };
  index.set(buildRecord({ uri, size: text.length, mtimeMs: 0, hash: 'h' }, text, analysis));
}

function at(uri: string, line: number, character: number): Location {
  return { uri, range: { start: { line, character }, end: { line, character: character + 5 } } };
}

const parsed = (parts: readonly JsonPart[]) => JSON.parse(parts.map(partText).join('')) as Location[];

test('the JSON text of references equals the locations the index lists', () => {
  const index = new WorkspaceIndex();
  put(index, 'file:///b%20c.txt', 'Seoul\n  in Seoul');
  put(index, 'file:///a.txt', 'x Seoul');
  put(index, 'file:///c"q.txt', 'Seoul');
  const json = new ReferencesJson(index);
  assert.deepEqual(parsed(json.parts('location:seoul')), index.referencesOf('location:seoul'), 'expected the same locations, in uri then text order');
  assert.deepEqual(parsed(json.parts('location:nowhere')), [], 'expected an empty array for an unknown entity');
});

test("an open article's live mentions replace its indexed ones wherever it sorts", () => {
  const index = new WorkspaceIndex();
  for (const name of ['b', 'd', 'f']) put(index, `file:///${name}.txt`, 'Seoul Seoul');
  const json = new ReferencesJson(index);
  const all = index.referencesOf('location:seoul');
  const live = [at('file:///d.txt', 3, 1)];
  assert.deepEqual(parsed(json.parts('location:seoul', { uri: 'file:///d.txt', locations: live })), [...all.slice(0, 2), ...live, ...all.slice(4)], 'expected the middle article replaced');
  assert.deepEqual(parsed(json.parts('location:seoul', { uri: 'file:///b.txt', locations: [] })), all.slice(2), 'expected the first article dropped when it has no mentions left');
  assert.deepEqual(parsed(json.parts('location:seoul', { uri: 'file:///f.txt', locations: [] })), all.slice(0, 4), 'expected the last article dropped');
  const a = [at('file:///a.txt', 0, 0)];
  assert.deepEqual(parsed(json.parts('location:seoul', { uri: 'file:///a.txt', locations: a })), [...a, ...all], 'expected an article new to the index put first');
  const z = [at('file:///z.txt', 0, 0)];
  assert.deepEqual(parsed(json.parts('location:seoul', { uri: 'file:///z.txt', locations: z })), [...all, ...z], 'expected an article new to the index put last');
});

test('a kept answer follows changes to its entity, and a small budget keeps the most asked', () => {
  const index = new WorkspaceIndex();
  const many = Array.from({ length: 400 }, () => 'Seoul').join(' ');
  put(index, 'file:///a.txt', many);
  const json = new ReferencesJson(index, 100_000);
  assert.equal(parsed(json.parts('location:seoul')).length, 400);
  assert.equal(parsed(json.parts('location:seoul')).length, 400, 'expected the same answer when asked again');
  put(index, 'file:///b.txt', 'Seoul and Seoul');
  assert.equal(parsed(json.parts('location:seoul')).length, 402, "expected the new article's mentions once it is indexed");
  index.delete('file:///a.txt');
  assert.equal(parsed(json.parts('location:seoul')).length, 2, "expected the deleted article's mentions gone");
});

test('a raw result is written as it is inside the response, and parsed back elsewhere', () => {
  const answer = rawAnswer<Location[]>(['[', '{"uri":"file:///a.txt"}', ']']);
  const response: ResponseMessage = { jsonrpc: '2.0', id: 7, result: answer };
  const text = encodeMessage(response).map(partText).join('');
  assert.deepEqual(JSON.parse(text), { jsonrpc: '2.0', id: 7, result: [{ uri: 'file:///a.txt' }] }, 'expected a valid response holding the raw array');
  assert.deepEqual(JSON.parse(JSON.stringify({ result: answer })), { result: [{ uri: 'file:///a.txt' }] }, 'expected other transports to serialize the value');
  const notification: NotificationMessage = { jsonrpc: '2.0', method: 'x', params: { a: 1 } };
  assert.equal(encodeMessage(notification).map(partText).join(''), '{"jsonrpc":"2.0","method":"x","params":{"a":1}}');
});

test('locations far down an article, with wide characters in the uri, read back exactly', () => {
  const index = new WorkspaceIndex();
  const far = `${'\n'.repeat(12_345)}${' '.repeat(1_000_007)}Seoul`;
  put(index, 'file:///Ankara/çay "x".txt', far);
  put(index, 'file:///b.txt', 'Seoul\r\nSeoul');
  const json = new ReferencesJson(index);
  const locations = parsed(json.parts('location:seoul'));
  assert.deepEqual(locations, index.referencesOf('location:seoul'), 'expected the bytes to parse to the locations the index lists');
  assert.deepEqual(locations[0], at('file:///Ankara/çay "x".txt', 12_345, 1_000_007), 'expected many-digit numbers and the escaped uri');
});

test('a raw result in bytes is encoded whole, and a spliced answer too', async () => {
  const index = new WorkspaceIndex();
  for (const name of ['a', 'b']) put(index, `file:///${name}.txt`, 'Seoul');
  const json = new ReferencesJson(index);
  const response: ResponseMessage = { jsonrpc: '2.0', id: 1, result: rawAnswer<Location[]>(json.parts('location:seoul', { uri: 'file:///b.txt', locations: [at('file:///b.txt', 2, 0)] })) };
  const bytes = await rawJsonEncoder.encode(response, { charset: 'utf-8' });
  const decoded = JSON.parse(Buffer.from(bytes).toString('utf8')) as { result: Location[] };
  assert.deepEqual(decoded.result, [at('file:///a.txt', 0, 0), at('file:///b.txt', 2, 0)], 'expected the indexed and the live locations in one valid message');
});

/** An index that counts how often answers are built from it. */
class CountingIndex extends WorkspaceIndex {
  visits = 0;

  override visitMentionSpans(...args: Parameters<WorkspaceIndex['visitMentionSpans']>): number {
    this.visits++;
    return super.visitMentionSpans(...args);
  }
}

test('the most mentioned entities are readied before they are asked for, the same bytes as built on a request', () => {
  const index = new CountingIndex();
  for (let i = 0; i < 150; i++) put(index, `file:///${String(i).padStart(3, '0')}.txt`, 'Seoul and Seoul\nSeoul');
  const json = new ReferencesJson(index, 1_000_000);
  while (json.ready(1)) {
    // one step after another, as the idle time allows
  }
  const visits = index.visits;
  assert.ok(visits > 0, 'expected the answer written while nothing was asked');
  const readied = parsed(json.parts('location:seoul'));
  assert.equal(index.visits, visits, 'expected the first request served from the readied answer');
  assert.deepEqual(readied, index.referencesOf('location:seoul'), 'expected every location, in order');
  assert.equal(readied.length, 450);
});

test('readying never takes more than its share of the budget, and an answer readied stretch by stretch follows edits made between the stretches', () => {
  const index = new CountingIndex();
  for (let i = 0; i < 150; i++) put(index, `file:///${String(i).padStart(3, '0')}.txt`, 'Seoul and Seoul\nSeoul');
  const small = new ReferencesJson(index, 30_000);
  assert.equal(small.ready(5), false, 'expected nothing readied when the answer would not fit in the share');
  assert.equal(index.visits, 0);
  const json = new ReferencesJson(index, 1_000_000);
  for (let i = 0; json.ready(0.01); i++) {
    if (i === 1) put(index, 'file:///050.txt', 'Seoul');
    if (i === 2) index.delete('file:///100.txt');
  }
  assert.deepEqual(parsed(json.parts('location:seoul')), index.referencesOf('location:seoul'), 'expected the answer as the index now stands');
});

/** Indexes an article whose every listed word is a mention of a place named so. */
function putPlaces(index: WorkspaceIndex, uri: string, text: string, names: readonly string[]): void {
  const entities: EntityMention[] = [];
  for (const name of names) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      entities.push({ start: m.index, end: m.index + name.length, text: name, type: 'location', entity: `location:${name.toLowerCase()}`, canonical: name });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const analysis: Analysis = { dct: null, dctSource: null, structure: { headline: null, header: null, dateline: null, boilerplate: [] }, entities, dates: [], claims: [] };
  index.set(buildRecord({ uri, size: text.length, mtimeMs: 0, hash: 'h' }, text, analysis));
}

/** An index that lists the entities answers are built for, in the order they are begun. */
class OrderingIndex extends WorkspaceIndex {
  readonly begun: string[] = [];

  override visitMentionSpans(...args: Parameters<WorkspaceIndex['visitMentionSpans']>): number {
    if (args[2] === undefined || args[2] === 0) this.begun.push(args[0]);
    return super.visitMentionSpans(...args);
  }
}

/** Two places across many articles, the first mentioned more; the last article names only the second. */
function twoPlaces(): OrderingIndex {
  const index = new OrderingIndex();
  for (let i = 0; i < 150; i++) putPlaces(index, `file:///${String(i).padStart(3, '0')}.txt`, 'Velmora and Velmora\nVelmora, Quillan', ['Velmora', 'Quillan']);
  for (let i = 150; i < 300; i++) putPlaces(index, `file:///${String(i).padStart(3, '0')}.txt`, 'Quillan', ['Quillan']);
  putPlaces(index, 'file:///zz.txt', 'From Quillan to Quillan.', ['Quillan']);
  return index;
}

test("an open article's entities are readied before the most mentioned ones, and written again only once another article changed them", () => {
  const index = twoPlaces();
  assert.ok(index.entity('location:velmora')!.mentions > index.entity('location:quillan')!.mentions, 'expected the other place mentioned more');
  const json = new ReferencesJson(index, 1_000_000);
  json.setOpen(['file:///zz.txt']);
  while (json.ready(1)) {
    // one step after another, as the idle time allows
  }
  assert.deepEqual(index.begun, ['location:quillan', 'location:velmora'], "expected the open article's place readied first");
  putPlaces(index, 'file:///zz.txt', 'From Quillan to Quillan and Quillan.', ['Quillan']);
  putPlaces(index, 'file:///zz.txt', 'Quillan, Quillan and Quillan, Quillan.', ['Quillan']);
  while (json.ready(1)) {
    // the edits of one article leave the answer right but for that article
  }
  assert.equal(index.begun.length, 2, 'expected nothing written again after edits of the open article alone');
  assert.deepEqual(parsed(json.parts('location:quillan')), index.referencesOf('location:quillan'), "expected the edited article's mentions as the index now has them");
  const live = [at('file:///zz.txt', 4, 0)];
  const others = index.referencesOf('location:quillan').filter((l) => l.uri !== 'file:///zz.txt');
  assert.deepEqual(parsed(json.parts('location:quillan', { uri: 'file:///zz.txt', locations: live })), [...others, ...live], 'expected the live text to win');
  assert.deepEqual(
    parsed(json.parts('location:quillan', { uri: 'file:///100.txt', locations: [] })),
    index.referencesOf('location:quillan').filter((l) => l.uri !== 'file:///100.txt'),
    'expected both the edited and the open article replaced',
  );
  assert.equal(index.begun.length, 2, 'expected every request served from the readied answer');
  putPlaces(index, 'file:///200.txt', 'Quillan or Quillan', ['Quillan']);
  while (json.ready(1)) {
    // a second article changed the place: its answer is written again
  }
  assert.deepEqual(index.begun.slice(2), ['location:quillan'], "expected only the open article's place written again");
  assert.deepEqual(parsed(json.parts('location:quillan')), index.referencesOf('location:quillan'), 'expected the answer as the index now stands');
  assert.equal(index.begun.length, 3, 'expected the request served from the readied answer');
  index.delete('file:///zz.txt');
  assert.deepEqual(parsed(json.parts('location:quillan')), index.referencesOf('location:quillan'), "expected the deleted article's mentions gone");
  assert.equal(index.begun.length, 3, 'expected the deleted article alone taken out');
});

test("an open article's answer makes room by letting go of answers nobody asked for, never of one asked for", () => {
  // The less mentioned place has the longer answer: its articles have long names.
  const index = new OrderingIndex();
  for (let i = 0; i < 150; i++) putPlaces(index, `file:///${String(i).padStart(3, '0')}.txt`, 'Velmora and Velmora\nVelmora, Velmora', ['Velmora']);
  const folder = `file:///${'long-folder-name/'.repeat(12)}`;
  for (let i = 0; i < 300; i++) putPlaces(index, `${folder}${String(i).padStart(3, '0')}.txt`, 'Quillan', ['Quillan']);
  putPlaces(index, 'file:///zz.txt', 'From Quillan to Quillan.', ['Quillan']);
  const sizing = new ReferencesJson(index);
  const size = (id: string) => partText(sizing.parts(id)[1]!).length;
  const [velmora, quillan] = [size('location:velmora'), size('location:quillan')];
  assert.ok(index.entity('location:velmora')!.mentions > index.entity('location:quillan')!.mentions && quillan > velmora);
  const budget = velmora + quillan - 1;
  index.begun.length = 0;

  const json = new ReferencesJson(index, budget);
  while (json.ready(1)) {
    // nothing open: the most mentioned place alone fits in the share
  }
  assert.deepEqual(index.begun, ['location:velmora']);
  json.setOpen(['file:///zz.txt']);
  while (json.ready(1)) {
    // the open article's place takes the room of the one nobody asked for
  }
  const begun = index.begun.length;
  json.parts('location:quillan');
  assert.equal(index.begun.length, begun, "expected the open article's place kept");
  json.parts('location:velmora');
  assert.equal(index.begun.length, begun + 1, 'expected the other place let go');

  const asked = new ReferencesJson(index, budget);
  asked.parts('location:velmora');
  asked.parts('location:velmora');
  asked.setOpen(['file:///zz.txt']);
  while (asked.ready(1)) {
    // no room without letting go of an answer asked for
  }
  const before = index.begun.length;
  asked.parts('location:velmora');
  assert.equal(index.begun.length, before, 'expected the answer asked for still kept');
});
