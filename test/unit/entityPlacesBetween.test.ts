import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// The two ends of a route after "between" are places; the sides of talks are not.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('the ends of a road, a line or a journey after "between" are places', () => {
  const found = mentions('The road between Dorrowby and Harwick was shut after the crash. Buses will run between Tillmere and Oskett.');
  for (const place of ['Dorrowby', 'Harwick', 'Tillmere', 'Oskett']) assert.ok(found.includes(`${place}/location`), found.join(', '));
});

test('the sides of talks after "between" are not taken for places', () => {
  const found = mentions('Talks between Zantix and Morvel stalled on Friday.');
  assert.ok(!found.some((f) => f.endsWith('/location')), found.join(', '));
});
