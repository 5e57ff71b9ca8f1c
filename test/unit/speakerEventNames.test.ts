import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('the subtitle of a meeting after its colon is not the person "he" stands for', () => {
  const a = analyze(
    BODY +
      'The new harbour drew praise on Thursday from Minister Darmo Wiryawan.\nSpeaking at the Ninth Ministerial Roundtable: Coastal Economies Partnership, he said that Palmera had grown fast.\n"We were quick to recover," he explained.',
  );
  const minister = idOf(a, 'Darmo Wiryawan');
  assert.equal(claimStarting(a, 'Speaking at the Ninth').speaker, minister, `the minister speaks: ${JSON.stringify(a.entities.map((m) => [m.text, m.type]))}`);
  assert.equal(claimStarting(a, '"We were quick').speaker, minister);
});
