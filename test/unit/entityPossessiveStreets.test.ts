import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A street or market named after its owner keeps the possessive: "Marston’s Road" is one facility, not a person "Marston".

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a road named in the possessive is one facility, with a curly or a straight apostrophe', () => {
  const found = mentions('Residents of Marston’s Road met on Monday. A house on Harbury\'s Road was sold. Bins on Perrin’s Lane were not emptied.');
  for (const name of ['Marston’s Road', "Harbury's Road", 'Perrin’s Lane']) assert.ok(found.includes(`${name}/facility`), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Marston/') || f.startsWith('Harbury/') || f.startsWith('Perrin/')), found.join(', '));
});

test('a market named for a trade in the plural possessive is one facility', () => {
  const found = mentions('Stalls at the Tenby Growers’ Market opened early on Saturday.');
  assert.ok(found.includes('Tenby Growers’ Market/facility'), found.join(', '));
});

test('a country before a body that opens with a street word keeps its own name', () => {
  const found = mentions("Korvania's Road Safety Agency said the toll would rise.");
  assert.ok(found.includes('Road Safety Agency/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith("Korvania's")), found.join(', '));
});
