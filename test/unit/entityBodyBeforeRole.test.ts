import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a name no list knows before a lowercase office and its holder is the holder\'s body ("Velmont Brigham chief executive Anna Kovel")', () => {
  const found = names('Speaking on a panel, Velmont Brigham chief executive Anna Kovel talked about the plan. Marrow Dalcott president Ivo Dal declined to comment.');
  for (const n of ['Velmont Brigham:organization', 'Anna Kovel:person', 'Marrow Dalcott:organization', 'Ivo Dal:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('a given name before an office and its holder stays a person\'s name', () => {
  const found = names('Asked about the vote, Anna Velmont chief executive Ivo Dal declined to comment.');
  assert.ok(!found.includes('Anna Velmont:organization'), found.join(', '));
});
