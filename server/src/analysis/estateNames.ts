import type { Scan } from './entityScan';
import type { Token } from './tokens';

// "Ann Velder Estate", "the Kelby Estate": a housing estate is a place, as a town or a township is. "Real Estate"
// closing a name is a trade ("Kelvo Real Estate", "Harbour Real Estate Fund"), and the name is a firm's.

/** The name ending at `head` ends in "Real Estate": a property firm, not a housing estate. */
export function realEstate(s: Scan, head: number): boolean {
  const estate = s.t[head] as Token;
  const real = s.t[head - 1];
  return estate.fold === 'estate' && !!real && real.fold === 'real';
}
