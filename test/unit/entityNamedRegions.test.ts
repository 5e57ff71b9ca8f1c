import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Deserts, rivers and regions news names alone are places, before a verb or a noun as much as after "in".

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a desert, a river or an industrial region named alone is a place, not a body', () => {
  const found = mentions('The Ruhr shed thousands of steel jobs last year. Sahara winds lifted red dust over the harbour, and the Danube rose overnight.');
  for (const place of ['Ruhr', 'Sahara', 'Danube']) assert.ok(found.includes(`${place}/location`), found.join(', '));
});
