import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

const STORY =
  BODY +
  'Detective Sergeant Ilse Marrow, who leads the Kelby harbour squad, says thieves boarded two yachts in one night.\n\n' +
  '“The owners of the first yacht heard steps on deck soon after two.\n\n' +
  '“They locked the cabin and rang us from inside.”\n\n' +
  'Soon afterwards he swam across to a second yacht by the slipway.\n\n' +
  '“On that one he has taken a radio and a set of keys before a neighbour put the lights on.”\n\n';

test('a bare quotation after a paragraph of story that names no one else is still the quoted person\'s', () => {
  const a = analyze(STORY + 'Sergeant Marrow asks boat owners on the river to lock their hatches.\n\n“A padlock costs less than a new radio.”');
  const marrow = idOf(a, 'Ilse Marrow');
  assert.equal(claimStarting(a, '“On that one he has taken').speaker, marrow);
  assert.equal(claimStarting(a, '“A padlock').speaker, marrow);
});

test('a paragraph naming someone else between the quotations leaves the bare one unassigned', () => {
  const a = analyze(STORY.replace('Soon afterwards he swam', 'Soon afterwards Tomas Grell swam'));
  assert.equal(claimStarting(a, '“On that one he has taken').speaker, null);
});
