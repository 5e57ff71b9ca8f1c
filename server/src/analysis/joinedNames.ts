import { headType, type Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { Lex } from './lexicon';
import { titleAt } from './roleTitles';
import { Gap, type Token } from './tokens';

// Where "and" stays inside one organization's name rather than joining two names.

/** Most capitalized words on either side of "and" inside one organization's name. */
export const MAX_AND_SIDE = 3;

/**
 * A word that may end a name holding "and": an organization's head noun, or "Initiative", which
 * heads a named effort ("the Reef and Harbour Initiative") without making a lone phrase a body.
 */
function andNameHead(tok: Token): boolean {
  return tok.cap && !tok.upper && ((tok.flags & Lex.OrgHead) !== 0 || tok.fold === 'initiative');
}

/** Courts that a report names with "a" ("an Ikeja Sexual Offences and Domestic Violence Court"). */
const COURT_HEADS = new Set(['court', 'tribunal']);

/**
 * "Independent Electoral and Boundaries Commission": "and" inside one name
 * when the words after it end in an organization's head noun and no known
 * name or role stands on its left. Returns the name's last token, or -1.
 */
export function joinedByAnd(s: Scan, from: number, k: number, last: number): number {
  const t = s.t;
  if (k - from < 1 || k - from > MAX_AND_SIDE || k + 1 > last) return -1;
  let head = -1;
  // "Exchange Commission": the head is the last of head nouns in a row.
  for (let w = k + 1; w <= last && w <= k + MAX_AND_SIDE; w++) {
    const tok = t[w] as Token;
    const isHead = andNameHead(tok);
    if (head >= 0 && !isHead) break;
    if (!tok.cap || tok.upper) return -1;
    if (isHead) head = w;
    else if (gazAt(s, w, last)) return -1;
  }
  if (head < 0 || (head === k + 1 && k - from === 1)) return -1;
  // An organization with "and" in its name is "the" one, or one its acronym in brackets follows
  // ("Turkish Cooperation and Coordination Agency (TIKA)"): not "analysts at Tesla and Hyundai Motor Group".
  const defined = bracketedAcronymAfter(s, head);
  // "the U.S. Food and Drug Administration": a country's name may open it.
  const country = k - from >= 2 ? gazAt(s, from, k - 1) : null;
  const place = country !== null && country.last < k - 1 && country.entry.type === 'location' && !country.entry.minor ? country.last + 1 - from : 0;
  // "GMP's Serious and Organised Crime Group": a body's possessive goes before its unit's name as "the" does.
  const before = t[from - 1];
  // "before an Ikeja Sexual Offences and Domestic Violence Court": court reports name one court of a kind with "a".
  const courtOfAKind = (before?.fold === 'a' || before?.fold === 'an') && before.lower && COURT_HEADS.has((t[head] as Token).fold);
  const determined = before?.fold === 'the' || (before?.fold === 's' && before.gap === Gap.Apostrophe) || courtOfAKind;
  if (!determined && !defined) return -1;
  for (let w = from + place; w < k; w++) {
    const tok = t[w] as Token;
    const nationality = defined && w === from && gazAt(s, w, w)?.entry.type === 'nationality';
    if (nationality) continue;
    // "the Securities and Exchange Commission": a plural head noun is a field, not a name of its own.
    const field = w === k - 1 && (tok.flags & (Lex.OrgHead | Lex.OrgOpener)) === Lex.OrgHead && tok.fold.endsWith('s');
    // "the Belt and Road Initiative", "the Reef and Harbour Trust": one place noun alone before "and" names no place.
    const placeNoun = k - from === 1 && (tok.flags & (Lex.OrgHead | Lex.OrgOpener)) === 0;
    if (!tok.cap || tok.upper || gazAt(s, w, k - 1) || titleAt(s, w, k - 1) >= 0 || (headType(tok) !== null && !field && !placeNoun)) return -1;
  }
  return head;
}

/** " (TIKA)": capitals in brackets right after token k. */
function bracketedAcronymAfter(s: Scan, k: number): boolean {
  const tok = s.t[k] as Token;
  const next = s.t[k + 1];
  return !!next && next.upper && next.start === tok.end + 2 && s.text.charCodeAt(tok.end) === 0x20 && s.text.charCodeAt(tok.end + 1) === 0x28 && s.text.charCodeAt(next.end) === 0x29;
}

/** Most words in one item of a comma-listed organization's name. */
const MAX_ITEM_WORDS = 2;
/** Most items before "and" in a comma-listed organization's name. */
const MAX_ITEMS = 4;

/**
 * "the Advisory, Conciliation and Arbitration Service": after "the", single
 * capitalized fields listed with commas and closed by "and" and a head noun
 * are one organization's name, not three names. Returns the name's last
 * token, or -1. Looks ahead a bounded number of tokens.
 */
export function commaListedName(s: Scan, i: number): number {
  const t = s.t;
  const before = t[i - 1];
  if (!before || before.fold !== 'the' || !before.lower || (t[i] as Token).gap !== Gap.Space) return -1;
  let k = i;
  let items = 0;
  for (;;) {
    // One item: one or two capitalized words that no list knows as a name or role.
    let words = 0;
    while (words < MAX_ITEM_WORDS && plainField(s, k, items === 0)) {
      words++;
      const next = t[k + 1];
      if (!next || next.gap !== Gap.Space || !next.cap || words === MAX_ITEM_WORDS) break;
      k++;
    }
    if (words === 0) return -1;
    items++;
    const next = t[k + 1];
    if (!next) return -1;
    if (next.gap === Gap.Space && next.fold === 'and' && next.lower) break;
    // ", " and a capitalized word: another item.
    const comma = next.gap === Gap.Break && next.start === (t[k] as Token).end + 2 && s.text.charCodeAt((t[k] as Token).end) === 0x2c && s.text.charCodeAt((t[k] as Token).end + 1) === 0x20;
    if (!comma || items >= MAX_ITEMS || !next.cap) return -1;
    k++;
  }
  // At least "A, B and": one comma between fields.
  if (items < 2) return -1;
  // After "and": capitalized words whose last is an organization's head noun.
  let head = -1;
  for (let w = k + 2; w <= k + 1 + MAX_AND_SIDE; w++) {
    const tok = t[w];
    if (!tok || tok.gap !== Gap.Space || !tok.cap || tok.upper) break;
    if (andNameHead(tok)) head = w;
    else if (head >= 0) return -1;
  }
  if (head < 0) return -1;
  const after = t[head + 1];
  return after && after.gap === Gap.Space && after.cap && (after.flags & Lex.Calendar) === 0 ? -1 : head;
}

/** A capitalized word that may be a field in a body's name; a country may open the name. */
function plainField(s: Scan, k: number, first: boolean): boolean {
  const tok = s.t[k];
  if (!tok || !tok.cap || tok.upper || (tok.flags & (Lex.Title | Lex.Stop | Lex.Calendar)) !== 0) return false;
  if (titleAt(s, k, k) >= 0) return false;
  return first || !gazAt(s, k, k);
}
