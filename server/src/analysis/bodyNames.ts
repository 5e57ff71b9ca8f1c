import { candidateWith, type Candidate } from './identity';
import type { Scan } from './entityScan';
import { isGivenName } from './givenNames';
import { Gap, type Token } from './tokens';
import type { EntityType } from './types';

// Small readings of bodies' names whose last word would mislead: a school district is a body,
// not a district, and "OPEC+" is a body of its own with its plus sign.

/** Services whose district is the body that runs them ("Unified School District", "Manila Police District", "Regional District" of a province's local government). */
const SERVICE_DISTRICTS = new Set(['school', 'police', 'regional', 'water', 'fire', 'irrigation', 'sanitation', 'hospital']);

/** "Cactus Valley Unified School District": a district of schools is a body that runs them. */
export function schoolDistrict(s: Scan, head: number, type: EntityType | null): EntityType | null {
  const word = (s.t[head] as Token).fold;
  // "Portland Public Schools", "Baltimore City Public Schools": a district's schools are its body.
  if (type === null && word === 'schools' && s.t[head - 1]?.fold === 'public' && (s.t[head] as Token).gap === Gap.Space) return 'organization';
  return type === 'location' && word === 'district' && SERVICE_DISTRICTS.has(s.t[head - 1]?.fold ?? '') ? 'organization' : type;
}

/** "OPEC+", "G7+": a plus sign right after capitals is part of the name (OPEC+ is more members than OPEC). */
export function acronymsWithPlus(s: Scan): void {
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const last = s.t[c.last] as Token;
    if (!last.upper || s.text.charCodeAt(c.end) !== 0x2b || isWordChar(s.text.charCodeAt(c.end + 1))) continue;
    // Its own body: a known acronym's id ("OPEC") is not the wider group's.
    const wider = candidateWith(c, c.type, c.end + 1);
    s.out[k] = c.id === undefined ? wider : { ...wider, id: undefined, canonical: undefined };
  }
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * "U.S. Attorney Ann Roe", "Assistant U.S. Attorney", "the U.S. Attorney in Manhattan": a country's
 * name before "Attorney" is part of a federal prosecutor's title, no mention of the country. Not
 * before "Attorney General" or the office ("U.S. Attorney's office"), nor "U.S. District Judge",
 * where gold sets differ.
 */
export function federalTitleAfter(s: Scan, k: number): boolean {
  const next = s.t[k];
  if (!next || next.gap === Gap.Break || next.gap === Gap.Hyphen || !next.cap || next.fold !== 'attorney') return false;
  const after = s.t[k + 1];
  return !after || !((after.gap === Gap.Space && after.fold === 'general') || after.gap === Gap.Apostrophe);
}

/** Words that open an ocean's name: "Southern Ocean", "Antarctic Ocean". */
const OCEAN_WORDS = new Set(['southern', 'northern', 'antarctic', 'arctic', 'atlantic', 'pacific', 'indian']);

/** "Hanwha Ocean": the oceans are all known, so a word no list knows before "Ocean" (at p + 1) names a company. */
export function oceanCompany(s: Scan, p: number): boolean {
  const tok = s.t[p] as Token;
  return (s.t[p + 1] as Token).fold === 'ocean' && !OCEAN_WORDS.has(tok.fold) && !s.gaz.get(tok.fold);
}

/** Coastal heads that are also common nouns: "Turning Point", "Clear Sound" name groups and firms. */
const COMMON_COASTAL_HEADS = new Set(['point', 'sound']);

/**
 * "Turning Point said": a coastal feature is named by a proper name before its head ("Puget
 * Sound"), so a common word there (an -ing form, or one the article writes in lowercase) before
 * "Point" or "Sound" (at p + 1) names a body, not a place.
 */
export function commonWordCoast(s: Scan, p: number): boolean {
  const tok = s.t[p] as Token;
  const head = s.t[p + 1] as Token;
  if (!COMMON_COASTAL_HEADS.has(head.fold) || head.gap !== Gap.Space || tok.upper || s.gaz.get(tok.fold)) return false;
  const ingForm = tok.fold.length >= 6 && tok.fold.endsWith('ing') && !isGivenName(tok.fold);
  return ingForm || s.tk.lowercaseWords.has(tok.fold);
}

/**
 * "the University of California, Berkeley", "University of Wisconsin, Madison": after a
 * university named for a state, a comma and one known place name the campus (run i..j; the
 * place is token j + 1 and ends the phrase).
 */
export function campusAfterComma(s: Scan, i: number, j: number): boolean {
  const t = s.t;
  const first = (t[i] as Token).fold === 'the' ? i + 1 : i;
  if (j !== first + 2 || (t[first] as Token).fold !== 'university' || (t[first + 1] as Token).fold !== 'of') return false;
  const cur = t[j] as Token;
  const next = t[j + 1];
  const after = t[j + 2];
  if (!next || !next.cap || next.upper || s.text.charCodeAt(cur.end) !== 0x2c || next.start !== cur.end + 2) return false;
  // "the University of Oxford, London and Paris": a list, not a campus.
  if (after && after.gap === Gap.Space && (after.cap || after.fold === 'and' || after.fold === 'or')) return false;
  const state = s.gaz.get(cur.fold);
  // A state's or a country's university (a major name), not a city's.
  return s.gaz.get(next.fold)?.type === 'location' && state?.type === 'location' && !state.minor;
}
