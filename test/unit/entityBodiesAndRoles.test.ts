import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';
import { BODY, claimStarting, idOf } from './claimHelpers';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a class of people\'s possessive inside a body\'s or a hospital\'s name stays in the name', () => {
  const found = spans('She was treated at Avon Children\'s Hospital. The Hartwell Patrolman\'s Association and Dorvale Women\'s College backed the plan.');
  for (const name of ["Avon Children's Hospital/facility", "Hartwell Patrolman's Association/organization", "Dorvale Women's College/organization"]) {
    assert.ok(found.includes(name), `expected ${name}, found ${found.join(', ')}`);
  }
  const owner = spans('Halden Varro\'s College Street home was sold.');
  assert.ok(!owner.some((f) => f.startsWith("Halden Varro's")), `a person's possessive stays outside; found ${owner.join(', ')}`);
});

test('"Comrade" and "Barrister" are honorifics before a name, not part of it', () => {
  const a = analyze(BODY + 'Union President, Comrade Jide Bankole, told journalists that the strike would go on. Barrister Ada Ezeh, counsel for the union, argued that the ban was unlawful.');
  const names = a.entities.map((m) => m.text);
  assert.ok(names.includes('Jide Bankole') && names.includes('Ada Ezeh'), `expected the bare names, found ${names.join(', ')}`);
  assert.equal(claimStarting(a, 'Barrister Ada Ezeh').speaker, idOf(a, 'Ada Ezeh'));
});

test('a name before a narrowed role and its holder is the holder\'s body ("X health spokesman Y", "X analyst Y")', () => {
  const found = spans('The results beat forecasts, said Halden Crane analyst Ruth Bowe. Dorvan Fein health spokesman Liam Tole said the minister was wrong. Hartwell Rovers head coach Ian Bell was angry.');
  for (const name of ['Halden Crane/organization', 'Ruth Bowe/person', 'Dorvan Fein/organization', 'Liam Tole/person', 'Ian Bell/person']) {
    assert.ok(found.includes(name), `expected ${name}, found ${found.join(', ')}`);
  }
  const a = analyze(BODY + 'Dorvan Fein health spokesman Liam Tole said the minister was wrong.');
  assert.equal(claimStarting(a, 'Dorvan Fein').speaker, idOf(a, 'Liam Tole'), 'the holder speaks, not the body');
});

test('one word in brackets right after a body\'s name is the body\'s short name, whatever its letters', () => {
  const a = analyze(BODY + 'The Varnian Institute of Forest Protection (Ifor) fined the company on Friday. Ifor said the fine was fair.');
  const ifor = a.entities.filter((m) => m.text === 'Ifor');
  assert.ok(ifor.length === 2 && ifor.every((m) => m.type === 'organization'), `expected two organization mentions, found ${JSON.stringify(ifor.map((m) => m.type))}`);
  assert.equal(claimStarting(a, 'Ifor said').speaker, idOf(a, 'Ifor'));
});

test('an institution\'s noun inside capitalized words makes them a hospital or a body, not a person', () => {
  const found = spans('The worst-affected hospital was University Hospital Dorvale, with 128 patients on trolleys.');
  assert.ok(found.includes('University Hospital Dorvale/facility'), `expected the hospital, found ${found.join(', ')}`);
  const person = spans('The report was written by Ann Marie Roe.');
  assert.ok(person.includes('Ann Marie Roe/person'), `a person's three names stay a person; found ${person.join(', ')}`);
});

test('a body\'s acronym before its role and a comma names the body; "Executive" after a body\'s noun is a body', () => {
  const a = analyze(BODY + 'NUT President, Dr Jide Bankole, told journalists that the strike would continue. The Varna Service Executive met on Monday. Chief Executive Ann Roe said no.');
  const found = a.entities.map((m) => `${m.text}/${m.type}`);
  for (const name of ['NUT/organization', 'Jide Bankole/person', 'Varna Service Executive/organization', 'Ann Roe/person']) {
    assert.ok(found.includes(name), `expected ${name}, found ${found.join(', ')}`);
  }
  assert.ok(!found.some((f) => f.startsWith('Chief')), `a role alone is no body; found ${found.join(', ')}`);
});

test('capitals and a comma opening a headline are a list of bodies when a lowercase verb follows the next capitals', () => {
  const a = analyze('NUT, ASUU begin strike over pay\nThe strike began on Monday.\n\nLAGOS, Nigeria (Wire) - Teachers walked out.');
  const found = a.entities.map((m) => `${m.text}/${m.type}`);
  assert.ok(found.includes('NUT/organization'), `expected the union, found ${found.join(', ')}`);
  assert.ok(found.includes('LAGOS/location'), `a dateline's place stays; found ${found.join(', ')}`);
});

test('a name before "basin" is a place', () => {
  const found = spans('Mining remains a threat in the Tapara basin, the ministry said.');
  assert.ok(found.includes('Tapara/location'), `expected the basin's place, found ${found.join(', ')}`);
});

test('a byline\'s two names before a newsroom beat are the writer, the beat no one', () => {
  for (const line of ['By Helen Varro Court Reporter', 'Niamh Tolan Health Correspondent']) {
    const a = analyze(`Care home manager jailed\n${line}\n09:15, 26 FEB 2027\nA former manager was jailed on Friday.\n`);
    const found = a.entities.map((m) => `${m.text}/${m.type}`);
    const name = line.replace(/^By /, '').split(' ').slice(0, 2).join(' ');
    assert.ok(found.includes(`${name}/person`), `expected ${name}, found ${found.join(', ')}`);
    assert.ok(!found.some((f) => /Reporter|Correspondent/.test(f)), `the beat names no one; found ${found.join(', ')}`);
  }
});

test('"the judge" is the justice named before; "the Polish coach" is the club\'s boss whatever his nationality', () => {
  const a = analyze(
    BODY +
      'Justice Faisal Rana, who heard the petition, observed that the right was guaranteed. The judge remarked that two rallies were allowed.\n\n' +
      'Rovers boss Stefan Kowal said his side was soft. "We gave them two goals," the Polish coach told reporters.',
  );
  assert.equal(claimStarting(a, 'The judge remarked').speaker, idOf(a, 'Faisal Rana'));
  assert.equal(claimStarting(a, '"We gave them').speaker, idOf(a, 'Stefan Kowal'));
});

test('what a business faces "from" an unknown name comes from another business, not a place', () => {
  const found = spans('He was cautious, saying competition from Valdo, Ketto and Brinns has not gone away. Imports from Varnia rose.');
  for (const name of ['Valdo/organization', 'Ketto/organization', 'Brinns/organization']) assert.ok(found.includes(name), `expected ${name}, found ${found.join(', ')}`);
});

test('a role\'s "of the" phrase ending in a body\'s head noun is the body, with no person inside it', () => {
  const found = spans('The General Secretary of the Varna National Cocoa Farmers Association, Kwabena Osei, said the price was low.');
  assert.ok(found.includes('Varna National Cocoa Farmers Association/organization'), `expected the association, found ${found.join(', ')}`);
  assert.ok(found.includes('Kwabena Osei/person') && !found.some((f) => f.startsWith('Farmers')), `the person is the one after the comma; found ${found.join(', ')}`);
  const minister = spans('Minister of Foreign Affairs Abdullah Varo met him.');
  assert.ok(minister.includes('Abdullah Varo/person'), `a department and a name still split; found ${minister.join(', ')}`);
});

test('a name opened by "Comrade" after a role and a comma is the speaker of "told"', () => {
  const a = analyze(BODY + 'NUT President, Comrade Jide Bankole, told journalists that the strike would continue.');
  assert.equal(claimStarting(a, 'NUT President').speaker, idOf(a, 'Jide Bankole'));
});

test('"the X people" names a people, and a jail is a facility', () => {
  const found = spans('Leaders of the Munduku people said the river was brown. He has been held in Adala Jail since 2023.');
  assert.ok(found.includes('Munduku/nationality'), `expected the people, found ${found.join(', ')}`);
  assert.ok(found.includes('Adala Jail/facility'), `expected the jail, found ${found.join(', ')}`);
});

test('a city before a narrowed team role ("head coach") is its club', () => {
  const found = spans('Middlesbrough head coach Neil Varro said the side was tired. The London head office closed.');
  assert.ok(found.includes('Middlesbrough/organization'), `expected the club, found ${found.join(', ')}`);
  assert.ok(found.includes('London/location'), `a head office leaves the city a place; found ${found.join(', ')}`);
});

test('companies "led by" a name are led by a company; a party led by a name is led by a person', () => {
  const found = spans('The board took a loan from a group of international banks led by Halden Crane. The party was led by Ann Varro.');
  assert.ok(found.includes('Halden Crane/organization'), `expected the bank, found ${found.join(', ')}`);
  assert.ok(found.includes('Ann Varro/person'), `expected the person, found ${found.join(', ')}`);
});

const namesIn = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('"Institutes" heads a body like "Institute", and a journal "of" its field is one name', () => {
  const found = namesIn('The work was paid for by the Varnian Institutes of Marine Science. It appeared in the Journal of Soil and Crop Ecology.');
  assert.ok(found.includes('Varnian Institutes of Marine Science/organization'), found.join(', '));
  assert.ok(found.includes('Journal of Soil and Crop Ecology/organization'), found.join(', '));
  const hyphened = namesIn('Two Varnian Institutes of Marine Science-funded teams led the survey.');
  assert.ok(hyphened.includes('Varnian Institutes of Marine Science/organization'), hyphened.join(', '));
});

test('a body\'s name ends before "and" when the words after it end in a known place ("... Research and Health Canada")', () => {
  const found = namesIn('Funding came from the Tarvian Institute of Soil Research and Farm Canada this year.');
  assert.ok(found.includes('Tarvian Institute of Soil Research/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.includes('Research and')), found.join(', '));
  assert.ok(namesIn('The Chamber of Commerce and Industry met.').includes('Chamber of Commerce and Industry/organization'));
});

test('"St" closing a name is a street, not a person ("Varrow St.")', () => {
  const found = namesIn('Shops on Varrow St. closed early. Police shut Kellin St on Monday.');
  assert.ok(found.includes('Varrow St/facility'), found.join(', '));
  assert.ok(found.includes('Kellin St/facility'), found.join(', '));
});

test('"Co" before a place is its county ("Co Dunmore court"), and an "Oval" is a ground', () => {
  const found = namesIn('Reporters were kept out of a Co Dunmore court for three hours. Gardaí in Co. Brennock said. Tarvo Power Co. said it would pay.');
  assert.ok(found.includes('Co Dunmore/location'), found.join(', '));
  assert.ok(found.includes('Co. Brennock/location'), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Tarvo Power Co./organization')), found.join(', '));
  assert.ok(namesIn('The Test was played at Marlow Oval in Arden.').includes('Marlow Oval/facility'));
});

test('a given name spelled like a common word keeps a surname joined by an apostrophe ("the steady Will O\'Varra")', () => {
  const found = namesIn("The stand grew with the steady Will O'Varra at the crease.");
  assert.ok(found.includes("Will O'Varra/person"), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Varra/')), found.join(', '));
});

test('a name with "bin" after a minister\'s department and honours is one person ("... Affairs HE Sheikh Tamran bin Saleh Al Varni")', () => {
  const found = namesIn('ORVALE: Deputy Prime Minister and Minister of Energy Affairs HE Sheikh Tamran bin Saleh Al Varni opened the plant on Sunday.');
  assert.ok(found.includes('Tamran bin Saleh Al Varni/person'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Saleh Al Varni/')), found.join(', '));
  // A department of one word and no honour: the name still opens on the word before its first "bin".
  const plain = namesIn('DOHA: Minister of Trade Omran bin Saleh bin Rashid Al Varni opened the fair.');
  assert.ok(plain.includes('Omran bin Saleh bin Rashid Al Varni/person'), plain.join(', '));
});

test('honours and roles in the plural name no one ("Their Excellencies Ministers of Home Affairs", "Their Highnesses")', () => {
  const found = namesIn('Delegates thanked Their Excellencies Ministers of Home Affairs and Their Highnesses for the dinner, as Their Majesties wished.');
  assert.deepEqual(found, [], found.join(', '));
  assert.deepEqual(namesIn('A letter went to the Ministers of Foreign Affairs of all six states.'), []);
});

test('words leading to a name defined by its acronym end before its "of the" ("Grand Assembly of the Harbor Cooperation Council (HCC)")', () => {
  const found = namesIn('Officials met on Monday.\n\nDelegates to Grand Assembly of the Harbor Cooperation Council (HCC) voted in Orvale.');
  assert.ok(found.includes('Grand Assembly/organization'), found.join(', '));
  assert.ok(found.includes('Harbor Cooperation Council/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Grand Assembly of')), found.join(', '));
});

test('a court named with "a" keeps the "and" of its name ("an Orvale Fisheries and Coastal Rights Tribunal"); companies listed with "a" stay apart', () => {
  const found = namesIn('Officials met on Monday.\n\nThe dispute goes to an Orvale Fisheries and Coastal Rights Tribunal next month.');
  assert.ok(found.includes('Orvale Fisheries and Coastal Rights Tribunal/organization'), found.join(', '));
  const apart = namesIn('Officials met on Monday.\n\nAnalysts at a Varnex and Orlan Motor Group plant said so.');
  assert.ok(!apart.some((f) => f.startsWith('Varnex and')), apart.join(', '));
});
