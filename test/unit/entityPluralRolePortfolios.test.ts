import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a portfolio after a plural role and "of" names no body ("the Ministers of Trade of the bloc")', () => {
  const found = names('The meeting of the Ministers of Trade of the bloc was held in Corvale on Monday. Later the Secretaries of Energy met.');
  assert.deepEqual(found.filter((n) => !n.startsWith('Corvale')), []);
});
