import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { claimStarting, idOf } from './claimHelpers';

// Short forms a name goes by later in the article (a double surname, a bracketed acronym written
// as a word, bare initials), names listed before a plural place noun, and head nouns of auction
// houses and trusts.

const found = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}/${m.entity}`);

test('the last two words of a longer name are that person', () => {
  const a = analyze('Varnian President Maria Elena Ostrov Halden said on Monday she would veto the bill.\n"We will not sign it," Ostrov Halden told reporters.');
  const ids = new Set(a.entities.filter((m) => m.type === 'person').map((m) => m.entity));
  assert.equal(ids.size, 1, [...ids].join(', '));
  assert.equal(claimStarting(a, '"We will not sign it,"').speaker, idOf(a, 'Maria Elena Ostrov Halden'));
});

test('a bracketed acronym written as a word is the body it follows', () => {
  const list = found('The National Water Supply Authority (Nawsa) said the pipes were old. Nawsa added that repairs would start soon.');
  assert.equal(list.filter((f) => f.startsWith('Nawsa/organization/organization:national-water-supply-authority')).length, 2, list.join(', '));
  // A word whose letters the name does not hold in order is no short form of it.
  const other = found('The National Water Supply Authority (Orvel) met on Monday.');
  assert.ok(!other.some((f) => f.startsWith('Orvel/') && f.endsWith('national-water-supply-authority')), other.join(', '));
});

test('capitals that spell the initials of a name given in full are that name', () => {
  const city = found('Port Varna City police said on Friday the suspect fled. PVC officials did not comment.');
  assert.ok(city.includes('PVC/location/location:port-varna-city'), city.join(', '));
  const body = found('The Dorvan Anti-Fraud Commission opened a case. DAFC investigators seized phones.');
  assert.ok(body.some((f) => f.startsWith('DAFC/organization/organization:dorvan-anti-fraud-commission')), body.join(', '));
});

test('names listed before a plural place noun are places', () => {
  const list = found('Officials in the Rivenhall, Dunmore and Caskey neighbourhoods said the water was back on.');
  for (const name of ['Rivenhall', 'Dunmore', 'Caskey']) assert.ok(list.some((f) => f.startsWith(`${name}/location/`)), list.join(', '));
  // Not a list of families.
  const families = found('The Rivenhall, Dunmore and Caskey families met on Monday.');
  assert.ok(!families.some((f) => f.startsWith('Rivenhall/location/')), families.join(', '));
});

test('an auction house, a family trust and a paper called Express are organizations', () => {
  const list = found('The tractors will be sold through Kettering Auction. The Barlow Family Trust was paid $500, and Halden Express reported the sale.');
  for (const name of ['Kettering Auction', 'Barlow Family Trust', 'Halden Express']) assert.ok(list.some((f) => f.startsWith(`${name}/organization/`)), list.join(', '));
});

test('"Island" in capitals is no country\'s name', () => {
  const list = found('A CAMP ON THE ORVEL ISLAND COAST. Rangers said the fire was out.');
  assert.ok(!list.some((f) => f.endsWith('location:iceland')), list.join(', '));
});

test('a town that names its court or a police division stays the town', () => {
  const list = found('Coach Dave Lane held a rally at a park in Dorvale on Sunday. Two men will appear in the Dorvale Magistrates Court next month.');
  assert.ok(list.includes('Dorvale/location/location:dorvale'), list.join(', '));
  assert.ok(list.some((f) => f.startsWith('Dorvale Magistrates Court/organization/')), list.join(', '));
});
