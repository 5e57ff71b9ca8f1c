import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a first-person paragraph with no marks after a quotation left open goes on with that quotation', () => {
  const a = analyze(
    BODY +
      'At the harbour on Monday, Minister Ann Roe said: “We will dredge the channel before the autumn storms.\n' +
      'I want the first ships through by October, and I will pay for it from our own budget.\n' +
      'The minister added: “Pilots will get new charts.”',
  );
  assert.equal(claimStarting(a, 'I want the first ships').speaker, idOf(a, 'Ann Roe'));
});

test('a paragraph of story after a closed quotation is no quotation, first person or not', () => {
  const a = analyze(BODY + 'Minister Ann Roe said: “Growers need rain.”\nThe ministry said it had paid 400 growers.\nWe visited the farms on Monday.');
  assert.ok(!a.claims.some((c) => c.text.startsWith('We visited')), JSON.stringify(a.claims.map((c) => c.text)));
});
