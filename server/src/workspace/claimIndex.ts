import { type ArticleRecord, claimCount, claimSignatureAt } from './articleRecord';
import { ClaimBands } from './claimBands';

/** A claim of an article, named by article and index. */
export interface ClaimRef {
  uri: string;
  index: number;
}

/** An indexed article as the claim index sees it: its record and the slot that numbers its claims. */
export interface ClaimHolder {
  readonly record: ArticleRecord;
  readonly slot: number;
}

/** Claims per article slot in a claim's reference number (slot * CLAIM_SLOTS + claim index). */
const CLAIM_SLOTS = 4096;
/** Answers kept per index state before all are dropped. */
const MEMO_LIMIT = 5_000;
/**
 * Waiting articles banded on the spot when corroboration is asked for (about
 * 0.1 ms each); more are left to the idle steps, so that the first code lens
 * after indexing 10,000 articles does not hold every request up for a second.
 */
const BAND_NOW = 100;

/**
 * Near-duplicate claims across the workspace: every article's claim signatures
 * in LSH bands, built lazily (a warm start need not pay for them).
 */
export class ClaimIndex {
  readonly #holderAt: (slot: number) => ClaimHolder | undefined;
  readonly #bands: ClaimBands;
  readonly #unbanded = new Set<ClaimHolder>();
  readonly #memo = new Map<string, { generation: number; refs: ClaimRef[] }>();

  /** `holderAt`: the article now in a slot, if any. */
  constructor(holderAt: (slot: number) => ClaimHolder | undefined) {
    this.#holderAt = holderAt;
    this.#bands = new ClaimBands((ref) => {
      const a = holderAt(Math.floor(ref / CLAIM_SLOTS));
      return a ? claimSignatureAt(a.record, ref % CLAIM_SLOTS) : null;
    });
  }

  /** An article came: its claims are banded on first use. */
  add(a: ClaimHolder): void {
    this.#unbanded.add(a);
  }

  /** An article went (before its slot is reused). */
  remove(a: ClaimHolder): void {
    if (this.#unbanded.delete(a)) return;
    this.#eachSignature(a, (ref, signature) => this.#bands.remove(ref, signature));
  }

  /** Articles whose claims are not in the bands yet. */
  get waiting(): number {
    return this.#unbanded.size;
  }

  /** Whether corroboration can be answered now: a few waiting articles are banded here, more make it wait. */
  ready(): boolean {
    if (this.#unbanded.size > BAND_NOW) return false;
    this.indexClaims();
    return true;
  }

  /**
   * Puts articles' claims into the LSH bands, at most `limit` articles; done
   * lazily (in full before the first corroboration query) or in idle chunks.
   * Returns whether articles are left.
   */
  indexClaims(limit = Number.POSITIVE_INFINITY): boolean {
    let n = 0;
    for (const a of this.#unbanded) {
      if (n++ >= limit) return true;
      this.#eachSignature(a, (ref, signature) => this.#bands.add(ref, signature));
      this.#unbanded.delete(a);
    }
    return false;
  }

  /**
   * Claims, outside the article `exceptUri`, whose signatures are near
   * `signature`, in uri then claim order; `generation` names the index state
   * the answer may be reused in.
   */
  similar(signature: Uint32Array, exceptUri: string, generation: number): ClaimRef[] {
    // A statement repeated across thousands of articles makes long candidate lists: answer once per index state.
    const key = `${exceptUri}\u0000${signature.join(',')}`;
    const hit = this.#memo.get(key);
    if (hit && hit.generation === generation) return hit.refs;
    const refs = this.#similar(signature, exceptUri);
    if (this.#memo.size > MEMO_LIMIT) this.#memo.clear();
    this.#memo.set(key, { generation, refs });
    return refs;
  }

  #similar(signature: Uint32Array, exceptUri: string): ClaimRef[] {
    this.indexClaims();
    const out: ClaimRef[] = [];
    this.#bands.similar(signature, (ref) => {
      const other = this.#holderAt(Math.floor(ref / CLAIM_SLOTS));
      if (other && other.record.uri !== exceptUri) out.push({ uri: other.record.uri, index: ref % CLAIM_SLOTS });
    });
    return out.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.index - y.index));
  }

  #eachSignature(a: ClaimHolder, visit: (ref: number, signature: Uint32Array) => void): void {
    const n = Math.min(claimCount(a.record), CLAIM_SLOTS);
    for (let i = 0; i < n; i++) {
      const signature = claimSignatureAt(a.record, i);
      if (signature) visit(a.slot * CLAIM_SLOTS + i, signature);
    }
  }
}
