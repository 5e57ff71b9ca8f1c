import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a quotation alone on its line is the person\'s whose name and title make the next line', () => {
  const a = analyze(BODY + '“Warmer rivers push fish upstream faster than anyone expected, and the towns downstream will feel it first.”\nMira Halvorsen, associate professor\nDepartment of Ecology\n\nThe new study mapped 300 rivers.');
  assert.equal(claimStarting(a, '“Warmer rivers').speaker, idOf(a, 'Mira Halvorsen'));
});
