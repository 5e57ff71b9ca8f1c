import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteer } from '../../server/src/analysis/gazetteer';
import { gazetteerData, gazetteerKey } from '../../server/src/analysis/gazetteerData';

test('the gazetteer answers every key of its table with that entry', () => {
  const table = gazetteerData();
  const g = gazetteer();
  assert.ok(table.entries.length > 7 * 1000, `expected thousands of entries, got ${table.entries.length / 7}`);
  for (let i = 0; i < table.entries.length; i += 7) {
    const [key, type, id, canonical, rank, upper, minor] = table.entries.slice(i, i + 7);
    assert.deepEqual(g.get(String(key)), { type, id, canonical, rank, upper: upper === 1, minor: minor === 1 }, `expected the entry of ${String(key)}`);
  }
  for (const prefix of table.prefixes) assert.ok(g.isPrefix(prefix), `expected ${prefix} to start a longer name`);
  for (const owner of table.owners) assert.ok(g.ownsInName(owner), `expected ${owner} to own a name`);
});

test('the table holds countries under their names, aliases and demonyms, and name prefixes', () => {
  const g = gazetteer();
  assert.equal(g.get(gazetteerKey('South Korea'))?.id, 'location:south-korea');
  assert.equal(g.get(gazetteerKey('U.S.'))?.upper, true);
  assert.equal(g.get(gazetteerKey('French'))?.type, 'nationality');
  assert.ok(g.isPrefix('south'), 'expected "south" to start "south korea"');
  assert.ok(g.ownsInName('people'), "expected \"people\" to own a name (People's Republic of China)");
  assert.equal(g.get('no such place anywhere'), undefined);
});
