import { type Candidate, claimOnce, type Named } from './identity';
import { Gap, type Token } from './tokens';

// A police notice or a court report gives a person's middle name once ("Tomas Arvid Brenn") and the
// name without it elsewhere ("Tomas Brenn"). Both are one person: otherwise the surname alone ("Brenn")
// would be a short form shared by two names and belong to neither.

/**
 * Gives a two-word person name the id of the one longer name the article writes with the same first and
 * last words and given names between them. `base` is changed in place.
 */
export function joinMiddleNames(t: readonly Token[], candidates: readonly Candidate[], base: (Named | null)[]): void {
  let longer: Map<string, Named | null> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (!named || c.type !== 'person' || c.status === 'weak' || c.last - c.first < 2 || !plainWords(t, c)) continue;
    claimOnce((longer ??= new Map()), endsKey(t, c), named);
  }
  if (!longer) return;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (!named || c.type !== 'person' || c.last !== c.first + 1 || !plainWords(t, c)) continue;
    const full = longer.get(endsKey(t, c));
    if (full && full.id !== named.id) base[k] = full;
  }
}

/** First and last word of a name, folded. */
function endsKey(t: readonly Token[], c: Candidate): string {
  return `${(t[c.first] as Token).fold} ${(t[c.last] as Token).fold}`;
}

/** Capitalized words joined by single spaces: no hyphenated, dotted or apostrophe parts to misread. */
function plainWords(t: readonly Token[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) {
    const w = t[k] as Token;
    if (!w.cap || w.upper || (k > c.first && w.gap !== Gap.Space)) return false;
  }
  return true;
}
