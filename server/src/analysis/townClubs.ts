import type { Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { type Candidate, plainIdOf } from './identity';
import { sportsClubContext } from './nameEvidence';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// A club named by its town ("Everton 2-0 Liverpool ... Liverpool's blushes"): once a sentence's sport shows the
// town is a team, its other bare mentions in the article are the team too, except where a preposition places
// something in the town ("fans in Liverpool"). A town and "City" shown to be a club ("Kelby City 1-0", "a win over Kelby
// City") make every mention of the pair the club, and the bare town too, under the pair's name.

/** Prepositions after which a town is the place, whatever the article's sport. */
const PLACING = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'of']);

/** Words before "over", "against", "to" or "with" that make the town after them a match's opponent. */
const MATCH_NOUNS = new Set([
  'win', 'wins', 'won', 'victory', 'defeat', 'defeats', 'lost', 'loss', 'losing', 'draw', 'drew', 'drawn', 'match', 'game', 'clash', 'derby', 'fixture', 'tie',
  'played', 'beaten', 'points', 'point', 'rivals', 'title',
]);
/** Words before "for" that make the town after it a player's team. */
const PLAYER_ACTS = new Set(['goal', 'goals', 'scored', 'scores', 'score', 'headed', 'netted', 'played', 'plays', 'debut', 'signed', 'appearances', 'appearance', 'assist', 'penalty', 'saves']);
/** Words between a match's two sides. */
const VERSUS = new Set(['v', 'vs', 'versus']);
/** Tokens looked back at for a match noun or a player's act. */
const MATCH_REACH = 6;

/** Retypes a known town as its club where the article's sport shows it is one; one pass to find, one to retype. */
export function townClubs(s: Scan): void {
  // A town's key and the club's name its mentions take.
  let clubs: Map<string, string> | undefined;
  for (const c of s.out) {
    if (cityClub(s, c)) {
      if (c.type !== 'organization' && !matchEvidence(s, c.first, c.last)) continue;
      const name = s.text.slice(c.start, c.end);
      (clubs ??= new Map()).set(name.toLowerCase(), name);
      clubs.set(s.text.slice(c.start, (s.t[c.first] as Token).end).toLowerCase(), name);
      continue;
    }
    if (facilityName(s, c)) {
      if (matchEvidence(s, c.first, c.last)) (clubs ??= new Map()).set(keyOf(s, c), s.text.slice(c.start, c.end));
      continue;
    }
    if (!townMention(s, c)) continue;
    if (matchEvidence(s, c.first, c.last) && !clubs?.has(keyOf(s, c))) (clubs ??= new Map()).set(keyOf(s, c), s.text.slice(c.start, c.end));
  }
  if (!clubs) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const pair = (c.type === 'location' && cityClub(s, c)) || facilityName(s, c);
    if (!pair && (!placeOrOpening(c) || !townMention(s, c))) continue;
    const canonical = clubs.get(keyOf(s, c));
    if (canonical === undefined || (!pair && placed(s, c))) continue;
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'organization', status: c.status === 'weak' ? 'strong' : c.status, id: plainIdOf('organization', canonical), canonical };
  }
}

/** A place, or a sentence's first word kept only if named elsewhere ("Southport beat ..."). */
const placeOrOpening = (c: Candidate): boolean => c.type === 'location' || (c.status === 'weak' && c.first === c.last);

const keyOf = (s: Scan, c: Candidate): string => s.text.slice(c.start, c.end).toLowerCase();

/** "Kelby City": a town the lists know as a town and "City", as a place or already as a club. */
function cityClub(s: Scan, c: Candidate): boolean {
  if (c.last !== c.first + 1 || (c.type !== 'location' && c.type !== 'organization')) return false;
  const first = s.t[c.first] as Token;
  const city = s.t[c.last] as Token;
  if (!first.cap || first.upper || city.fold !== 'city' || !city.cap || city.upper || city.gap !== Gap.Space) return false;
  const known = gazAt(s, c.first, c.first);
  return !!known && known.last === c.first && known.entry.type === 'location' && known.entry.minor;
}

/** "Kelby Palace": two words that read as a building's name, which a team word or a match may show to be a club's. */
function facilityName(s: Scan, c: Candidate): boolean {
  if (c.type !== 'facility' || c.last !== c.first + 1) return false;
  const first = s.t[c.first] as Token;
  const head = s.t[c.last] as Token;
  return first.cap && !first.upper && head.cap && !head.upper && head.gap === Gap.Space && (head.flags & Lex.FacilityHead) !== 0;
}

/** A town written as a name (not in capitals, as a dateline's): one the lists know as a town, or one no list knows. */
function townMention(s: Scan, c: Candidate): boolean {
  const first = s.t[c.first] as Token;
  if (!first.cap || first.upper || first.text.length < 3 || c.last - c.first > 2) return false;
  const known = gazAt(s, c.first, c.last);
  // A word no list knows: only where the text already placed it ("a win over Kelby"), not a sentence's first word ("Project manager").
  if (!known) return c.id === undefined && c.type === 'location';
  return known.last === c.last && known.entry.type === 'location' && known.entry.minor;
}

/** "fans in Kelby", "Margao (Kelby)", "the Kelby-based firm": the town as a place, whatever the article's sport. */
function placed(s: Scan, c: Candidate): boolean {
  const before = s.t[c.first - 1];
  if (before && before.lower && PLACING.has(before.fold)) return true;
  if (s.text.charCodeAt(c.start - 1) === 0x28) return true;
  const after = s.t[c.last + 1];
  return !!after && after.gap === Gap.Hyphen && after.lower;
}

/** "2-0 Liverpool", "a win over Liverpool", "in goal for Liverpool", "Liverpool v Everton", or what marks a club at emission ("Liverpool 2-0"). */
function matchEvidence(s: Scan, first: number, last: number): boolean {
  if (sportsClubContext(s, first, last, true)) return true;
  const t = s.t;
  const v = t[last + 1];
  const other = t[last + 2];
  if (v && other && v.lower && v.gap === Gap.Space && VERSUS.has(v.fold) && other.gap === Gap.Space && other.cap) return true;
  const prev = t[first - 1];
  const score = t[first - 2];
  // "2-0 Liverpool", not a date's "2023-07-10 Johannesburg".
  if (prev && score && prev.gap === Gap.Hyphen && score.gap !== Gap.Hyphen && (t[first] as Token).gap === Gap.Space && scoreDigits(prev.text) && scoreDigits(score.text)) return true;
  if (!prev || !prev.lower) return false;
  const nouns = prev.fold === 'for' ? PLAYER_ACTS : prev.fold === 'over' || prev.fold === 'against' || prev.fold === 'to' || prev.fold === 'with' ? MATCH_NOUNS : null;
  if (!nouns) return false;
  for (let k = first - 2; k >= 0 && first - k <= MATCH_REACH; k--) {
    const w = t[k] as Token;
    if (w.sentenceStart && !nouns.has(w.fold)) return false;
    if (w.lower && nouns.has(w.fold)) return true;
    if (w.sentenceStart) return false;
  }
  return false;
}

const scoreDigits = (w: string): boolean => w.length >= 1 && w.length <= 2 && /^\d+$/.test(w);
