import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('summits named in the plural are events ("the first Varden Summits held in person")', () => {
  const found = names('The president will attend summits next month. These will be the first Varden Summits held in person.');
  assert.ok(found.includes('Varden Summits:event'), found.join(', '));
});
