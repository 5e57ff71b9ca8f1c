import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Places of local news: numbered roads, counties before a role, housing estates, a town in capitals opening the story.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a numbered road ("148th Avenue", "7th Street") is a facility with its number', () => {
  const found = mentions('Crews will repave 148th Avenue next week. A bakery opened on 7th Street in June.');
  for (const road of ['148th Avenue', '7th Street']) assert.ok(found.includes(`${road}/facility`), found.join(', '));
});

test('a county before a role that names no one ("the Brackley County Supervisor session") is the county', () => {
  const found = mentions('At Tuesday\'s Brackley County Supervisor session, members voted to hire two clerks.');
  assert.ok(found.includes('Brackley County/location'), found.join(', '));
});

test('a housing estate is a place, whoever it is named after; a real estate firm stays a firm', () => {
  const found = mentions('Councillors backed a new entrance into Mary Rice Estate from Elm Drive. Residents of Mary Rice Estate objected. Kelvo Real Estate bought the site.');
  assert.equal(found.filter((f) => f === 'Mary Rice Estate/location').length, 2, found.join(', '));
  assert.ok(found.includes('Kelvo Real Estate/organization'), found.join(', '));
});

test('a town in capitals opening a local story is the town named later in the text; a shouted common word is no name', () => {
  const found = mentions('BRANLEY town councillors voted down the car park plan on Monday.\nThe plan had come before Branley Town Council in May.');
  assert.ok(found.includes('BRANLEY/location'), found.join(', '));
  const other = mentions('POLICE have appealed for witnesses after a crash.\nThe police said the Kelby Road was closed.');
  assert.ok(!other.some((f) => f.startsWith('POLICE/')), other.join(', '));
});

test("a dateline's place of two words no list knows is a place, not a person", () => {
  const found = mentions('Tana Besar, Bali (ANTARA) - The minister met envoys from six countries here on Thursday.');
  assert.ok(found.includes('Tana Besar/location'), found.join(', '));
});

test('the far end of a road from a county line or a border ("from the Brackley County line to Leeds Mills") is a place', () => {
  const found = mentions('The resurfacing will run from the Brackley County line to Leeds Mills. Leeds Instruments sold its unit.');
  assert.ok(found.includes('Leeds Mills/location'), found.join(', '));
});
