import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A minister's portfolios listed with commas before the role name no body.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test("portfolios listed with commas before a minister's role are no body", () => {
  const found = mentions('"The new pier opens in May," Fisheries, Harbours and Coastal Works Minister Dale Ferris said on Monday.');
  assert.ok(found.includes('Dale Ferris/person'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Fisheries')), found.join(', '));
});

test('known places listed before other words keep their names', () => {
  const found = mentions('Visitors came from Harwick, Oslo and Bergen on Monday.');
  for (const place of ['Oslo', 'Bergen']) assert.ok(found.includes(`${place}/location`), found.join(', '));
});
