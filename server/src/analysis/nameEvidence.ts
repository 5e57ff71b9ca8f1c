import type { Candidate } from './identity';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// What the words around capitalized words say about them: a product noun after
// them, a label's colon, quotes; and whether words shaped like a person's name
// name an organization (their neighbours, their own shape, their other mentions).

/** What the evidence is read from: the text, its tokens and the candidates found so far (in text order). */
export interface EvidenceScan {
  text: string;
  t: Token[];
  out: Candidate[];
}

// Words after "X's" that speak of a company: "Goldman's chief executive", "Apple's shares".
const COMPANY_POSSESSIONS = new Set(['chief', 'ceo', 'shares', 'stock', 'board', 'chairman', 'executives', 'earnings', 'profit', 'revenue', 'unit', 'subsidiary', 'shareholders', 'investors', 'bankers', 'analysts', 'economists', 'strategists']);
// Lowercase words before "of X" that speak of a company: "shares of Goldman Sachs".
const COMPANY_OF = new Set(['shares', 'stock', 'stake', 'unit', 'subsidiary', 'shareholders', 'chief', 'ceo', 'analysts', 'economists', 'strategists', 'owner', 'parent']);
// Lowercase words after a name that speak of a company: "Morgan Stanley shares", "Goldman Sachs analysts".
const COMPANY_AFTER = new Set(['shares', 'stock', 'analysts', 'economists', 'strategists', 'executives', 'shareholders', 'bankers']);

// Adjectives that open names of parties, unions and institutions, never a person's given name.
const INSTITUTION_ADJECTIVES = new Set(
  'national|united|democratic|republican|popular|social|socialist|liberal|conservative|green|islamic|independent|royal|federal|central|international|global|patriotic|progressive|revolutionary|civic|reform|labour|labor|workers|citizens|peoples'.split('|'),
);
// Lowercase nouns after a name that make it an organization: "the United Auto Workers union".
const ORGANIZATION_NOUNS = new Set(['union', 'party', 'group', 'company', 'firm', 'bank', 'lender', 'automaker', 'carmaker', 'insurer', 'airline', 'militia', 'movement', 'club', 'broadcaster', 'newspaper', 'conglomerate', 'startup']);

/**
 * Evidence that person-shaped words name a company ("Morgan Stanley",
 * "Goldman Sachs", "Wells Fargo"): people are not "at" a place of work by name,
 * have no shares, and a coordinated name shares its neighbour's type.
 */
export function organizationContext(s: EvidenceScan, p: number, q: number): boolean {
  const t = s.t;
  const first = t[p] as Token;
  for (let k = p; k <= q; k++) if (companyShaped(t[k] as Token)) return true;
  if (q > p && INSTITUTION_ADJECTIVES.has(first.fold)) return true;
  const prev = t[p - 1];
  const next = t[q + 1];
  if (prev && prev.lower && first.gap === Gap.Space) {
    if (prev.fold === 'at') return true;
    const before = t[p - 2];
    if (prev.fold === 'of' && before && COMPANY_OF.has(before.fold)) return true;
    if (prev.fold === 'and' || prev.fold === 'or') {
      const last = s.out[s.out.length - 1];
      if (last && last.type === 'organization' && before && last.end === before.end) return true;
    }
  }
  if (next && next.gap === Gap.Space && next.lower && (COMPANY_AFTER.has(next.fold) || ORGANIZATION_NOUNS.has(next.fold))) return true;
  if (next && next.gap === Gap.Apostrophe && next.fold === 's') {
    const after = t[q + 2];
    if (after && after.lower && COMPANY_POSSESSIONS.has(after.fold)) return true;
  }
  return false;
}

/** "JPMorgan", "ExxonMobil"-style capitals inside a word: two capitals then lowercase letters, no person's name. */
export function companyShaped(tok: Token): boolean {
  const w = tok.text;
  if (w.length < 4 || tok.upper) return false;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  return c0 >= 0x41 && c0 <= 0x5a && c1 >= 0x41 && c1 <= 0x5a;
}

/** Equal multi-word guesses share the type one of them has evidence for: "Goldman Sachs" after "analysts at Goldman Sachs". */
export function harmonizeGuesses(s: EvidenceScan): void {
  let organizations: Set<string> | undefined;
  for (const c of s.out) {
    if (c.status === 'guess' && c.type === 'organization') (organizations ??= new Set()).add(s.text.slice(c.start, c.end));
  }
  if (!organizations) return;
  // "shares of Goldman" also says what "Goldman Sachs" is.
  for (const c of s.out) {
    if (c.status !== 'guess' || c.type !== 'person') continue;
    if (organizations.has(s.text.slice(c.start, c.end)) || (c.last > c.first && organizations.has((s.t[c.first] as Token).text))) c.type = 'organization';
  }
}

/** "the Altay tank": a lowercase product noun right after the word. */
export function productNounAfter(s: EvidenceScan, q: number): boolean {
  const next = s.t[q + 1];
  if (!next || next.gap !== Gap.Space || !next.lower) return false;
  if ((next.flags & Lex.ProductNoun) !== 0) return true;
  // One modifier between: "Tomahawk cruise missiles", "Altay battle tank".
  const after = s.t[q + 2];
  return !!after && after.gap === Gap.Space && after.lower && (after.flags & Lex.ProductNoun) !== 0 && (next.flags & Lex.Stop) === 0;
}

/** A phrase at the start of a line followed by a colon: a label such as "Key Takeaways:". */
export function isLabel(s: EvidenceScan, q: number): boolean {
  const next = s.t[q + 1];
  const after = s.text.charCodeAt((s.t[q] as Token).end);
  return after === 0x3a && (!next || next.gap === Gap.Break);
}

const OPEN_QUOTES = new Set([0x22, 0x201c, 0x201e, 0xab]);
const CLOSE_QUOTES = new Set([0x22, 0x201d, 0xbb]);

/** Words standing right inside double quotes: "Unbreakable Brotherhood". */
export function quoted(s: EvidenceScan, p: number, q: number): boolean {
  const before = s.text.charCodeAt((s.t[p] as Token).start - 1);
  const endAt = (s.t[q] as Token).end;
  const after = s.text.charCodeAt(endAt);
  return OPEN_QUOTES.has(before) && (CLOSE_QUOTES.has(after) || after === 0x2d || (after === 0x2c && CLOSE_QUOTES.has(s.text.charCodeAt(endAt + 1))));
}

/** Pronouns looked at after "X said": enough for the clause that follows. */
const PRONOUN_WINDOW = 30;
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** "Scholz said he ...", "Hyundai said it ...": the first pronoun after a speaker says whether it is a person. */
export function pronounAfter(s: EvidenceScan, from: number): 'person' | 'thing' | null {
  for (let k = from; k < s.t.length && k < from + PRONOUN_WINDOW; k++) {
    const tok = s.t[k] as Token;
    if (!tok.lower && !tok.sentenceStart) continue;
    if (PERSONAL_PRONOUNS.has(tok.fold)) return 'person';
    if (tok.fold === 'it' || tok.fold === 'its') return 'thing';
  }
  return null;
}
