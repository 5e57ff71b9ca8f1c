import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"he" after two people, the nearer with a woman\'s given name, is the man', () => {
  const a = analyze(
    BODY +
      'When Tom Reyes walked out of Mayor Linda Carvell’s launch of the ferry plan on Monday, reporters asked him what the Harbour Business Council, which he leads, wanted most.\n' +
      'The Council chief executive kept it short: rents, he said, are what keep him awake.',
  );
  assert.equal(claimStarting(a, 'The Council chief executive').speaker, idOf(a, 'Tom Reyes'));
});

test('"she" after the same two people is the woman, and a body\'s role before a name is that person', () => {
  const a = analyze(
    BODY +
      'Tom Reyes stood beside Mayor Linda Carvell at the signing on Monday.\nThe bill would add homes, she said.\n' +
      'The Harbour Business Council chief executive Nora Quist welcomed the bill. Prices would fall, he said.',
  );
  assert.equal(claimStarting(a, 'The bill would').speaker, idOf(a, 'Linda Carvell'));
  assert.equal(claimStarting(a, 'The Harbour Business Council chief executive').speaker, idOf(a, 'Nora Quist'));
});
