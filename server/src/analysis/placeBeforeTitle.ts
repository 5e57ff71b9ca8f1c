import { nameShaped, type Scan } from './entityScan';
import type { Candidate } from './identity';
import { isGivenName } from './givenNames';
import { Gap, type Token } from './tokens';

// "Kelby Mayor Ann Roe", "Harwick Member of Parliament Tom Galt": an office held for a place takes the place's
// name before it, as "Texas Governor" does; no list knows a small town, so the title is the evidence.

/** Titles of offices held for a town, a county or a seat. */
const PLACE_BOUND_TITLES = new Set([
  'mayor', 'governor', 'premier', 'senator', 'councillor', 'councilor', 'cllr', 'councilmember', 'councilman', 'councilwoman', 'alderman', 'alderwoman',
  'sheriff', 'assemblyman', 'assemblywoman', 'assemblymember', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'legislator', 'member',
]);

/** Most words of a place's name before the title. */
const MAX_PLACE_WORDS = 3;

/**
 * Words p..q, no list knows, right before a place-bound title at q + 1: a place's name where each word is shaped as a
 * name, none is written in lowercase in the article, and the first is no given name ("Ann Mayor" is no one's town).
 */
export function placeBeforeTitle(s: Scan, p: number, q: number): boolean {
  const title = s.t[q + 1];
  if (!title || title.gap !== Gap.Space || !title.cap || title.upper || !PLACE_BOUND_TITLES.has(title.fold) || q - p + 1 > MAX_PLACE_WORDS) return false;
  if (isGivenName((s.t[p] as Token).fold)) return false;
  for (let k = p; k <= q; k++) {
    const w = s.t[k] as Token;
    if (!nameShaped(w) || w.upper || w.flags !== 0 || s.tk.lowercaseWords.has(w.fold) || (k > p && w.gap !== Gap.Space && w.gap !== Gap.Hyphen)) return false;
  }
  return true;
}

/** Words in a holder's brackets that name a party or a stance, not a ward. */
const PARTY_WORDS = new Set(['independent', 'independents', 'green', 'greens', 'labour', 'liberal', 'reform', 'conservative', 'democrat', 'republican', 'unionist', 'alliance', 'nonpartisan']);

/**
 * "Cllr Ann Roe (Dorrowby)", "Councillor Tom Galt (Upper Harwick)": words alone in brackets right after the name of a
 * person a place-bound title opens are the ward or town the holder sits for; not a party's short form ("(Lab)").
 */
export function wardAfterHolder(s: Scan, p: number, q: number): boolean {
  const t = s.t;
  const first = t[p] as Token;
  const holder = s.out[s.out.length - 1] as Candidate | undefined;
  if (!holder || holder.type !== 'person' || q - p + 1 > MAX_PLACE_WORDS || first.text.length < 4) return false;
  if (s.text.charCodeAt(first.start - 1) !== 0x28 || s.text.charCodeAt((t[q] as Token).end) !== 0x29 || holder.end !== first.start - 2 || s.text.charCodeAt(holder.end) !== 0x20) return false;
  const title = t[holder.first - 1];
  if (!title || !title.cap || !PLACE_BOUND_TITLES.has(title.fold)) return false;
  for (let k = p; k <= q; k++) {
    const w = t[k] as Token;
    if (!nameShaped(w) || w.upper || PARTY_WORDS.has(w.fold) || (k > p && w.gap !== Gap.Space && w.gap !== Gap.Hyphen)) return false;
  }
  return true;
}
