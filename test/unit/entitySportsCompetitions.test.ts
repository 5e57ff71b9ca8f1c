import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A league played for is a competition (an event), not a body; a party or an alliance called a league stays a body.

const types = (text: string, name: string): string[] => analyze(text).entities.filter((m) => m.text === name).map((m) => m.type);

test('a premier, super or champions league is a competition', () => {
  const text = 'Harwick Rovers moved up to fourth in the Premier League with a 2-0 win. Their rivals sit top of the Varnian Super League, and both hope to reach the Champions League.';
  assert.deepEqual(types(text, 'Premier League'), ['event']);
  assert.deepEqual(types(text, 'Varnian Super League'), ['event']);
  assert.deepEqual(types(text, 'Champions League'), ['event']);
});

test('a league of parties or states stays a body', () => {
  assert.deepEqual(types('The Varnian Democratic League won 40 seats, and the Northern League said it would join them.', 'Northern League'), ['organization']);
});

test("a wire's sport label before a headline or a photo caption is no part of a name", () => {
  const text =
    "Tennis-Dravik's long wait ends with a title in Leeds\n\nSoccer Football - Varnian Cup - Harwick Rovers v Leeds City - Marston Park\n\n" +
    'LEEDS - Ana Dravik won her first title in three years on Sunday. Dravik beat the top seed in straight sets.';
  const names = analyze(text).entities.map((m) => m.text);
  assert.ok(names.includes('Dravik'), names.join(', '));
  for (const label of ['Tennis-Dravik', 'Soccer Football', 'Soccer', 'Tennis']) assert.ok(!names.includes(label), names.join(', '));
});
