import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// News agencies and the papers' own desks: an agency's initials before "news agency" are its name,
// the words after them describe it; "KDB Report" alone on a header line is the paper's byline.

const found = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}/${e.type}`);

test('initials before "news agency" are the agency, and the words after them no part of its name', () => {
  const ents = found('The members backed the pact. According to the KDB news agency, Tom Arlen will chair the new board.');
  assert.ok(ents.includes('KDB/organization'), ents.join(', '));
  assert.ok(!ents.some((e) => e.startsWith('KDB news agency')), ents.join(', '));
  // A name in words keeps its description, as the agency calls itself so.
  const named = found('The report was carried by Varlona news agency on Monday.');
  assert.ok(named.includes('Varlona news agency/organization'), named.join(', '));
});

test("a paper's initials and \"Report\" alone on a header line are the paper", () => {
  const ents = found('date 2030-06-14 Velmora opens a rail link to the coast\n\nVelmora\n\nVBS Report\n14 June, 2030, 09:45 am\n\nVelmora opened its coastal rail link on Friday.');
  assert.ok(ents.includes('VBS/organization'), ents.join(', '));
  assert.ok(!ents.some((e) => e.startsWith('VBS Report')), ents.join(', '));
});

test('what a study is published in is a journal, not a place', () => {
  const ents = found('Their maps, published in Varden Ecology & Letters, show the forests thinning. An early draft was published in Morvane Reports last year.');
  assert.ok(ents.includes('Varden Ecology & Letters/organization'), ents.join(', '));
  assert.ok(ents.includes('Morvane Reports/organization'), ents.join(', '));
});

test('one word no list knows before a whole newsroom in a byline is the paper ("By Dorvan Editors and Wire Services")', () => {
  const ents = found('Markets slip as oil climbs\nBy Dorvan Editors and Wire Services\nUpdated Mar 3, 2031 9:05 AM EST\n\nMarkets slipped on Tuesday.');
  assert.deepEqual(ents, ['Dorvan/organization']);
  const staff = found('Markets slip as oil climbs\nBy Ann Roe and Tom Lee, Staff Writers\nUpdated Mar 3, 2031 9:05 AM EST\n\nMarkets slipped on Tuesday.');
  assert.deepEqual(staff, ['Ann Roe/person', 'Tom Lee/person']);
});

test('the body a "Source:" line credits is found though the line is in title case', () => {
  const ents = found('Two cars stolen from a Dorvale garage\n\nSource: Velmora Police\n\nOfficers want to hear from anyone who saw the thieves on Sunday night.');
  assert.ok(ents.includes('Velmora Police/organization'), ents.join(', '));
});
