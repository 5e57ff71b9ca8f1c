import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('"Construction" ends a company\'s name, not a person\'s', () => {
  const found = names('Protesters vandalized St. Harlan Construction in Corvale. Varden Construction said it would rebuild.');
  for (const n of ['St. Harlan Construction:organization', 'Varden Construction:organization']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
