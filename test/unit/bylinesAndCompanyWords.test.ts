import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a byline\'s beat may end in lowercase ("Ann Roe Science correspondent"): the writer is the two names only', () => {
  const found = names('Noise linked to poor sleep, study finds\nAnn Roe Science correspondent\nWed 4 Mar 2026 00.05 GMT\nThe study was led by Tom Lee of Kelby University.');
  assert.ok(found.includes('Ann Roe:person'), found.join(', '));
  assert.ok(!found.some((n) => n.startsWith('Ann Roe Science')), found.join(', '));
});

test('two names alone on the line above the page\'s stamp are the writer; a role there is no one', () => {
  const found = names('Kelby taps run dry for a fifth day\nThandi Mokwena\n08 Mar 2026\nResidents of Kelby queued for water on Sunday.');
  assert.ok(found.includes('Thandi Mokwena:person'), found.join(', '));
  const role = names('Kelby bridge to close\nBy Ann Roe\nLocal Democracy Reporter\n10 February 2026\nThe bridge will close in May.');
  assert.ok(!role.some((n) => n.startsWith('Local Democracy')), role.join(', '));
});

test('a shouted byline keeps its surname before an agency and its desk ("By ANN ROE VP Health Writer")', () => {
  const found = names('Agency warns parents\nBy ANN ROE VP Health Writer\nUpdated 4:57 PM EST, March 3, 2026\nKELBY (VP) - The agency said on Tuesday that the cans were unsafe.');
  assert.ok(found.includes('ANN ROE:person'), found.join(', '));
  assert.ok(!found.some((n) => n.startsWith('Health Writer')), found.join(', '));
});

test('the first word of a company the article names with its legal form stays the company after a guessed name opens with it', () => {
  const text = 'Regulator warns on Kelvane formula\nThe regulator said cans made by Kelvane Nutrition Inc. were unsafe. Kelvane said it was recalling them. The recall covers cans of Kelvane Gentle Start, the company said.';
  const found = names(text);
  assert.ok(found.filter((n) => n === 'Kelvane:organization').length === 2, found.join(', '));
  const recall = analyze(text).claims.find((c) => text.slice(c.start, c.end).startsWith('The recall'));
  assert.ok(recall && recall.speaker?.startsWith('organization:kelvane'), JSON.stringify(recall?.speaker));
});
