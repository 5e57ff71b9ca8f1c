import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// One word no list knows, placed by the preposition before it: a region people live "in the", a site
// something stands "at", the town set off by commas after a street or village.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('one word after "in/from the" is a region unless a chamber, paper or league is meant', () => {
  const found = mentions('Officials said customers in the Varnhold were angry, and farmers in the Kessar lost their herds.');
  for (const name of ['Varnhold', 'Kessar']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  const chamber = mentions('Speaking in the Doverat on Tuesday, the minister defended the plan.');
  assert.ok(!chamber.includes('Doverat/location'), chamber.join(', '));
  // A capitalized writing or abstract noun is no region.
  const writing = mentions('The rule is set out in the Constitution, the judge said.');
  assert.ok(!writing.includes('Constitution/location'), writing.join(', '));
});

test('one word after "at" is a site where a word that sites things goes before it', () => {
  const found = mentions('The men were stopped at a police checkpoint at Marvoso late on Friday.');
  assert.ok(found.includes('Marvoso/location'), found.join(', '));
  // "Analysts at" a firm still work for a body.
  const firm = mentions('Analysts at Trevanta expect rates to fall.');
  assert.ok(!firm.includes('Trevanta/location'), firm.join(', '));
});

test('a word after a sentence-opening "In" and a word set off after a place are places', () => {
  const opening = mentions('In Dorlund, residents queued for water on Monday.');
  assert.ok(opening.includes('Dorlund/location'), opening.join(', '));
  const town = mentions('Police were called to a shop in Kellow Road, Brinmere, to treat a man.');
  assert.ok(town.includes('Brinmere/location'), town.join(', '));
  // What follows a place and a comma may describe it: "In Seoul, Zantix, the chipmaker, said".
  const firm = mentions('In Leeds, Zantix, the chipmaker, said it would cut jobs.');
  assert.ok(!firm.includes('Zantix/location'), firm.join(', '));
});

test('the words before a police station, or a junction, name a place', () => {
  const found = mentions('Cases were filed at Kormala and Deshpur police stations, and he was held under Vantoli police station limits.');
  for (const name of ['Kormala', 'Deshpur', 'Vantoli']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  const junction = mentions('The lorry overturned at Brevik junction on Monday.');
  assert.ok(junction.includes('Brevik/location'), junction.join(', '));
  // A force's own name is capitalized: "Dorvale Police" is the body.
  const force = mentions('Dorvale Police said the road was closed.');
  assert.ok(force.includes('Dorvale Police/organization'), force.join(', '));
});

test('where a person described by age comes from, and what "a" names before "address", are places', () => {
  const found = mentions('Two men died: 41-year-old driver Anton Brisk of Kelmoor and his passenger. The van was stolen from a Dunvale address.');
  for (const name of ['Kelmoor', 'Dunvale']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  // With no age, "of" after a person is as often the body he speaks for.
  const body = mentions('The plan was backed by Anton Brisk of Zelvara, the lender.');
  assert.ok(!body.includes('Zelvara/location'), body.join(', '));
});

test('a name "in" makes a place yields to the same name a title made a person', () => {
  const found = mentions('Governor Tamsin Orlev opened the bridge. "We have a leader in Tamsin Orlev," a resident said.');
  assert.ok(!found.includes('Tamsin Orlev/location'), found.join(', '));
  assert.equal(found.filter((m) => m === 'Tamsin Orlev/person').length, 2, found.join(', '));
});
