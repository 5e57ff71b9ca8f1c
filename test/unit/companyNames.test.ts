import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Company names in business and wire copy: legal forms, stock symbols, the
// class a name is listed with; and US states as datelines abbreviate them.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}/${m.entity}`);

test('a legal form after a comma ends the company name, and the name without it is the same company', () => {
  const found = mentions('BOSTON, May 2 /PRNewswire/ -- Quillon Therapeutics, Inc. today announced results. Shares of Quillon Therapeutics rose.');
  assert.ok(found.includes('Quillon Therapeutics, Inc./organization/organization:quillon-therapeutics'), found.join(', '));
  assert.ok(found.includes('Quillon Therapeutics/organization/organization:quillon-therapeutics'), found.join(', '));
});

test('"NVIDIA Corp." makes "Nvidia" the company wherever the article mentions it', () => {
  const text = 'The suit accusing Varnex of fraud goes on.\nThe lawsuit claims that Varnex told investors little.\nThe case is Holm v. VARNEX Corp., No. 12.';
  const varnex = analyze(text).entities.filter((m) => m.text.toLowerCase().startsWith('varnex'));
  assert.equal(varnex.length, 3);
  for (const m of varnex) assert.equal(m.entity, 'organization:varnex', `${m.text} is the company`);
});

test('a name listed "and other chipmakers" is a company, even after "said"', () => {
  const found = mentions('Officials said Varnex and other chipmakers had used the gap.');
  assert.ok(found.includes('Varnex/organization/organization:varnex'), found.join(', '));
});

test('stock symbols in parentheses are no entities; the exchange is', () => {
  const found = mentions("Dorvan's Kelto (4410.TW) said demand from Varnex (VRNX.O) and Mirel Inc (MRL.N) rose. Quillon (NASDAQ: QLN) fell.");
  for (const code of ['TW', 'VRNX', 'MRL', 'N', 'QLN']) assert.ok(!found.some((f) => f.startsWith(code + '/')), `${code}: ${found.join(', ')}`);
  assert.ok(found.some((f) => f.startsWith('NASDAQ/organization')), found.join(', '));
  assert.ok(found.includes('Mirel Inc/organization/organization:mirel'), found.join(', '));
});

test('a state abbreviated after a city is the state, its period included', () => {
  const found = mentions('TUCSON, Ariz. — The council voted. The firm is based in Cambridge, Mass., and in Austin.');
  assert.ok(found.includes('Ariz./location/location:arizona'), found.join(', '));
  assert.ok(found.includes('Mass./location/location:massachusetts'), found.join(', '));
  assert.ok(!mentions('Mass. protests followed.').some((f) => f.startsWith('Mass')), 'no state without a city before it');
});

test('a company or a body run straight into a country is its arm there, before a role or a legal form too', () => {
  const found = mentions(
    'Shares fell on Monday.\nGains in Dorvex Nigeria led the market. Groups including Greenpeace Kenya and Kelto protested. PT Marvel Indonesia Tbk signed the deal. ' +
      'Marvel Indonesia Chief Executive Sari Wulan spoke. Bank Indonesia held its rate. Cricket South Africa said all tickets had gone.',
  );
  for (const name of ['Dorvex Nigeria', 'Greenpeace Kenya', 'PT Marvel Indonesia Tbk', 'Marvel Indonesia', 'Bank Indonesia', 'Cricket South Africa']) {
    assert.ok(found.some((f) => f.startsWith(`${name}/organization/`)), `${name}: ${found.join(', ')}`);
  }
  assert.ok(found.some((f) => f.startsWith('Sari Wulan/person/')), found.join(', '));
  // A person whose surname is a country stays a person, or at least no body.
  assert.ok(!mentions('Shares fell.\nMichael Jordan said he would stay.').some((f) => f.includes('/organization/')), 'no body');
});

test('legal forms in lowercase, with points or in full end the name ("Shell plc", "N.V.", "SE", "Sons"), and a known name keeps its possessive', () => {
  const found = mentions("Shares fell.\nShares of Varlow plc rose, as did Kelto Holding N.V. and Dorvex SE. Ranjit Sons said it would invest. Moody's on Wednesday cut the rating.");
  assert.ok(found.includes('Varlow plc/organization/organization:varlow'), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Kelto Holding N.V./organization/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Dorvex SE/organization/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Ranjit Sons/organization/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith("Moody's/organization/")), found.join(', '));
});

test('a lone name that says "it would" is a body; one joined by "and" to a person is a person', () => {
  const found = mentions('Prices rose.\nIn Colombia, Varnopetrol said it would not sign new contracts. He spoke by phone with both Anton Keller and Dravitz last week.');
  assert.ok(found.some((f) => f.startsWith('Varnopetrol/organization/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Dravitz/person/')), found.join(', '));
  assert.ok(mentions('Prices rose.\nIn Kelby, Dravitz said. It was late.').some((f) => f.startsWith('Dravitz/person/')), 'the next sentence says nothing');
});

test('a title\'s short form written in capitals with no dot is a company\'s acronym ("GEN", "ADM"), while "Adm." stays a rank', () => {
  const found = mentions('PORTLAND, May 2, 2025 — GEN (NYSE: GEN), a maker of pumps, and Orlan today announced a venture. GEN will own most of it.');
  assert.equal(found.filter((f) => f.startsWith('GEN/organization/')).length, 2, found.join(', '));
  const rank = mentions('Adm. Torvald Brenn said the fleet would sail.');
  assert.ok(rank.includes('Torvald Brenn/person/person:torvald-brenn'), rank.join(', '));
});

test('an agency in a dateline\'s brackets keeps its lowercase first part hyphened on ("(dpa-AFX)")', () => {
  const found = mentions('date 2031-10-08 \n\nORVALE (dpa-AFX) - Varnia\'s central bank left its rate unchanged on Wednesday.');
  assert.ok(found.some((f) => f.startsWith('dpa-AFX/organization/')), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('AFX/')), found.join(', '));
});

test('the body a president or chairman is "of" is named ("Marco Dell, President of Varnex, said"); a minister\'s department is not', () => {
  const found = mentions('Officials met on Monday.\n\nMarco Dell, President of Varnex, said the deal was good. Ann Roe, Chairman of Varnex Group, agreed.');
  assert.ok(found.some((f) => f.startsWith('Varnex/organization/')), found.join(', '));
  assert.ok(found.some((f) => f.startsWith('Varnex Group/organization/')), found.join(', '));
  assert.deepEqual(mentions('Officials met on Monday.\n\nThe Minister of Foreign Affairs said so.'), []);
});
