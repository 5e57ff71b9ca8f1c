import type { GazMatch, Scan } from './entityScan';
import type { Candidate } from './identity';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// A club named after its city and a place noun ("Nottingham Forest", "Port Vale"): where the
// article calls the club by the place noun alone as a body ("Forest head coach"), the full name
// is that body too, not a place.

/** Retypes "City Forest" places as organizations where "Forest" alone is one in the article. */
export function clubsByPlaceNoun(s: Scan): void {
  let short: Set<string> | undefined;
  for (const c of s.out) {
    const tok = s.t[c.first] as Token;
    // "Murang’a County": a place noun that is an organization only because nothing said otherwise is no club.
    if (c.type === 'organization' && c.status !== 'default' && c.first === c.last && tok.cap && !tok.upper && (tok.flags & Lex.LocationHead) !== 0) (short ??= new Set()).add(tok.fold);
  }
  if (!short) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (c.type !== 'location' || c.last !== c.first + 1 || !short.has((s.t[c.last] as Token).fold)) continue;
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'organization', status: c.status, id: undefined, canonical: undefined };
  }
}

/** "Paris Saint-Germain": a city and a saint's hyphened name after it name a club; the last token, or -1. */
export function cityAndSaint(s: Scan, p: number, b: number, known: GazMatch | null): number {
  if (!known || known.entry.type !== 'location' || known.last !== p || p + 2 > b) return -1;
  const saint = s.t[p + 1] as Token;
  const name = s.t[p + 2] as Token;
  if (saint.gap !== Gap.Space || !saint.cap || (saint.fold !== 'saint' && saint.fold !== 'st')) return -1;
  return name.gap === Gap.Hyphen && name.cap ? p + 2 : -1;
}
