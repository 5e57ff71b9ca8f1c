import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const commissionOf = (text: string): string | undefined => analyze(text).entities.find((e) => e.text === 'Election Commission')?.entity;

test('a generic body belongs to the country its article names most, each place counted at every mention', () => {
  assert.equal(commissionOf('Kenya votes\n\nThe Election Commission said Kenya would count ballots by hand. Officials in Kenya and Uganda agreed.'), 'organization:election-commission@kenya');
  assert.equal(commissionOf('Uganda votes\n\nThe Election Commission said Uganda would count ballots by hand. Officials in Uganda and Kenya agreed.'), 'organization:election-commission@uganda');
});
