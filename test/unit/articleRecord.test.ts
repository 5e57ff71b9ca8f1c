import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineStartsOf, occurrencesOf, positionOf } from '../../server/src/workspace/articleRecord';

test('occurrences are whole words only', () => {
  assert.deepEqual(occurrencesOf('Ankara, Ankarali and Ankara.', 'Ankara'), [0, 21]);
  assert.deepEqual(occurrencesOf('', 'x'), []);
  assert.deepEqual(occurrencesOf('abc', ''), []);
});

test('positions count CRLF, CR and LF line breaks', () => {
  const starts = lineStartsOf('a\r\nb\rc\nd');
  assert.deepEqual([...starts], [0, 3, 5, 7]);
  assert.deepEqual(positionOf(starts, 5), { line: 2, character: 0 });
  assert.deepEqual(positionOf(starts, 8), { line: 3, character: 1 });
});

test('hostile input stays linear', () => {
  const huge = 'A'.repeat(1_000_000);
  assert.equal(occurrencesOf(huge, 'AA').length, 0, 'expected no whole-word hit inside a run of capitals');
  assert.equal(lineStartsOf('\n'.repeat(100_000)).length, 100_001);
});
