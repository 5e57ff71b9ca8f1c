import type { GazMatch, Scan } from './entityScan';
import type { Token } from './tokens';

// "the Velmora Government", "the Kenyan Government": a sovereign state's name or its nationality before
// "Government" is the state, and "Government" only says which of its parts acts, as in lowercase. A state's
// or a tier's own body keeps its name ("Lagos State Government", "Federal Government").

/** Whether the known name `known` from token p is a country or its nationality, and "Government" alone follows it to end the run. */
export function countryBeforeGovernment(s: Scan, known: GazMatch | null, r: number, b: number): boolean {
  if (!known || known.last + 1 !== r || r !== b) return false;
  const head = s.t[r] as Token;
  if (head.fold !== 'government' || head.upper) return false;
  const entry = known.entry;
  return (entry.type === 'location' && !entry.minor && entry.rank === 0) || entry.type === 'nationality';
}
