import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

test('a name the story gives is found in each title-case heading, the first line and one further down', () => {
  const text =
    'Harbor Lights Foundation To Open New Shelter\n\nThe Harbor Lights Foundation said on Monday it would open a shelter in Dunmore.\n' +
    'Shelter Plans Win Harbor Lights Foundation Praise\nThe board of the Harbor Lights Foundation met on Tuesday.';
  const found = analyze(text).entities.filter((e) => e.text === 'Harbor Lights Foundation').map((e) => e.start);
  assert.deepEqual(found, [0, 50, 144, 193]);
});
