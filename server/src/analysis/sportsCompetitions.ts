import type { Scan } from './entityScan';
import type { Token } from './tokens';

// "the Premier League", "the Varnian Super League", "the Champions League": a league named for its rank or its
// entrants is a competition clubs play in (an event), as a cup is; a league of parties or states ("the Arab League",
// "the Awami League") is a body and keeps its type.

/** Words that name a league for its rank or its entrants. */
const COMPETITION_WORDS = new Set(['premier', 'super', 'champions', 'europa', 'conference', 'nations']);

/** Tokens p..last end in "League" with a word before it that makes it a competition. */
export function competitionLeague(s: Scan, p: number, last: number): boolean {
  const head = s.t[last] as Token;
  if (last <= p || head.fold !== 'league' || head.upper) return false;
  for (let k = p; k < last; k++) {
    const w = s.t[k] as Token;
    if (w.cap && !w.upper && COMPETITION_WORDS.has(w.fold)) return true;
  }
  return false;
}
