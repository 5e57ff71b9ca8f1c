import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a name and verb between two quoted parts after "!" attribute both ("Yes!" Ann Roe said. "...")', () => {
  const a = analyze(BODY + 'Tomas Grell scored late for Kelby Rovers.\n\n"At last, at last!" Ann Roe said. "We trained hard for this and it came today. We needed it for the squad."');
  const c = claimStarting(a, '"At last, at last!"');
  assert.equal(c.speaker, idOf(a, 'Ann Roe'), `the exclamation is hers: ${JSON.stringify(a.claims.map((x) => [x.text, x.speaker]))}`);
  assert.ok(c.text.includes('We needed it'), 'the quotation after the name is one claim with it');
});
