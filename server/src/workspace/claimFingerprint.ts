import { fold, words } from './textFold';

/** Number of MinHash functions; 32 gives a Jaccard estimate within about ±0.09. */
export const SIGNATURE_SIZE = 32;
/** LSH bands of `SIGNATURE_SIZE / BANDS` rows: pairs above about 0.6 similarity share a band. */
export const BANDS = 8;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Claims shorter than this many words are too generic to link ("he said this"). */
export const MIN_CLAIM_WORDS = 6;
/** Estimated Jaccard similarity at or above which two claims count as the same. */
export const SAME_CLAIM_SIMILARITY = 0.6;

const SHINGLE = 3;

function mix(x: number, seed: number): number {
  // A murmur3 finaliser over the value xor a per-function seed: cheap independent hash functions.
  return finalise((x ^ Math.imul(seed, 0x9e3779b1)) >>> 0);
}

function finalise(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The per-function seeds of the signature, as `mix` makes them, worked out once. */
const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, k) => Math.imul(k + 1, 0x9e3779b1));

/** FNV-1a (32 bits) of the words joined by spaces, without joining them: every claim of every article is shingled. */
function hashShingle(a: string, b: string, c: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The MinHash signature of a claim's words (case, diacritics and punctuation
 * ignored; overlapping three-word shingles), or null when the claim is too
 * short to say anything specific.
 */
export function claimSignature(text: string): Uint32Array | null {
  const tokens = words(plainPunctuated(text) ? text.toLowerCase() : fold(text));
  if (tokens.length < MIN_CLAIM_WORDS) return null;
  const shingles = new Int32Array(tokens.length - SHINGLE + 1);
  for (let i = 0; i < shingles.length; i++) shingles[i] = hashShingle(tokens[i]!, tokens[i + 1]!, tokens[i + 2]!);
  const signature = new Uint32Array(SIGNATURE_SIZE);
  // One hash function at a time over every shingle: the running minimum stays in a register.
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const seed = SEEDS[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const v = finalise((shingles[i]! ^ seed) >>> 0);
      if (v < min) min = v;
    }
    signature[k] = min;
  }
  return signature;
}

/**
 * Whether the text is ASCII but for curly quotes and dashes, whose words the
 * full fold leaves as they are: no mojibake lead byte, nothing to decompose,
 * and what it unifies (quotes, dashes, spaces) separates words either way.
 * Most claims are such text, and the full fold is most of a signature's cost.
 */
function plainPunctuated(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

/** Estimated Jaccard similarity of two signatures' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * The LSH band keys of a signature: claims that share one are candidates. A
 * collision only adds a candidate, which the similarity check then drops.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = mix(signature[b * ROWS + r]!, h + 7);
    keys.push(h);
  }
  return keys;
}
