import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

test('two people joined by "and his counterpart Dr." speak together, as no one in particular', () => {
  const a = analyze(BODY + 'Trade Minister Dr Ann Rudo Roe and her Veldish counterpart Dr. Tomas Grell urged their customs services to share records.');
  assert.equal(claimStarting(a, 'Trade Minister Dr Ann').speaker, null, 'a joint call is a group\'s');
});

test('"the two Foreign Ministers" is a group, even where their title was taken for a body\'s name', () => {
  const a = analyze(BODY + 'Ann Roe met Tomas Grell in Kelby. The two Foreign Ministers pledged to reopen the rail crossing within a year.');
  const c = claimStarting(a, 'The two Foreign Ministers');
  assert.equal(c.speaker, null, `the two ministers are no body: ${JSON.stringify(a.entities.map((m) => [m.text, m.type]))}`);
});

test('a joint call stays a group\'s where the first name was missed and its title taken for a body', () => {
  const a = analyze(
    BODY +
      'The two Foreign Ministers stressed that the border must stay open.\n\nForeign Minister Dr A T Kofi Roe and his Veldish counterpart Dr. Tomas Grell urged both navies to patrol the strait together.',
  );
  const c = claimStarting(a, 'Foreign Minister Dr A T');
  assert.equal(c.speaker, null, `neither minister alone, nor a body: ${JSON.stringify(a.entities.map((m) => [m.text, m.type]))}`);
});
