import { bandKeys, SAME_CLAIM_SIMILARITY, SIGNATURE_SIZE } from './claimFingerprint';

/** The signature of a claim by its reference number, read from the index's records. */
export type SignatureOf = (ref: number) => Uint32Array | null;

/** Keys kept to 30 bits stay small integers in V8's maps; a collision only adds a candidate. */
const KEY_MASK = 0x3fffffff;
const NEEDED = Math.ceil(SAME_CLAIM_SIMILARITY * SIGNATURE_SIZE - 1e-9);

/** One value under a key, or several: most keys hold one, and an array for each would cost ten times the memory. */
type OneOrMany = number | number[];

function addTo(map: Map<number, OneOrMany>, key: number, value: number): void {
  const v = map.get(key);
  if (v === undefined) map.set(key, value);
  else if (typeof v === 'number') map.set(key, [v, value]);
  else v.push(value);
}

function removeFrom(map: Map<number, OneOrMany>, key: number, value: number): void {
  const v = map.get(key);
  if (v === undefined) return;
  if (typeof v === 'number') {
    if (v === value) map.delete(key);
    return;
  }
  const at = v.indexOf(value);
  if (at >= 0) v.splice(at, 1);
  if (v.length === 1) map.set(key, v[0]!);
  else if (v.length === 0) map.delete(key);
}

function each(v: OneOrMany | undefined, visit: (n: number) => void): void {
  if (v === undefined) return;
  if (typeof v === 'number') visit(v);
  else for (const n of v) visit(n);
}

function first(v: OneOrMany): number {
  return typeof v === 'number' ? v : v[0]!;
}

function wholeHash(signature: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < signature.length; k++) h = Math.imul(h ^ signature[k]!, 0x01000193);
  return h & KEY_MASK;
}

function sameSignature(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Near-duplicate claims by locality-sensitive hashing of their MinHash
 * signatures. Claims with identical signatures form one group, banded and
 * compared once: a statement that wire copies repeat across thousands of
 * articles costs one comparison, not thousands, and one entry per band.
 */
export class ClaimBands {
  readonly #signatureOf: SignatureOf;
  /** Groups by a hash of the whole signature. */
  readonly #groupsByHash = new Map<number, OneOrMany>();
  /** Groups by band key. */
  readonly #bands = new Map<number, OneOrMany>();
  /** The claims of each group (empty slots are free). */
  readonly #members: (OneOrMany | undefined)[] = [];
  readonly #freeGroups: number[] = [];

  constructor(signatureOf: SignatureOf) {
    this.#signatureOf = signatureOf;
  }

  /** The group holding claims with exactly this signature, or -1. */
  #groupOf(signature: Uint32Array): number {
    let found = -1;
    each(this.#groupsByHash.get(wholeHash(signature)), (g) => {
      if (found >= 0) return;
      const theirs = this.#signatureOf(first(this.#members[g]!));
      if (theirs && sameSignature(theirs, signature)) found = g;
    });
    return found;
  }

  add(ref: number, signature: Uint32Array): void {
    const g = this.#groupOf(signature);
    if (g >= 0) {
      const m = this.#members[g]!;
      if (typeof m === 'number') this.#members[g] = [m, ref];
      else m.push(ref);
      return;
    }
    const group = this.#freeGroups.pop() ?? this.#members.length;
    this.#members[group] = ref;
    addTo(this.#groupsByHash, wholeHash(signature), group);
    for (const key of bandKeys(signature)) addTo(this.#bands, key & KEY_MASK, group);
  }

  /** Takes a claim out; `signature` must still be the one it was added with. */
  remove(ref: number, signature: Uint32Array): void {
    const g = this.#groupOf(signature);
    if (g < 0) return;
    const m = this.#members[g]!;
    if (typeof m !== 'number') {
      const at = m.indexOf(ref);
      if (at >= 0) m.splice(at, 1);
      if (m.length === 1) this.#members[g] = m[0]!;
      if (m.length > 0) return;
    } else if (m !== ref) {
      return;
    }
    removeFrom(this.#groupsByHash, wholeHash(signature), g);
    for (const key of bandKeys(signature)) removeFrom(this.#bands, key & KEY_MASK, g);
    this.#members[g] = undefined;
    this.#freeGroups.push(g);
  }

  /** Calls `visit` with every claim whose signature is near `signature` (the estimated similarity reaches the threshold). */
  similar(signature: Uint32Array, visit: (ref: number) => void): void {
    const seen = new Set<number>();
    for (const key of bandKeys(signature)) {
      each(this.#bands.get(key & KEY_MASK), (g) => {
        if (seen.has(g)) return;
        seen.add(g);
        const members = this.#members[g];
        const theirs = members === undefined ? null : this.#signatureOf(first(members));
        if (!theirs) return;
        let same = 0;
        for (let k = 0; k < SIGNATURE_SIZE; k++) if (theirs[k] === signature[k]) same++;
        if (same >= NEEDED) each(members, visit);
      });
    }
  }
}
