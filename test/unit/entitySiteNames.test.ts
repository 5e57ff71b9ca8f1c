import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Sites named before their lowercase noun, and grounds named as a stadium.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a name between "the" or "its" and a site\'s noun is a facility', () => {
  const found = mentions('Officials met on Monday. Most of it was made at the Varnak enrichment plant. Water from the Tarvo Daiichi nuclear power plant was tested, and Kelvaro paused work at its Pernholt refinery.');
  for (const name of ['Varnak', 'Tarvo Daiichi', 'Pernholt']) assert.ok(found.includes(`${name}/facility`), found.join(', '));
});

test('"Ground" ends a sports ground\'s name', () => {
  const found = mentions('Officials met on Monday. He will have a medical at the Dunmore Ground this weekend.');
  assert.ok(found.includes('Dunmore Ground/facility'), found.join(', '));
});

test('a railway, pipeline or bridge after its name is a site too, with "The" opening the sentence', () => {
  const found = mentions('Officials met on Monday.\nThe Varno-Kelt-Dursa railway, opened in 2017, carried freight. Work on the Tarvik pipeline began.');
  for (const name of ['Varno-Kelt-Dursa', 'Tarvik']) assert.ok(found.includes(`${name}/facility`), found.join(', '));
});
