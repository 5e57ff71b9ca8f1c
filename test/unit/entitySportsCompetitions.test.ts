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
