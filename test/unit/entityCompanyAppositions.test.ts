import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Person-shaped or unknown words that the sentence shows to be a company.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a company noun and a comma before a name set off by another comma make it a company', () => {
  const found = mentions('Officials met on Monday. The council hired an outside firm, Dunmore Hale, to audit its books. His rival, Kwame Adams, said no.');
  assert.ok(found.includes('Dunmore Hale/organization'), found.join(', '));
  assert.ok(found.includes('Kwame Adams/person'), found.join(', '));
});

test('a word joined by "and" to a country\'s possessive is no place', () => {
  const found = mentions('Officials met on Monday. A memorandum under which Kelvaro and Brazil\'s state oil company Tarvex will study fuels was signed. Troops left parts of Odesa and Sumy.');
  assert.ok(!found.includes('Kelvaro/location'), found.join(', '));
  assert.ok(found.includes('Sumy/location'), found.join(', '));
});

test('capitals and a word that open a company named in full are that group, not a person', () => {
  const found = mentions('Officials met on Monday. Shares of rival KD Varnol Heavy Industries fell. Tarvex and KD Varnol had made a joint bid. KL Rahul scored 50.');
  assert.ok(found.includes('KD Varnol/organization'), found.join(', '));
  assert.ok(found.includes('KL Rahul/person'), found.join(', '));
});
