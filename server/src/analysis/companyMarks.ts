import type { Scan } from './entityScan';
import { isGivenName } from './givenNames';
import type { EvidenceScan } from './nameEvidence';
import { isAsciiLetterCode as isLetter, isAsciiUpperCode as isUpper } from './claimTokens';
import { Gap, type Token } from './tokens';

// Marks right after a name that only a company carries, whatever its words look like
// ("Morgan Stanley", "Smith Barney" are shaped like people's names).

/** Longest exchange name read before its colon ("NASDAQ", "Euronext"). */
const MAX_EXCHANGE = 10;
/** Longest ticker symbol read after the colon ("BRK.B"). */
const MAX_SYMBOL = 8;

/** "Halden Crane (NYSE: HC)": a name straight before a listing in brackets is a listed company (name ends at `end`). */
export function listingAfter(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k) === 0x20) k++;
  if (text.charCodeAt(k) !== 0x28) return false;
  k++;
  const exchange = k;
  if (!isUpper(text.charCodeAt(k))) return false;
  while (k - exchange < MAX_EXCHANGE && isLetter(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 0x3a) return false;
  k++;
  if (text.charCodeAt(k) === 0x20) k++;
  const symbol = k;
  while (k - symbol < MAX_SYMBOL && (isUpper(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e)) k++;
  const close = text.charCodeAt(k);
  return k > symbol && (close === 0x29 || close === 0x2c || close === 0x3b);
}

/** Nouns only a company is, read after "X, the": "Dorran Pike, the retail brokerage". */
const COMPANY_NOUNS = new Set(['brokerage', 'bank', 'lender', 'firm', 'company', 'insurer', 'carmaker', 'automaker', 'retailer', 'conglomerate', 'chipmaker', 'airline', 'startup', 'manufacturer']);
/** Words allowed between "the" and the noun ("the retail brokerage", "the New York investment bank"). */
const MAX_NOUN_DISTANCE = 4;

/**
 * "its purchase of Dorran Pike, the retail brokerage": a name set off by a comma and "the" and a
 * company's noun (not "the bank's chief", the person who works there) is the company (name ends at token q).
 */
export function companyApposition(s: EvidenceScan, q: number): boolean {
  const t = s.t;
  const the = t[q + 1];
  if (!the || the.fold !== 'the' || !the.lower || s.text.charCodeAt((t[q] as Token).end) !== 0x2c || the.start !== (t[q] as Token).end + 2) return false;
  for (let k = q + 2; k <= q + 1 + MAX_NOUN_DISTANCE && k < t.length; k++) {
    const w = t[k] as Token;
    if (w.gap !== Gap.Space && w.gap !== Gap.Hyphen) return false;
    if (w.lower && COMPANY_NOUNS.has(w.fold)) {
      const after = t[k + 1];
      // "the bank's chief", "the firm of ..." speak of a person at the company.
      return !after || (after.gap !== Gap.Apostrophe && !(after.gap === Gap.Space && after.fold === 'of'));
    }
  }
  return false;
}

/** "the Senior Officials’ Meeting": a plural's apostrophe inside a run of names (p..q) is no person's name. */
export function pluralPossessiveInside(s: EvidenceScan, p: number, q: number): boolean {
  for (let k = p + 1; k <= q; k++) {
    const prev = s.t[k - 1] as Token;
    const c = s.text.charCodeAt(prev.end);
    if (prev.fold.endsWith('s') && (s.t[k] as Token).start === prev.end + 2 && (c === 0x27 || c === 0x2019)) return true;
  }
  return false;
}

/** Officers only a company (or a body) has, capitalized before their holder's name: "Dorvik CEO Ann Roe". */
const OFFICERS = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson', 'founder']);
/** Second words after "Chief" that make a company's officer ("Chief Executive", "Chief Financial Officer"). */
const CHIEF_OFFICES = new Set(['executive', 'financial', 'operating', 'technology']);
/** Words that qualify an office rather than name the company before it ("Interim CEO", "Vice Chairman"). */
const OFFICE_MODIFIERS = new Set(['interim', 'outgoing', 'incoming', 'acting', 'founding', 'vice', 'former', 'global', 'regional', 'senior', 'joint', 'managing', 'then', 'current', 'executive']);
/** Most words of a company's name read before its officer. */
const MAX_COMPANY_WORDS = 3;

/**
 * "Dorvik CEO Ann Roe", "said Kelvane Chairman and CEO Tom Pike": one to three words no list knows, opened by no given
 * name and none the text writes in lowercase, straight before a company's officer, are the company. Reads p..q,
 * whose last word may be the officer itself; returns the company's last token, or -1.
 */
export function companyBeforeOfficer(s: Scan, p: number, q: number): number {
  const t = s.t;
  const last = q > p && officerAt(t, q) ? q - 1 : q;
  const office = t[last + 1];
  if (!office || office.gap !== Gap.Space || last - p >= MAX_COMPANY_WORDS || !officerAt(t, last + 1)) return -1;
  for (let k = p; k <= last; k++) {
    const w = t[k] as Token;
    if (!w.cap || w.flags !== 0 || (k > p && w.gap !== Gap.Space) || s.gaz.get(w.fold) || s.tk.lowercaseWords.has(w.fold) || OFFICE_MODIFIERS.has(w.fold)) return -1;
  }
  // "Anna Velmont chief executive Ivo Dal": a given name opens a person's name, not a company's.
  return isGivenName((t[p] as Token).fold) ? -1 : last;
}

/** A company's officer opens at token k: "CEO", "Chairman", "Chief Executive", "Managing Director". */
function officerAt(t: readonly Token[], k: number): boolean {
  const office = t[k];
  if (!office) return false;
  return OFFICERS.has(office.fold) || (office.fold === 'chief' && CHIEF_OFFICES.has(t[k + 1]?.fold ?? '')) || (office.fold === 'managing' && t[k + 1]?.fold === 'director');
}

/** Words between a name's comma and "owned by" ("X, also owned by", "X, which is owned by"). */
const OWNED_LEADS = new Set(['also', 'which', 'is', 'wholly', 'majority', 'partly', 'now', 'itself']);
/** Most of those words read. */
const MAX_OWNED_LEAD = 2;

/** "Starlink, also owned by Musk,": a name set off by a comma and said to be owned by someone is a company (name ends at token q). */
export function ownedAfter(s: EvidenceScan, q: number): boolean {
  const t = s.t;
  const name = t[q] as Token;
  if (s.text.charCodeAt(name.end) !== 0x2c) return false;
  let k = q + 1;
  while (k - q - 1 < MAX_OWNED_LEAD && t[k]?.lower && OWNED_LEADS.has((t[k] as Token).fold)) k++;
  const owned = t[k];
  const by = t[k + 1];
  return !!owned && !!by && owned.lower && owned.fold === 'owned' && by.fold === 'by' && by.gap === Gap.Space && (t[q + 1] as Token).start === name.end + 2;
}
