import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Hard-wrapped copy breaks lines inside names; a name the article also writes on one line is read whole across the break.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text.replace(/\s+/g, ' ')}/${m.type}/${m.entity}`);

test('a company wrapped across a line break is one name, the company written on one line', () => {
  const found = mentions('Harlow Vance (NYSE: HV) said on Tuesday its sales grew to $2 billion in the\nquarter. Profit at Harlow\nVance was $57 million, it said.');
  const company = found.filter((f) => f.startsWith('Harlow Vance/organization/'));
  assert.equal(company.length, 2, found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Harlow/') || f.startsWith('Vance/')), found.join(', '));
});

test("a person's full name wrapped across a line joins the same person", () => {
  const found = mentions('Party leader Tomas Brandvik spoke first.\nThe meeting, chaired by Tomas\nBrandvik, ended late.');
  assert.equal(found.filter((f) => f.startsWith('Tomas Brandvik/person/')).length, 2, found.join(', '));
});

test('two words on either side of a line break stay apart when no line writes them together', () => {
  const found = mentions('Delegates came from Kelby and Marsten\nHarwick officials stayed away.');
  assert.ok(!found.some((f) => f.startsWith('Marsten Harwick')), found.join(', '));
});
