import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Words no list knows that their neighbours mark as places: the other items of a list of places,
// a compass adjective before them, the people or parts "of" them, the ward they name.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('untyped items of a list that holds a place are places', () => {
  const found = mentions('Warnings are up over Leeds, Pelavo and Setrana on Monday, forecasters said.');
  for (const name of ['Leeds', 'Pelavo', 'Setrana']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  // The place is known from another sentence of the story.
  const later = mentions('Schools shut in Dorvell on Friday. Rain reached Dorvell, Kestova and Brindar by noon.');
  for (const name of ['Kestova', 'Brindar']) assert.ok(later.includes(`${name}/location`), later.join(', '));
  // A place opening the sentence sets the scene for a list of companies.
  const firms = mentions('In Leeds, Zantix and Quorvel cut jobs on Monday.');
  assert.ok(!firms.includes('Zantix/location') && !firms.includes('Quorvel/location'), firms.join(', '));
});

test('a compass adjective before one plain word names a region', () => {
  const found = mentions('Heavy rain fell on the coast and over Western Tavindra on Tuesday; Central Lumaro was spared.');
  assert.ok(found.includes('Western Tavindra/location'), found.join(', '));
  assert.ok(found.includes('Central Lumaro/location'), found.join(', '));
});

test('what residents, parts and wards are "of" or named after is a place', () => {
  const found = mentions('Residents of Belvanto were told to boil water. The outage hit parts of Grenmoor too. Ana Cruz, who represents Dravelly ward, said homes were lost.');
  for (const name of ['Belvanto', 'Grenmoor', 'Dravelly']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  // "part of" a group is a company's place in it, not a town's.
  const firm = mentions('The unit is part of Zantix, the firm said.');
  assert.ok(!firm.includes('Zantix/location'), firm.join(', '));
});

test('one word after "across/along the" or "to cross the" is a river, sea or region', () => {
  const found = mentions('Barges moved slowly along the Ostrel on Monday. Storms swept across the Norrand, and ferries that cross the Vessmar were held in port.');
  for (const name of ['Ostrel', 'Norrand', 'Vessmar']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  // A capitalized modifier of a lowercase noun there is a brand, not a place.
  const brand = mentions('Prices rose across the Zantix network last week, the company said.');
  assert.ok(!brand.includes('Zantix/location'), brand.join(', '));
});

test('a word before "islands", "waters", "coast", "delta" or "estuary" names the place', () => {
  const found = mentions('Trawlers left the Vennish islands at dawn. Talks on sharing the Ostrel waters resumed, and towns on the Marvane coast and in the Sulo delta were warned.');
  for (const name of ['Vennish', 'Ostrel', 'Marvane', 'Sulo']) assert.ok(found.includes(`${name}/location`), found.join(', '));
});
