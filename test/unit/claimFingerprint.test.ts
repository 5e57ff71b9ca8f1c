import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandKeys, claimSignature, claimSignatureInto, similarity } from '../../server/src/workspace/claimFingerprint';
import { fold, words } from '../../server/src/workspace/textFold';

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

/** The signature as first written: the full fold, then every hash function per shingle. */
function referenceSignature(text: string): Uint32Array | null {
  const tokens = words(fold(text));
  if (tokens.length < 6) return null;
  const finalise = (x: number) => {
    let h = x;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const signature = new Uint32Array(32).fill(0xffffffff);
  for (let i = 0; i + 3 <= tokens.length; i++) {
    const h = fnv(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
    for (let k = 0; k < 32; k++) {
      const v = finalise((h ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

test('signatures equal the full fold’s, for plain, curly-quoted, accented, mojibake and odd-space claims', () => {
  const claims = [
    claim,
    `“${claim},” he said — and ‘meant it’ – twice`,
    'Erdoğan told reporters in İstanbul that Türkiye would “never” accept the plan',
    'TÃ¼rkiye and the Republic of Korea signed the â€œlandmarkâ€ deal on Monday',
    'Prices rose ½ percent\u00a0in the ² quarter, the ministry’s spokesman said on Tuesday',
    'The ﬁrst ﬂight to Zürich left at dawn with Ørsted’s chief executive aboard',
    'Officials said\r\nthe talks\twould resume next week in Geneva after the break',
    '“Short one,” he said',
  ];
  for (const text of claims) assert.deepEqual(claimSignature(text), referenceSignature(text), `expected the signature of ${JSON.stringify(text)} to be unchanged`);
});

test('a claim read in place from its article has the signature of the claim cut out, long claims too', () => {
  const long = Array.from({ length: 300 }, (_, i) => `Word${i} of THE 2nd-round talks`).join(', ');
  const article = `HEADLINE\n\n“${claim},” the minister said. ${long}. “We agree,” she added.`;
  for (const part of [claim, long, 'We agree']) {
    const start = article.indexOf(part);
    const out = new Uint32Array(3 * 32).fill(7);
    const linked = claimSignatureInto(article, start, start + part.length, out, 32);
    const expected = referenceSignature(part);
    assert.equal(linked, expected !== null);
    assert.deepEqual(out.subarray(32, 64), expected ?? new Uint32Array(32).fill(7), `expected the signature of ${part.slice(0, 30)}…`);
    assert.deepEqual([...out.subarray(0, 32), ...out.subarray(64)], new Array(64).fill(7), 'only its own slot is written');
  }
});
