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

/** Token q ends a legal form spelled with points, as its second letter: "N.V.". */
export function dottedLegalForm(s: Scan, q: number): boolean {
  const z = s.t[q] as Token;
  const y = s.t[q - 1];
  if (!y || z.text.length !== 1 || y.text.length !== 1 || !z.cap || !y.cap || z.gap !== Gap.Dot || z.start - y.end !== 1) return false;
  return DOTTED_LEGAL_FORMS.has(y.fold + z.fold) && s.text.charCodeAt(z.end) === 0x2e;
}
