import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// What a name's neighbours say about it: the other items of its list, the city after a club's
// first word, a role and its holder after a body's name, a place a body serves.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a province listed with company names is a company, not the province', () => {
  const found = mentions('Norvale, Meta race to build chips\nNorvale and Meta are both spending more, people said. Kestrel, Meta and Dorvix rose.');
  assert.ok(!found.some((f) => f.endsWith('/location')), found.join(', '));
  assert.ok(found.includes('Meta/organization'), found.join(', '));
  // After a preposition of place, or as the region after a town, the province stays a place.
  const place = mentions('Fighting in Meta and Orvania killed six. The plant is in Dorvel, Meta.');
  assert.ok(place.includes('Meta/location'), place.join(', '));
});

test('the places given as examples of places are places', () => {
  const found = mentions('The union will ballot 14 boroughs, including Varnsby, Tollham and Ester Heath. Towns in the regions, among them Dorvetsk, Skarivka and Pelyne, were shelled.');
  for (const name of ['Varnsby', 'Tollham', 'Ester Heath', 'Dorvetsk', 'Skarivka', 'Pelyne']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  // Not a list of firms.
  const firms = mentions('Shares of firms including Norvale and Dorvix rose.');
  assert.ok(!firms.some((f) => f.endsWith('/location')), firms.join(', '));
});

test('a word joined by "and" to a known city, two words after "in" or before "government", are places', () => {
  const found = mentions('Strikes left parts of Dorvansk and Kyiv without power. Floods hit homes in Orva Kesh on Sunday, and the Orva Kesh government asked for help.');
  assert.ok(found.includes('Dorvansk/location'), found.join(', '));
  assert.equal(found.filter((f) => f === 'Orva Kesh/location').length, 2, found.join(', '));
  // A person after "in" keeps a person's given name.
  const person = mentions('Voters put their trust in Maria Velkova on Sunday.');
  assert.ok(person.includes('Maria Velkova/person'), person.join(', '));
});

test('a plain word and a city name a club, and a name before a role and its holder is the holder\'s body', () => {
  const found = mentions('Dorvan Villa manager Ivo Marsh says his side must beat Sporting Lisbon and Dynamo Munich. The winner faces Inter Milan.');
  for (const name of ['Dorvan Villa', 'Sporting Lisbon', 'Dynamo Munich', 'Inter Milan']) assert.ok(found.includes(`${name}/organization`), found.join(', '));
  assert.ok(found.includes('Ivo Marsh/person'), found.join(', '));
  // A given name before a city is a person's ("Florence" opens, "Lincoln" ends).
  const person = mentions('The author Anna Lincoln said the book was done.');
  assert.ok(person.includes('Anna Lincoln/person'), person.join(', '));
});

test('a body "for" a known place, and a centre "for" a cause, are bodies', () => {
  const found = mentions('Talks with Transit for London broke down. The Varnia Centre for Disease Control and Prevention said cases rose, and the Centers for Soil Health agreed. The Minister for London spoke.');
  assert.ok(found.includes('Transit for London/organization'), found.join(', '));
  assert.ok(found.includes('Varnia Centre for Disease Control and Prevention/organization'), found.join(', '));
  assert.ok(found.includes('Centers for Soil Health/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Minister')), found.join(', '));
});

test('a comma, "the" and a company\'s noun after a word make it a company, and a province the article lists as one is that company throughout', () => {
  const found = mentions('Tovr, the parent of Tovrchat, said on Tuesday it signed a deal. Norvale, Meta race to build chips. Meta, the owner of Pictor, said so.');
  assert.ok(found.includes('Tovr/organization'), found.join(', '));
  assert.equal(found.filter((f) => f === 'Meta/organization').length, 2, found.join(', '));
  // A place's own apposition is no company's.
  const place = mentions('Orvel, the capital of Varnia, is calm.');
  assert.ok(!place.includes('Orvel/organization'), place.join(', '));
});

test('capitals joined by a bare ampersand open a listed name ("S&P 500"); "M&A" and "R&D" stay words', () => {
  const found = mentions('The S&P 500 fell 0.4 % and S&P Global Ratings cut its outlook. Trading in F&O contracts rose, and M&A deals and R&D spending fell.');
  assert.ok(found.includes('S&P 500/product'), found.join(', '));
  assert.ok(found.includes('S&P Global Ratings/organization'), found.join(', '));
  assert.ok(!found.some((f) => /^(F&O|M&A|R&D)\//.test(f)), found.join(', '));
});

test('a city and a word no list knows name a body, and a nationality before a ministry only describes it', () => {
  const found = mentions('Workers at Lima Metroline walked out. The Peruvian Ministry of Energy said so. Norwegian drugmaker Swiss Nordic said it would deliver.');
  assert.ok(found.includes('Lima Metroline/organization'), found.join(', '));
  assert.ok(found.includes('Peruvian/nationality') && found.includes('Ministry of Energy/organization'), found.join(', '));
  assert.ok(found.includes('Swiss Nordic/organization'), found.join(', '));
  // A given name before a city's name still opens a person's name.
  const person = mentions('Florence Pugh and Vladimir Putin met.');
  assert.ok(person.includes('Florence Pugh/person') && person.includes('Vladimir Putin/person'), person.join(', '));
});

test('a club\'s last word opening its ground\'s name stays the club, and product nouns after a name make it a product', () => {
  const found = mentions('Dorvan Villa manager Ivo Marsh said they play at Villa Park. Villa lost. Its Tovr computers, the Kestrel instrument and its Varn App sold well.');
  assert.ok(found.includes('Villa/organization'), found.join(', '));
  assert.ok(found.includes('Villa Park/facility'), found.join(', '));
  for (const name of ['Tovr', 'Kestrel', 'Varn App']) assert.ok(found.includes(`${name}/product`), found.join(', '));
});

const ids = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.entity}`);

test('one surname\'s transliterations ending "-skyy", "-skiy" and "-sky" share an id', () => {
  const a = ids('President Oleh Varenskyy said so.');
  const b = ids('President Oleh Varensky said so.');
  const c = ids('President Oleh Varenskiy said so.');
  assert.ok(a.includes('Oleh Varenskyy/person:oleh-varensky'), a.join(', '));
  assert.ok(b.includes('Oleh Varensky/person:oleh-varensky'), b.join(', '));
  assert.ok(c.includes('Oleh Varenskiy/person:oleh-varensky'), c.join(', '));
});

test('two lone names on either side of "met" are people', () => {
  assert.deepEqual(mentions('Varo met Kestin in Seoul'), ['Varo/person', 'Kestin/person', 'Seoul/location']);
  const titled = mentions('President Varo met Kestin in Seoul.');
  assert.ok(titled.includes('Kestin/person'), titled.join(', '));
  assert.ok(!mentions('Norvale met regulators in Brussels.').some((f) => f.startsWith('Norvale/person')));
});

test('"All" and a country open a body\'s name, and a thing named after a person goes by the surname', () => {
  const found = mentions('The All India Varna Munnetra Sangam lost seats. Astronomers using the Ivan Dorel Space Telescope found clouds. Dorel is a joint project.');
  assert.ok(found.includes('All India Varna Munnetra Sangam/organization'), found.join(', '));
  assert.ok(found.includes('Dorel/facility'), found.join(', '));
  assert.ok(!mentions('All Nigeria is waiting.').some((f) => f.endsWith('/organization')));
});

test('a nationality before a ministry\'s name is an adjective, and the ministry is that country\'s', () => {
  const found = ids('Chinese Foreign Ministry spokesman Wang Lin said China would act. The Turkish Defence Ministry said.');
  assert.ok(found.includes('Chinese/location:china') && found.includes('Foreign Ministry/organization:foreign-ministry@china'), found.join(', '));
  assert.ok(found.includes('Defence Ministry/organization:defence-ministry@turkiye'), found.join(', '));
});

test('a city named as its club is the club in the report\'s other bare mentions, not after "in"', () => {
  const found = mentions('Torvo will host Bari on Saturday. Bari coach Ann Roe said the squad was ready. Bari have won only one away game, and fans in Bari are worried.');
  assert.equal(found.filter((f) => f === 'Bari/organization').length, 3, found.join(', '));
  assert.ok(found.includes('Bari/location'), found.join(', '));
});

test('a local body named after its place leaves the bare place a place', () => {
  const found = mentions('The union will ballot boroughs, including Varnsby and Tollham. Varnsby Council said it would open libraries.');
  assert.ok(found.includes('Varnsby/location'), found.join(', '));
  assert.ok(found.includes('Varnsby Council/organization'), found.join(', '));
});
