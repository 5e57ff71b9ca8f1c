import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a word opening two sentences that the text also writes in lowercase is a common word', () => {
  const found = spans('Sales rose. Revenue rose 17 percent at Zelko. Analysts expected revenue of $4 million.\n\nRevenue at stores rose 6 percent.');
  assert.deepEqual(found, ['Zelko/organization'], `expected no "Revenue" mention, found ${found.join(', ')}`);
  const named = spans('Galatasaray won again. Galatasaray coach Ivo Dal left.');
  assert.ok(named.includes('Galatasaray/organization'), `a repeated subject never written in lowercase stays a name; found ${named.join(', ')}`);
});

test('capitals opening a line and ending in a colon are a section label, not an organization', () => {
  const text = 'VARNA (AP) — Shares of Zelko rose.\n\nTHE SPARK: Varna-based Zelko reported results.\n\nSHARE ACTION: Zelko shares rose 6.8 percent.';
  const found = spans(text);
  assert.ok(!found.some((f) => f.startsWith('SPARK') || f.startsWith('ACTION') || f.startsWith('SHARE')), `expected no label mentions, found ${found.join(', ')}`);
  assert.ok(found.includes('VARNA/location'), `the dateline place stays; found ${found.join(', ')}`);
});

test('a minister of several departments joined by "and" is followed by the person, not part of an organization', () => {
  const found = spans(
    'Valdorian Minister of Food, Agriculture and Livestock Piotr Nemec said on Tuesday that the harvest grew. He met Minister of Forests and Water Ana Berg and Minister of Environment and Urban Planning Ivo Dal on Monday.',
  );
  assert.deepEqual(found.filter((f) => f.endsWith('/person')), ['Piotr Nemec/person', 'Ana Berg/person', 'Ivo Dal/person'], `expected the three ministers, found ${found.join(', ')}`);
  assert.ok(!found.some((f) => /Agriculture|Livestock|Forests|Urban/.test(f)), `departments are no entities of their own; found ${found.join(', ')}`);
  const none = spans('The Minister of Trade and Industry said no.');
  assert.deepEqual(none, [], `a department alone names no one; found ${none.join(', ')}`);
});

test('a generation\'s or reign\'s numeral belongs to the person\'s name', () => {
  const found = spans('US District Judge Adam H Morrow III rejected the plea. King Rudolf III spoke. Later John Doe III said yes. World War II ended.');
  for (const name of ['Adam H Morrow III/person', 'Rudolf III/person', 'John Doe III/person', 'World War II/event']) {
    assert.ok(found.includes(name), `expected ${name}, found ${found.join(', ')}`);
  }
});

test('"and Co." ending a name is the firm\'s own, after the person who works there', () => {
  const found = spans('Paul Brix of Cowen and Co. kept a rating. Analysts at Tesla and Hyundai Motor Group agreed.');
  assert.deepEqual(found, ['Paul Brix/person', 'Cowen and Co./organization', 'Tesla/organization', 'Hyundai Motor Group/organization'], `found ${found.join(', ')}`);
});

test('an article or a possessive before person-shaped words makes them a team\'s or a brand\'s name', () => {
  const found = spans('The Black Stars were down by a goal. Later the Blue Sharks scored. It sold soups in its Healthy Request line. The 2024 Brand Zenith reports ranked it.');
  assert.deepEqual(
    found,
    ['Black Stars/organization', 'Blue Sharks/organization', 'Healthy Request/organization', 'Brand Zenith/organization'],
    `expected no people, found ${found.join(', ')}`,
  );
});

test('unknown names listed after a place are places; a source after "according to" is not', () => {
  const found = spans('It is the fifth airport in Tibet, after Lhasa, Qamdo, Nyingchi and Ngari, according to Zelkon.');
  assert.deepEqual(
    found,
    ['Tibet/location', 'Lhasa/location', 'Qamdo/location', 'Nyingchi/location', 'Ngari/location', 'Zelkon/organization'],
    `found ${found.join(', ')}`,
  );
  const pair = spans('In Paris, Smith and Jones met.');
  assert.ok(!pair.includes('Smith/location'), `two names after a place are no list of places; found ${pair.join(', ')}`);
});

test('capitals spelling a common word are a name once the article defines them as an acronym', () => {
  const found = spans('Police detained members of the Islamic State (IS), including its chief. They do not believe IS has a base there. It is over.');
  assert.deepEqual(found, ['Islamic State/organization', 'IS/organization', 'IS/organization'], `found ${found.join(', ')}`);
});

test('an amount, a country and its currency are money, no place', () => {
  const found = spans('It will invest 480 million yuan (70 million U.S. dollars) in the airport in Varna. He paid 5 Hong Kong dollars. U.S. officials agreed.');
  assert.deepEqual(found.filter((f) => f !== 'Varna/location'), ['U.S./location'], `only the unquantified country stays; found ${found.join(', ')}`);
});

test('words no list knows, as a lowercase compound\'s first part or a quoted term after "a", are names only when named elsewhere', () => {
  const found = spans('It launched Latin-inspired soups and the “Anti-censorship system”. She kept a "Neutral" rating; Paul Brix kept a "Neutral" rating too.');
  assert.deepEqual(found, ['Paul Brix/person'], `found ${found.join(', ')}`);
  const named = spans('Zelkon grew. Analysts said Zelkon-funded studies and a "Zelkon" rating rose.');
  assert.ok(named.filter((f) => f.startsWith('Zelkon/')).length >= 2, `a word the article names stays a name; found ${named.join(', ')}`);
});

test('a plural surname after "the" names the family; a named day is a date, not a name; a photo credit names its photographer', () => {
  const found = spans('Robert Holtby, the former governor, was sentenced. Later the Holtbys paid. Akar told a Veterans Day event, Doris Day said. (Reuters/ Chelko)');
  assert.deepEqual(
    found,
    ['Robert Holtby/person', 'Holtbys/person', 'Akar/organization', 'Doris Day/person', 'Reuters/organization', 'Chelko/person'],
    `found ${found.join(', ')}`,
  );
});

test('a given name opening a sentence before ", wife of" is a person', () => {
  const found = spans('Robert Holtby was sentenced. Maureen, wife of Holtby, was also convicted. Sales, wife of none, grew.');
  assert.ok(found.includes('Maureen/person'), `expected Maureen, found ${found.join(', ')}`);
  assert.ok(!found.some((f) => f.startsWith('Sales')), `a common word stays common; found ${found.join(', ')}`);
});

test('news agencies and broadcasters are known organizations, one entity with their short forms', () => {
  const found = findEntities('Ivo Dal said on Tuesday, Anadolu reported.\nSales rose, according to Thomson Reuters data. The Anadolu Agency added that KCNA and Al Jazeera agreed.', NO_STRUCTURE);
  const ids = found.map((m) => `${m.text}=${m.entity}`);
  for (const want of ['Anadolu=organization:anadolu-agency', 'Thomson Reuters=organization:thomson-reuters', 'Anadolu Agency=organization:anadolu-agency', 'KCNA=organization:korean-central-news-agency', 'Al Jazeera=organization:al-jazeera']) {
    assert.ok(ids.includes(want), `expected ${want}; found ${ids.join(', ')}`);
  }
});

test('"and" stays inside a name its bracketed acronym follows, after a nationality too', () => {
  const found = spans('It was built by Valdorian Cooperation and Coordination Agency (VCA) at the school. Analysts at Tesla and Hyundai Motor Group said.');
  assert.deepEqual(
    found,
    ['Valdorian Cooperation and Coordination Agency/organization', 'VCA/organization', 'Tesla/organization', 'Hyundai Motor Group/organization'],
    `found ${found.join(', ')}`,
  );
});

test('a conclave or a symposium is an event', () => {
  const found = spans('Ivo Dal spoke at the Varna Network Economic Conclave and the World Medical Symposium.');
  assert.deepEqual(found, ['Ivo Dal/person', 'Varna Network Economic Conclave/event', 'World Medical Symposium/event'], `found ${found.join(', ')}`);
});

test('a participle opening two sentences is no name', () => {
  const found = spans('He left. Asked whether there was a link, Ivo Dal answered he believed so. Asked about it, he said no.');
  assert.deepEqual(found, ['Ivo Dal/person'], `found ${found.join(', ')}`);
});

test('a department ending in a body\'s head noun ends there: three name words after it are the name', () => {
  assert.deepEqual(spans('Minister for Water Services Tarik Oden Valmar said the supply was safe.'), ['Tarik Oden Valmar/person']);
  assert.deepEqual(spans('Minister for Public Service Reform Ann Lee spoke about the reform.'), ['Ann Lee/person'], 'a word of the department is not a given name');
  assert.deepEqual(spans('Minister of Foreign Affairs Omar Tellan spoke.'), ['Omar Tellan/person']);
});

test('a given name spelled like a common word opens a name after a role noun inside a sentence', () => {
  assert.deepEqual(spans('Shipping analyst Per Haldvik told reporters the port was shut.'), ['Per Haldvik/person']);
  assert.equal(spans('Fees rose to ten dollars Per Year.').some((x) => x.startsWith('Per')), false, 'not after a plural unit');
});
