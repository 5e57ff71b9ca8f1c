import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A person named once with a middle name and elsewhere without it is one person, and the surname is theirs.

test('"Tomas Brenn" and "Tomas Arvid Brenn" are one person, and "Brenn" alone is that person', () => {
  const found = analyze('Police seek Tomas Brenn.\nOfficers want to find Tomas Arvid Brenn, 40. She ran from Brenn and hid. Anyone who sees Brenn should call.')
    .entities.map((m) => `${m.text}/${m.type}/${m.entity}`);
  const id = found.find((f) => f.startsWith('Tomas Arvid Brenn/'))?.split('/')[2];
  assert.ok(id, found.join(', '));
  for (const name of ['Tomas Brenn', 'Brenn']) assert.ok(found.includes(`${name}/person/${id}`), found.join(', '));
});

test('two people who share a first name and a surname but for different middle names stay apart', () => {
  const found = analyze('Court hears of brothers.\nLiam Oskar Vey and Liam Petr Vey appeared. Liam Vey was not there.').entities.map((m) => `${m.text}/${m.entity}`);
  const ids = new Set(found.filter((f) => f.startsWith('Liam ')).map((f) => f.split('/')[1]));
  assert.ok(ids.size >= 2, found.join(', '));
  const liam = found.find((f) => f.startsWith('Liam Vey/'));
  assert.ok(!liam || (!liam.endsWith('liam-oskar-vey') && !liam.endsWith('liam-petr-vey')), found.join(', '));
});
