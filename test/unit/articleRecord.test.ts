import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../server/src/analysis/types';
import { lineStartsOf, positionOf } from '../../server/src/textPositions';
import { mentionsWithDeclared, occurrencesOf } from '../../server/src/workspace/articleRecord';

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

test('declared names become mentions, replacing shorter ones they cover and yielding to longer ones', () => {
  const text = 'The Presidential Office said. Office staff met the Presidential Office Annex team.';
  const annex = text.indexOf('Presidential Office Annex');
  const analysis: Analysis = {
    dct: null,
    dctSource: null,
    structure: { headline: null, header: null, dateline: null, boilerplate: [] },
    entities: [
      { start: 4, end: 16, text: 'Presidential', type: 'other', entity: 'other:presidential', canonical: 'Presidential' },
      { start: annex, end: annex + 25, text: 'Presidential Office Annex', type: 'facility', entity: 'facility:annex', canonical: 'Presidential Office Annex' },
    ],
    dates: [],
    claims: [],
  };
  const mentions = mentionsWithDeclared(text, analysis, [
    { text: 'Presidential Office', entity: 'organization:presidential-office', type: 'organization', canonical: 'Presidential Office' },
  ]);
  assert.deepEqual(
    mentions.map((m) => [m.text, m.entity.id]),
    [
      ['Presidential Office', 'organization:presidential-office'],
      ['Presidential Office Annex', 'facility:annex'],
    ],
  );
});
