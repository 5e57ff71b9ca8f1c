import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const commissionOf = (text: string): string | undefined => analyze(text).entities.find((e) => e.text === 'Election Commission')?.entity;

test('a generic body belongs to the country its article names most, each place counted at every mention', () => {
  assert.equal(commissionOf('Kenya votes\n\nThe Election Commission said Kenya would count ballots by hand. Officials in Kenya and Uganda agreed.'), 'organization:election-commission@kenya');
  assert.equal(commissionOf('Uganda votes\n\nThe Election Commission said Uganda would count ballots by hand. Officials in Uganda and Kenya agreed.'), 'organization:election-commission@uganda');
});

test('a dateline\'s capital gives its country\'s generic bodies when the story names that country again', () => {
  const ministry = (text: string): string | undefined => analyze(text).entities.find((e) => e.text === 'Foreign Ministry')?.entity;
  const home = 'Kenya and Uganda trade barbs\nNAIROBI, Nov 3 (KNA) -- Uganda said on Monday that Uganda would talk. The Foreign Ministry said it was studying the Ugandan plan.';
  assert.equal(ministry(home), 'organization:foreign-ministry@kenya');
  // A correspondent's capital the story never names again says nothing of whose ministry it is.
  const abroad = 'Talks resume\nNAIROBI, Nov 3 (KNA) -- Uganda said on Monday that Uganda would talk. The Foreign Ministry said it was studying the plan.';
  assert.equal(ministry(abroad), 'organization:foreign-ministry@uganda');
});
