import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// One-word companies whose name is also a province's or no list's: one mention that only a company
// fits (its shares, its earnings, its chief executive) types the name's other bare mentions too.

const typed = (text: string, word: string): string[] =>
  analyze(text)
    .entities.filter((e) => e.text === word)
    .map((e) => e.type);

test("a province's name with a company's shares and results is the company in every bare mention", () => {
  const text =
    'Shares in Tolima fell 7% on Tuesday when the photo app maker lowered its forecast.\n\n' +
    'Tolima still adds users faster than its rivals.\n\n' +
    'Last quarter Tolima reported record earnings.\n\n' +
    "Most of Tolima's income is from adverts.";
  assert.deepEqual(typed(text, 'Tolima'), ['organization', 'organization', 'organization', 'organization']);
});

test('a word no list knows is the company where a mention names its shares, though a preposition placed another', () => {
  const text = 'Orchards may get help at the fair from Varnost advisers.\n\nVarnost shares rose 4% after the listing.';
  assert.deepEqual(typed(text, 'Varnost'), ['organization', 'organization']);
});

test("a country, a capital or a city keeps its type on a state's figures or a market's shares", () => {
  assert.deepEqual(typed("Kelmar said China's revenue from tariffs rose. China rejected the claim.", 'China'), ['location', 'location']);
  assert.deepEqual(typed('Shares in Europe fell as Sydney shares slid. Later Sydney recovered.', 'Sydney'), ['location', 'location']);
  assert.deepEqual(typed("Bahia's revenue from tourism rose 4%. Visitors to Bahia spent more.", 'Bahia'), ['location', 'location']);
});

test('two names before "companies" or "firms" are companies', () => {
  const text = 'The carrier will take 20 aircraft until 2031 from Dorvalle and Kestrin companies.';
  assert.deepEqual(typed(text, 'Dorvalle'), ['organization']);
  assert.deepEqual(typed(text, 'Kestrin'), ['organization']);
});

test('a name with its own capitals in brackets after it is a listed company, and the ticker no entity', () => {
  const text = 'VELCOR (VELCOR) slid 4% on Tuesday after the firm cut its outlook.\nLater Velcor said demand would recover.';
  const found = analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}@${e.start}`);
  assert.deepEqual(found, ['VELCOR:organization@0', 'Velcor:organization@' + text.indexOf('Velcor said')], found.join(', '));
});

test('a name no list knows moving by a percentage in a market report is a stock, its company; an asset or a word of the text is not', () => {
  const text = "Shares ended the week up. Dorvik's rise of 3.8% pushed the index higher. Kelvane climbed 4.4 percent after saying it would close two plants. Bitcoin rose 3%. Exports slid 2%.";
  const found = analyze(text).entities.map((e) => `${e.text}/${e.type}`);
  assert.ok(found.includes('Dorvik/organization'), found.join(', '));
  assert.ok(found.includes('Kelvane/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Bitcoin/organization') || f.startsWith('Exports')), found.join(', '));
});
