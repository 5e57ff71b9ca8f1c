import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('the word after a line-opening date stamp opens the headline, so a common word there names nothing ("date 2024-05-02 Public transport ...")', () => {
  const text = ' date 2024-05-02 Public transport free as Corvale rail line reopens\n\nBuses will be free, and some rail services in Corvale will resume on Thursday.';
  const found = names(text);
  assert.ok(!found.some((n) => n.startsWith('Public')), found.join(', '));
  assert.ok(found.includes('Corvale:location'), found.join(', '));
});
