import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A role title before a name is no part of the name: local government's officers ("County Engineer"),
// and a minister's departments after "for" as after "of".

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test("a local officer's title is no part of the name after it", () => {
  const found = mentions('The plan follows County Engineer Ivo Marsh’s advice. City Clerk Bo Lantz read the motion and State Auditor Ken Mabry objected.');
  for (const name of ['Ivo Marsh', 'Bo Lantz', 'Ken Mabry']) assert.ok(found.includes(`${name}/person`), found.join(', '));
  assert.ok(!found.some((f) => /Engineer|Clerk|Auditor/.test(f)), found.join(', '));
});

test('departments after "for" and "and" end before the minister\'s name', () => {
  const found = mentions('Coordinating Minister for Ports Affairs and Investment Budi Santo Wiryo spoke on Thursday. Minister for Trade and Industry Karel Vostra agreed.');
  assert.ok(found.includes('Budi Santo Wiryo/person'), found.join(', '));
  assert.ok(found.includes('Karel Vostra/person'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Investment') || f.startsWith('Industry')), found.join(', '));
});

test('a two-word department after "and" still ends before a two-word name', () => {
  const found = mentions('Minister of Agriculture and Rural Development Anna Berg said the harvest was late.');
  assert.ok(found.includes('Anna Berg/person'), found.join(', '));
});
