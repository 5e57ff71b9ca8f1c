import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('"and" inside an initiative\'s name keeps it whole ("the Reef and Harbour Initiative", "the Seed, Soil and Rain Initiative")', () => {
  const text = 'Dorvale joined the Reef and Harbour Initiative in 2019. The Reef and Harbour Initiative paid for two jetties, and the Seed, Soil and Rain Initiative paid for wells.';
  const found = names(text);
  assert.equal(found.filter((n) => n === 'Reef and Harbour Initiative:organization').length, 2, found.join(', '));
  assert.ok(found.includes('Seed, Soil and Rain Initiative:organization'), found.join(', '));
  assert.ok(!found.some((n) => n.startsWith('Harbour Initiative') || n.startsWith('Rain Initiative')), found.join(', '));
});
