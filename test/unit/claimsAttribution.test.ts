import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import type { Analysis } from '../../server/src/analysis/types';

const BODY = 'Officials met on Monday.\n\n';

function claimStarting(a: Analysis, words: string): Analysis['claims'][number] {
  const c = a.claims.find((x) => x.text.startsWith(words));
  assert.ok(c, `a claim starts with "${words}"; found ${JSON.stringify(a.claims.map((x) => x.text))}`);
  return c;
}

const idOf = (a: Analysis, name: string): string | undefined => a.entities.find((m) => m.text === name)?.entity;

test('a capitalised group noun and a group "at a bank in a city" are groups, not the bank or the city', () => {
  const a = analyze(BODY + 'Shares in Torvane Foods rose 4%.\nAnalysts said the results eased worries about the group.\nAnalysts at Halden Bank in Singapore said investors were watching the currency.');
  assert.equal(claimStarting(a, 'Analysts said').speaker, null);
  assert.equal(claimStarting(a, 'Analysts at Halden').speaker, null);
});

test('a bare quote after a sentence that names one person alone is that person\'s', () => {
  const text =
    BODY +
    'Mira Kostova has kept bees for thirty years.\n"The science supports her," said Petar Dimov, an entomologist. "Local colonies survive."\n' +
    'Asked what she expects from the trip, Kostova laughs. "A meeting, a photograph, a promise."';
  const a = analyze(text);
  assert.equal(claimStarting(a, '"Local colonies').speaker, idOf(a, 'Petar Dimov'));
  assert.equal(claimStarting(a, '"A meeting').speaker, idOf(a, 'Mira Kostova'));
});

test('an unnamed role followed at once by a named person who "added" is that person', () => {
  const text =
    BODY +
    'The party\'s general secretary said a new government should be in place "by spring at the latest". Tomas Brandl added that the economy could not wait.\n' +
    'The spokesman said the talks went well. Jana Roth, an analyst, said nothing would change.';
  const a = analyze(text);
  assert.equal(claimStarting(a, 'The party').speaker, idOf(a, 'Tomas Brandl'));
  assert.equal(claimStarting(a, 'The spokesman').speaker, null, 'a named person who merely "said" is someone else');
});

test('"the study found", "apologized" report words; "police found a car" does not', () => {
  const text =
    BODY +
    'Between 2019 and 2021, the glaciers lost about 1.5% of their volume a year, the study found.\nPolice found a car near the scene on Monday.\n' +
    'In a brief statement to the court, Ms. Orland apologized to the residents.';
  const a = analyze(text);
  claimStarting(a, 'Between 2019');
  claimStarting(a, 'In a brief statement');
  assert.ok(!a.claims.some((c) => c.text.startsWith('Police found')));
});

test('a second headline under the headline is no claim; a lead sentence is', () => {
  const text = 'Varnia, Ostland to double trade\nVarnian foreign minister says Ostland wants more investment in energy\nOSTBURG\nVarnian Foreign Minister Emre Talan has said Ostland is a key partner.';
  const a = analyze(text);
  assert.ok(!a.claims.some((c) => c.text.startsWith('Varnian foreign minister says')), JSON.stringify(a.claims.map((c) => c.text)));
  claimStarting(a, 'Varnian Foreign Minister Emre Talan');
});

test('a person "of a body in a city, country" who speaks is the person, not the city', () => {
  const a = analyze(BODY + 'Co-author Jonas Weller of the Brandt Institute for Astronomy in Heidelberg, Germany, cautioned that more data was needed.');
  assert.equal(claimStarting(a, 'Co-author').speaker, idOf(a, 'Jonas Weller'));
});

test('an unnamed role followed at once by a person named there for the first time, with no description, is that person', () => {
  const text =
    BODY +
    'The ministry\'s spokesperson told reporters that the meeting covered the ceasefire. Omar Haddad said the mediation would go on.\n' +
    'The spokesman said the talks went well. Lena Vos, an analyst, said nothing would change.';
  const a = analyze(text);
  assert.equal(claimStarting(a, 'The ministry').speaker, idOf(a, 'Omar Haddad'));
  assert.equal(claimStarting(a, 'The spokesman').speaker, null, 'a person introduced with a description is someone else');
});
