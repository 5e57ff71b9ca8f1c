import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a listing in brackets after a person-shaped name makes it a company', () => {
  const found = names('Dorran Pike (NYSE: DP) today reported net revenues of $2.1 billion.');
  assert.ok(found.includes('Dorran Pike:organization'), found.join(', '));
});

test('"X, the retail brokerage" is a company, "X, the bank\'s chief economist" a person', () => {
  const found = names("Last year Halvard Quist bought Selma Brandt, the retail brokerage, from a rival group. Ann Loder, the bank's chief economist, said rates would fall.");
  for (const n of ['Selma Brandt:organization', 'Ann Loder:person', 'Halvard Quist:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('words no list knows straight before a company\'s officer are the company ("Dorvik CEO Ann Roe", "Kelvane Chairman and CEO")', () => {
  const found = analyze('Profit rose, said Kelvane Chairman and CEO Ivo Brask. Later Dorvik CEO Ann Roe and Tarnvik Vexo Chief Executive Mia Tal spoke. Interim CEO Al Berg left.').entities.map(
    (e) => `${e.text}/${e.type}`,
  );
  for (const name of ['Kelvane/organization', 'Dorvik/organization', 'Tarnvik Vexo/organization', 'Ivo Brask/person', 'Ann Roe/person', 'Mia Tal/person', 'Al Berg/person']) assert.ok(found.includes(name), `${name}: ${found.join(', ')}`);
  assert.ok(!found.some((f) => f.startsWith('Interim')), found.join(', '));
});

test('a name set off by a comma and said to be owned by someone is a company ("Orbilink, also owned by Roe,")', () => {
  const found = names('The court froze the accounts. Orbilink, also owned by Tarvo Roe, had its accounts frozen too. Tolima, which is owned by the Kell family, said nothing.');
  assert.ok(found.includes('Orbilink:organization'), found.join(', '));
  assert.ok(found.includes('Tolima:organization'), found.join(', '));
});

test('a term a release defines in quotes after "the" in brackets is no name ("(the “Company”)")', () => {
  const found = names('Kelvane Inc. (Nasdaq: KLV) (the “Company”), a maker of pumps, today announced a sale of its unit Dorro Labs (“Dorro”).');
  assert.ok(!found.some((f) => f.startsWith('Company')), found.join(', '));
  assert.ok(found.includes('Kelvane Inc.:organization'), found.join(', '));
});
