import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

// Bodies named by a place and a carrier's or utility's word, and the head of a unit before a name.

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a place and a carrier or utility word name a body: "Tarland Rail", "Corvo Hydro", "Velmar Transport"', () => {
  const found = spans('Trains stopped on Monday.\nTarland Rail has mobilised crews, and Corvo Hydro restored power. Velmar Transport said buses ran late.');
  for (const name of ['Tarland Rail', 'Corvo Hydro', 'Velmar Transport']) assert.ok(found.includes(`${name}/organization`), found.join(', '));
});

test('"Head of" a unit before a name is a role: the body before it and the name after it stay apart', () => {
  const found = spans('Trains stopped on Monday.\nTarland Rail Head of Regional Mira Castell said crews were tired. Head of Operations Ivo Brandt agreed.');
  for (const f of ['Tarland Rail/organization', 'Mira Castell/person', 'Ivo Brandt/person']) assert.ok(found.includes(f), found.join(', '));
  const office = spans('Trains stopped on Monday.\nHead Office staff left early.');
  assert.ok(!office.some((f) => f.endsWith('/person')), office.join(', '));
});

test('"the advice from X" or "approval from X" names a body that gives it, not a place one comes from', () => {
  const found = spans('Farmers waited on Monday.\nBrevnor is doing its fodder survey now. The advice from Brevnor helps. She moved here from Tarrow in 2010.');
  assert.ok(found.filter((f) => f === 'Brevnor/organization').length === 2, found.join(', '));
  assert.ok(found.includes('Tarrow/location'), found.join(', '));
});
