import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a lone plural-shaped word that speaks at a sentence\'s start and owns an "its" after is a body ("Dalmens said its profit rose")', () => {
  const found = names('Dalmens said on Monday its profit rose 5 percent. Korvets said in a statement that its shares would fall.');
  for (const n of ['Dalmens:organization', 'Korvets:organization']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('plural nouns that speak stay no names, with or without "it" after them', () => {
  const found = names('Analysts said it was too early to judge. Workers said they were tired. Officials said it would take weeks. Residents said the water was brown. Experts said their data was thin.');
  assert.deepEqual(found, []);
});
