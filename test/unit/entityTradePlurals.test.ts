import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a plural of a trade or doer ends a body\'s name, not a surname', () => {
  const found = names(
    'Anyone with information should call Harbour Stoppers on the tip line. Tanner Growers said the harvest was late, and Wendell Feeds raised its prices.',
  );
  for (const n of ['Harbour Stoppers:organization', 'Tanner Growers:organization', 'Wendell Feeds:organization']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
