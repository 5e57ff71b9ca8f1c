import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a nickname in quotes between a given name and a surname is inside one person\'s name', () => {
  const text = 'President Tomas “Bongo” Velkin Jr. will attend the summit. Former champion Peter \'The Hammer\' Dal said he would return. Velkin and Dal met.';
  const found = names(text);
  for (const n of ['Tomas “Bongo” Velkin Jr.:person', 'Peter \'The Hammer\' Dal:person', 'Velkin:person', 'Dal:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  assert.equal(found.length, 4, found.join(', '));
  const a = analyze(text);
  const id = (s: string) => a.entities.find((e) => text.slice(e.start, e.end) === s)?.entity;
  assert.equal(id('Velkin'), id('Tomas “Bongo” Velkin Jr.'));
});

test('a quoted title after a name is no nickname ("Ann Roe "Rivers" premiered")', () => {
  const found = names('Director Ann Roe “Northern Rivers” premiered on Friday in Corvale.');
  assert.ok(found.includes('Ann Roe:person'), found.join(', '));
});
