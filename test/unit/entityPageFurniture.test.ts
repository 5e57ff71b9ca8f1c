import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a listing page number and a label over a weekday name nothing', () => {
  assert.deepEqual(spans('Home Archive Page 12\nFarmers protest in Varna\n'), ['Varna/location']);
  assert.deepEqual(spans('Regional Digest of Monday, 4 March 2024\nFarmers protested in Varna.\n'), ['Varna/location']);
});

test('a section name in capitals beside the date is no organization', () => {
  assert.deepEqual(spans('2024-03-04 SPORTS\nHalden Rovers won in Varna.\n'), ['Halden Rovers/organization', 'Varna/location']);
});

test('calls to action and link labels are no names; the site named after them is', () => {
  const found = spans('Sign in to read more.\nSign-up/manage your alerts.\nGet Varna Courier updates on the go.\nWin a trip to Varna! More Info\n');
  assert.ok(!found.some((f) => f.startsWith('Sign') || f.startsWith('Get') || f.startsWith('Info') || f.startsWith('More')), found.join(', '));
  assert.ok(found.includes('Varna Courier/organization'), found.join(', '));
});

test('a provision and its number name nothing', () => {
  const found = spans('She was charged under Sections 41(2) and 88 of the Traffic Code, and Article 9 of the Charter.');
  assert.ok(!found.some((f) => f.startsWith('Section') || f.startsWith('Article')), found.join(', '));
});
