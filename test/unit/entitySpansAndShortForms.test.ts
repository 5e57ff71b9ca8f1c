import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('"and" inside an initiative\'s name keeps it whole ("the Reef and Harbour Initiative", "the Seed, Soil and Rain Initiative")', () => {
  const text = 'Dorvale joined the Reef and Harbour Initiative in 2019. The Reef and Harbour Initiative paid for two jetties, and the Seed, Soil and Rain Initiative paid for wells.';
  const found = names(text);
  assert.equal(found.filter((n) => n === 'Reef and Harbour Initiative:organization').length, 2, found.join(', '));
  assert.ok(found.includes('Seed, Soil and Rain Initiative:organization'), found.join(', '));
  assert.ok(!found.some((n) => n.startsWith('Harbour Initiative') || n.startsWith('Rain Initiative')), found.join(', '));
});

test('initials and a short given name open the name ("A.K. Varnel", "Ma. Lourdes Quimbo", "Paul A. Derwin")', () => {
  const text = 'A.K. Varnel, who runs a ferry in Dorvale, said fares would rise. Ma. Lourdes Quimbo, a nurse, agreed, and Paul A. Derwin said nothing. Officials said I. M. Tolvik would decide.';
  const found = names(text);
  for (const n of ['A.K. Varnel:person', 'Ma. Lourdes Quimbo:person', 'Paul A. Derwin:person', 'I. M. Tolvik:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('"A" after a plan\'s name and the point that ends its sentence stays the sentence\'s end ("Plan A. Teachers said")', () => {
  const found = names('Voters chose Plan A. Teachers said no.');
  assert.ok(!found.some((n) => n.includes('Teachers')), found.join(', '));
});

test('a title in the plural or "Advocate General" before names is no part of them ("Justices Ann Velo and Per Brisk")', () => {
  const text = 'Justices Marla Quenby and Otto Brisk dissented. The court heard Advocate General Tomas Vrell, and Senators Ilse Varga and Dan Moro said the ruling was wrong.';
  const found = names(text);
  for (const n of ['Marla Quenby:person', 'Otto Brisk:person', 'Tomas Vrell:person', 'Ilse Varga:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  assert.ok(!found.some((n) => /^(Justices|Advocate|General|Senators)/.test(n)), found.join(', '));
});

test('the opening words of a body\'s longer name are that body ("Al Varek" after "Al Varek Cold Chain"), not a person', () => {
  const text = 'Drivers at Al Varek Cold Chain stopped work on Monday. Al Varek said it would pay them. The Tomas Vrell Foundation gave money, and Tomas Vrell spoke at the depot.';
  const a = analyze(text);
  const mention = (s: string) => a.entities.find((e) => text.slice(e.start, e.end) === s);
  assert.equal(mention('Al Varek')?.type, 'organization');
  assert.equal(mention('Al Varek')?.entity, mention('Al Varek Cold Chain')?.entity);
  assert.equal(mention('Tomas Vrell')?.type, 'person', 'a body named after a person lends no short form');
});

test('"Said" opening a sentence before "bin" and a name is the given name, no verb ("Said bin Rashed Al-Mazrui said")', () => {
  const found = names('Said bin Rashed Al-Mazrui said the port would reopen. Halim bin Omar agreed.');
  assert.ok(found.includes('Said bin Rashed Al-Mazrui:person'), found.join(', '));
});

test('two roles and their holders in one run keep the first holder whole ("Prime Minister Kwesi Adzo Mayor Lena Brandt")', () => {
  const found = names('The visit of Prime Minister Kwesi Adzo Mayor Lena Brandt ended early. Chief Operating Officer Ann Roe said so.');
  for (const n of ['Kwesi Adzo:person', 'Lena Brandt:person', 'Ann Roe:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
test('"Tan Sri" followed by more honours or "Dr" is dropped whole, and the short form joins the full name', () => {
  const text = 'The board, led by Tan Sri Dr Harun Osman Lidi, met on Monday. Tan Sri Dato\' Sri Mona Kasim and Tan Sri Datuk Rafi Zain agreed. "We will grow," said Tan Sri Harun.';
  const a = analyze(text);
  const found = a.entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);
  for (const n of ['Harun Osman Lidi:person', 'Mona Kasim:person', 'Rafi Zain:person', 'Harun:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  const id = (s: string) => a.entities.find((e) => text.slice(e.start, e.end) === s)?.entity;
  assert.equal(id('Harun'), id('Harun Osman Lidi'));
});

test('a company\'s head noun inside a role names no body ("Chief Human Resources Officer Ann Velo")', () => {
  const found = names('The firm said Chief Human Resources Officer Ann Velo would leave in May.');
  assert.ok(found.includes('Ann Velo:person'), found.join(', '));
  assert.ok(!found.some((n) => n.includes('Resources')), found.join(', '));
});

test('a known place and a guessed name side by side that open a body\'s name are that body ("Harbin Blue Kite" after "Harbin Blue Kite Freight")', () => {
  const text = 'Drivers at Harbin Blue Kite Freight agreed, and Harbin Blue Kite said pay would rise. The depot is in Harbin.';
  const a = analyze(text);
  const mention = (s: string) => a.entities.find((e) => text.slice(e.start, e.end) === s);
  assert.equal(mention('Harbin Blue Kite')?.entity, mention('Harbin Blue Kite Freight')?.entity, a.entities.map((e) => e.text).join(', '));
  assert.equal(mention('Harbin')?.type, 'location');
});
