import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Capitalized pieces that name nothing: market codes, units and file words, link ids, common words.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('every code of a bracketed list of market codes is a code, not a name', () => {
  const found = mentions('Dorvale Foods Plc (DVF.L, DVFLY.PK, DVFLF.PK) said on Tuesday its profit rose.');
  assert.ok(found.includes('Dorvale Foods Plc/organization'), found.join(', '));
  for (const code of ['DVF/', 'DVFLY/', 'DVFLF/', 'PK/', 'L/']) assert.ok(!found.some((f) => f.startsWith(code)), found.join(', '));
});
