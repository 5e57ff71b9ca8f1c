import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Names in international, aviation and culture copy: airlines named after a country, aircraft
// makers' models, single-quoted titles of works, given names that fold to a month or a stopword.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('"Air" and a country name an airline, not the country', () => {
  const found = mentions('Officials met on Monday. Air Varnia said it would add flights, and Air Norway chief Ann Roe agreed. Varnia welcomed it.');
  assert.ok(found.includes('Air Norway/organization'), found.join(', '));
  assert.ok(!found.includes('Norway/location'), found.join(', '));
  assert.ok(found.includes('Varnia/location') || !found.includes('Air Varnia/location'), found.join(', '));
});

test('an aircraft maker and a model number, with its variant, name a product', () => {
  const found = mentions('The air force will retire its ageing Boeing 757 transport jets and buy a Boeing 787-10 and an Airbus 350 later. Boeing 2024 results were weak.');
  for (const name of ['Boeing 757', 'Boeing 787-10', 'Airbus 350']) assert.ok(found.includes(`${name}/product`), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Boeing 2024')), found.join(', '));
});

test('capitalized words in single quotes after a work\'s noun are a title', () => {
  const found = mentions('The closing film will be \'Winter Kestrel,\' the second feature by director Ann Roe. The streaming series \'Harbor Lanterns\' opens the section.');
  assert.ok(found.includes('Winter Kestrel/other'), found.join(', '));
  assert.ok(found.includes('Harbor Lanterns/other'), found.join(', '));
  assert.ok(!found.some((f) => f.endsWith('/person') && f.startsWith('Winter')), found.join(', '));
});

test('a given name that folds to a month or a stopword still opens a name', () => {
  const found = mentions('Officials met on Monday. "It is late," said Jan-Pieter van Dorn, an analyst. Later the minister met Tô Vân in Hanoi and director Phạm Thiên Ân.');
  assert.ok(found.includes('Jan-Pieter van Dorn/person'), found.join(', '));
  assert.ok(found.includes('Tô Vân/person'), found.join(', '));
  assert.ok(found.includes('Phạm Thiên Ân/person'), found.join(', '));
  // A month's short form stays a month before a number or another month.
  const months = mentions('Sales rose in Jan-Feb and fell on Jan. 5.');
  assert.ok(!months.some((f) => f.startsWith('Jan')), months.join(', '));
});

test('"Owner" opening a sentence is a role before the owner\'s name', () => {
  const found = mentions('The club lost on Sunday. Owner Dimitri Varkas has promised to invest.');
  assert.ok(found.includes('Dimitri Varkas/person'), found.join(', '));
});

test('a body run straight into its head\'s name splits into the body and the person, and the role\'s place stays a place', () => {
  const found = mentions('Officials met on Monday. The Amir received the Speaker of Norway\'s Grand Consultative Assembly Davoud Qorban Tavaleh on Monday. Tavaleh conveyed greetings.');
  assert.ok(found.includes('Norway/location'), found.join(', '));
  assert.ok(found.includes('Grand Consultative Assembly/organization'), found.join(', '));
  assert.ok(found.includes('Davoud Qorban Tavaleh/person'), found.join(', '));
  const place = mentions('Officials met on Monday. The President of France Ann Roe met the Secretary of State Tom Ash.');
  assert.ok(place.includes('France/location') && place.includes('Ann Roe/person'), place.join(', '));
  assert.ok(!place.some((f) => f.startsWith('State/')), place.join(', '));
});

test('a district\'s public schools, a port named after its place and a word no list knows with "Ocean" are bodies and facilities', () => {
  const found = mentions('Officials met on Monday. Dorvale Public Schools said the audit was done. Ships wait at the Port of Varnhaven, and Kestrel Ocean said it would build four. The Southern Ocean is rough.');
  assert.ok(found.includes('Dorvale Public Schools/organization'), found.join(', '));
  assert.ok(found.includes('Port of Varnhaven/facility'), found.join(', '));
  assert.ok(found.includes('Kestrel Ocean/organization'), found.join(', '));
  assert.ok(found.includes('Southern Ocean/location'), found.join(', '));
});

test('a common word before "Point" or "Sound" names a body; a proper name there names the coast', () => {
  const found = mentions('Officials met on Monday. Rising Point said it would open an office, and Steady Sound said its steady growth went on. Boats left Kelmarsh Point and reached Dorran Sound.');
  assert.ok(found.includes('Rising Point/organization'), found.join(', '));
  assert.ok(found.includes('Steady Sound/organization'), found.join(', '));
  assert.ok(found.includes('Kelmarsh Point/location'), found.join(', '));
  assert.ok(found.includes('Dorran Sound/location'), found.join(', '));
});

test('money with a country\'s letters, a spelled-out number and a party\'s standing are no names', () => {
  const found = mentions('Officials met on Monday. It cost NZ$1.1 billion. "Twenty-five years is enough," he said. Opposition Labour Party leader Ann Roe agreed.');
  assert.ok(!found.some((f) => f.startsWith('NZ/') || f.startsWith('Twenty')), found.join(', '));
  assert.ok(found.includes('Labour Party/organization'), found.join(', '));
});

test('a club named after its city and a place noun, or a city and a saint, is a club', () => {
  const found = mentions('Dorby Forest agree fee for winger\nDorby Forest have agreed a fee with Lyon Saint-Clair for the winger on Thursday. "He is quick," Forest head coach Ann Roe said.');
  assert.ok(found.includes('Dorby Forest/organization') && !found.includes('Dorby Forest/location'), found.join(', '));
  assert.ok(found.includes('Lyon Saint-Clair/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Saint-Clair/')), found.join(', '));
});

test('a state\'s university and its campus after a comma are one body; "Former" opens no body\'s name', () => {
  const found = mentions('Officials met on Monday. Ann Roe, a professor at the University of California, Berkeley who studies wages, said so. Former Dorvale Public Schools contractor Tom Ash was charged.');
  assert.ok(found.includes('University of California, Berkeley/organization'), found.join(', '));
  assert.ok(!found.includes('Berkeley/location'), found.join(', '));
  assert.ok(found.includes('Dorvale Public Schools/organization'), found.join(', '));
});

test('a letter, a hyphen and a designation of digits and capitals name a model', () => {
  const found = mentions('Officials met on Monday. The air force will upgrade its four Q-8A Kestrel patrol aircraft and buy two C-170J transports.');
  assert.ok(found.includes('Q-8A Kestrel/product'), found.join(', '));
  assert.ok(found.includes('C-170J/product'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Kestrel/')), found.join(', '));
});

test('a sentence\'s first word joined by "&" to a name stays in the body\'s name, though the article writes it in lowercase', () => {
  const found = mentions('Officials met on Monday. Walkers crossed the old meadow at dawn.\nMeadow & Heron, a trust, said the walk was safe.');
  assert.ok(found.includes('Meadow & Heron/organization'), found.join(', '));
  assert.ok(!found.includes('Heron/organization'), found.join(', '));
});
