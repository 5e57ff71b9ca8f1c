import type { Scan } from './entityScan';
import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// One capitalized word no list knows, placed by the preposition before it: what people live "in
// the", what blows "from the", where a checkpoint stands "at". Chambers, papers and leagues sit in
// the same slot ("speaking in the Dail", "an article in the Lancet"), so the word before the
// preposition must not be one of their settings.

/** Prepositions before "the" that locate what comes after. */
const PLACING = new Set(['in', 'from', 'into', 'throughout']);

/**
 * Words before "in/from the" that put the next name among bodies: a chamber's business, a paper's
 * text, a league's play, a body's people and statements.
 */
const BODY_SETTINGS = new Set(
  (
    'speaking|spoke|speech|said|says|told|vote|votes|voted|voting|seat|seats|majority|minority|debate|debated|bill|bills|motion|session|' +
    'sitting|passed|approved|rejected|tabled|introduced|members|member|lawmakers|legislators|deputies|mps|opposition|elected|question|' +
    'questions|statement|statements|article|articles|published|publishes|wrote|written|column|report|reported|reports|study|paper|letter|' +
    'interview|editorial|quoted|cited|appeared|appearing|played|playing|play|plays|promotion|promoted|relegation|relegated|league|season|' +
    'title|clubs|teams|finished|place|top|bottom|debut|goals|listed|listing|shares|stake|officials|official|sources|aides|insiders|staff|' +
    'data|figures|support|funding|loan|loans|grant|approval|permission|warning|response|comment|comments|reaction|word|news|spokesman|' +
    'spokeswoman|spokesperson|analysts|analyst|economists|economist|job|jobs|career|work|worked|working|investment|invested|investors|rates'
  ).split('|'),
);

/** Words before "at" that stand something somewhere: arrivals, checkpoints, plants, camps. */
const SITED_AT = new Set(
  (
    'arrived|arriving|landed|stationed|camped|stopped|parked|docked|anchored|crashed|gathered|intercepted|checkpoint|roadblock|' +
    'plant|plants|mine|mines|camp|camps|site|sites|well|wells|station|junction|crossing|farm|farms|quarry|depot|terminal'
  ).split('|'),
);

/** Texts named with a capital that things are "in": "in the Constitution", "in the Budget". */
const WRITINGS = new Set(['bible', 'quran', 'koran', 'torah', 'gazette', 'budget', 'charter', 'scriptures', 'gospel', 'manifesto']);

/** "Constitution", "Government", "Partnership": the endings of English abstract nouns end no place's name. */
const ABSTRACT_ENDING = /(?:tion|ment|ism|ship|ity)$/;

/** A word that may be a place's one-word name: capitalized, no list's, no given name, not opening a sentence. */
function plainWord(tok: Token, spaced = true): boolean {
  if (!tok.cap || tok.upper || tok.flags !== 0 || tok.sentenceStart || (spaced && tok.gap !== Gap.Space)) return false;
  return !isGivenName(tok.fold) && !WRITINGS.has(tok.fold) && !ABSTRACT_ENDING.test(tok.fold);
}

/** What follows the name leaves it alone: no body's or product's noun it would modify ("the Zantix network"). */
function standsAlone(s: Scan, q: number): boolean {
  const next = s.t[q + 1];
  return !next || next.gap !== Gap.Space || !next.lower || !MODIFIED_NOUNS.has(next.fold);
}

/** Lowercase nouns a capitalized word before them names the brand or body of, not a place. */
const MODIFIED_NOUNS = new Set(
  'network|group|brand|index|plan|system|platform|app|service|services|model|fund|scheme|programme|program|project|team|party|board|case|report'.split('|'),
);

/**
 * "customers in the Ruhr", "dust from the Sahara", "In the Karoo, farmers ...": one plain word after "the"
 * after a placing preposition, no chamber's, paper's or league's setting before it.
 */
export function placeAfterThe(s: Scan, p: number, q: number): boolean {
  const t = s.t;
  const first = t[p] as Token;
  const the = t[p - 1];
  const prep = t[p - 2];
  if (p !== q || !plainWord(first) || !the || the.fold !== 'the' || !the.lower || the.gap !== Gap.Space || !prep) return false;
  if (!PLACING.has(prep.fold) || !standsAlone(s, q)) return false;
  if (prep.sentenceStart) return prep.fold === 'in' && s.text.charCodeAt(first.end) === 0x2c;
  const before = t[p - 3];
  return prep.lower && !!before && before.lower && !BODY_SETTINGS.has(before.fold);
}

/** "a snap checkpoint at Katamanso", "workers landed at Ostrava": one plain word after "at" after a word that sites things. */
export function placeAfterAt(s: Scan, p: number, q: number): boolean {
  const t = s.t;
  const first = t[p] as Token;
  const at = t[p - 1];
  const before = t[p - 2];
  if (p !== q || !plainWord(first) || !at || at.fold !== 'at' || !at.lower) return false;
  // "a U-turn at Seeta junction": a place's noun after the word says the "at" is a place's.
  const next = t[q + 1];
  if (next && next.gap === Gap.Space && next.lower && (next.flags & Lex.LocationNoun) !== 0) return true;
  return !!before && before.lower && SITED_AT.has(before.fold) && standsAlone(s, q);
}

/** Lowercase words after "police" that make the words before it a station's place. */
const STATION_WORDS = new Set(['station', 'stations', 'post', 'outpost', 'limits']);

/**
 * "Saraiya police station", "at Saharanchal and Purunabazar police stations": the words before a police station
 * (lowercase, so no force's name like "Kent Police") name the place it serves.
 */
export function placeBeforePoliceStation(s: Scan, q: number): boolean {
  const t = s.t;
  let k = q + 1;
  const and = t[k];
  // "Saharanchal and Purunabazar police stations": the first of two places before the plural.
  if (and && and.lower && and.fold === 'and' && and.gap === Gap.Space && t[k + 1]?.cap && t[k + 1]?.gap === Gap.Space) k += 2;
  const police = t[k];
  const station = t[k + 1];
  return !!police && !!station && police.fold === 'police' && police.lower && police.gap === Gap.Space && station.lower && station.gap === Gap.Space && STATION_WORDS.has(station.fold);
}

/** "In Laudium, residents ...": one plain word after a sentence's opening "In" and before its comma. */
export function placeOpeningSentence(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const prep = s.t[p - 1];
  return p === q && plainWord(first) && !!prep && prep.sentenceStart && prep.fold === 'in' && s.text.charCodeAt(first.end) === 0x2c;
}

/** Words after a comma that open a description of what was just named, not the sentence's going on. */
const DESCRIBING = new Set(['the', 'a', 'an', 'which', 'who', 'whose', 'where', 'its', 'his', 'her', 'their']);

/**
 * "in Racecourse Road, Flemington, to treat", "in Smarden, Ashford, about", "Ashford Road, Bethersden.": one plain
 * word set off by commas right after a place is the town or district around it, where the clause then goes on.
 */
export function placeAfterPlaceComma(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const last = s.out[s.out.length - 1];
  // A street ("Racecourse Road") is a facility now, and the town after it a place all the same.
  if (p !== q || !plainWord(first, false) || !last || (last.type !== 'location' && last.type !== 'facility') || last.end !== first.start - 2) return false;
  if (s.text.charCodeAt(first.start - 2) !== 0x2c || s.text.charCodeAt(first.start - 1) !== 0x20) return false;
  const after = s.text.charCodeAt(first.end);
  // ".", ";", ":", ")" or the end: the sentence or bracket closes on the place.
  if (Number.isNaN(after) || after === 0x2e || after === 0x3b || after === 0x3a || after === 0x29 || after === 0x0a) return true;
  if (after !== 0x2c) return false;
  const next = s.t[q + 1];
  return !!next && next.lower && !DESCRIBING.has(next.fold);
}

/** Characters before a person's name searched for the age that opens the description ("33-year-old student paramedic"). */
const AGE_REACH = 40;

/**
 * "33-year-old paramedic Phillip Oakley of Wantirna": where a person described by age comes from is a place,
 * as after "Jamal Okoro, 34, of". An age is what tells it from "Mark Tighe of Ialpa".
 */
export function placeOfAgedPerson(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const of = s.t[p - 1];
  const person = s.out[s.out.length - 1];
  if (p !== q || !plainWord(first) || !of || of.fold !== 'of' || !of.lower || !person || person.type !== 'person' || person.end !== of.start - 1) return false;
  return /\d-year-old\b|-year-old\b/i.test(s.text.slice(Math.max(0, person.start - AGE_REACH), person.start));
}

/** Nouns after "a" and a name that make the name a place: a police report's "from a Carlton address". */
const ADDRESS_NOUNS = new Set(['address', 'addresses', 'residence']);

/** "stolen from a Carlton address": one plain word between "a" and an address. */
export function placeBeforeAddress(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const a = s.t[p - 1];
  const noun = s.t[q + 1];
  return p === q && plainWord(first) && !!a && a.fold === 'a' && a.lower && !!noun && noun.lower && noun.gap === Gap.Space && ADDRESS_NOUNS.has(noun.fold);
}
