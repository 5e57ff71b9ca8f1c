import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';
import { BODY, claimStarting, idOf } from './claimHelpers';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a class of people\'s possessive inside a body\'s or a hospital\'s name stays in the name', () => {
  const found = spans('She was treated at Avon Children\'s Hospital. The Hartwell Patrolman\'s Association and Dorvale Women\'s College backed the plan.');
  for (const name of ["Avon Children's Hospital/facility", "Hartwell Patrolman's Association/organization", "Dorvale Women's College/organization"]) {
    assert.ok(found.includes(name), `expected ${name}, found ${found.join(', ')}`);
  }
  const owner = spans('Halden Varro\'s College Street home was sold.');
  assert.ok(!owner.some((f) => f.startsWith("Halden Varro's")), `a person's possessive stays outside; found ${owner.join(', ')}`);
});

test('"Comrade" and "Barrister" are honorifics before a name, not part of it', () => {
  const a = analyze(BODY + 'Union President, Comrade Jide Bankole, told journalists that the strike would go on. Barrister Ada Ezeh, counsel for the union, argued that the ban was unlawful.');
  const names = a.entities.map((m) => m.text);
  assert.ok(names.includes('Jide Bankole') && names.includes('Ada Ezeh'), `expected the bare names, found ${names.join(', ')}`);
  assert.equal(claimStarting(a, 'Barrister Ada Ezeh').speaker, idOf(a, 'Ada Ezeh'));
});

test('a name before a narrowed role and its holder is the holder\'s body ("X health spokesman Y", "X analyst Y")', () => {
  const found = spans('The results beat forecasts, said Halden Crane analyst Ruth Bowe. Dorvan Fein health spokesman Liam Tole said the minister was wrong. Hartwell Rovers head coach Ian Bell was angry.');
  for (const name of ['Halden Crane/organization', 'Ruth Bowe/person', 'Dorvan Fein/organization', 'Liam Tole/person', 'Ian Bell/person']) {
    assert.ok(found.includes(name), `expected ${name}, found ${found.join(', ')}`);
  }
  const a = analyze(BODY + 'Dorvan Fein health spokesman Liam Tole said the minister was wrong.');
  assert.equal(claimStarting(a, 'Dorvan Fein').speaker, idOf(a, 'Liam Tole'), 'the holder speaks, not the body');
});

test('one word in brackets right after a body\'s name is the body\'s short name, whatever its letters', () => {
  const a = analyze(BODY + 'The Varnian Institute of Forest Protection (Ifor) fined the company on Friday. Ifor said the fine was fair.');
  const ifor = a.entities.filter((m) => m.text === 'Ifor');
  assert.ok(ifor.length === 2 && ifor.every((m) => m.type === 'organization'), `expected two organization mentions, found ${JSON.stringify(ifor.map((m) => m.type))}`);
  assert.equal(claimStarting(a, 'Ifor said').speaker, idOf(a, 'Ifor'));
});
