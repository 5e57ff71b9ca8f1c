import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}/${e.type}`);

test('a country or its nationality before "Government" is the country; a state\'s or a tier\'s own government keeps its name', () => {
  const ents = found('The minister thanked the Kenya Government for hosting the students. The Indian Government agreed, and the Lagos State Government objected.');
  assert.ok(ents.includes('Kenya/location'), ents.join(', '));
  assert.ok(ents.includes('Indian/nationality'), ents.join(', '));
  assert.ok(ents.includes('Lagos State Government/organization'), ents.join(', '));
  assert.ok(!ents.some((e) => e.includes('Government/') && !e.startsWith('Lagos')), ents.join(', '));
});
