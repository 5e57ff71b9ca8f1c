import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"it" later in a sentence a body opens is that body, not the last source', () => {
  const a = analyze(
    BODY +
      'Mining stocks were mixed, the Associated Press reported.\n' +
      'Velmont Mining rose 4% after it said its new shaft was ready.\nHarlan Marsh’s Orvane Holdings fell 3% after it said sales slowed.',
  );
  assert.equal(claimStarting(a, 'Velmont Mining rose').speaker, idOf(a, 'Velmont Mining'));
  assert.equal(claimStarting(a, 'Harlan Marsh').speaker, idOf(a, 'Orvane Holdings'));
});

test('after "said", the name that ends a run of title words speaks, not a place that opens them', () => {
  const a = analyze(BODY + '“We are trying to bring the wetland back to its full potential for birds,” said U.S. Forest & Wildlife Services District Manager Carl Oster.');
  assert.equal(claimStarting(a, '“We are trying').speaker, idOf(a, 'Carl Oster'));
});

test('a place inside a "who" clause without commas does not speak; the person the clause follows does', () => {
  const a = analyze(BODY + 'The visit ended at the plant where President Tomas Varga who toured the site 40 kilometres from Orlen on Friday praised its engineers.');
  assert.equal(claimStarting(a, 'The visit').speaker, idOf(a, 'Tomas Varga'));
});

test('"the five-judge panel" speaks for the court last named, not for a body of its own', () => {
  const a = analyze(
    'Fraud appeal fails\n\nThe Court of Appeal in Tarvell on Monday upheld the sentence of a former bank clerk.\n\n' +
      'Delivering judgment, the five-judge panel led by Justice Ama Kessel upheld the fine imposed on the clerk and held that his trial had been fair.\n',
  );
  assert.equal(claimStarting(a, 'Delivering judgment, the five-judge').speaker, idOf(a, 'Court of Appeal'));
});
