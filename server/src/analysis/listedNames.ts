import type { Scan } from './entityScan';
import { type Candidate } from './identity';
import { COMPANY_APPOSITIVES } from './nameEvidence';
import { gazAt } from './gazetteerMatch';
import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// What the words around a name say about it: the other items of its list, the place it serves.

/** Provinces rank lowest among the gazetteer's places: many are also brands or common words ("Meta"). */
const PROVINCE_RANK = 5;

/**
 * "Apple, Meta and Nvidia", "Apple and Meta are": a one-word province listed next to a
 * capitalized name that no list knows as a place is a name of the same kind, not the
 * province; not after a preposition of place ("in Meta and Guaviare").
 */
export function provinceAmongNames(s: Scan, p: number): boolean {
  const known = gazAt(s, p, p);
  if (!known || known.entry.type !== 'location' || known.entry.rank < PROVINCE_RANK) return false;
  const before = listNeighbour(s, p, -1);
  const after = listNeighbour(s, p, 1);
  const neighbour = before ?? after;
  if (neighbour === null) return false;
  // The word before the list's first item.
  const opener = s.t[(before ?? p) - 1];
  if (opener && opener.lower && (opener.flags & Lex.Locative) !== 0) return false;
  if (personBeforeOf(s, p)) return false;
  return (before === null || unplaced(s, before)) && (after === null || unplaced(s, after));
}

/** The capitalized item next to token p in a list (", " or " and " between), or null. */
function listNeighbour(s: Scan, p: number, dir: 1 | -1): number | null {
  const t = s.t;
  const here = t[p] as Token;
  const near = t[p + dir];
  if (!near) return null;
  if (near.cap && near.gap === Gap.Break && dir === 1 ? s.text.charCodeAt(here.end) === 0x2c : false) return p + 1;
  if (dir === -1 && near.cap && here.gap === Gap.Break && s.text.charCodeAt(near.end) === 0x2c) return p - 1;
  const far = t[p + 2 * dir];
  if (near.lower && (near.fold === 'and' || near.fold === 'or') && far && far.cap && (dir === 1 ? near.gap : here.gap) === Gap.Space && (dir === 1 ? far.gap : near.gap) === Gap.Space) return p + 2 * dir;
  return null;
}

/**
 * "Dara Voss of Nebraska and ...": "of" or "from" between a person just found and the province says where the
 * person comes from, a place.
 */
function personBeforeOf(s: Scan, p: number): boolean {
  const of = s.t[p - 1];
  const last = s.out[s.out.length - 1];
  if (!of || !of.lower || (of.fold !== 'of' && of.fold !== 'from') || (s.t[p] as Token).gap !== Gap.Space || !last || last.type !== 'person') return false;
  return last.last === p - 2 && of.gap === Gap.Space;
}

/** A capitalized word no list knows as a place, in mixed case. */
function unplaced(s: Scan, k: number): boolean {
  const tok = s.t[k] as Token;
  if (tok.upper || (tok.flags & (Lex.Stop | Lex.Title | Lex.Calendar)) !== 0) return false;
  // "... and Thom Kellerby of Ohio": a given name and a surname are a person, whom no list of companies holds.
  const surname = s.t[k + 1];
  if (isGivenName(tok.fold) && surname && surname.gap === Gap.Space && surname.cap && !surname.upper && surname.flags === 0 && !gazAt(s, k, k)) return false;
  // "Dhofar and Al Wusta": the neighbour's name may run on past its first word.
  const known = gazAt(s, k, Math.min(k + MAX_NEIGHBOUR_WORDS - 1, s.t.length - 1));
  return !known || (known.entry.type !== 'location' && known.entry.type !== 'nationality');
}

/** Most words of a list neighbour's name looked up ("Al Wusta", "Uttar Pradesh"). */
const MAX_NEIGHBOUR_WORDS = 3;

/** "Transport for London": a plain capitalized word at a, "for" and a known place at b. */
export function bodyForPlace(s: Scan, a: number, b: number): boolean {
  const head = s.t[a] as Token;
  if (head.upper || (head.flags & (Lex.Title | Lex.Stop | Lex.Calendar)) !== 0 || isGivenName(head.fold) || (s.t[a + 1] as Token).lower === false) return false;
  const place = gazAt(s, b, b);
  return !!place && place.entry.type === 'location' && place.last === b;
}

/** Nouns of an apposition after a name that make it a company or platform: "Snap, the parent of Snapchat,". */
const APPOSITION_NOUNS = new Set(['owner', 'parent', 'network', 'platform', 'payments', 'app', 'service', 'exchange']);

/** Most words read after ", the" for the apposition's noun: "Block, the payments company led by". */
const APPOSITION_WORDS = 4;

/** Verbs after ", which" that speak of a company: "X, which operates the airport". */
const OPERATOR_VERBS = new Set(['operates', 'owns', 'runs', 'manages', 'manufactures', 'produces', 'makes']);

/** "Snap, the parent of Snapchat,", "X, the social network owned by": token q, a comma and "the", then a company's noun. */
export function companyAppositive(s: Scan, q: number): boolean {
  const tok = s.t[q] as Token;
  const the = s.t[q + 1];
  if (!the || !the.lower || s.text.charCodeAt(tok.end) !== 0x2c || the.start !== tok.end + 2) return false;
  // "Swedavia, which operates Stockholm Arlanda Airport": what runs or owns things is a company.
  if (the.fold === 'which') return OPERATOR_VERBS.has((s.t[q + 2] as Token | undefined)?.fold ?? '');
  if (the.fold !== 'the') return false;
  for (let k = q + 2; k <= q + 1 + APPOSITION_WORDS; k++) {
    const w = s.t[k];
    if (!w || !w.lower || w.gap !== Gap.Space) return false;
    if (COMPANY_APPOSITIVES.has(w.fold) || APPOSITION_NOUNS.has(w.fold)) return true;
  }
  return false;
}

/**
 * "Apple, Meta race ... Meta, the owner of ...", "Genoa coach ... Genoa have won": where the article
 * names a province or a city as a company or a club, its other bare mentions are that body too,
 * except after a preposition of place and in a dateline's capitals.
 */
export function provincesNamedAsCompanies(s: Scan): void {
  let companies: Set<string> | undefined;
  for (const c of s.out) {
    if (c.type !== 'organization' || c.first !== c.last || c.id) continue;
    const known = s.gaz.get((s.t[c.first] as Token).fold);
    // "Genoa coach ...", "host Genoa": a city named as its club is the club in the match report's other bare mentions too.
    if (known && known.type === 'location' && known.minor && (known.rank >= PROVINCE_RANK || c.status === 'strong')) (companies ??= new Set()).add((s.t[c.first] as Token).fold);
  }
  if (!companies) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const before = s.t[c.first - 1];
    if (c.type !== 'location' || c.first !== c.last || !companies.has((s.t[c.first] as Token).fold)) continue;
    if ((before && before.lower && (before.flags & Lex.Locative) !== 0) || (s.t[c.first] as Token).upper) continue;
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'organization', status: c.status, id: undefined, canonical: undefined };
  }
}
