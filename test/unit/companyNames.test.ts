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
