import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A government's named plan, strategy or policy is a programme: the head noun ends no person's name.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a named plan, strategy or policy is a programme, no person', () => {
  const found = mentions('The council approved the Harbour Farming Plan and the Coastal Housing Strategy on Monday.');
  for (const name of ['Harbour Farming Plan', 'Coastal Housing Strategy']) assert.ok(found.includes(`${name}/product`), found.join(', '));
  // Opening a name, the word is a body's: "Policy Vardo said".
  const body = mentions('The charity Policy Vardo said it would help.');
  assert.ok(!body.some((m) => m.endsWith('/product')), body.join(', '));
});
