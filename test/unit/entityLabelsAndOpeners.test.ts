import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A page's field label before a number, a sentence's opening participle before a possessive name,
// and the head words of outlets and groups called "Reporters", "International", "Digest".

const found = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a field label before its number names nothing', () => {
  const list = found('Posted : Monday, 3 March, 2025  Views : 1,204\nThe Halden council met on Monday.');
  assert.ok(!list.some((f) => f.startsWith('Views/')), list.join(', '));
});

test('an opening -ing word before a name in the possessive is no part of the name', () => {
  const list = found('Coach Dan Mercer spoke on Friday.\nAddressing Mercer\'s remarks, the league chief Tom Vance said the decision stood.');
  assert.ok(!list.some((f) => f.startsWith('Addressing')), list.join(', '));
  assert.ok(list.includes('Mercer/person'), list.join(', '));
});

test('"Reporters", "International" and "Digest" head organizations', () => {
  const list = found('The Halden Digest said on Monday, citing a report by Orvel Reporters, that Varna International had left.');
  for (const name of ['Halden Digest', 'Orvel Reporters', 'Varna International']) assert.ok(list.includes(`${name}/organization`), list.join(', '));
});
