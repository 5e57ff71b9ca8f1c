import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A known place whose name holds "and" is one name; two places joined by "and" stay two.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('"Trinidad and Tobago" and "Newfoundland and Labrador" are one place each; "France and Germany" two', () => {
  const found = mentions('Voters went out on Monday.\nPolling began in Newfoundland and Labrador. Trade with Trinidad and Tobago grew, and France and Germany agreed.');
  for (const name of ['Newfoundland and Labrador', 'Trinidad and Tobago', 'France', 'Germany']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  assert.ok(!found.includes('Tobago/location') && !found.includes('Labrador/location'), found.join(', '));
});

test('a place whose name holds "and", then a body\'s head noun, is the body named after it', () => {
  const found = analyze('Boats of the coast guard and the Antigua and Barbuda Defence Force searched the bay. The Bosnia and Herzegovina Border Police sent divers. Antigua and Barbuda thanked them.').entities.map((e) => `${e.text}/${e.type}`);
  for (const name of ['Antigua and Barbuda Defence Force/organization', 'Bosnia and Herzegovina Border Police/organization', 'Antigua and Barbuda/location']) assert.ok(found.includes(name), `${name}: ${found.join(', ')}`);
  assert.ok(!found.includes('Defence Force/organization'), found.join(', '));
});
