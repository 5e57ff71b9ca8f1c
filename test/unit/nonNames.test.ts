import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

const BODY = 'Officials met on Monday.\n\n';

test('degrees after a name and a comma are not organizations; a state after a city is not taken for one', () => {
  const found = spans(BODY + '"We learned a lot," said Karl Menditz, MD, MPH. Lisa Farrow, Ph.D., agreed. Tom Rask, PhD, did too.');
  assert.deepEqual(found, ['Karl Menditz/person', 'Lisa Farrow/person', 'Tom Rask/person'], `only the three people, no degree letters: ${found.join(', ')}`);
  const city = spans(BODY + 'The firm moved to Baltimore, MD, last year.');
  assert.ok(city.some((f) => f.startsWith('MD/')), `after a place "MD" is a state and stays a mention: ${city.join(', ')}`);
});

test('plural abbreviations of common nouns ("MPs", "EPs") name nothing', () => {
  const found = spans(BODY + 'Several MPs said 92 EPs were filed in 79 PCs, the Varnian Electoral Board said.');
  assert.deepEqual(found, ['Varnian Electoral Board/organization'], `no plural abbreviation is a mention: ${found.join(', ')}`);
});

test('the number of a disease or model name is never a mention on its own', () => {
  const found = spans(BODY + 'The Dorvan Institute will spend $2 million on COVID-19 testing, its director said.');
  assert.ok(!found.some((f) => f.startsWith('19/')), `"19" is no entity: ${found.join(', ')}`);
  assert.ok(found.includes('Dorvan Institute/organization'), `the institute is still found: ${found.join(', ')}`);
});

test('a lone name in apposition with an age is a person, and her pronoun finds her', () => {
  const text = BODY + 'Marisol, a 60-year-old farmer, said that she had walked to the station. "They sent me home," she lamented.';
  const a = analyze(text);
  const marisol = a.entities.find((m) => m.text === 'Marisol');
  assert.equal(marisol?.type, 'person', `Marisol is a person: ${JSON.stringify(a.entities.map((m) => [m.text, m.type]))}`);
  const quote = a.claims.find((c) => c.text.startsWith('"They sent me home'));
  assert.equal(quote?.speaker, marisol.entity, `the lament is hers: ${JSON.stringify(a.claims.map((c) => [c.text, c.speaker]))}`);
});

test('an executive role in capitals before a name makes the name a person, even after "COO and"', () => {
  const text = BODY + 'Sales held up in the quarter. In a statement, COO and CFO Daniel Hoberk said demand was steady. "We are pleased," he said.';
  const a = analyze(text);
  const hoberk = a.entities.find((m) => m.text === 'Daniel Hoberk');
  assert.equal(hoberk?.type, 'person', `Daniel Hoberk is a person: ${JSON.stringify(a.entities.map((m) => [m.text, m.type]))}`);
  const quote = a.claims.find((c) => c.text.startsWith('"We are pleased'));
  assert.equal(quote?.speaker, hoberk.entity, `the quote is his: ${JSON.stringify(a.claims.map((c) => [c.text, c.speaker]))}`);
  assert.deepEqual(spans(BODY + 'Profit rose, CEO Andrew Vell said.'), ['Andrew Vell/person']);
});

test('"Center for ..." opens an organization as "Institute for ..." does', () => {
  assert.deepEqual(spans(BODY + 'The Center for Coastal Study is giving the University of Varna $3 million.'), [
    'Center for Coastal Study/organization',
    'University of Varna/organization',
  ]);
});

test('a two-part given name keeps a six-letter syllable after its hyphen', () => {
  const found = spans(BODY + '"Cases are rising," a health official, Jeong Eun-kyeong, said at a briefing.');
  assert.ok(found.includes('Jeong Eun-kyeong/person'), `the whole name: ${found.join(', ')}`);
});

test('a disease and the acronym it defines are no entities; a place inside the name still is one', () => {
  const found = spans(BODY + 'The ministry reported cases of Middle East Respiratory Syndrome (MERS) on Sunday. MERS has killed 14, said Han Bora of the Dorvan Institute. The Lassa Fever outbreak spread.');
  assert.deepEqual(found, ['Middle East/location', 'Han Bora/person', 'Dorvan Institute/organization'], `no disease or its acronym: ${found.join(', ')}`);
});

test('in a title-case headline the word after a role is a person only if the article names it again', () => {
  const text = 'Federal Judge Scolds Lawyer Over Tone Of Brief\n\nA federal judge in Varna gave lawyer Mira Toll a week to refile.';
  const found = findEntities(text, NO_STRUCTURE).map((m) => m.text);
  assert.ok(!found.includes('Scolds'), `the headline's verb is no person: ${found.join(', ')}`);
  const named = 'Minister Dalgar Resigns\n\nMinister Dalgar resigned on Friday, his office said.';
  assert.ok(findEntities(named, NO_STRUCTURE).some((m) => m.text === 'Dalgar' && m.type === 'person'), 'a name the article repeats is kept');
});

test('a capitalized adjective before a lowercase noun ("the Presidential election") names nothing', () => {
  const found = spans(BODY + 'The Presidential election this year has 35 candidates, the Varnian Elections Board says.');
  assert.deepEqual(found, ['Varnian Elections Board/organization'], `only the board: ${found.join(', ')}`);
});

test('the lowercase half of a hyphenated name is no short form of it ("UN" is not "Kim Jong-un")', () => {
  const found = findEntities(BODY + 'Pak Sol-un met the UN envoy. UN officials said so.', NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found, ['Pak Sol-un/person', 'UN/organization', 'UN/organization'], `the UN stays an organization: ${found.join(', ')}`);
});

test('a name joined by "and" keeps its head\'s "of" phrase ("Tom and Ann Brill College of Public Policy")', () => {
  assert.deepEqual(spans(BODY + 'She teaches at the Tom and Ann Brill College of Public Policy, the school said.'), ['Tom and Ann Brill College of Public Policy/organization']);
});

test('a name opening the clause a speaker reports is its subject, not a speaker ("said Kesh was small")', () => {
  const found = spans(BODY + 'He said Kesh was a small district with 73 polling stations. Counting in Kesh stopped.');
  assert.ok(!found.includes('Kesh/person'), `Kesh is no person: ${found.join(', ')}`);
  assert.ok(found.includes('Kesh/location'), `the place is found from "in Kesh": ${found.join(', ')}`);
});

test('a newspaper\'s head word ("Chronicle", "Observer") makes its name an organization', () => {
  assert.deepEqual(spans(BODY + '"We have filed a complaint," he told Varna Chronicle.'), ['Varna Chronicle/organization']);
});

test('a senior lawyer\'s rank after a comma ("Mr Tunde Alabi, SAN,") is no body', () => {
  const found = analyze('The court heard Mr Tunde Alabi, SAN, ask for bail for his client. Ann Roe, KC, agreed.').entities.map((e) => `${e.text}/${e.type}`);
  assert.deepEqual(found, ['Tunde Alabi/person', 'Ann Roe/person']);
});
