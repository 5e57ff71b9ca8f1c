import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a speaker inside an "after" clause does not take the claim from the sentence\'s named subject', () => {
  const a = analyze(
    BODY +
      'Harbour Commissioner, Ilse Marrow, is urging residents of Kelby to back the port guards as the curfew goes on after police said last week that they had received reports “of gangs inside and outside the depots joining into one ring”.',
  );
  const c = claimStarting(a, 'Harbour Commissioner');
  assert.equal(c.speaker, idOf(a, 'Ilse Marrow'), JSON.stringify(a.claims.map((x) => [x.text.slice(0, 40), x.speaker, x.cue?.text])));
});
