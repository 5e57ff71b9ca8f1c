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
