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

test("a city counts for its country, as the dateline's city does", () => {
  // The story names the northern neighbour more, but the dateline's capital is named again in the story.
  const seoul = 'SEOUL, May 11 (Yonhap) -- The National Assembly will debate the budget on Friday, while North Korea tested a missile and North Korea warned of more tests, officials in Seoul said.';
  assert.equal(analyze(seoul).entities.find((e) => e.text === 'National Assembly')?.entity, 'organization:national-assembly@south-korea');
  // No country named at all: its cities say which.
  assert.equal(commissionOf('Ballots counted\n\nThe Election Commission said counting in Nairobi and Mombasa would end on Monday.'), 'organization:election-commission@kenya');
});

test('a faith or a people is no country of a generic body', () => {
  const text = 'Court ruling\n\nThe Supreme Court stayed the demolition. Sikh leaders and the Sikh community welcomed it, and Sikh groups in Delhi marched.';
  assert.equal(analyze(text).entities.find((e) => e.text === 'Supreme Court')?.entity, 'organization:supreme-court@india');
});

test("a dateline's city is the article's country when the story names no country", () => {
  const text = 'MUMBAI, Apr 22 (PTI) The Supreme Court stayed the demolition on Friday, the petitioners said.';
  assert.equal(analyze(text).entities.find((e) => e.text === 'Supreme Court')?.entity, 'organization:supreme-court@india');
});
