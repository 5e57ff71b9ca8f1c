import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Capitals and numbered words that name nothing: a currency's code after its amount, a rule's "Part 8", a class of
// countries or firms ("LDC", "SMEs"); and an ordinal that counts a meeting is no part of the body that meets.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test("a currency's code after its amount and a rule's numbered part are no names", () => {
  const found = mentions('Customs found $83,500 CAD and 2.1 million EUR in a van. Councillors deferred a Part 8 motion on the Kelby estate.');
  assert.ok(!found.some((f) => f.startsWith('CAD/') || f.startsWith('EUR/') || f.startsWith('Part')), found.join(', '));
});

test('a class of countries or firms in capitals is no body', () => {
  const found = mentions('The island expects to leave LDC status by 2030. Loans to SMEs rose as FDI inflows fell.');
  assert.ok(!found.some((f) => /^(LDC|SMEs|FDI)\//.test(f)), found.join(', '));
});

test("an ordinal that counts a body's meetings is no part of the body's name", () => {
  const found = mentions('Delegates gathered in Kelby for the 23rd VARNEX ministerial meeting. A ruling by the 9th U.S. Circuit Court of Appeals stood.');
  assert.ok(found.includes('VARNEX/organization'), found.join(', '));
  assert.ok(found.includes('9th U.S. Circuit Court of Appeals/organization'), found.join(', '));
});
