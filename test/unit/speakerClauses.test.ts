import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a body and its acronym before a verb further down the story are no dateline, and the sentence is a claim', () => {
  const text =
    'Grain prices climb\nBy Ana Ruiz\nMarch 3, 2027\nThe minister said the price would rise.\nThe Varnian Grain Board (VGB) said it had secured a loan from a group of banks.\n';
  const a = analyze(text);
  assert.equal(a.structure.dateline, null);
  assert.equal(claimStarting(a, 'The Varnian Grain Board').speaker, idOf(a, 'Varnian Grain Board'));
});
