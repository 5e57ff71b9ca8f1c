import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

test('"the <noun no role list knows> said ..." opening a clause is an unnamed speaker\'s claim', () => {
  for (const sentence of [
    'The beekeeper said the hives had come through the frost.',
    'Afterwards, the lock keeper said the canal would reopen by noon.',
    'A glassblower told reporters the furnace had cracked twice.',
  ]) {
    const a = analyze(BODY + sentence);
    const claim = claimStarting(a, sentence.split(' ').slice(0, 2).join(' '));
    assert.equal(claim.speaker, null, sentence);
  }
});

test('a noun phrase that is an object before "said" ("sold the mill said to be") makes no claim', () => {
  const a = analyze(BODY + 'Villagers sold the mill said to be the oldest in the valley.');
  assert.equal(a.claims.length, 0, JSON.stringify(a.claims));
});
