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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bits) of the words joined by spaces, without joining them: every claim of every article is shingled. */
function hashShingle(a: string, b: string, c: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), FNV_PRIME);
  h = Math.imul(h ^ 32, FNV_PRIME);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), FNV_PRIME);
  h = Math.imul(h ^ 32, FNV_PRIME);
  for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** `hashShingle` of three words given as ranges of plain text, lower-cased as they are read (`| 0x20` lowers an ASCII letter and keeps a digit). */
function hashRanges(text: string, bounds: Int32Array, w: number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < SHINGLE; k++) {
    if (k > 0) h = Math.imul(h ^ 32, FNV_PRIME);
    const end = bounds[2 * (w + k) + 1]!;
    for (let i = bounds[2 * (w + k)]!; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), FNV_PRIME);
  }
  return h >>> 0;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Word starts and ends, reused from claim to claim: a signature then allocates only itself. */
let wordBounds = new Int32Array(256);
let shingleScratch = new Int32Array(128);

/**
 * The words of `text[start, end)` when it is plain punctuated text, as
 * start/end pairs in `wordBounds`: the words `words(text.toLowerCase())`
 * gives, since the only letters and digits of such text are ASCII ones.
 */
function plainWordBounds(text: string, start: number, end: number): number {
  let n = 0;
  let from = -1;
  for (let i = start; i <= end; i++) {
    const word = i < end && isAsciiWordCode(text.charCodeAt(i));
    if (word) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      if (2 * n + 2 > wordBounds.length) {
        const grown = new Int32Array(wordBounds.length * 2);
        grown.set(wordBounds);
        wordBounds = grown;
      }
      wordBounds[2 * n] = from;
      wordBounds[2 * n + 1] = i;
      n++;
      from = -1;
    }
  }
  return n;
}

/**
 * The MinHash signature of a claim's words (case, diacritics and punctuation
 * ignored; overlapping three-word shingles), or null when the claim is too
 * short to say anything specific.
 */
export function claimSignature(text: string): Uint32Array | null {
  const signature = new Uint32Array(SIGNATURE_SIZE);
  return claimSignatureInto(text, 0, text.length, signature, 0) ? signature : null;
}

/**
 * Writes the signature of the claim `text[start, end)` into `out` at `at`, as
 * `claimSignature` gives it, without slicing the claim out of its article;
 * false (and nothing written) for a claim too short to link.
 */
export function claimSignatureInto(text: string, start: number, end: number, out: Uint32Array, at: number): boolean {
  let shingleCount: number;
  if (plainPunctuated(text, start, end)) {
    const words = plainWordBounds(text, start, end);
    if (words < MIN_CLAIM_WORDS) return false;
    shingleCount = words - SHINGLE + 1;
    if (shingleScratch.length < shingleCount) shingleScratch = new Int32Array(shingleCount * 2);
    for (let i = 0; i < shingleCount; i++) shingleScratch[i] = hashRanges(text, wordBounds, i);
  } else {
    const tokens = words(fold(text.slice(start, end)));
    if (tokens.length < MIN_CLAIM_WORDS) return false;
    shingleCount = tokens.length - SHINGLE + 1;
    if (shingleScratch.length < shingleCount) shingleScratch = new Int32Array(shingleCount * 2);
    for (let i = 0; i < shingleCount; i++) shingleScratch[i] = hashShingle(tokens[i]!, tokens[i + 1]!, tokens[i + 2]!);
  }
  const shingles = shingleScratch;
  // Four hash functions at a time over every shingle (`SIGNATURE_SIZE` is a multiple of four): the four running
  // minima stay in registers and each shingle is read once per four, about a third faster than one at a time.
  for (let k = 0; k < SIGNATURE_SIZE; k += 4) {
    const s0 = SEEDS[k]!;
    const s1 = SEEDS[k + 1]!;
    const s2 = SEEDS[k + 2]!;
    const s3 = SEEDS[k + 3]!;
    let m0 = 0xffffffff;
    let m1 = m0;
    let m2 = m0;
    let m3 = m0;
    for (let i = 0; i < shingleCount; i++) {
      const x = shingles[i]!;
      const v0 = finalise(x ^ s0);
      if (v0 < m0) m0 = v0;
      const v1 = finalise(x ^ s1);
      if (v1 < m1) m1 = v1;
      const v2 = finalise(x ^ s2);
      if (v2 < m2) m2 = v2;
      const v3 = finalise(x ^ s3);
      if (v3 < m3) m3 = v3;
    }
    out[at + k] = m0;
    out[at + k + 1] = m1;
    out[at + k + 2] = m2;
    out[at + k + 3] = m3;
  }
  return true;
}

/**
 * Whether the text is ASCII but for curly quotes and dashes, whose words the
 * full fold leaves as they are: no mojibake lead byte, nothing to decompose,
 * and what it unifies (quotes, dashes, spaces) separates words either way.
 * Most claims are such text, and the full fold is most of a signature's cost.
 */
function plainPunctuated(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
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
