import type { Scan } from './entityScan';
import { type Candidate, claimOnce, type Named } from './identity';
import { foldForIdentity } from './normalize';
import { Gap, type Token } from './tokens';

// A body of three or more words goes by its opening words ("Al Noor" for "Al Noor Cold Chain"), which
// read alone look like a person's name. A body named after a person ("the Tomas Vrell Foundation") does
// not lend the person's name: the person is the one the name honours.

/** Head nouns of bodies, prizes and places named after a person; none of the opening words' body may hold one. */
const HONOURING_HEADS = new Set(
  'foundation|institute|trust|fund|prize|award|awards|centre|center|school|college|university|hospital|memorial|library|museum|stadium|arena|academy|society|scholarship|lecture|hall|park|airport|clinic|chair'.split('|'),
);

/** A body of three or more words whose name holds none of the heads of names honouring a person. */
function openedBody(t: readonly Token[], c: Candidate): boolean {
  if (c.type !== 'organization' || c.status === 'weak' || c.last - c.first < 2) return false;
  for (let w = c.first; w <= c.last; w++) if (HONOURING_HEADS.has((t[w] as Token).fold)) return false;
  return true;
}

/**
 * "Harbin Blue Sky" after "Harbin Blue Sky Logistics": two mentions side by side (a place the lists
 * know, then a guessed name) that together are the opening words of a body the article names are one
 * mention of that body. Pairs only, so the pass stays linear.
 */
export function joinBodyOpenings(s: Scan): void {
  let openings: Set<string> | undefined;
  for (const c of s.out) {
    if (!openedBody(s.t, c)) continue;
    for (let w = c.first + 1; w < c.last; w++) if ((s.t[w + 1] as Token).gap === Gap.Space) (openings ??= new Set()).add(foldForIdentity(s.text.slice(c.start, (s.t[w] as Token).end)));
  }
  if (!openings) return;
  const out: Candidate[] = [];
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const d = s.out[k + 1];
    const side = !!d && d.first === c.last + 1 && (s.t[d.first] as Token).gap === Gap.Space && d.status !== 'strong' && c.type !== 'organization';
    if (side && openings.has(foldForIdentity(s.text.slice(c.start, d.end)))) {
      out.push({ first: c.first, last: d.last, start: c.start, end: d.end, type: 'organization', status: 'guess', id: undefined, canonical: undefined });
      k++;
    } else out.push(c);
  }
  s.out = out;
}

/** The article's bodies of three or more words by each of their openings of two or more words; shared by two bodies, of neither. */
export function bodyOpenings(text: string, t: readonly Token[], candidates: readonly Candidate[], base: readonly (Named | null)[]): Map<string, Named | null> | undefined {
  let openings: Map<string, Named | null> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (!named || named.type !== 'organization' || !openedBody(t, c)) continue;
    for (let w = c.first + 1; w < c.last; w++) {
      const word = t[w] as Token;
      const next = t[w + 1] as Token;
      // Whole words of the name, no half of a hyphenated one.
      if (!word.cap || next.gap !== Gap.Space) continue;
      claimOnce((openings ??= new Map()), foldForIdentity(text.slice(c.start, word.end)), named);
    }
  }
  return openings;
}
