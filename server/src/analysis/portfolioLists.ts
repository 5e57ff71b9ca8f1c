import type { Scan } from './entityScan';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// "Harbours, Fisheries and Coastal Safety Minister Dale Ferris": a minister's portfolios listed with commas
// before the role are the role's words, no body's name; only the last, joined to the role, was read as such.

/** Most tokens from a listed portfolio to its role. */
const MAX_LIST = 10;
/** Roles a list of a government's portfolios comes before. */
const LISTED_ROLES = new Set(['minister', 'secretary', 'commissioner']);

/** Whether the capitalized words first..last, then a comma, open a list of portfolios that ends in a minister's role. */
export function portfolioInList(s: Scan, first: number, last: number): boolean {
  const t = s.t;
  const end = t[last] as Token;
  if (last - first > 2 || s.text.charCodeAt(end.end) !== 0x2c) return false;
  for (let k = first; k <= last; k++) {
    const w = t[k] as Token;
    if (!w.cap || w.upper || (w.flags & (Lex.Title | Lex.Stop)) !== 0 || s.gaz.get(w.fold)) return false;
  }
  let and = false;
  for (let k = last + 1; k < t.length && k <= last + MAX_LIST; k++) {
    const w = t[k] as Token;
    if (w.lower) {
      if (w.fold !== 'and' || w.gap !== Gap.Space) return false;
      and = true;
      continue;
    }
    if (!w.cap || (w.gap !== Gap.Space && !(w.gap === Gap.Break && s.text.charCodeAt((t[k - 1] as Token).end) === 0x2c))) return false;
    if (LISTED_ROLES.has(w.fold) && and) return (t[k + 1] as Token | undefined)?.cap === true;
  }
  return false;
}
