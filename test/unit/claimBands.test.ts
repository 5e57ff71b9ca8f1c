import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClaimBands } from '../../server/src/workspace/claimBands';
import { claimSignature } from '../../server/src/workspace/claimFingerprint';

const SAID = 'the negotiations over fishing rights will resume next week in geneva with both delegations present';
const NEAR = 'the negotiations over fishing rights will resume next week in geneva with both delegations attending';
const OTHER = 'harbour workers have waited far too long for an answer from the capital about their wages';

function bandsOf(texts: string[]): { bands: ClaimBands; signatures: Uint32Array[] } {
  const signatures = texts.map((t) => claimSignature(t)!);
  const bands = new ClaimBands((ref) => signatures[ref] ?? null);
  signatures.forEach((s, ref) => bands.add(ref, s));
  return { bands, signatures };
}

const near = (bands: ClaimBands, s: Uint32Array) => {
  const out: number[] = [];
  bands.similar(s, (ref) => out.push(ref));
  return out.sort((a, b) => a - b);
};

test('a statement repeated many times finds every copy and its near duplicates, and nothing else', () => {
  const texts = [...Array.from({ length: 500 }, () => SAID), NEAR, OTHER, OTHER];
  const { bands, signatures } = bandsOf(texts);
  const found = near(bands, signatures[0]!);
  assert.deepEqual(found, Array.from({ length: 501 }, (_, i) => i), 'expected the 500 copies and the near duplicate');
  assert.deepEqual(near(bands, signatures[501]!), [501, 502], 'expected the other statement to find only its own copies');
});

test('removing claims keeps the rest findable, whichever copy was removed first', () => {
  const texts = [SAID, SAID, SAID, OTHER];
  const { bands, signatures } = bandsOf(texts);
  bands.remove(0, signatures[0]!);
  assert.deepEqual(near(bands, signatures[1]!), [1, 2], 'expected the remaining copies after the first went');
  bands.remove(2, signatures[2]!);
  bands.remove(1, signatures[1]!);
  assert.deepEqual(near(bands, signatures[1]!), [], 'expected nothing once every copy went');
  assert.deepEqual(near(bands, signatures[3]!), [3], 'expected the other statement untouched');
  bands.add(1, signatures[1]!);
  assert.deepEqual(near(bands, signatures[0]!), [1], 'expected a claim added again to be found');
});
