import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { runCliOnGold } from '../../bench/eval';
import type { GoldArticle } from '../../bench/evalScore';

let dir: string;
let fakeCli: string;

/**
 * A stand-in for `dist/cli.js analyze --json <folder>`: for every article in
 * the folder it reports the first word as a person, as the real CLI would
 * print it (offsets after a dropped byte-order mark).
 */
const FAKE_CLI = `
const fs = require('node:fs');
const path = require('node:path');
const folder = process.argv[4];
for (const name of fs.readdirSync(folder).sort()) {
  const file = path.join(folder, name);
  const text = fs.readFileSync(file, 'utf8').replace(/^\\uFEFF/, '');
  const end = text.indexOf(' ');
  const entities = [{ start: 0, end, text: text.slice(0, end), type: 'person', entity: 'person:' + text.slice(0, end).toLowerCase() }];
  process.stdout.write(JSON.stringify({ path: file, dct: null, entities, dates: [], claims: [], boilerplate: [] }) + '\\n');
}
`;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-test-'));
  fakeCli = path.join(dir, 'cli.js');
  fs.writeFileSync(fakeCli, FAKE_CLI);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const article = (id: string, text: string): GoldArticle => ({ id, dct: null, text, entities: [], timexes: [], quotes: [], boilerplate: [] });

test('each CLI record comes back under its gold id, whatever the id looks like', () => {
  const folder = fs.mkdtempSync(path.join(dir, 'articles-'));
  const gold = [article('b.txt', 'Lee spoke.'), article('requirements.txt', 'Kim spoke.'), article('../odd id', 'Park spoke.')];
  const records = runCliOnGold(gold, fakeCli, folder);
  assert.deepEqual(
    records.map((r) => [r.id, r.entities[0]?.entity]).sort(),
    [
      ['../odd id', 'person:park'],
      ['b.txt', 'person:lee'],
      ['requirements.txt', 'person:kim'],
    ],
    'expected one record per gold article, matched by id',
  );
  assert.ok(
    fs.readdirSync(folder).every((name) => !name.includes('..') && name.endsWith('.txt')),
    'expected safe .txt file names in the folder',
  );
});

test('offsets of an article that starts with a byte-order mark are moved onto the gold text', () => {
  const folder = fs.mkdtempSync(path.join(dir, 'articles-'));
  const text = '\uFEFFErdogan spoke.';
  const [record] = runCliOnGold([article('bom.txt', text)], fakeCli, folder);
  const e = record.entities[0];
  assert.equal(text.slice(e.start, e.end), 'Erdogan', `expected the span ${e.start}-${e.end} to cover "Erdogan" in the gold text`);
});
