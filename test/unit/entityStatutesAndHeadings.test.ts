import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

test('a statute whose title holds a bracket is one name, its year included', () => {
  assert.deepEqual(spans('The judge asked how the High Court (Powers and Duties) Act 2021 could apply.'), ['High Court (Powers and Duties) Act 2021/product']);
  assert.deepEqual(spans('Lawmakers passed the Fisheries (Amendment) Bill on Monday.'), ['Fisheries (Amendment) Bill/product']);
  // A bracket that is no part of a title stays apart.
  assert.ok(spans('The High Court (Varna) ruled on Monday.').includes('High Court/organization'));
});

test('a body named with its field after "on" and its cause after "against"', () => {
  assert.ok(spans('The Senate Committee on Foreign Relations met.').includes('Senate Committee on Foreign Relations/organization'));
  assert.ok(spans('Ann Roe, chair of the Special Task Force on War against Hunger, said so.').includes('Special Task Force on War against Hunger/organization'));
  assert.ok(spans('The Coalition against Hunger said so.').includes('Coalition against Hunger/organization'));
});

test('an accounting standard\'s acronym is a term, not a body', () => {
  const found = spans('Non-GAAP earnings rose, while earnings under GAAP fell, Dorvale Holdings said.');
  assert.ok(!found.some((f) => f.startsWith('GAAP/')), found.join(', '));
});

test('a short heading line with its year names nothing ("2024 Financial Results")', () => {
  const text = 'Dorvale Holdings Reports 2024 Results\nCompany Reaffirms 2025 Financial Outlook\nVARNA -- Dorvale Holdings said sales rose.\n2024 Financial Results\nNet revenues rose to $5 million.\n';
  const found = spans(text);
  assert.ok(!found.some((f) => f.startsWith('Financial') || f.startsWith('Reaffirms')), found.join(', '));
});
