import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

// An impersonal passive of saying ("It is alleged that ...") reports words without a speaker.

test('"It is alleged that" names no speaker, not the last body named', () => {
  const a = analyze(BODY + 'Orvel Telecom hired a contractor in 2019.\nIt is alleged that the contractor was paid twice for the same work.\nIt was reported that the payments were approved by the board.');
  assert.equal(claimStarting(a, 'It is alleged that').speaker, null);
  assert.equal(claimStarting(a, 'It was reported that').speaker, null);
});
