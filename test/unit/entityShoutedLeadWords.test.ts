import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A local paper's first word in capitals ("COUNCILLORS have approved") is an ordinary word, not a body's acronym.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a lead word in capitals before lowercase words is no body; acronyms opening sentences still are', () => {
  assert.deepEqual(mentions('COUNCILLORS have approved a new library.\nThe vote was close.'), []);
  const plans = mentions('PLANS to build 40 flats were approved.\nThe plans include shops. OPEC agreed to cut output, and FRELIMO won.');
  assert.ok(!plans.some((f) => f.startsWith('PLANS')), plans.join(', '));
  for (const name of ['OPEC', 'FRELIMO']) assert.ok(plans.includes(`${name}/organization`), plans.join(', '));
});
