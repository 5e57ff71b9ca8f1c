import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

test('"he said" after a speaker whose name was not found is not an older person\'s', () => {
  const a = analyze(
    BODY +
      'Tomas Grell wrote the report.\n\nThe police have confirmed there are no signs of the gang in the valley.\n\nValley Police chief DSP Qarim Zelnou said today all measures had been taken.\n\nHe said officers had been posted at the bridges.',
  );
  const grell = a.entities.find((m) => m.text === 'Tomas Grell')?.entity;
  assert.notEqual(claimStarting(a, 'He said officers').speaker, grell, JSON.stringify(a.entities.map((m) => [m.text, m.type])));
});
