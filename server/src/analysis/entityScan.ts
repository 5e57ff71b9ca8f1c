import { dottedLegalForm } from './companyNames';
import { numberAlone, styledInstitution } from './nonNames';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { Candidate } from './identity';
import { Lex } from './lexicon';
import { Gap, type Token, type Tokens } from './tokens';
import type { EntityType } from './types';

// What the parts of the entity recogniser share: the scan's state, word
// shapes every part asks about, and how a candidate mention is recorded.

/** The state of one pass over an article's tokens, shared by the recogniser's parts. */
export interface Scan {
  text: string;
  tk: Tokens;
  t: Token[];
  gaz: Gazetteer;
  out: Candidate[];
  datelinePlace: { start: number; end: number } | null;
  /** The agency in the dateline's parentheses ("ANKARA (AA) -"). */
  datelineSource: { start: number; end: number } | null;
  /** gazAt results by start token, for the run end they were computed with. */
  gazMemo: ({ b: number; match: GazMatch | null } | undefined)[];
  /** Names spelled out by the acronym after them ("Joint Chiefs of Staff (JCS)"): first token → last token. */
  defined: Map<number, number>;
  /** Acronyms the article spells out that way, folded: "IS" after "Islamic State" is a name, not the verb. */
  acronyms: Set<string>;
  /** Acronyms the article spells out in brackets after their name, folded ("HPU" of "Harbour Patrol Units (HPU)"). */
  spelled: Set<string>;
  /** Acronyms the article spells out as a disease ("Lassa Fever (LF)"), folded: a condition, not a name. */
  conditions: Set<string>;
}

/** A known name found at a token: its entry and its last token. */
export interface GazMatch {
  entry: GazetteerEntry;
  last: number;
}

export const isDigits = (s: string) => s.length > 0 && s.length <= 3 && /^\d+$/.test(s);

/** A lowercase connector or particle inside a name: "of", "bin", "van". */
export function isConnector(tok: Token): boolean {
  return tok.lower && ((tok.flags & Lex.Connector) !== 0 || (tok.flags & Lex.Particle) !== 0);
}

/** A capitalized word that may be part of a person's name. */
/** "III" in "William Pauley III", "King Charles III": a generation's or reign's numeral after a name, in capitals. */
export function generationNumeral(tok: Token): boolean {
  return tok.upper && tok.gap === Gap.Space && romanNumeral(tok.fold);
}

/** "ii", "xiv", "xxiii": a Roman numeral of two to five letters ("Adam Morrow III", "Pope Leo XIV"); no one is "Leo X" but a pope. */
function romanNumeral(fold: string): boolean {
  if (fold.length < 2 || fold.length > 5) return false;
  for (let k = 0; k < fold.length; k++) if (!'ivxl'.includes(fold.charAt(k))) return false;
  return true;
}

export function nameShaped(tok: Token): boolean {
  return tok.cap && (tok.flags & Lex.Stop) === 0 && (tok.flags & Lex.Calendar) === 0 && (!tok.upper || tok.text.length <= 2);
}

/** The type a head noun gives the phrase it ends ("Agency", "Plant"), or null. */
export function headType(tok: Token): EntityType | null {
  const f = tok.flags;
  if (f & Lex.OrgHead) return 'organization';
  if (f & Lex.FacilityHead) return 'facility';
  if (f & Lex.EventHead) return 'event';
  if (f & Lex.ProductHead) return 'product';
  if (f & Lex.LocationHead) return 'location';
  return null;
}

/** Legal forms written in full, whose point after them ends the sentence ("Shell plc."). */
const UNABBREVIATED_FORMS = new Set(['plc', 'se', 'tbk']);

/** Records tokens first..last as a candidate mention. */
export function emit(
  s: Scan,
  first: number,
  last: number,
  type: EntityType,
  status: Candidate['status'],
  id?: string,
  canonical?: string,
): void {
  if (numberAlone(s.t, first, last)) return;
  // "The Opposition says", "the Leader of the Opposition": a styled common noun split off a run.
  if (first === last && !id && styledInstitution(s.t, first)) return;
  const a = s.t[first] as Token;
  const z = s.t[last] as Token;
  let end = z.end;
  // "U.S." keeps its final period; "Korea." at a sentence end does not.
  if (z.text.length === 1 && z.cap && z.gap === Gap.Dot && s.text.charCodeAt(end) === 0x2e) end++;
  // "Ferdinand Marcos Jr.": a generation's abbreviation keeps its point.
  else if (last > first && (z.fold === 'jr' || z.fold === 'sr') && z.cap && s.text.charCodeAt(end) === 0x2e) end++;
  // "Rapidus Corp.", "Samsung Electronics Co.": the legal form keeps its abbreviation point.
  else if (last > first && (z.flags & Lex.CorporateSuffix) !== 0 && !UNABBREVIATED_FORMS.has(z.fold) && s.text.charCodeAt(end) === 0x2e) end++;
  // "Jadranska Plovidba d.d.": a legal form spelled with points keeps its last one.
  else if (last > first && z.text.length === 1 && s.text.charCodeAt(end) === 0x2e && dottedLegalForm(s, last)) end++;
  s.out.push({ first, last, start: a.start, end, type, status, id, canonical });
}
