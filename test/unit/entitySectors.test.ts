import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Names in sector copy: science (bodies after a researcher's name), markets
// (banks named "Bank X", long exchange symbols), sport (clubs by their place,
// cricket's Tests and numbered days).

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}/${m.entity}`);

test('"Ann Roe of the University of Dorvan": the body after a name keeps its "of" phrase', () => {
  const found = mentions('The study was led by Ann Roe of the University of Varna, who spoke on Monday.');
  assert.ok(found.includes('Ann Roe/person/person:ann-roe'), found.join(', '));
  assert.ok(found.includes('University of Varna/organization/organization:university-of-varna'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('University/')), found.join(', '));
});

test('"Bank" before a name heads the bank\'s name, a country included', () => {
  const found = mentions('On the same day, Bank Indonesia kept its rate unchanged, while Bank Dorvani cut.');
  assert.ok(found.includes('Bank Indonesia/organization/organization:bank-indonesia'), found.join(', '));
  assert.ok(found.includes('Bank Dorvani/organization/organization:bank-dorvani'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Indonesia/')), found.join(', '));
});

test('a long symbol after an exchange and a colon is no entity; the exchange is', () => {
  const found = mentions('Shares of Varna Steel (NSE: VARNASTEEL) rose 2 per cent.');
  assert.ok(!found.some((f) => f.startsWith('VARNASTEEL/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('NSE/organization')), found.join(', '));
});

test('where a club is named by its place and a club word, the bare place and "X City" are clubs', () => {
  const found = mentions(
    'Dorvan Rovers beat Newcastle United 3-1 on Sunday. Newcastle had levelled before the break. Leeds City, who drew at home, are second.',
  );
  const newcastle = found.filter((f) => f.startsWith('Newcastle'));
  assert.equal(newcastle.length, 2, found.join(', '));
  for (const f of newcastle) assert.ok(f.endsWith('/organization/organization:newcastle-united'), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Leeds City/organization')), found.join(', '));
  // A dateline's place in capitals stays the place.
  assert.ok(mentions('LEEDS, England — Leeds United beat Dorvan 2-0.').some((f) => f.startsWith('LEEDS/location')));
  // With no club in the article, the city stays a place.
  assert.ok(mentions('The council of Newcastle met on Sunday.').some((f) => f.startsWith('Newcastle/location')));
});

test("cricket's Test and a numbered day are no names", () => {
  const found = mentions('Varna lost two wickets on Day 1 of the first Test against Dorvania. The Test was drawn.');
  assert.ok(!found.some((f) => f.startsWith('Test/') || f.startsWith('Day')), found.join(', '));
  assert.ok(mentions('The trial entered Phase III in May.').every((f) => !f.startsWith('Phase')));
});

test('"the Commission" after "the European Commission" is that body, not a person', () => {
  const found = mentions('The European Commission said on Monday the rules apply. The fines are large, the Commission said.');
  const bodies = found.filter((f) => f.startsWith('Commission/'));
  assert.equal(bodies.length, 1, found.join(', '));
  assert.ok(bodies[0]?.endsWith('/organization/organization:european-commission'), found.join(', '));
  // With no body of that name in the article, the lone word is left as it was.
  assert.ok(!mentions('The fines are large, the Commission said.').some((f) => f.includes('european-commission')));
});

test('"Platforms" heads a company name', () => {
  const found = mentions('The regulator told Varnex Platforms that its model breached the rules.');
  assert.ok(found.includes('Varnex Platforms/organization/organization:varnex-platforms'), found.join(', '));
});

test('market indices are named products, their numbers included', () => {
  const found = mentions("The 30-share BSE Sensex rose, while the NSE Nifty 50 gained. Japan's Nikkei 225 fell and the pan-European STOXX 600 index slipped.");
  for (const name of ['Sensex', 'Nifty 50', 'Nikkei 225', 'STOXX 600']) assert.ok(found.some((f) => f.startsWith(`${name}/product`)), `${name}: ${found.join(', ')}`);
  assert.ok(found.some((f) => f.startsWith('BSE/organization')), found.join(', '));
});

test('a word named after a product noun is the product, and so are its other mentions', () => {
  const found = mentions('Sales of Lumora rose 18%. Dorvan said its weight-loss drug Lumora would be sold as a pill.');
  const lumora = found.filter((f) => f.startsWith('Lumora/'));
  assert.equal(lumora.length, 2, found.join(', '));
  for (const f of lumora) assert.ok(f.includes('/product/'), found.join(', '));
});

test('"Board of Control for Cricket in India" keeps its place after an "of" phrase', () => {
  const found = mentions('The Board of Control for Cricket in Varnia said 48,000 spectators attended.');
  assert.ok(found.some((f) => f.startsWith('Board of Control for Cricket in Varnia/organization')), found.join(', '));
});

test('a club word ends a club\'s name, and a body\'s head noun after "outside" is the body', () => {
  const found = mentions('Arsenal host Dorvan Hotspur on Sunday. Lewis Dorne told reporters outside Parliament that it was wrong.');
  assert.ok(found.some((f) => f.startsWith('Dorvan Hotspur/organization')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Parliament/organization')), found.join(', '));
});

test('"the journal X" and "consumer group X" name bodies', () => {
  const found = mentions('The study appeared in the journal Varna Astronomy on Monday.');
  assert.ok(found.some((f) => f.startsWith('Varna Astronomy/organization')), found.join(', '));
});

test('"Prime Cabinet Secretary" is a role, and "Nick Pope", a given name and a role word, a person', () => {
  const found = mentions('Prime Cabinet Secretary Musa Dorne said talks went well. Saka curled a shot past Nick Pope.');
  assert.ok(!found.some((f) => f.startsWith('Prime')), found.join(', '));
  assert.ok(found.includes('Musa Dorne/person/person:musa-dorne'), found.join(', '));
  assert.ok(found.includes('Nick Pope/person/person:nick-pope'), found.join(', '));
  assert.ok(!mentions("He praised the Prime Minister's Office.").some((f) => f.includes('/person/')));
});

test('a header field\'s common word is a label, and a byline field keeps its header line as content', () => {
  const byline = analyze('Varna council backs budget\nPolitics | 13 Nov 2025 | By Lina Dorne\nThe council voted on Monday.');
  assert.ok(byline.entities.some((m) => m.text === 'Lina Dorne' && m.type === 'person'));
  assert.equal(byline.structure.boilerplate.length, 0);
  const found = mentions('Varna clinic opens\nOctober 30, 2025 | Health\nThe public health office said on Monday it was ready.');
  assert.ok(!found.some((f) => f.startsWith('Health/')), found.join(', '));
});

test('a nationality opens a longer body name, its head noun included', () => {
  const found = mentions('Ruto said it was the promise of the African Continental Free Trade Area for all.');
  assert.ok(found.some((f) => f.startsWith('African Continental Free Trade Area/organization')), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Area/')), found.join(', '));
});

test('an infirmary is a facility, and the town before it stays a place', () => {
  const found = mentions('A man was taken to Varna General Infirmary after a fight in Varna city centre.');
  assert.ok(found.includes('Varna General Infirmary/facility/facility:varna-general-infirmary'), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Varna/location/')), found.join(', '));
  assert.ok(!found.some((f) => f.includes('/person/')), found.join(', '));
});

test('"Actress" and "Singer" before a name are roles, not part of it', () => {
  const found = mentions('Actress Dana Korb said she was pleased. Singer Ivo Marek agreed.');
  assert.ok(found.includes('Dana Korb/person/person:dana-korb'), found.join(', '));
  assert.ok(found.includes('Ivo Marek/person/person:ivo-marek'), found.join(', '));
});

test('sector words head company names, but after a given name they are a surname', () => {
  const found = mentions(
    'Dorvale Foods beats first-quarter estimates\n\nDorvale Foods said sales rose. Varna Metals, Kestrel Capital and Orion Chemicals fell. Novelist Dana Steel said she was pleased.\n',
  );
  assert.ok(found.every((f) => !f.startsWith('Dorvale Foods/') || f.startsWith('Dorvale Foods/organization/')), found.join(', '));
  assert.equal(found.filter((f) => f.startsWith('Dorvale Foods/organization/')).length, 2, found.join(', '));
  for (const name of ['Varna Metals', 'Kestrel Capital', 'Orion Chemicals']) {
    assert.ok(found.some((f) => f.startsWith(`${name}/organization/`)), found.join(', '));
  }
  assert.ok(found.includes('Dana Steel/person/person:dana-steel'), found.join(', '));
});

test('wire and sector details: the dateline\'s source is the agency, "Jr." keeps its point, rating grades are no names, "Open" ends a tournament', () => {
  const found = mentions(
    'Talks resume\nKELBY (KX) - President Anton Varlow Jr. said on Monday the talks would resume. Moody\'s cut the rating to Aa3 from Aa2. ' +
      'Mira Sokol beat Lena Dravitz to reach the Varnian Open final. The UN High Commissioner for Refugees said camps were full.',
  );
  assert.ok(found.some((f) => f.startsWith('KX/organization/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Anton Varlow Jr./person/')), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Aa3/') || f.startsWith('Aa2/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Varnian Open/event/')), found.join(', '));
  assert.ok(found.includes('UN High Commissioner for Refugees/organization/organization:unhcr'), found.join(', '));
});

test('a place before a product noun that describes a site or an industry stays the place ("the Varnia chip plant"); a product keeps its noun', () => {
  const found = mentions('Chips rise\nKELBY - The Varnia chip plant will open next year, officials said. The army ordered the Kelto tank.');
  assert.ok(!found.some((f) => f.startsWith('Varnia/product/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Kelto/product/')), found.join(', '));
  const state = mentions('Chips rise\nMUMBAI - Tata will invest in a new Gujarat chip plant.');
  assert.ok(!state.some((f) => f.startsWith('Gujarat/product/')), state.join(', '));
});
