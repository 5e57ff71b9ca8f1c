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
