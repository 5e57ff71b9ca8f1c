import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A name's particle capitalized to open a sentence, and capitals joined by an ampersand whose first half is a stopword.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}/${m.entity}`);

test('"Von Dorsten" opening a sentence keeps its particle and is the person named in full before', () => {
  const found = mentions('Marieke von Dorsten, head of research at Kelvaro, said prices were high.\n\nVon Dorsten said the pipeline had been delayed.');
  assert.ok(found.includes('Von Dorsten/person/person:marieke-von-dorsten'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Dorsten/')), found.join(', '));
});

test('capitals that spell a stopword before an ampersand open the acronym ("AT&T")', () => {
  const found = mentions('Officials met on Monday. The final is at AT&T Stadium in Arlington, and AT&T said it would sponsor it.');
  assert.ok(found.includes('AT&T Stadium/facility/facility:at-t-stadium') || found.some((f) => f.startsWith('AT&T Stadium/facility')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('AT&T/organization')), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('T Stadium') || f.startsWith('T/')), found.join(', '));
});
