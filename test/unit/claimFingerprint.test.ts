import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandKeys, claimSignature, similarity } from '../../server/src/workspace/claimFingerprint';

const claim = 'The two sides agreed to establish a new director-general level South Korea-NATO defense industry consultation body';

test('the same claim, differently cased and punctuated, has the same signature', () => {
  const a = claimSignature(claim)!;
  const b = claimSignature(`"${claim.toUpperCase()}!"`)!;
  assert.equal(similarity(a, b), 1);
  assert.deepEqual(bandKeys(a), bandKeys(b));
});

test('a nearly identical claim is similar, an unrelated one is not', () => {
  const a = claimSignature(claim)!;
  const near = claimSignature(claim.replace('a new', 'a brand new'))!;
  const far = claimSignature('Prices of rice rose sharply in the capital markets during the last three weeks of trading')!;
  assert.ok(similarity(a, near) >= 0.6, `expected near-duplicates to be similar, got ${similarity(a, near)}`);
  assert.ok(similarity(a, far) < 0.2, `expected unrelated claims to differ, got ${similarity(a, far)}`);
});

test('short claims are too generic to link', () => {
  assert.equal(claimSignature('we agree'), null);
  assert.equal(claimSignature(''), null);
});
