import { isConnector, isDigits, nameShaped, type Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import type { Candidate } from './identity';
import { isGivenName } from './givenNames';
import { COMPANY_HEADS, Lex } from './lexicon';
import { companyShaped, roleNoun } from './nameEvidence';
import { titleAt } from './roleTitles';
import { Gap, type Token } from './tokens';
import type { EntityType } from './types';

// Readings of the parts of a run of capitalized words: a leading common word,
// a company after a nationality, a name in capitals, a place's region after it.

/** Most words in a person's name written in capitals in running text. */
const MAX_SHOUTED_NAME = 3;

/** "said JOHN SMITH": capitals in running text opening with a given name, no known name or acronym among them. */
export function shoutedName(s: Scan, p: number, q: number): boolean {
  if (q - p + 1 > MAX_SHOUTED_NAME || !(s.t[p] as Token).upper || !isGivenName((s.t[p] as Token).fold)) return false;
  for (let k = p; k <= q; k++) {
    const tok = s.t[k] as Token;
    if (!tok.upper || (tok.gap !== Gap.Space && k > p) || tok.flags !== 0 || s.gaz.get(tok.fold)) return false;
  }
  return true;
}

/** "Cupertino, California-based", "in Eldoret, Kenya": an unknown word followed by a comma and a known region. */
export function beforeItsRegion(s: Scan, q: number): boolean {
  const tok = s.t[q] as Token;
  const next = s.t[q + 1];
  if (!next || !next.cap || s.text.charCodeAt(tok.end) !== 0x2c || next.start !== tok.end + 2 || s.text.charCodeAt(tok.end + 1) !== 0x20) return false;
  const place = gazAt(s, q + 1, Math.min(q + 3, s.t.length - 1));
  if (!place || place.entry.type !== 'location' || (place.entry.minor && place.entry.rank < 5)) return false;
  const after = s.t[place.last + 1];
  // "Apple, Meta race to": a province with a verb after it is a list's next name, not the region of the word before.
  // "Kestrel, Meta and Dorvix rose": one going on with "and" and a name is a list.
  const listGoesOn = after && after.lower && (after.fold === 'and' || after.fold === 'or') && s.t[place.last + 2]?.cap === true;
  if (place.entry.minor && after && after.gap === Gap.Space && after.lower && (after.flags === 0 || listGoesOn)) return false;
  const endsPlace = !after || after.gap !== Gap.Space || !after.cap;
  return endsPlace;
}



/**
 * A run's sentence-initial word that belongs to the sentence, not the name:
 * a plain word before capitals or a company-shaped word ("Rival JPMorgan
 * Chase", "Former FTX executives"), a role noun before a name ("Rivals Anies Baswedan").
 */
export function leadingCommonWord(s: Scan, a: number, b: number): boolean {
  const first = s.t[a] as Token;
  const next = s.t[a + 1] as Token;
  if (next.gap !== Gap.Space || first.upper || companyShaped(first)) return false;
  const beforeCapitals = first.flags === 0 && (companyShaped(next) || (next.upper && (next.flags & Lex.NonEntityAcronym) === 0));
  // "Opposition Labour Party leader ...": a party's standing before its name is no part of it.
  // "Bank Indonesia held": a body's noun before a place the lists know opens the body's name, no role.
  const bodyOfPlace = (first.flags & (Lex.OrgHead | Lex.OrgOpener)) !== 0 && gazAt(s, a + 1, b)?.entry.type === 'location';
  const role = !beforeCapitals && !bodyOfPlace && (roleNoun(first) || PARTY_STANDINGS.has(first.fold)) && nameShaped(next) && (first.flags & Lex.Title) === 0;
  if (!beforeCapitals && !role) return false;
  return !gazAt(s, a, b) && (role || companyShaped(next) || !gazAt(s, a + 1, b));
}

/** Words for a party's place in parliament, or a body's past, that open a sentence before its name ("Former Dorvale Public Schools contractor"). */
const PARTY_STANDINGS = new Set(['opposition', 'ruling', 'governing', 'former']);

/** What follows a nationality in one run and names a company with it ("Saudi Aramco"), or null. */
export function nationalityCompound(s: Scan, k: number, b: number): { last: number; type: EntityType } | null {
  const next = s.t[k] as Token;
  if (next.gap !== Gap.Space || !nameShaped(next) || next.flags !== 0 || next.upper || s.tk.lowercaseWords.has(next.fold)) return null;
  if (gazAt(s, k, b) || isGivenName(next.fold) || titleAt(s, k, b) >= 0) return null;
  let last = k;
  while (last + 1 <= b && last - k < 3 && nameShaped(s.t[last + 1] as Token) && (s.t[last + 1] as Token).flags === 0 && !gazAt(s, last + 1, b)) last++;
  // "African Continental Free Trade Area": a place or body noun ends the name it heads.
  const head = s.t[last + 1];
  if (last + 1 <= b && head && head.cap && head.gap === Gap.Space && (head.flags & (Lex.LocationNoun | Lex.OrgHead)) !== 0 && titleAt(s, last + 1, b) < 0) last++;
  // "Polish Prime Minister", "South Korean National Security Adviser": words before a role name a department, not a company.
  for (let w = k; w <= last + 1 && w <= b; w++) if (titleAt(s, w, b) >= 0) return null;
  return { last, type: 'organization' };
}

/** The last capitalized token of p..b before a title, for names extended through "of". */
export function lastCapitalized(s: Scan, p: number, b: number): number {
  let k = p;
  while (k + 1 <= b && ((s.t[k + 1] as Token).cap || isConnector(s.t[k + 1] as Token)) && titleAt(s, k + 1, b) < 0 && !secondBodyAfterAnd(s, k + 1, b)) k++;
  while (k > p && !(s.t[k] as Token).cap) k--;
  return k;
}

/** "... of Health Research and Health Canada": words after "and" that end in a known place name a second body. */
function secondBodyAfterAnd(s: Scan, k: number, b: number): boolean {
  if ((s.t[k] as Token).fold !== 'and') return false;
  let e = k + 1;
  while (e + 1 <= b && (s.t[e + 1] as Token).cap && (s.t[e + 1] as Token).gap === Gap.Space) e++;
  return e > k + 1 && (s.t[e] as Token).cap && gazAt(s, e, e)?.entry.type === 'location';
}

const ROMAN = /^[ivx]{1,4}$/;

export function isNumeral(tok: Token): boolean {
  return (tok.upper && ROMAN.test(tok.fold)) || isDigits(tok.text);
}

/** "Mr Haidari": an honorific (a stop word, "Mr" opens sentences) before a name introduces a person. */
export function honorificBefore(s: Scan, a: number, last: number): boolean {
  return a < last && ((s.t[a] as Token).flags & Lex.Title) !== 0 && titleAt(s, a, last) >= 0;
}

/**
 * "the ministry's spokesperson, He Yadong, said": "He" capitalized inside a sentence, before a
 * word no list knows, is the Chinese surname; not after a quotation mark, where a quote opens.
 */
export function surnameHe(s: Scan, a: number, last: number): boolean {
  const he = s.t[a] as Token;
  if (he.fold !== 'he' || he.upper || he.sentenceStart || a >= last) return false;
  const name = s.t[a + 1] as Token;
  if (name.gap !== Gap.Space || !nameShaped(name) || name.upper || name.flags !== 0 || s.tk.lowercaseWords.has(name.fold) || s.gaz.get(name.fold)) return false;
  const before = s.text.charCodeAt(he.start - 1);
  const mark = s.text.charCodeAt(he.start - 2);
  return before === 0x20 && (mark === 0x2c || (mark >= 0x61 && mark <= 0x7a));
}

/** Company words that are also English surnames; "Sports", "Markets" or "Logistics" never are. */
const SURNAME_HEADS = new Set(['power', 'water', 'waters', 'star', 'steel']);

/**
 * "Samantha Power", "novelist Danielle Steel": a company word that is also a surname, after a given name
 * alone or after a role and a given name, is the surname, not "CG Power"; "Sky Sports" stays a company.
 */
export function surnameHead(s: Scan, p: number, head: number): boolean {
  const given = head === p + 2 && ((s.t[p] as Token).flags & Lex.Title) !== 0 ? p + 1 : p;
  const fold = (s.t[head] as Token).fold;
  return head === given + 1 && COMPANY_HEADS.has(fold) && SURNAME_HEADS.has(fold) && isGivenName((s.t[given] as Token).fold);
}

/** Plural party members that name a party after an adjective: "Liberal Democrats", "Young Republicans". */
const PARTY_MEMBERS = new Set(['democrats', 'republicans']);

/** "the Liberal Democrats": a plain capitalized word and "Democrats" name a party; the last token, or -1. */
export function partyName(s: Scan, p: number, b: number, known: boolean): number {
  const tok = s.t[p] as Token;
  const next = s.t[p + 1];
  if (known || p >= b || !next || next.gap !== Gap.Space || !PARTY_MEMBERS.has(next.fold) || tok.flags !== 0 || tok.upper) return -1;
  return s.tk.lowercaseWords.has(tok.fold) ? -1 : p + 1;
}

/**
 * "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne Division": an ordinal before an organization is part of its name.
 * "215th Avenue", "3rd Street": a road's number and its noun name the road, a facility.
 */
export function withOrdinals(s: Scan): void {
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const prev = s.t[c.first - 1];
    const first = s.t[c.first] as Token;
    const road = ROAD_NOUNS.has(first.fold) && first.cap && !first.upper;
    if ((c.type !== 'organization' && !(c.type === 'facility' && road)) || !prev || first.gap !== Gap.Space || !ordinal(prev.text) || meetingAfter(s.t, c.last)) continue;
    s.out[k] = { first: c.first - 1, last: c.last, start: prev.start, end: c.end, type: road && c.first === c.last ? 'facility' : c.type, status: c.status, id: c.id, canonical: c.canonical };
  }
}

/** Lowercase nouns of a gathering that an ordinal before a body counts ("the 18th Varnex ministerial meeting"). */
const GATHERINGS = new Set(['meeting', 'meetings', 'session', 'sessions', 'summit', 'conference', 'sitting', 'congress', 'assembly', 'forum']);

/** "the 158th Preparatory Council meeting", "the 18th ASCA ministerial meeting": the ordinal counts the meeting, it names no body; one lowercase word may come between. */
function meetingAfter(t: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 2 && k < t.length; k++) {
    const w = t[k] as Token;
    if (!w.lower || w.gap !== Gap.Space) return false;
    if (GATHERINGS.has(w.fold)) return true;
  }
  return false;
}

/** Nouns of roads that a number names ("5th Avenue", "42nd Street"). */
const ROAD_NOUNS = new Set(['street', 'avenue', 'road', 'drive', 'boulevard', 'lane', 'place', 'terrace', 'parkway', 'highway', 'way']);

function ordinal(w: string): boolean {
  const n = w.length;
  if (n < 3 || n > 5) return false;
  for (let k = 0; k < n - 2; k++) if (w.charCodeAt(k) < 0x30 || w.charCodeAt(k) > 0x39) return false;
  const suffix = w.slice(n - 2);
  return suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th';
}

/** "Abdel Fattah al-Burhan", "Erik ten Hag", "Hans van der Berg": a particle between a name's words, not a connector. */
export function innerParticle(s: Scan, k: number, b: number): boolean {
  const tok = s.t[k] as Token;
  if ((tok.flags & Lex.Particle) === 0 || (tok.flags & Lex.Connector) !== 0 || k + 1 > b) return false;
  const prev = s.t[k - 1];
  if (!prev || !(nameShaped(prev) || (prev.flags & Lex.Particle) !== 0) || (prev.flags & Lex.Title) !== 0) return false;
  const next = s.t[k + 1] as Token;
  return nameShaped(next) || ((next.flags & Lex.Particle) !== 0 && next.lower);
}

/** An organization's or place's opener at p, then "of" ("for" after an organization's) and a capitalized word. */
export function opensOfName(s: Scan, p: number, b: number): boolean {
  if (p + 2 > b) return false;
  const tok = s.t[p] as Token;
  const linker = (s.t[p + 1] as Token).fold;
  if ((tok.flags & (Lex.OrgOpener | Lex.LocationOpener)) === 0 || !(linker === 'of' || (linker === 'for' && (tok.flags & Lex.OrgOpener) !== 0))) return false;
  let k = p + 2;
  while (k <= b && isConnector(s.t[k] as Token)) k++;
  return k <= b && (s.t[k] as Token).cap && titleAt(s, k, b) < 0;
}

/** A "for" among tokens o+1..j-1 (at most a run's length). */
export function forAfter(t: readonly Token[], o: number, j: number): boolean {
  for (let k = o + 1; k < j; k++) if ((t[k] as Token).fold === 'for') return true;
  return false;
}

/** Given names spelled like common words: "analyst Per Nyström", "actor Will Poulter". */
const GIVEN_STOPWORDS = new Set(['per', 'will']);

/** "analyst Per Nyström": a given name spelled like a common word inside a sentence, before a word no list knows. */
export function givenStopword(s: Scan, a: number, last: number): boolean {
  const tok = s.t[a] as Token;
  const next = s.t[a + 1] as Token;
  // After a plain singular noun ("analyst", "actor"), not after "dollars" ("ten dollars Per Year").
  const prev = s.t[a - 1];
  if (!prev || !prev.lower || (prev.flags & Lex.Stop) !== 0 || prev.fold.endsWith('s') || tok.gap !== Gap.Space) return false;
  if (tok.sentenceStart || a >= last || !next.cap || next.gap !== Gap.Space || !GIVEN_STOPWORDS.has(tok.fold) || tok.upper) return false;
  return next.flags === 0 && nameShaped(next) && !s.tk.lowercaseWords.has(next.fold) && !gazAt(s, a + 1, a + 1);
}

/** "the left-wing New Popular Front": "New" inside a sentence opens a name, and so does "Per" before a word no list knows. */
export function namesNew(s: Scan, a: number, last: number): boolean {
  const tok = s.t[a] as Token;
  const next = s.t[a + 1] as Token;
  if (tok.sentenceStart || a >= last || !next.cap || next.gap !== Gap.Space) return false;
  return tok.fold === 'new' || givenStopword(s, a, last);
}
