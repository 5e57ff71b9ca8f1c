import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"he" after two people, the nearer with a woman\'s given name, is the man', () => {
  const a = analyze(
    BODY +
      'As Tom Reyes left Mayor Linda Carvell’s signing of the housing bill on Monday, he was asked what worried the members of his group, the Harbour Business Council.\n' +
      'The Council chief executive came back with one word: next year, he said, will be about housing.',
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
