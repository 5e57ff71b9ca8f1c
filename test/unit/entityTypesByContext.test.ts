import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

// A name's type from the words around it and from its other mentions, not from the first list it is found in.

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a state after a person and "of" is where the person comes from, and the next person listed stays a person', () => {
  assert.deepEqual(spans('The bill lost the votes of Dara Voss of Nebraska and Ilse Kellerby of Ohio in committee. In a long speech, Kellerby urged a delay. Aides to Kellerby handed out copies.'), [
    'Dara Voss/person',
    'Nebraska/location',
    'Ilse Kellerby/person',
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
  assert.deepEqual(spans('Kai Loru, Chief Engineer at the rail depot, walked reporters along the new platform. Kai Loru expects the first trains by June. Asked about costs, Kai Loru would not give a figure.'), [
    'Kai Loru/person',
    'Kai Loru/person',
    'Kai Loru/person',
  ]);
});

test('a patronym between names makes them a person\'s, after a body listed before "and"', () => {
  assert.deepEqual(
    spans('The panel named two envoys: Hamad bin Rashid Al Sabri of the Coastal Fisheries Authority and Mariam bint Faisal Al Dhaheri of the Pearl Heritage Fund.').filter((s) => s.endsWith('/person')),
    ['Hamad bin Rashid Al Sabri/person', 'Mariam bint Faisal Al Dhaheri/person'],
  );
});

test('a qualifier and a compass word name a region', () => {
  assert.deepEqual(spans('Two hikers were found safe in the Far West late on Thursday. Mid East operations manager Inspector Rua Tamsin thanked the volunteers.'), [
    'Far West/location',
    'Mid East/location',
    'Rua Tamsin/person',
  ]);
});

test('a street\'s abbreviated kind closes a street\'s name', () => {
  assert.deepEqual(spans('Firefighters reached a shed behind Halvane Cr shortly after dawn. A van clipped a wall on Ostrel Rd and Tamsworth Ave that evening.'), [
    'Halvane Cr/facility',
    'Ostrel Rd/facility',
    'Tamsworth Ave/facility',
  ]);
});

test('one word in brackets right after a place names a place near it', () => {
  assert.deepEqual(spans('Flooding closed the road between Leeds (Kelvane) and the hills above York (Dorrit) for a week.'), [
    'Leeds/location',
    'Kelvane/location',
    'York/location',
    'Dorrit/location',
  ]);
});

test('a word before "constituency" names the constituency, a place', () => {
  assert.deepEqual(spans('Voters in the Borsu constituency will choose a new member in June.'), ['Borsu/location']);
});

test('a church one is at or in is the building; one that speaks is the body', () => {
  assert.deepEqual(spans('Choirs from three villages sang inside the Kelvane Memorial Church in Eldoret on Sunday.'), [
    'Kelvane Memorial Church/facility',
    'Eldoret/location',
  ]);
  assert.deepEqual(spans('The Kelvane Memorial Church said it was pleased.'), ['Kelvane Memorial Church/organization']);
});

test('what an event is held at is its venue', () => {
  assert.deepEqual(spans('The awards dinner, held at Villa Orsena near Lyon, drew two hundred guests.'), ['Villa Orsena/facility', 'Lyon/location']);
});
