import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('an amount after a money sign of letters is no name ("Sh480m", "Sh24 million", "R25 a bottle", "R1.8 billion", "P38 million")', () => {
  const text = 'Court halts Sh480m Kelby bridge deal\nThe county paid Sh24 million upfront. Water sells at R25 a bottle, and the city set aside R1.8 billion. Relief worth P38 million was sent to Kelby.';
  const found = names(text);
  for (const amount of ['Sh480m', 'Sh480m Kelby', 'Sh24', 'R25', 'R1', 'P38']) assert.ok(!found.some((n) => n.startsWith(`${amount}:`)), `${amount} is money: ${found.join(', ')}`);
  assert.ok(found.some((n) => n.startsWith('Kelby:')), found.join(', '));
  const road = names('Trucks took the R25 past Kelby to the border.');
  assert.ok(road.some((n) => n.startsWith('R25:')), `a one-letter sign without an amount after it may be a road: ${road.join(', ')}`);
});

test('a legal form spelled with points closes a company\'s name, and the bare name is the same company ("Varna Lines S.p.A.", "Kelbo Plovidba d.d.")', () => {
  const text = 'The firms, Varna Lines S.p.A. of Italy, Kelbo Plovidba d.d. of Croatia and Doros Seaways S.A. of Greece, shared prices. Varna Lines said it would pay. Kelbo Plovidba said nothing. Doros Seaways will appeal.';
  const found = names(text);
  for (const n of ['Varna Lines S.p.A.:organization', 'Kelbo Plovidba d.d.:organization', 'Doros Seaways S.A.:organization', 'Varna Lines:organization', 'Kelbo Plovidba:organization', 'Doros Seaways:organization']) {
    assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  }
  const a = analyze(text);
  const id = (s: string) => a.entities.find((e) => text.slice(e.start, e.end) === s)?.entity;
  assert.equal(id('Varna Lines'), id('Varna Lines S.p.A.'));
});

test('a coastal feature\'s word ends a place\'s name ("Kelvo Point", "Darrow Spit", "Marran Sound"), not a person\'s', () => {
  const found = names('The walker set out from Kelvo Point, crossed Marran Sound by boat and reached Darrow Spit in May.');
  for (const n of ['Kelvo Point:location', 'Darrow Spit:location', 'Marran Sound:location']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
