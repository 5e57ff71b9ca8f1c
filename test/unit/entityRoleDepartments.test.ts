import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('departments before a role name no one: one word, a list before "and", and one after "for"', () => {
  const found = mentions(
    'Officials met on Monday.\nThe fund stood at $4 million, Finance Director Tom Vell told the council.\n' +
      '"It works," Digital Development and Transport Minister Arif Dunmore said.\n' +
      'Deputy Prime Minister and Minister of State for Cabinet Affairs Selda Kar-Unmar said the plan was ready.',
  );
  assert.deepEqual(found, ['Tom Vell/person', 'Arif Dunmore/person', 'Selda Kar-Unmar/person'], found.join(', '));
});

test('a title inside a ministry\'s run starts its holder, and party names keep their faction and plural apostrophe', () => {
  const found = mentions(
    'Officials met on Monday.\nMinister of State at the Ministry of Foreign Affairs Dr. Karim Al-Dunmori said talks went well.\n' +
      'The Varnia Muslim League-Dorvan and the Varnia Peoples’ Party formed a coalition. The lender approved the $3 billion Extended Fund Facility.',
  );
  for (const name of ['Ministry of Foreign Affairs/organization', 'Karim Al-Dunmori/person', 'Varnia Muslim League-Dorvan/organization', 'Varnia Peoples’ Party/organization', 'Extended Fund Facility/organization']) {
    assert.ok(found.includes(name), found.join(', '));
  }
});

test('a role\'s level, rank and portfolio words before it are no body ("Union Minister", "Health Cabinet Secretary")', () => {
  const found = analyze(
    'Union Minister Ravi Tandon said on Friday the plan was sound.\n' +
      'Health Cabinet Secretary Wanjiru Kamau and Deputy Finance Minister Lim Bok Seng met in Kelby.\n' +
      'Communications and Multimedia Minister Tan Ah Kow said so, and Primary and Secondary Healthcare Secretary Omar Dar agreed.\n' +
      'The Union Cabinet approved it, and the Varnia Teachers Union Secretary Ann Roe welcomed it.',
  ).entities.map((e) => `${e.text}/${e.type}`);
  for (const w of ['Union/organization', 'Health Cabinet/organization', 'Deputy Finance/organization', 'Communications/person', 'Secondary Healthcare/organization']) {
    assert.ok(!found.includes(w), `${w}: ${found.join(', ')}`);
  }
  for (const w of ['Ravi Tandon/person', 'Wanjiru Kamau/person', 'Lim Bok Seng/person', 'Tan Ah Kow/person', 'Omar Dar/person', 'Union Cabinet/organization']) {
    assert.ok(found.includes(w), `${w}: ${found.join(', ')}`);
  }
});

test('an office alone names no one: its capitals, a ruler\'s title after "the", a role in the plural', () => {
  const found = mentions(
    'Kelby court rules\n\nHeaded by CJP Tarin, the bench sat on Monday. "You are quiet," remarks CJP. CS Wafula and the PS said so.\n' +
      'His Highness the Amir is the head of the family, the premier said. Ministers met later, and Amir Khan, a boxer, watched.\n' +
      'The Council of Ministers agreed.',
  );
  for (const w of ['CJP/organization', 'Amir/organization', 'Ministers/organization', 'PS/organization', 'CS Wafula/person']) assert.ok(!found.includes(w), `${w}: ${found.join(', ')}`);
  for (const w of ['Tarin/person', 'Wafula/person', 'Amir Khan/person', 'Council of Ministers/organization']) assert.ok(found.includes(w), `${w}: ${found.join(', ')}`);
});

test('"Member of Parliament" is a legislator\'s title: no "Member" or "Parliament" bodies, the holder alone, the seat after "for" a place', () => {
  const found = mentions(
    'Officials met on Monday.\nThe Member of Parliament for Ardon Central, Ida Brenn, said the road would be built.\n' +
      'Kelby Member of Parliament Tom Vell agreed, and two Members of Parliament walked out. He sat in the National Assembly.',
  );
  // The legislature named on its own is still a body.
  assert.deepEqual(found, ['Ardon Central/location', 'Ida Brenn/person', 'Tom Vell/person', 'National Assembly/organization'], found.join(', '));
});
