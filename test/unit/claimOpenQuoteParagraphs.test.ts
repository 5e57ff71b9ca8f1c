import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a first-person paragraph with no marks after a quotation left open goes on with that quotation', () => {
  const a = analyze(
    BODY +
      'Speaking in the chamber, Minister Ann Roe said: “I brought in two measures to help growers hit by the drought.\n' +
      'I expect payments to eligible growers under the transport measure to start this week.\n' +
      'The minister added: “A helpline has been set up for growers.”',
  );
  assert.equal(claimStarting(a, 'I expect payments').speaker, idOf(a, 'Ann Roe'));
});

test('a paragraph of story after a closed quotation is no quotation, first person or not', () => {
  const a = analyze(BODY + 'Minister Ann Roe said: “Growers need rain.”\nThe ministry said it had paid 400 growers.\nWe visited the farms on Monday.');
  assert.ok(!a.claims.some((c) => c.text.startsWith('We visited')), JSON.stringify(a.claims.map((c) => c.text)));
});
