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

/** The article's bodies of three or more words by each of their openings of two or more words; shared by two bodies, of neither. */
export function bodyOpenings(text: string, t: readonly Token[], candidates: readonly Candidate[], base: readonly (Named | null)[]): Map<string, Named | null> | undefined {
  let openings: Map<string, Named | null> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (!named || c.type !== 'organization' || named.type !== 'organization' || c.status === 'weak' || c.last - c.first < 2) continue;
    let honouring = false;
    for (let w = c.first; w <= c.last && !honouring; w++) honouring = HONOURING_HEADS.has((t[w] as Token).fold);
    if (honouring) continue;
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
