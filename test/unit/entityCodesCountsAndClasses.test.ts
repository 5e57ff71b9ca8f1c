import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Capitals and numbered words that name nothing: a currency's code after its amount, a rule's "Part 8", a class of
// countries or firms ("LDC", "SMEs"); and an ordinal that counts a meeting is no part of the body that meets.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test("a currency's code after its amount and a rule's numbered part are no names", () => {
  const found = mentions('Officers seized over $196,000 CAD and 4.5 million EUR in cash. Councillors postponed a Part 8 motion on the Kelby estate.');
  assert.ok(!found.some((f) => f.startsWith('CAD/') || f.startsWith('EUR/') || f.startsWith('Part')), found.join(', '));
});

test('a class of countries or firms in capitals is no body', () => {
  const found = mentions('The ministers will prepare for graduation from LDC, reads a press release. Loans to SMEs rose as FDI inflows fell.');
  assert.ok(!found.some((f) => /^(LDC|SMEs|FDI)\//.test(f)), found.join(', '));
});

test("an ordinal that counts a body's meetings is no part of the body's name", () => {
  const found = mentions('They met on the sidelines of the 18th VARNEX ministerial meeting in Kelby. A ruling by the 9th U.S. Circuit Court of Appeals stood.');
  assert.ok(found.includes('VARNEX/organization'), found.join(', '));
  assert.ok(found.includes('9th U.S. Circuit Court of Appeals/organization'), found.join(', '));
});
