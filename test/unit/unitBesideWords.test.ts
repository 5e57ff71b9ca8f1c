import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => e.text);

test('a currency code before an amount and a numbered stage are no names; longer capitalized words still are', () => {
  const found = names('Dunmore Harbour Trust paid Rs 1,200 for the plots.\nThe Phase 2 trial at Kelby Mills starts on Day 1, said Ilse Varga.');
  assert.ok(!found.includes('Rs'), found.join(', '));
  assert.ok(!found.includes('Phase'), found.join(', '));
  assert.ok(!found.includes('Day'), found.join(', '));
  assert.ok(found.includes('Kelby Mills') && found.includes('Ilse Varga'), found.join(', '));
});
