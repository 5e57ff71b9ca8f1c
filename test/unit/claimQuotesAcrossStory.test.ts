import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

const STORY =
  BODY +
  'Detective Sergeant Ilse Marrow, of the Kelby harbour squad, says two boats were boarded within an hour.\n\n' +
  '“At around 3am the first crew was woken by a man with a torch.\n\n' +
  '“Fortunately, they were able to cast off and reach the breakwater.”\n\n' +
  'Minutes later he climbed onto a second boat moored at the fuel dock.\n\n' +
  '“There he has taken a radio and a set of keys before a passing fisherman shouted.”\n\n';

test('a bare quotation after a paragraph of story that names no one else is still the quoted person\'s', () => {
  const a = analyze(STORY + 'Sergeant Marrow thanks the fisherman, who chased the man off.\n\n“Their shout has stopped any further theft.”');
  const marrow = idOf(a, 'Ilse Marrow');
  assert.equal(claimStarting(a, '“There he has taken').speaker, marrow);
  assert.equal(claimStarting(a, '“Their shout').speaker, marrow);
});

test('a paragraph naming someone else between the quotations leaves the bare one unassigned', () => {
  const a = analyze(STORY.replace('Minutes later he climbed', 'Minutes later Tomas Grell climbed'));
  assert.equal(claimStarting(a, '“There he has taken').speaker, null);
});
