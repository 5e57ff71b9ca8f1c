import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A treaty's word and its "of" phrase name one agreement, with the "and" and the "in" of its title.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test("a treaty's whole title is one name, an agreement", () => {
  const found = mentions('The envoys signed the Treaty of Trust and Neighbourliness in Southern Varnia on Monday. The Treaty of Kelby ended the dispute.');
  assert.ok(found.includes('Treaty of Trust and Neighbourliness in Southern Varnia/event'), found.join(', '));
  assert.ok(found.includes('Treaty of Kelby/event'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Treaty/') || f.startsWith('Trust/') || f.startsWith('Kelby/')), found.join(', '));
});
