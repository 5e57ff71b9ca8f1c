import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

test('"..., according to a person granted anonymity" is a claim of no one named, not the subject\'s', () => {
  const a = analyze(BODY + 'Mayor Tomas Grell flew to Kelby on Friday. He offered the ferry crews a pay deal the next morning, according to someone granted anonymity because the offer is not yet public.');
  assert.equal(claimStarting(a, 'He offered the ferry crews').speaker, null);
});

test('"..., officials who spoke on condition of anonymity said" is a claim of no one named', () => {
  const a = analyze(BODY + 'Piet Amsel visited the mill on Monday. He will resign in May, officials who spoke on condition of anonymity said.');
  assert.equal(claimStarting(a, 'He will resign in May').speaker, null);
});
