import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';
import { analyze } from '../../server/src/analysis/analyze';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('capitals joined by a bare ampersand are one acronym', () => {
  const found = spans('The board of ZKMH&RC met on Monday. Later, ZKMH&RC said revenue grew at QX&T.');
  assert.deepEqual(found, ['ZKMH&RC/organization', 'ZKMH&RC/organization', 'QX&T/organization'], `expected whole acronyms, found ${found.join(', ')}`);
});

test('a club abbreviation before a place names the club, not a person', () => {
  const found = spans('Coach Ivan Petrov praised FC Varna after the loss against FC Varna. AC Vetrino won.');
  assert.deepEqual(found, ['Ivan Petrov/person', 'FC Varna/organization', 'FC Varna/organization', 'AC Vetrino/organization'], `expected clubs, found ${found.join(', ')}`);
});

test('a lone compass word is no entity; before a place or nationality it is part of it', () => {
  const found = spans('The North fired a missile. Analysts said the North would continue. The field lies west of North Varnia, home to West African giraffes from Niger.');
  assert.deepEqual(found, ['North Varnia/location', 'West African/nationality', 'Niger/location'], `expected no lone "North" mention, found ${found.join(', ')}`);
  assert.deepEqual(spans('It lies west of North China.'), ['North China/location']);
});

test('demonym plurals and religious groups are nationalities, not organizations', () => {
  const found = spans('Two Nigeriens and three Greeks died. He did a lot for the Sikhs and the Sikh community.');
  assert.deepEqual(found, ['Nigeriens/nationality', 'Greeks/nationality', 'Sikhs/nationality', 'Sikh/nationality'], `expected nationalities, found ${found.join(', ')}`);
});

test('a news agency alone on a line is the agency, not a dateline place', () => {
  const found = spans('The giraffes live in the reserve.\nAFP\nNo comments');
  assert.deepEqual(found, ['AFP/organization'], `expected the agency, found ${found.join(', ')}`);
});

test('a lone facility or place noun names nothing; a name and a number before a facility noun name the facility', () => {
  const found = spans('Engineers prepare Tunnel 4 for a test. Within the Kingdom’s sector, the GCC States’ view, the World’s first robot. The Varno 12-4 oilfield is large. The Varna 27-3 oilfield is larger.');
  assert.deepEqual(found, ['GCC/organization', 'Varno 12-4/facility', 'Varna 27-3/facility'], `expected no generic nouns, found ${found.join(', ')}`);
});

test('a word before a land noun is a place; a fort is a facility', () => {
  const found = spans('They collected wood in the Zelvi forest. He visited the Red Fort.');
  assert.deepEqual(found, ['Zelvi/location', 'Red Fort/facility'], `expected a place and a facility, found ${found.join(', ')}`);
});

test('long organization names: an opener with "of" or "for", and a "for" name\'s place after "in"', () => {
  assert.deepEqual(spans('The Movement for Change in Varnia said it won.'), ['Movement for Change in Varnia/organization']);
  assert.deepEqual(spans('Talks were launched by the Community of Saint Ovid, a charity.'), ['Community of Saint Ovid/organization']);
});

test('short forms of the world wars are events, one with their full names', () => {
  const found = findEntities('He toured the WW2 memorial. After World War II ended, WWI was recalled.', NO_STRUCTURE);
  assert.deepEqual(found.map((m) => `${m.text}/${m.type}`), ['WW2/event', 'World War II/event', 'WWI/event']);
  assert.equal(found[0]?.entity, found[1]?.entity, 'expected WW2 and World War II to be one entity');
});

test('a name before a military exercise noun, directly or after its acronym, is an event', () => {
  const found = spans('They began the annual combined Iron Varna Shield (IVS) exercise. Marines joined the Steel Tide drills.');
  assert.deepEqual(found, ['Iron Varna Shield/event', 'IVS/event', 'Steel Tide/event'], `expected exercises as events, found ${found.join(', ')}`);
});

test('a town that is also the surname of a person the article names is that person', () => {
  const found = spans('Mayor Ivan Varna spoke on Monday. "We will win," Varna said. He flew to Sofia.');
  assert.deepEqual(found, ['Ivan Varna/person', 'Varna/person', 'Sofia/location'], `expected the surname as the person, found ${found.join(', ')}`);
});

test('wire slugs in capitals ("(LEAD)", "URGENT") are no organizations', () => {
  const found = spans('(LEAD) Varnian ministers meet in Sofia\nURGENT: talks resume');
  assert.ok(!found.some((m) => m.startsWith('LEAD/') || m.startsWith('URGENT/')), `expected no wire slug, found ${found.join(', ')}`);
});

test('an agency named with and without "news agency" is one entity', () => {
  const ids = new Set(findEntities('Yonhap News Agency reported it. Yonhap said more. The Yonhap news agency agreed.', NO_STRUCTURE).map((m) => m.entity));
  assert.equal(ids.size, 1, `expected one agency entity, found ${[...ids].join(', ')}`);
});

test('a nationality and a currency name money, not an organization', () => {
  const found = spans('Its value exceeded 5.6 billion Kuwaiti Dinars last year, Saudi officials said.');
  assert.deepEqual(found, ['Saudi/nationality'], `expected no currency mention, found ${found.join(', ')}`);
  assert.deepEqual(spans('It exceeded 5.6 billion Saudi Riyals.'), []);
});

test('a picture agency\'s "Images" heads an organization\'s name', () => {
  const found = analyze('Ann Roe smiled after the win over Kelby on Sunday. (c) Getty Images').entities.map((e) => `${e.text}/${e.type}`);
  assert.ok(found.includes('Getty Images/organization'), found.join(', '));
});

test('a name with a word opened by two capitals and then lowercase is a company\'s, no person\'s', () => {
  const found = analyze('Kelby, May 2 -- KTi Cloud grew sales by 9% in the quarter, said Ann Roe, KTi founder. Roe thanked KTi Cloud staff.').entities.map((e) => `${e.text}/${e.type}`);
  assert.ok(found.includes('KTi Cloud/organization') && found.includes('Ann Roe/person'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('KTi') && m.endsWith('/person')), found.join(', '));
});

test('a market\'s index and a site\'s redevelopment are things, no people', () => {
  const found = analyze('The Kelby Stock Exchange Index hit a record on Monday, and the $9 million Varna Pier Redevelopment will start in May, said Ann Roe.').entities.map((e) => `${e.text}/${e.type}`);
  assert.ok(found.includes('Kelby Stock Exchange Index/product') && found.includes('Varna Pier Redevelopment/product'), found.join(', '));
});
