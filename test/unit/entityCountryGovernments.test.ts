import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}/${e.type}`);

test('a country before "Government" is the country; a nationality\'s, a state\'s or a tier\'s own government keeps its name', () => {
  const ents = found('The minister thanked the Kenya Government for hosting the students. The Welsh Government agreed, and the Lagos State Government objected.');
  assert.ok(ents.includes('Kenya/location'), ents.join(', '));
  assert.ok(ents.includes('Welsh Government/organization'), ents.join(', '));
  assert.ok(ents.includes('Lagos State Government/organization'), ents.join(', '));
  assert.ok(!ents.includes('Welsh/nationality'), ents.join(', '));
});
