import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// News agencies and the papers' own desks: an agency's initials before "news agency" are its name,
// the words after them describe it; "KDB Report" alone on a header line is the paper's byline.

const found = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}/${e.type}`);

test('initials before "news agency" are the agency, and the words after them no part of its name', () => {
  const ents = found('The members backed the pact. According to the KDB news agency, Tom Arlen is the likeliest candidate.');
  assert.ok(ents.includes('KDB/organization'), ents.join(', '));
  assert.ok(!ents.some((e) => e.startsWith('KDB news agency')), ents.join(', '));
  // A name in words keeps its description, as the agency calls itself so.
  const named = found('The report was carried by Varlona news agency on Monday.');
  assert.ok(named.includes('Varlona news agency/organization'), named.join(', '));
});

test("a paper's initials and \"Report\" alone on a header line are the paper", () => {
  const ents = found('date 2022-03-29 Velmora and Tarsk agree on closer ties\n\nVelmora\n\nVBS Report\n29 March, 2022, 06:20 pm\n\nVelmora and Tarsk agreed on closer ties on Tuesday.');
  assert.ok(ents.includes('VBS/organization'), ents.join(', '));
  assert.ok(!ents.some((e) => e.startsWith('VBS Report')), ents.join(', '));
});

test('what a study is published in is a journal, not a place', () => {
  const ents = found('The study, published in Varden Ecology & Letters, predicts where the forests will thin. It was also published in Morvane Reports last year.');
  assert.ok(ents.includes('Varden Ecology & Letters/organization'), ents.join(', '));
  assert.ok(ents.includes('Morvane Reports/organization'), ents.join(', '));
});

test('one word no list knows before a whole newsroom in a byline is the paper ("By Dorvan Editors and Wire Services")', () => {
  const ents = found('Stocks rise on rate cut hopes\nBy Dorvan Editors and Wire Services\nPosted Sep 16, 2024 3:42 PM CDT\n\nStocks rose on Monday.');
  assert.deepEqual(ents, ['Dorvan/organization']);
  const staff = found('Stocks rise on rate cut hopes\nBy Ann Roe and Tom Lee, Staff Writers\nPosted Sep 16, 2024 3:42 PM CDT\n\nStocks rose on Monday.');
  assert.deepEqual(staff, ['Ann Roe/person', 'Tom Lee/person']);
});

test('the body a "Source:" line credits is found though the line is in title case', () => {
  const ents = found('Police seek man after assault in central Dorvale\n\nSource: Velmora Police\n\nOfficers are seeking a man after an assault at the weekend.');
  assert.ok(ents.includes('Velmora Police/organization'), ents.join(', '));
});
