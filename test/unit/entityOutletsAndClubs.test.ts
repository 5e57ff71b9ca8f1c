import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}`);

function has(text: string, expected: string): void {
  const found = spans(text);
  assert.ok(found.includes(expected), `expected ${expected} in ${found.join(', ')}`);
}

test('clubs: a short club word after a name, a club opener of another language before a city', () => {
  has('The striker later faced Halden Dons in the cup.', 'Halden Dons/organization');
  has('Kelso Rangers lost again at home.', 'Kelso Rangers/organization');
  has('He left Real Varna last summer for a fee of 40 million.', 'Real Varna/organization');
  has('He joined Dynamo Kelbor on loan.', 'Dynamo Kelbor/organization');
  // "Real" is English too: not before a word no list knows outside a match.
  assert.ok(!spans('The Real Ostrander Story opened on Friday.').includes('Real Ostrander/organization'));
});

test('newspapers named by the word for a daily in another language', () => {
  has('Daehan Ilbo reported the talks, citing an official.', 'Daehan Ilbo/organization');
  has('The plan was first reported by Osaka Shimbun on Monday.', 'Osaka Shimbun/organization');
});

test('a bank named by its word in another language; a company named by a place and "Instruments"', () => {
  has('Ann Roe, market strategist for Banco de Varela, said rates would rise.', 'Banco de Varela/organization');
  has('Banque Varnier declined to comment.', 'Banque Varnier/organization');
  has('Shares of Dakota Instruments fell after the report.', 'Dakota Instruments/organization');
});

test('a seat of office named in apposition is a facility, not a person', () => {
  has('The president chaired the meeting at his office, Namsan Jeong.', 'Namsan Jeong/facility');
  // Before a reporting verb the name is the speaker's.
  has('It was held at the office, Ann Roe said.', 'Ann Roe/person');
});

test('a county is a place: a lone "County" or "Counties" after a name does not make the others clubs', () => {
  const found = spans('Tembelo County counted 12 new cases and Ndoro’a County one case. Kalema and Rusinga Counties reported three each.');
  assert.ok(found.includes('Tembelo County/location'), found.join(', '));
  assert.ok(!found.includes('County/organization') && !found.includes('Counties/organization'), found.join(', '));
});
