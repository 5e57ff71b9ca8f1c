import type { Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// Shapes of company and body names that their words alone do not type: a
// name followed by the country it serves, an Indonesian "PT" before a
// company's name, a legal form written with points.

/** A company's roles, whose holder may follow the company's arm in a country ("Vale Indonesia Chief Executive ..."). */
const COMPANY_ROLES = new Set(['chief', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'managing', 'executive', 'director', 'head']);

/** Most words of a body's own name before the country it is named for ("Vale Indonesia", "Cricket South Africa"). */
const MAX_NAME_BEFORE_COUNTRY = 2;

/**
 * "MTN Nigeria", "Vale Indonesia", "Greenpeace Indonesia", "Cricket South Africa": a
 * company's or a body's name run straight into a country that closes the run (or
 * comes before a legal form, "PT Vale Indonesia Tbk", or a role) names the body's arm there.
 * Returns the name's last token, or -1. Words p..q are the name; no given name
 * or role opens it, and a sentence's first word must be one the text never
 * writes in lowercase ("Meanwhile Nigeria" is no body).
 */
/** Participles that work as prepositions before a place ("Excluding", "Including", "Barring"). */
export const PREPOSITION_PARTICIPLES = new Set(['excluding', 'including', 'regarding', 'concerning', 'considering', 'barring', 'pending', 'notwithstanding']);

export function countryNamedBody(s: Scan, p: number, q: number, b: number, known: boolean): number {
  const t = s.t;
  if (q < p || q - p >= MAX_NAME_BEFORE_COUNTRY || q + 1 > b) return -1;
  const next = t[q + 1] as Token;
  if (next.gap !== Gap.Space) return -1;
  const country = gazAt(s, q + 1, b);
  if (!country || country.entry.type !== 'location' || country.entry.minor || country.entry.rank > 0) return -1;
  let last = country.last;
  // "PT Vale Indonesia Tbk": a legal form after the country still belongs to the name.
  if (last + 1 === b && ((t[b] as Token).flags & Lex.CorporateSuffix) !== 0) last = b;
  // "Vale Indonesia Chief Executive Febriany Eddy": a role after the name is its holder's.
  const role = t[last + 1];
  // Not a state's roles: "the Manhattan U.S. Attorney's office", "Kenya President ...".
  if (last !== b && !(role && role.cap && COMPANY_ROLES.has(role.fold))) return -1;
  if (known) return last;
  const first = t[p] as Token;
  // "Michael Jordan said" is a person; "Vale Indonesia Chief Executive ..." a body before its holder.
  if (isGivenName(first.fold) && last === b) return -1;
  if (first.sentenceStart && !first.upper && s.tk.lowercaseWords.has(first.fold)) return -1;
  // "Excluding Varnia, profit grew": a participle used as a preposition opens the sentence, not a body's name.
  if (q === p && PREPOSITION_PARTICIPLES.has(first.fold)) return -1;
  for (let k = p; k <= q; k++) {
    const w = t[k] as Token;
    if ((w.flags & (Lex.Stop | Lex.Title | Lex.Calendar | Lex.Connector)) !== 0 || w.text.length < 2) return -1;
  }
  // "Lagos Nigeria": a place before the country is no body's name.
  if (gazAt(s, p, q)?.entry.type === 'location') return -1;
  return last;
}

/** "PT Vale Indonesia Tbk", "PT Bank Mandiri": Indonesia's legal form "PT" opens a company's name. */
export function legalFormOpens(s: Scan, p: number, b: number): boolean {
  const tok = s.t[p] as Token;
  return tok.text === 'PT' && p < b && (s.t[p + 1] as Token).gap === Gap.Space && (s.t[p + 1] as Token).cap;
}

/** Legal forms written as two letters with points ("ASML Holding N.V.", "Heineken N.V.", "Nestlé S.A."). */
const DOTTED_LEGAL_FORMS = new Set(['nv', 'bv', 'sa', 'ag', 'ab', 'se']);

/** Token q ends a legal form spelled with points, as its second letter: "N.V."; or a longer one ("S.p.A.", "d.o.o."). */
export function dottedLegalForm(s: Scan, q: number): boolean {
  const z = s.t[q] as Token;
  const y = s.t[q - 1];
  if (!y || z.text.length !== 1 || y.text.length !== 1 || z.start - y.end !== 1 || s.text.charCodeAt(z.end) !== 0x2e) return false;
  // The tokenizer may take the point before a capital for a sentence's end ("S.p.A."): the text decides.
  if (legalFormEndsAt(s.text, z.end + 1)) return true;
  return z.gap === Gap.Dot && z.cap && y.cap && DOTTED_LEGAL_FORMS.has(y.fold + z.fold);
}

/**
 * Legal forms of Europe's companies written with points and lowercase letters, as they are spelled:
 * Italy's "S.p.A." and "S.r.l.", the Balkans' "d.d." and "d.o.o.", Czechia's and Slovakia's "a.s.",
 * Spain's "S.L.", France's "S.A.S.".
 */
// Every form has a point after its first letter and ends with one: the scans below test those first.
const SPELLED_LEGAL_FORMS = ['S.p.A.', 'S.r.l.', 'S.A.S.', 'S.A.', 'S.L.', 'N.V.', 'B.V.', 'd.o.o.', 'd.d.', 'a.s.'];

/** A company's name without the spelled legal form that ends it ("Adria Lines S.p.A." is "Adria Lines"), or the name. */
export function withoutSpelledLegalForm(name: string): string {
  if (name.charCodeAt(name.length - 1) !== 0x2e) return name;
  for (const form of SPELLED_LEGAL_FORMS) {
    if (name.length > form.length + 1 && name.endsWith(form) && name.charCodeAt(name.length - form.length - 1) === 0x20) return name.slice(0, name.length - form.length - 1);
  }
  return name;
}

/** Where the legal form that opens at `at` ends, its last point included, or -1: "S.p.A." then a space, a comma or the end. */
export function legalFormAt(text: string, at: number): number {
  // Asked at every word of a run: a word without a point after its first letter opens no form.
  if (text.charCodeAt(at + 1) !== 0x2e) return -1;
  for (const form of SPELLED_LEGAL_FORMS) {
    if (!text.startsWith(form, at)) continue;
    const c = text.charCodeAt(at + form.length);
    if (Number.isNaN(c) || !isWordCode(c)) return at + form.length;
  }
  return -1;
}

/** Whether a spelled legal form, after a space, ends at `end`. */
function legalFormEndsAt(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x2e) return false;
  for (const form of SPELLED_LEGAL_FORMS) {
    const at = end - form.length;
    if (at > 0 && text.charCodeAt(at - 1) === 0x20 && text.startsWith(form, at)) return true;
  }
  return false;
}

function isWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 32) >= 0x61 && (c | 32) <= 0x7a) || c >= 0xc0;
}
