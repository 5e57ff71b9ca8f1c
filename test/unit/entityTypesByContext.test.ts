import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

// A name's type from the words around it and from its other mentions, not from the first list it is found in.

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a state after a person and "of" is where the person comes from, and the next person listed stays a person', () => {
  assert.deepEqual(spans('Two lawmakers, Dara Voss of Nebraska and Thom Kellerby of Ohio, voted against the plan. The leader reached out to Kellerby on Friday. Kellerby later confirmed the call.'), [
    'Dara Voss/person',
    'Nebraska/location',
    'Thom Kellerby/person',
    'Ohio/location',
    'Kellerby/person',
    'Kellerby/person',
  ]);
});

test('places named after their class in the plural are places; the place before a local body\'s noun in lowercase is the body', () => {
  assert.deepEqual(spans('Residents of the towns of Pelloway and Dunmarsh were told to leave. Pelloway police said roads were shut. Officers of the Pelloway Police Department patrolled Dunmarsh.'), [
    'Pelloway/location',
    'Dunmarsh/location',
    'Pelloway/organization',
    'Pelloway Police Department/organization',
    'Dunmarsh/location',
  ]);
});

test('a name set off by a role after a comma is a person\'s, however often it is written in full', () => {
  assert.deepEqual(spans('Now, Wen Bo, General Manager of the handset arm, has hinted at new models. Wen Bo, via a post online, shared the plans. Wen Bo claims that the series made progress.'), [
    'Wen Bo/person',
    'Wen Bo/person',
    'Wen Bo/person',
  ]);
});

test('a patronym between names makes them a person\'s, after a body listed before "and"', () => {
  assert.deepEqual(
    spans('Those sworn in included Dr. Omar bin Khalid Al Nuaimi, Minister of Labour and Acting Minister of Further Study and Scientific Research; and Noura bint Saeed Al Ketbi, Minister of State for Trade.').filter((s) => s.endsWith('/person')),
    ['Omar bin Khalid Al Nuaimi/person', 'Noura bint Saeed Al Ketbi/person'],
  );
});

test('a qualifier and a compass word name a region', () => {
  assert.deepEqual(spans('A man is in hospital after an incident in the Far North on Saturday. Mid North response manager Senior Sergeant Ana Kereti said the patrols worked.'), [
    'Far North/location',
    'Mid North/location',
    'Ana Kereti/person',
  ]);
});

test('a street\'s abbreviated kind closes a street\'s name', () => {
  assert.deepEqual(spans('Police were called to a property at Kowhaiwhai Cr at around midday. A car hit a fence on Marlow Rd and Pemberton Ave later.'), [
    'Kowhaiwhai Cr/facility',
    'Marlow Rd/facility',
    'Pemberton Ave/facility',
  ]);
});
