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

test('"Van der Holt" opening a sentence is the person, not the town of Van, and joins the full name', () => {
  const found = mentions('Dutch qualifier Mira van der Holt won in two sets. Van der Holt said the wind was hard. In Ardel, Van der Holt won again.');
  assert.equal(found.filter((f) => f === 'Van der Holt/person/person:mira-van-der-holt').length, 2, found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Van/') || f.startsWith('der Holt/')), found.join(', '));
  assert.ok(mentions('De la Fuente said the vote was close.').includes('De la Fuente/person/person:de-la-fuente'));
  assert.ok(mentions('Pilgrims reached Van in eastern Turkey.').some((f) => f.startsWith('Van/location')), 'the town alone stays a place');
});

test('an acute accent typed for the apostrophe is a possessive ("Lenner´s serve")', () => {
  const found = mentions('Ola Lenner beat Tomas Brand 6-4, 6-2. Lenner´s serve held and Brand´s backhand failed; it´s his first title.');
  assert.ok(!found.some((f) => f.includes('´')), found.join(', '));
  assert.equal(found.filter((f) => f === 'Lenner/person/person:ola-lenner').length, 1, found.join(', '));
  assert.equal(found.filter((f) => f === 'Brand/person/person:tomas-brand').length, 1, found.join(', '));
});
