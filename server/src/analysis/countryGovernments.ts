import type { GazMatch, Scan } from './entityScan';
import type { Token } from './tokens';

// "the Velmora Government": a sovereign state's name before "Government" is the state, and "Government" only
// says which of its parts acts, as in lowercase. A nationality's ("the Welsh Government", "the Victorian
// Government") is most often a devolved or state government's own name, and a tier's ("Lagos State
// Government", "Federal Government") is: they keep their names.

/** Whether the known name `known` from token p is a country, and "Government" alone follows it to end the run. */
export function countryBeforeGovernment(s: Scan, known: GazMatch | null, r: number, b: number): boolean {
  if (!known || known.last + 1 !== r || r !== b) return false;
  const head = s.t[r] as Token;
  if (head.fold !== 'government' || head.upper) return false;
  const entry = known.entry;
  return entry.type === 'location' && !entry.minor && entry.rank === 0;
}
