import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Names found in transport, defence, culture, courts and environment copy: products named by a
// model number, natural features and their short forms, places after a person's age, a
// broadcaster's arms, a pope's numeral, programmes of the United Nations.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a maker and a model number, or a model code alone, name a product', () => {
  const found = mentions('Norvair will fly the Kestrel K450 and the Dorvan 737 MAX 8 jets. Rival Varnair chose the Kestrel KX9 drone. The AB321XL can fly far.');
  for (const name of ['Kestrel K450', 'Dorvan 737 MAX 8', 'Kestrel KX9', 'AB321XL']) assert.ok(found.includes(`${name}/product`), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('MAX/')), found.join(', '));
  // A number of things sent to a place is no model; nor is a group's letter and two digits.
  const sent = mentions('Dorvania sent Varnia 150 tanks last year, and the M23 rebels advanced.');
  assert.ok(sent.includes('Varnia/location') || !sent.some((f) => f.startsWith('Varnia 150')), sent.join(', '));
  assert.ok(!sent.some((f) => f.startsWith('M23/product')), sent.join(', '));
});

test('a pope\'s or a monarch\'s numeral belongs to the name', () => {
  const found = mentions('Pope Linus XIV on Wednesday urged universities to stay open. "It is time," Linus said.');
  assert.ok(found.includes('Linus XIV/person'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('XIV/')), found.join(', '));
});

test('a programme of the United Nations is a body, and so is its acronym', () => {
  const found = mentions('The United Nations Soil Programme (UNSP) warned on Monday. UNSP said the rains failed.');
  assert.ok(found.includes('United Nations Soil Programme/organization'), found.join(', '));
  assert.ok(found.filter((f) => f === 'UNSP/organization').length === 2, found.join(', '));
});

test('"Lake X" and "Mount X" are places, and a river\'s or an isle\'s own name alone is that place', () => {
  const found = mentions('The Varna River is low. When the Varna floods, farms near Lake Orvel suffer. Walkers on the Isle of Skarn say Skarn is dry.');
  assert.ok(found.includes('Lake Orvel/location'), found.join(', '));
  assert.ok(found.includes('Varna/location'), found.join(', '));
  assert.ok(found.includes('Skarn/location'), found.join(', '));
  // A town's name alone may be its club's: "Brackley Town ... Brackley were promoted".
  const club = mentions('Dorby Town manager Ann Roe praised the side. Dorby were promoted in 2022.');
  assert.ok(!club.includes('Dorby/location'), club.join(', '));
});

test('where a person named with an age is from, and the middle of a list of places, are places', () => {
  const found = mentions('Ringleader Ann Roe, 34, of Dorbyton, was jailed. Officers raided addresses in Kelham, Varnley and Orsby in October.');
  assert.ok(found.includes('Dorbyton/location'), found.join(', '));
  for (const place of ['Kelham', 'Varnley', 'Orsby']) assert.ok(found.includes(`${place}/location`), found.join(', '));
});

test('a weekday in the plural is no name', () => {
  const found = mentions('"I work Fridays," said Ann Roe, a nurse.');
  assert.ok(!found.some((f) => f.startsWith('Fridays')), found.join(', '));
});

test("a broadcaster's initials open the name of its channel or arm", () => {
  const found = mentions('The film was backed by BBC Film and the singer told BBC Radio Dorvan that the band was stunned.');
  assert.ok(found.includes('BBC Film/organization'), found.join(', '));
  assert.ok(found.includes('BBC Radio Dorvan/organization'), found.join(', '));
});

test('films, finance, elementary and unit head bodies; a theatre is a facility; a supervisor and a sister are roles', () => {
  const found = mentions(
    'Varnel Films made it with Orvik Finance. Her children attend Sonby Trails Elementary. The Serious Crime Unit said so. She spoke at the Festival Theatre. Supervisor Tom Galt and Sister Ann Roe spoke.',
  );
  for (const name of ['Varnel Films', 'Orvik Finance', 'Sonby Trails Elementary', 'Serious Crime Unit']) assert.ok(found.includes(`${name}/organization`), found.join(', '));
  assert.ok(found.includes('Festival Theatre/facility'), found.join(', '));
  assert.ok(found.includes('Tom Galt/person'), found.join(', '));
  assert.ok(found.includes('Ann Roe/person'), found.join(', '));
});

test('a named operation is an event, a unit after a body\'s possessive keeps its "and", a plus sign stays with its acronym', () => {
  const found = mentions("The men were held after Dorby Police's Serious and Organised Crime Group ran Operation Larkspur. Varnia joined OPEC+ talks.");
  assert.ok(found.includes('Serious and Organised Crime Group/organization'), found.join(', '));
  assert.ok(found.includes('Operation Larkspur/event'), found.join(', '));
  assert.ok(found.includes('OPEC+/organization'), found.join(', '));
});

test('an airline named by a nationality and "Air", a law firm with "LLP", a school district and a numbered channel are bodies', () => {
  const found = mentions('Dorvanian Air said so. Ben Roth of Calloway Pratt LLP said so. The Cactus Flats Unified School District voted. A drama for Channel 7 begins.');
  for (const name of ['Dorvanian Air', 'Calloway Pratt LLP', 'Cactus Flats Unified School District', 'Channel 7']) assert.ok(found.includes(`${name}/organization`), found.join(', '));
});

test('places by what is said of them: "X-based", examples of suburbs, two fields, a creek', () => {
  const found = mentions(
    'A Dorbyton-based lender failed. Families moved to suburbs such as Orvel Creek and Kelby. It pumps oil at its Barqan and Rawdat fields.',
  );
  for (const place of ['Dorbyton', 'Orvel Creek', 'Kelby', 'Barqan', 'Rawdat']) assert.ok(found.includes(`${place}/location`), found.join(', '));
  // A product noun after a word makes the word the product: "every Kestrel battery".
  assert.ok(mentions('Every Kestrel battery counts, officials said.').includes('Kestrel/product'));
});

test('"U.S. Attorney" is a federal prosecutor\'s title and "Assistant" a role; the office and "Attorney General" keep the country', () => {
  const found = mentions('"It was not," Ann Roe, the U.S. Attorney in Dorbyton, said. "He lied," Assistant U.S. Attorney Tom Galt wrote.');
  assert.ok(!found.some((f) => f.startsWith('U.S./') || f.startsWith('Assistant')), found.join(', '));
  assert.ok(found.includes('Tom Galt/person'), found.join(', '));
  assert.ok(mentions('U.S. Attorney General Ann Roe spoke.').includes('U.S./location'));
  assert.ok(mentions("The U.S. Attorney's Office said so.").some((f) => f.startsWith("U.S. Attorney's Office/organization")));
});

test('a sentence\'s first word before "group" and a name describes the body; "X Lane" is a street unless X is a given name', () => {
  const found = mentions('Campaign group Fair Roads Dorby said so. Police were called to Tarn Lane. He met Nathan Lane.');
  assert.ok(!found.some((f) => f.startsWith('Campaign')), found.join(', '));
  assert.ok(found.includes('Tarn Lane/facility'), found.join(', '));
  assert.ok(found.includes('Nathan Lane/person'), found.join(', '));
});

test('a title-case heading names what the story names in running text', () => {
  const found = analyze('Dorvan Oil Company To Cut Gas Flaring By 2030 As UNSP Warns Over Shrinking Varna River\nVARNA, June 13 -- The Dorvan Oil Company aims to cut flaring, the United Nations Soil Programme (UNSP) said of the Varna River.').entities;
  const heading = found.filter((m) => m.start < 90).map((m) => `${m.text}/${m.type}`);
  for (const name of ['Dorvan Oil Company/organization', 'UNSP/organization', 'Varna River/location']) assert.ok(heading.includes(name), heading.join(', '));
  assert.ok(!heading.includes('Dorvan/location'), heading.join(', '));
});

test('"The" opens a work\'s title where the text says it is a work', () => {
  const found = mentions("'The Pale Orchard' wins top prize\nThe Pale Orchard, a debut feature by Ann Roe, won on Saturday. The Hague said so.");
  assert.equal(found.filter((f) => f === 'The Pale Orchard/other').length, 2, found.join(', '));
  assert.ok(found.includes('The Hague/location'), found.join(', '));
});
