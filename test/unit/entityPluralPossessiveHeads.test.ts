import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a plural possessive before "Affairs" or "Meeting" stays inside the body\'s name', () => {
  const found = names("Delegates at the Senior Officials’ Meeting in Marlow agreed a text. The Office of Pilots' Affairs said claims rose.");
  for (const n of ['Senior Officials’ Meeting:organization', "Office of Pilots' Affairs:organization"]) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('a run holding a plural possessive is a body even before a role and its holder', () => {
  const found = names('Last week the Senior Officials’ Meeting (SOM) Leader Ana Belmonte spoke in Corvale.');
  for (const n of ['Senior Officials’ Meeting:organization', 'Ana Belmonte:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
