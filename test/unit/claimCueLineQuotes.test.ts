import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, idOf } from './claimHelpers';

test('an "X said:" line and the quote line under it are one claim; the quote lines after it are one each', () => {
  const a = analyze(
    BODY +
      'The port opened a new berth in March.\nHarbour Secretary Lena Varga said:\n"The berth opens to the spring ferries from Kelby."\n"Every crew in the bay will dock sooner."\n',
  );
  const texts = a.claims.map((c) => c.text);
  assert.deepEqual(texts, [
    'Harbour Secretary Lena Varga said:\n"The berth opens to the spring ferries from Kelby."',
    '"Every crew in the bay will dock sooner."',
  ]);
  for (const c of a.claims) assert.equal(c.speaker, idOf(a, 'Lena Varga'));
});

test('a line that ends in "said." after words of its own stays its own claim', () => {
  const a = analyze(BODY + 'The port opened a new berth in March.\nThe berth will be ready in spring, Lena Varga said.\n"Every crew in the bay will dock sooner."\n');
  assert.equal(a.claims.length, 2, JSON.stringify(a.claims.map((c) => c.text)));
});
