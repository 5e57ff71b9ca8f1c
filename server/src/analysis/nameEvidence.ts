import { type Candidate, candidateWith, plainIdOf } from './identity';
import { CLUB_WORDS, COMPASS_WORDS, Lex, lexFlags, NATURAL_HEADS, PLACE_PREFIXES } from './lexicon';
import { Gap, type Token } from './tokens';
import { isGivenName } from './givenNames';
import { companyApposition, listingAfter, ownedAfter, pluralPossessiveInside } from './companyMarks';
import { nameOnOneLine } from './wrappedNames';

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
const HELD_IN = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholdings']);
// Verbs before "in X" that make X a journal: "published in Varden Ecology".
const PUBLISHED = new Set(['published', 'publishes', 'appeared', 'appears', 'reported', 'report', 'reports']);
// Lowercase nouns right before a name that say it is a company: "its British unit Jaguar Land Rover", "carmaker VinFast".
export const COMPANY_APPOSITIVES = new Set(
  'unit|subsidiary|division|affiliate|carmaker|automaker|lender|bank|firm|company|startup|start-up|maker|airline|retailer|insurer|conglomerate|brand|chipmaker|miner|operator|broker|developer|giant|rival|rivals|competitor|competitors|supplier|manufacturer|journal|magazine|newspaper|broadcaster|regulator|watchdog|group'.split('|'),
);
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
  // "Tottenham Hotspur", "Dorvan Rovers": a club word ends a club's name.
  if (q > p && CLUB_WORDS.has((t[q] as Token).fold)) return true;
  if (q > p && INSTITUTION_ADJECTIVES.has(first.fold)) return true;
  const prev = t[p - 1];
  const next = t[q + 1];
  if (prev && prev.lower && first.gap === Gap.Space) {
    if (prev.fold === 'at' || COMPANY_APPOSITIVES.has(prev.fold)) return true;
    const before = t[p - 2];
    if (prev.fold === 'of' && before && COMPANY_OF.has(before.fold)) return true;
    // "Shares in Dalcom rose", "a stake in Velmont": what one holds shares in is a company, not a place.
    if (prev.fold === 'in' && before && before.gap !== Gap.Hyphen && HELD_IN.has(before.fold)) return true;
    // "a study published in Varden Ecology & Letters": what a study appears in is a journal, not a place.
    if (prev.fold === 'in' && before && before.lower && PUBLISHED.has(before.fold)) return true;
    // "a group of banks led by Halden Crane": companies are led by a company.
    if (prev.fold === 'by' && before?.fold === 'led' && before.lower && LED_COMPANIES.has(t[p - 3]?.fold ?? '')) return true;
    if (prev.fold === 'and' || prev.fold === 'or') {
      const last = s.out[s.out.length - 1];
      if (last && last.type === 'organization' && before && last.end === before.end) return true;
    }
  }
  // "hired an outside firm, Moss Adams, to review": a company's noun and a comma before a name set off by another.
  if (prev && prev.lower && COMPANY_NOUNS_BEFORE.has(prev.fold) && first.start === prev.end + 2 && s.text.charCodeAt(prev.end) === 0x2c && closedApposition(s, q)) return true;
  if (next && next.gap === Gap.Space && next.lower && (COMPANY_AFTER.has(next.fold) || ORGANIZATION_NOUNS.has(next.fold))) return true;
  // "Nvidia and other chipmakers": the class a name is listed with says what it is.
  if (next && next.gap === Gap.Space && next.fold === 'and' && t[q + 2]?.fold === 'other') {
    const kind = t[q + 3];
    const singular = !kind || !kind.lower ? '' : kind.fold.endsWith('ies') ? kind.fold.slice(0, -3) + 'y' : kind.fold.endsWith('s') ? kind.fold.slice(0, -1) : '';
    if (COMPANY_APPOSITIVES.has(singular) || ORGANIZATION_NOUNS.has(singular)) return true;
  }
  if (next && next.gap === Gap.Space && BUSINESS_VERBS.has(next.fold) && financeClause(s, q + 2)) return true;
  if (q > p && !isGivenName(first.fold) && officeAndHolderAfter(s, q)) return true;
  if (listingAfter(s.text, (t[q] as Token).end) || companyApposition(s, q) || ownedAfter(s, q)) return true;
  if (pluralPossessiveInside(s, p, q)) return true;
  if (next && next.gap === Gap.Apostrophe && next.fold === 's') {
    const after = t[q + 2];
    if (after && after.lower && COMPANY_POSSESSIONS.has(after.fold)) return true;
  }
  return false;
}

/** Lowercase offices a body's holder has ("chief executive", "president"), and the second word some take. */
const BODY_OFFICES = new Set(['chief', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'president', 'founder', 'director']);
const OFFICE_SECOND_WORDS = new Set(['executive', 'officer', 'economist', 'director', 'founder']);

/** "Velmont Brigham chief executive Anna Kovel": after the name, a body's office and then its holder's name. */
function officeAndHolderAfter(s: EvidenceScan, q: number): boolean {
  const office = s.t[q + 1];
  if (!office || !office.lower || office.gap !== Gap.Space || !BODY_OFFICES.has(office.fold)) return false;
  let k = q + 2;
  const second = s.t[k];
  if (second && second.lower && second.gap === Gap.Space && OFFICE_SECOND_WORDS.has(second.fold)) k++;
  const holder = s.t[k];
  const surname = s.t[k + 1];
  return !!holder && !!surname && holder.gap === Gap.Space && plainName(holder) && surname.gap === Gap.Space && plainName(surname);
}

function plainName(tok: Token): boolean {
  return tok.cap && !tok.upper && (tok.flags & (Lex.Stop | Lex.Calendar | Lex.Title | Lex.OrgHead)) === 0;
}

/** Plural nouns of companies that a company leads: "banks led by X". */
const LED_COMPANIES = new Set(['banks', 'lenders', 'firms', 'companies', 'insurers', 'carriers', 'airlines', 'miners', 'producers', 'manufacturers', 'brokers']);

/** Nouns only a company is ("an outside firm, X,"); not "rival" or "developer", which a person may be. */
const COMPANY_NOUNS_BEFORE = new Set(['firm', 'company', 'subsidiary', 'unit', 'lender', 'bank', 'carmaker', 'automaker', 'startup', 'airline', 'retailer', 'insurer', 'conglomerate', 'manufacturer', 'supplier', 'chipmaker']);

/** The name ending at q is followed by a comma or a sentence's end, so it stands in apposition. */
function closedApposition(s: EvidenceScan, q: number): boolean {
  const end = (s.t[q] as Token).end;
  const c = s.text.charCodeAt(end);
  return end >= s.text.length || c === 0x2c || c === 0x2e || c === 0x3b;
}

// Verbs after which a company's results follow: "Wells Fargo said net interest income would fall".
const BUSINESS_VERBS = new Set(['said', 'says', 'reported', 'reports', 'posted', 'posts', 'expects', 'forecast', 'forecasts', 'raised', 'cut', 'lowered']);
// A company's figures as the subject or object of that verb.
const FINANCE_NOUNS = new Set(['income', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'results', 'sales', 'dividend', 'margins', 'guidance', 'deposits']);
/** How many words after the verb the figure is looked for: "said its full-year net interest income". */
const FINANCE_WINDOW = 4;

/** A company's figures named right after its verb: "reports results", "said net interest income". */
function financeClause(s: EvidenceScan, from: number): boolean {
  for (let k = from; k < s.t.length && k < from + FINANCE_WINDOW; k++) {
    const tok = s.t[k] as Token;
    if (tok.gap === Gap.Break && k > from) return false;
    if (!tok.lower) return false;
    if (FINANCE_NOUNS.has(tok.fold)) return true;
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

// Last words of a company's name that may follow its short name: "Wells Fargo Securities", "Morgan Stanley Wealth Management".
const BUSINESS_HEADS = new Set('securities|bank|group|inc|corp|corporation|co|holdings|capital|partners|investments|ltd|llc|plc|financial|management|insurance|asset|wealth|research'.split('|'));

/** Equal multi-word guesses share the type one of them has evidence for: "Goldman Sachs" after "analysts at Goldman Sachs". */
export function harmonizeGuesses(s: EvidenceScan): void {
  let organizations: Set<string> | undefined;
  for (const c of s.out) {
    if (c.status === 'guess' && c.type === 'organization') (organizations ??= new Set()).add(nameOnOneLine(s.text, s.t, c.first, c.last));
    // "Wells Fargo Securities" says what "Wells Fargo" is.
    else if (c.type === 'organization' && c.status === 'strong' && c.last > c.first + 1 && BUSINESS_HEADS.has((s.t[c.last] as Token).fold)) {
      (organizations ??= new Set()).add(s.text.slice(c.start, (s.t[c.last - 1] as Token).end));
    }
  }
  if (!organizations) return;
  // "shares of Goldman" also says what "Goldman Sachs" is.
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (c.status !== 'guess' || c.type !== 'person') continue;
    if (organizations.has(nameOnOneLine(s.text, s.t, c.first, c.last)) || (c.last > c.first && organizations.has((s.t[c.first] as Token).text))) s.out[k] = candidateWith(c, 'organization', c.end);
  }
}

/**
 * "Newcastle United ... Newcastle levelled", "Manchester City, who drew": in an article that
 * names a club by its place and a club word, the bare place is that club, and a place with
 * "City" is a club too; the bare place takes the club's id.
 */
export function clubShortForms(s: EvidenceScan): void {
  let places: Map<string, string> | undefined;
  for (const c of s.out) {
    if (c.type === 'organization' && c.last === c.first + 1 && CLUB_WORDS.has((s.t[c.last] as Token).fold)) (places ??= new Map()).set((s.t[c.first] as Token).fold, s.text.slice(c.start, c.end));
  }
  if (!places) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (c.type !== 'location') continue;
    const city = c.last === c.first + 1 && (s.t[c.last] as Token).fold === 'city' && (s.t[c.last] as Token).cap;
    // A dateline's place in capitals ("MANCHESTER, England") stays the place.
    const club = c.first === c.last && !(s.t[c.first] as Token).upper ? places.get((s.t[c.first] as Token).fold) : undefined;
    if (!city && club === undefined) continue;
    const id = club === undefined ? undefined : plainIdOf('organization', club);
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'organization', status: c.status, id, canonical: club };
  }
}

/**
 * "the European Commission ... the Commission said": an organization's head noun alone,
 * after "the", is that organization where the article names one ending in it.
 */
export function bodyShortForms(s: EvidenceScan): void {
  let bodies: Map<string, Candidate> | undefined;
  for (const c of s.out) {
    const head = s.t[c.last] as Token;
    if (c.type === 'organization' && c.last > c.first && (head.flags & Lex.OrgHead) !== 0 && !bodies?.has(head.fold)) (bodies ??= new Map()).set(head.fold, c);
  }
  if (!bodies) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const tok = s.t[c.first] as Token;
    const body = c.first === c.last && c.type !== 'organization' && tok.cap && !tok.upper ? bodies.get(tok.fold) : undefined;
    if (!body || s.t[c.first - 1]?.fold !== 'the') continue;
    const canonical = body.canonical ?? s.text.slice(body.start, body.end);
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'organization', status: c.status, id: body.id ?? plainIdOf('organization', canonical), canonical };
  }
}

/**
 * "the Tana River ... the Tana", "the Isle of Arran ... Arran", "Lake Naivasha ... Naivasha": a natural
 * feature's own name alone is that place where the article names the feature in full.
 */
export function placeShortForms(s: EvidenceScan): void {
  let places: Map<string, Candidate> | undefined;
  for (const c of s.out) {
    if (c.type !== 'location' || c.last === c.first) continue;
    const first = s.t[c.first] as Token;
    const last = s.t[c.last] as Token;
    // "Tana River"; "Lake Naivasha"; "Isle of Arran".
    const own =
      c.last === c.first + 1 && NATURAL_HEADS.has(last.fold) ? first : c.last === c.first + 1 && PLACE_PREFIXES.has(first.fold) ? last : c.last === c.first + 2 && s.t[c.first + 1]?.fold === 'of' && (first.flags & Lex.LocationOpener) !== 0 ? last : null;
    if (own && own.cap && !own.upper && !places?.has(own.fold)) (places ??= new Map()).set(own.fold, c);
  }
  if (!places) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const tok = s.t[c.first] as Token;
    const place = c.first === c.last && c.type !== 'location' && c.status !== 'strong' && c.id === undefined ? places.get(tok.fold) : undefined;
    if (!place) continue;
    const canonical = place.canonical ?? s.text.slice(place.start, place.end);
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'location', status: c.status, id: place.id ?? plainIdOf('location', canonical), canonical };
  }
}

/** Nouns after a product noun that make the pair a site or an industry ("chip plant", "drone makers"). */
const INDUSTRY_NOUNS = new Set(['plant', 'plants', 'factory', 'factories', 'fab', 'fabs', 'maker', 'makers', 'industry', 'industries', 'sector', 'exports', 'imports', 'production', 'manufacturing', 'supply', 'market']);

/** "the Altay tank": a lowercase product noun right after the word. */
export function productNounAfter(s: EvidenceScan, q: number): boolean {
  const next = s.t[q + 1];
  if (!next || next.gap !== Gap.Space || !next.lower) return false;
  // "the Gujarat chip plant", "its Taiwan chip factory": the product noun describes a site or an industry, not the name.
  if ((next.flags & Lex.ProductNoun) !== 0) return !INDUSTRY_NOUNS.has(s.t[q + 2]?.fold ?? '');
  // One modifier between: "Tomahawk cruise missiles", "Altay battle tank".
  const after = s.t[q + 2];
  return !!after && after.gap === Gap.Space && after.lower && (after.flags & Lex.ProductNoun) !== 0 && (next.flags & Lex.Stop) === 0;
}

/** Lowercase nouns that make the capitalized word after them a product ("the weight-loss drug Wegovy"). */
const PRODUCT_NOUNS_BEFORE = new Set(
  'drug|drugs|medicine|medicines|treatment|jab|pill|vaccine|shot|smartphone|handset|phone|chatbot|chip|processor|console|sedan|suv|jet|airliner|missile|drone|rifle|tank|rocket|spacecraft|lander|rover|instrument|app|telescope|assistant|laptop'.split('|'),
);

/** "its weight-loss drug Wegovy", "the smartphone Lumo": a product noun right before the word. */
export function productNounBefore(s: EvidenceScan, p: number): boolean {
  const prev = s.t[p - 1];
  return !!prev && prev.lower && (s.t[p] as Token).gap === Gap.Space && PRODUCT_NOUNS_BEFORE.has(prev.fold);
}

/**
 * "its drug Wegovy ... Sales of Wegovy rose": a word the article names as a product is the
 * product wherever nothing surer typed it.
 */
export function harmonizeProducts(s: EvidenceScan): void {
  let products: Set<string> | undefined;
  for (const c of s.out) if (c.type === 'product' && c.status === 'guess') (products ??= new Set()).add(s.text.slice(c.start, c.end));
  if (!products) return;
  // "CEO of Omantel ... the Omantel app": a name the article gives a company's role is the company, before its app too.
  let companies: Set<string> | undefined;
  for (const c of s.out) if (c.type === 'organization' && companyRoleOf(s, c.first) && products.has(s.text.slice(c.start, c.end))) (companies ??= new Set()).add(s.text.slice(c.start, c.end));
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (companies?.has(s.text.slice(c.start, c.end))) {
      if (c.type === 'product' && c.status === 'guess') s.out[k] = candidateWith(c, 'organization', c.end);
      continue;
    }
    if (c.type === 'product' || c.status === 'strong' || c.id !== undefined || !products.has(s.text.slice(c.start, c.end))) continue;
    s.out[k] = candidateWith(c, 'product', c.end);
  }
}

/** "chief executive of X", "shares of X": a company's role or stake and "of" right before token `first`. */
function companyRoleOf(s: EvidenceScan, first: number): boolean {
  const of = s.t[first - 1];
  const role = s.t[first - 2];
  return !!of && !!role && of.lower && of.fold === 'of' && COMPANY_OF.has(role.fold);
}

const EXERCISE_NOUNS = new Set(['exercise', 'exercises', 'drill', 'drills', 'maneuvers', 'manoeuvres', 'wargames']);

/**
 * "Iron Shield exercise", "Iron Shield (IS) drills": a name before a military
 * exercise noun, directly or after its acronym in parentheses, names the exercise.
 */
export function exerciseNounAfter(s: EvidenceScan, q: number): boolean {
  const next = s.t[q + 1];
  if (!next) return false;
  if (next.lower) return EXERCISE_NOUNS.has(next.fold) && (next.gap === Gap.Space || s.text.charCodeAt(next.start - 2) === 0x29);
  const after = s.t[q + 2];
  return next.upper && s.text.charCodeAt(next.end) === 0x29 && !!after && after.lower && EXERCISE_NOUNS.has(after.fold) && after.start === next.end + 2;
}

/** A phrase at the start of a line followed by a colon: a label such as "Key Takeaways:". */
export function isLabel(s: EvidenceScan, q: number): boolean {
  const next = s.t[q + 1];
  const after = s.text.charCodeAt((s.t[q] as Token).end);
  return after === 0x3a && (!next || next.gap === Gap.Break);
}

/** Most words in a capitals label opening a line. */
const MAX_LABEL_WORDS = 4;

/**
 * "THE SPARK: Panera reported ...", "SHARE ACTION: shares rose ...": capitals
 * opening a line and ending in a colon with the sentence going on after it
 * name a section, not an organization. `a..q` is the run; a dateline place
 * ("ISLAMABAD: ...") is known to the gazetteer or the dateline and never gets here.
 */
export function inlineCapsLabel(s: EvidenceScan, a: number, q: number): boolean {
  const first = s.t[a] as Token;
  const prev = s.t[a - 1];
  if (q - a + 1 > MAX_LABEL_WORDS || (prev && prev.line === first.line)) return false;
  for (let k = a; k <= q; k++) {
    const tok = s.t[k] as Token;
    if (!tok.upper && !(k === a && tok.cap && tok.text.length === 1)) return false;
  }
  const end = (s.t[q] as Token).end;
  const next = s.t[q + 1];
  return s.text.charCodeAt(end) === 0x3a && s.text.charCodeAt(end + 1) === 0x20 && !!next && next.line === (s.t[q] as Token).line && !next.upper;
}

const OPEN_QUOTES = new Set([0x22, 0x201c, 0x201e, 0xab]);
const CLOSE_QUOTES = new Set([0x22, 0x201d, 0xbb]);
const SINGLE_QUOTES = new Set([0x27, 0x2018, 0x2019]);
// Short words a title keeps in lowercase: "Anatomy of a Fall", "Gone with the Wind".
const TITLE_FUNCTION_WORDS = new Set(['of', 'a', 'an', 'the', 'and', 'in', 'on', 'for', 'to', 'with', 'at', 'from', 'by']);
/** Most words in a quoted title read as one name. */
const MAX_TITLE_WORDS = 8;

/**
 * "'Anatomy of a Fall'", "“The Lord of the Rings,”": capitalized words with
 * a title's lowercase function words between them, standing inside quotes.
 * Returns the title's last token, or -1.
 */
export function quotedTitle(s: EvidenceScan, p: number): number {
  const first = s.t[p] as Token;
  if (first.gap !== Gap.Break) return -1;
  const open = s.text.charCodeAt(first.start - 1);
  const before = first.start >= 2 ? s.text.charCodeAt(first.start - 2) : 0x20;
  const single = SINGLE_QUOTES.has(open);
  if (!(OPEN_QUOTES.has(open) || single) || !(before === 0x20 || before === 0x0a || first.start === 1)) return -1;
  let lowers = 0;
  for (let k = p + 1; k < s.t.length && k <= p + MAX_TITLE_WORDS; k++) {
    const tok = s.t[k] as Token;
    if (tok.gap !== Gap.Space) return -1;
    if (tok.lower) {
      if (!TITLE_FUNCTION_WORDS.has(tok.fold)) return -1;
      lowers++;
      continue;
    }
    if (!tok.cap) return -1;
    let after = s.text.charCodeAt(tok.end);
    if (after === 0x2c || after === 0x2e) after = s.text.charCodeAt(tok.end + 1);
    // A closing quote ends it; only a title with a lowercase word inside is new evidence (all-capitalized quotes are read elsewhere).
    if (single ? SINGLE_QUOTES.has(after) : CLOSE_QUOTES.has(after)) return lowers > 0 ? k : -1;
  }
  return -1;
}

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

/** "Dalmens said on Monday its profit rose": the first pronoun after a speaker, in its sentence, is "its". */
export function itsAfter(s: EvidenceScan, from: number): boolean {
  for (let k = from; k < s.t.length && k < from + PRONOUN_WINDOW; k++) {
    const tok = s.t[k] as Token;
    if (tok.sentenceStart) return false;
    if (!tok.lower) continue;
    if (PERSONAL_PRONOUNS.has(tok.fold) || tok.fold === 'it' || tok.fold === 'they' || tok.fold === 'their' || tok.fold === 'them') return false;
    if (tok.fold === 'its') return true;
  }
  return false;
}

// Words before a place that make it a sports club: "beat Liverpool", "will face Coventry City".
const MATCH_VERBS_BEFORE = new Set(['beat', 'beats', 'defeated', 'defeat', 'edged', 'thrashed', 'routed', 'face', 'faces', 'faced', 'host', 'hosts', 'hosted', 'vs', 'v', 'versus']);
// Words after a name that make it a sports team: "River coach Marcelo Gallardo".
const TEAM_WORDS_AFTER = new Set('coach|striker|midfielder|defender|goalkeeper|winger|fans|supporters|squad|footballers'.split('|'));
// Words after a known city that make it its club, too common after other names: "Liverpool manager", "Liverpool beat".
const CITY_TEAM_WORDS_AFTER = new Set('beat|beats|defeated|drew|edged|thrashed|manager|boss|captain|players|player'.split('|'));
/** Lowercase words that narrow a team's role: "head coach", "assistant manager". */
const TEAM_ROLE_NARROWERS = new Set(['head', 'assistant', 'interim', 'caretaker']);
/** Highest goal count in a score read as a team match: tennis sets ("6-4") name players, not clubs. */
const MAX_TEAM_GOALS = 5;

/**
 * "Manchester United beat Liverpool 4-3", "Liverpool coach Jurgen Klopp": a
 * city named as its club. Other names (`city` false) need a team word after
 * them, or a match verb before them and a low score after: players are beaten too.
 */
export function sportsClubContext(s: EvidenceScan, p: number, q: number, city: boolean): boolean {
  const prev = s.t[p - 1];
  const next = s.t[q + 1];
  if (next && next.gap === Gap.Space && next.lower && (TEAM_WORDS_AFTER.has(next.fold) || (city && CITY_TEAM_WORDS_AFTER.has(next.fold)))) return true;
  // "Dorvale head coach Ian Bell", "Dorvale assistant manager": a team's role narrowed by one word.
  const role = s.t[q + 2];
  if (next && role && next.gap === Gap.Space && TEAM_ROLE_NARROWERS.has(next.fold) && next.lower && role.gap === Gap.Space && role.lower && (TEAM_WORDS_AFTER.has(role.fold) || (city && CITY_TEAM_WORDS_AFTER.has(role.fold)))) return true;
  const beaten = !!prev && prev.lower && (s.t[p] as Token).gap === Gap.Space && MATCH_VERBS_BEFORE.has(prev.fold);
  if (beaten && city) return true;
  // A score right after the name: "Liverpool 4-3".
  const after = s.t[q + 2];
  if (!next || next.gap !== Gap.Space || !after || after.gap !== Gap.Hyphen || !isScoreDigit(next.text) || !isScoreDigit(after.text)) return false;
  return city || (beaten && Math.max(Number(next.text), Number(after.text)) <= MAX_TEAM_GOALS);
}

const isScoreDigit = (w: string) => w.length <= 2 && w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39 && (w.length === 1 || (w.charCodeAt(1) >= 0x30 && w.charCodeAt(1) <= 0x39));

// Military strikes land on places: "strikes on Khan Younis", "shelling of Kharkiv".
/** Nouns whose "of" is followed by a place: "residents of Belvanto", "parts of Lumaro" (not "part of", which companies are). */
const PEOPLE_OF_PLACES = new Set(['parts', 'residents', 'inhabitants', 'outskirts', 'suburbs', 'mayor']);

const STRIKE_NOUNS = new Set(['strikes', 'airstrikes', 'airstrike', 'shelling', 'bombardment', 'bombing', 'bombings', 'raids', 'missiles', 'rockets']);
// Prepositions that name a place in front of an unknown name of two or more words (not "in", which also takes people: "confidence in").
/** Plural place nouns whose examples are places ("suburbs such as Queen Creek"). */
export const PLACE_PLURALS = new Set(['suburbs', 'cities', 'towns', 'villages', 'states', 'countries', 'regions', 'provinces', 'districts', 'areas', 'neighbourhoods', 'neighborhoods', 'boroughs', 'counties', 'islands']);
const PLACE_PREPOSITIONS = new Set(['near', 'outside', 'inside', 'throughout', 'across']);
/** Words of a route or of travel before "between" and its two ends. */
const ROUTE_WORDS = new Set([
  'road', 'roads', 'route', 'routes', 'line', 'lines', 'railway', 'border', 'journey', 'journeys', 'trip', 'trips', 'stretch', 'section', 'highway', 'motorway', 'bridge', 'tunnel',
  'services', 'service', 'trains', 'buses', 'flights', 'ferries', 'ferry', 'traffic', 'closed', 'shut', 'run', 'runs', 'running', 'ran', 'travel', 'travelling', 'traveling', 'diverted', 'operate', 'operates', 'miles', 'kilometres', 'kilometers', 'km',
]);

/**
 * "strikes on Khan Younis", "near Kuala Lumpur", "the High Atlas mountains",
 * "the province of Al Haouz": unknown words their neighbours mark as a place;
 * not "near Joe Biden's".
 */
export function placeBefore(s: EvidenceScan, p: number, q: number): boolean {
  const next = s.t[q + 1];
  if (next && next.gap === Gap.Apostrophe) return false;
  if (next && next.gap === Gap.Space && next.lower && (next.flags & Lex.LocationNoun) !== 0) return true;
  // "its Burgan and Raudhatain fields": the first of two names before a place noun is a place too.
  const other = s.t[q + 2];
  const noun = s.t[q + 3];
  if (next && other && noun && next.fold === 'and' && next.gap === Gap.Space && other.cap && other.gap === Gap.Space && noun.gap === Gap.Space && noun.lower && (noun.flags & Lex.LocationNoun) !== 0) return true;
  if (listBeforePlaces(s, q)) return true;
  const prev = s.t[p - 1];
  if (!prev || !prev.lower || (s.t[p] as Token).gap !== Gap.Space) return false;
  if (PLACE_PREPOSITIONS.has(prev.fold)) return true;
  // "the road between Kelby and Harwick", "trains run between Kelby and Harwick": a route's ends are places (not "talks between").
  if (prev.fold === 'between' && ROUTE_WORDS.has(s.t[p - 2]?.fold ?? '') && (s.t[p - 2] as Token).lower) return true;
  // "suburbs such as Queen Creek": places named as examples of places.
  if (prev.fold === 'as' && s.t[p - 2]?.fold === 'such' && PLACE_PLURALS.has(s.t[p - 3]?.fold ?? '')) return true;
  const before = s.t[p - 2];
  // "the towns of Pelloway and Dunmarsh": places named after their class in the plural.
  if (prev.fold === 'of' && before && before.lower && before.gap === Gap.Space && ((before.flags & Lex.LocationNoun) !== 0 || PEOPLE_OF_PLACES.has(before.fold) || PLACE_PLURALS.has(before.fold))) return true;
  // "just east of Tarrow", "north-west of Lenby", "outside of Adley": a bearing or "outside" before "of" points at a place.
  if (prev.fold === 'of' && before && before.lower && (COMPASS_WORDS.has(before.fold) || before.fold === 'outside')) return true;
  // "Residents of Belvanto were told": the noun may open the sentence.
  if (prev.fold === 'of' && before && before.sentenceStart && before.cap && !before.upper && PEOPLE_OF_PLACES.has(before.fold)) return true;
  return (prev.fold === 'on' || prev.fold === 'of') && !!before && before.lower && STRIKE_NOUNS.has(before.fold);
}

/**
 * "the Alder, Brookfield and Cray End neighbourhoods": the names of a list that a plural place noun closes are places.
 * Walks from the name ending at token q over commas, "and"/"or" and further capitalized words; a word loop, bounded.
 */
function listBeforePlaces(s: EvidenceScan, q: number): boolean {
  let k = q;
  let listed = false;
  for (let n = 0; n < 16; n++) {
    const cur = s.t[k] as Token;
    const next = s.t[k + 1];
    if (!next) return false;
    if (s.text.charCodeAt(cur.end) === 0x2c) {
      if (!next.cap || next.start !== cur.end + 2) return false;
      listed = true;
      k++;
      continue;
    }
    if (next.gap !== Gap.Space) return false;
    if (next.lower && (next.fold === 'and' || next.fold === 'or')) {
      const after = s.t[k + 2];
      if (!after || !after.cap || after.gap !== Gap.Space) return false;
      listed = true;
      k += 2;
      continue;
    }
    if (next.cap) {
      k++;
      continue;
    }
    return listed && next.lower && PLACE_PLURALS.has(next.fold);
  }
  return false;
}

/** "Rivals", "Striker", "Carmaker": a role or company noun, written with a capital at a sentence's start. */
export function roleNoun(tok: Token): boolean {
  return (tok.flags & Lex.LowercaseTitle) !== 0 || COMPANY_APPOSITIVES.has(tok.fold);
}

/** "Khan Younis and Rafah": an unknown word joined by "and" to a place just found is a place. */
export function coordinatedWithPlace(s: EvidenceScan, p: number): boolean {
  const prev = s.t[p - 1];
  const before = s.t[p - 2];
  const last = s.out[s.out.length - 1];
  if (!prev || !last || last.type !== 'location') return false;
  // "after Lhasa, Qamdo, Nyingchi and Ngari": an item of a list of three or more, a place listed before it.
  // "raids in Oldham, Rochdale and Salford": a list's second of three after a preposition of place.
  const opened = prev.start === last.start && ((s.t[p - 2]?.flags ?? 0) & Lex.Locative) !== 0 && (s.t[p - 2] as Token).lower;
  if (listComma(s, p - 1) && last.end === prev.end) return listComma(s, p) || (listAnd(s, p + 1) && p >= 2 && (listComma(s, p - 2) || opened) && prev.start === last.start);
  if (!before || !prev.lower || (prev.fold !== 'and' && prev.fold !== 'or') || (s.t[p] as Token).gap !== Gap.Space) return false;
  return last.end === before.end;
}

/** A comma and one space right after token k, then a capitalized word. */
function listComma(s: EvidenceScan, k: number): boolean {
  const tok = s.t[k] as Token;
  const next = s.t[k + 1];
  return s.text.charCodeAt(tok.end) === 0x2c && !!next && next.cap && next.start === tok.end + 2 && s.text.charCodeAt(tok.end + 1) === 0x20;
}

/** Token k is "and" or "or" before a capitalized word; a serial comma may go before it ("Kibra, and Langata"). */
function listAnd(s: EvidenceScan, k: number): boolean {
  const tok = s.t[k];
  const next = s.t[k + 1];
  const serial = !!tok && tok.gap === Gap.Break && s.text.charCodeAt(tok.start - 2) === 0x2c && s.text.charCodeAt(tok.start - 1) === 0x20;
  return !!tok && tok.lower && (tok.fold === 'and' || tok.fold === 'or') && (tok.gap === Gap.Space || serial) && !!next && next.cap && next.gap === Gap.Space;
}

/** "iPhone", "eBay": one lowercase letter, then a capitalized word; a brand, not a sentence's word. */
export function innerCapital(tok: Token): boolean {
  const w = tok.text;
  if (w.length < 4 || w.length > 12) return false;
  const c1 = w.charCodeAt(1);
  const c2 = w.charCodeAt(2);
  return c1 >= 0x41 && c1 <= 0x5a && c2 >= 0x61 && c2 <= 0x7a;
}

export function ampersandBetween(text: string, cur: Token, next: Token): boolean {
  return next.start - cur.end === 3 && text.charCodeAt(cur.end) === 0x20 && text.charCodeAt(cur.end + 1) === 0x26 && text.charCodeAt(cur.end + 2) === 0x20;
}

/** "St. Peter's Square", "St Mary's Hospital": a saint's name holds the possessive. */
export function saintsName(t: readonly Token[], j: number): boolean {
  const saint = t[j - 1];
  const name = t[j] as Token;
  return !!saint && saint.cap && (saint.fold === 'st' || saint.fold === 'saint') && (name.gap === Gap.Dot || name.gap === Gap.Space);
}

/** "Procter & Gamble": partners' names joined by an ampersand name a firm. */
export function ampersandInside(s: EvidenceScan, p: number, q: number): boolean {
  for (let k = p + 1; k <= q; k++) {
    const tok = s.t[k] as Token;
    // "Procter & Gamble", "S&P Global Ratings".
    if (tok.gap === Gap.Break && (s.text.charCodeAt(tok.start - 2) === 0x26 || s.text.charCodeAt(tok.start - 1) === 0x26)) return true;
  }
  return false;
}

/** "AB&CD": capitals joined only by bare ampersands spell one organization's acronym. */
export function ampersandAcronym(s: EvidenceScan, p: number, q: number): boolean {
  if (q === p) return false;
  for (let k = p; k <= q; k++) {
    const tok = s.t[k] as Token;
    if (!(tok.upper || (k > p && tok.cap && tok.text.length === 1)) || (k > p && (tok.gap !== Gap.Break || tok.start - (s.t[k - 1] as Token).end !== 1 || s.text.charCodeAt(tok.start - 1) !== 0x26))) return false;
  }
  return true;
}

const isNumber = (tok: Token | undefined): boolean => {
  if (!tok || tok.text.length > 4) return false;
  for (let k = 0; k < tok.text.length; k++) {
    const c = tok.text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
};

const GENERIC_HEAD = Lex.FacilityHead | Lex.LocationHead | Lex.LocationOpener;

/**
 * "the Kingdom's", "GCC States'", "Tunnel 3", "the World's": a lone capitalized
 * common noun (a facility or place head, or "world") after "the", after a name
 * it qualifies or before a number names no entity of its own.
 */
export function genericHeadAlone(s: EvidenceScan, p: number): boolean {
  const tok = s.t[p] as Token;
  if (tok.upper) return false;
  // "Nakuru Counties": a head's plural in -ies too.
  const plural = tok.fold.endsWith('ies') ? `${tok.fold.slice(0, -3)}y` : tok.fold.endsWith('s') ? tok.fold.slice(0, -1) : '';
  const generic = tok.fold === 'world' || (lexFlags(tok.fold) & GENERIC_HEAD) !== 0 || (plural !== '' && (lexFlags(plural) & GENERIC_HEAD) !== 0);
  if (!generic) return false;
  const prev = s.t[p - 1];
  const next = s.t[p + 1];
  if (prev && tok.gap === Gap.Space && (prev.fold === 'the' || prev.cap)) return true;
  // "Murang’a County": the name before the head holds an apostrophe, its last piece in lowercase.
  if (prev && tok.gap === Gap.Space && prev.gap === Gap.Apostrophe && prev.lower && prev.text.length === 1 && s.t[p - 2]?.cap) return true;
  return !!next && next.gap === Gap.Space && isNumber(next);
}

/** "the Varno 12-4 oilfield": a name and a number before a facility noun name the facility; its last token, or -1. */
export function numberedFacility(s: EvidenceScan, q: number): number {
  const n1 = s.t[q + 1];
  if (!n1 || n1.gap !== Gap.Space || !isNumber(n1)) return -1;
  let last = q + 1;
  const n2 = s.t[q + 2];
  if (n2 && n2.gap === Gap.Hyphen && isNumber(n2)) last = q + 2;
  const head = s.t[last + 1];
  return head && head.gap === Gap.Space && head.lower && (lexFlags(head.fold) & Lex.FacilityHead) !== 0 ? last : -1;
}

// Nouns before which a lone capital letter names a platform or service: "social media platform X".
const PLATFORM_NOUNS = new Set(['platform', 'network', 'site', 'app', 'service']);

const POSTING_VERBS = new Set(['wrote', 'posted', 'said', 'post', 'posts', 'posting', 'statement', 'message', 'video', 'account']);

/** "platform X", "wrote on X": a capital letter named as a platform. */
export function platformLetter(s: EvidenceScan, p: number): boolean {
  const prev = s.t[p - 1];
  if (!prev || !prev.lower || (s.t[p] as Token).gap !== Gap.Space) return false;
  if (PLATFORM_NOUNS.has(prev.fold)) return true;
  const before = s.t[p - 2];
  return prev.fold === 'on' && !!before && before.lower && POSTING_VERBS.has(before.fold);
}

/** Longest weekday or month abbreviation that may be part of a name ("Thu" in "Lê Thị Thu Thủy"). */
const MAX_CALENDAR_IN_NAME = 3;

/**
 * "Lê Thị Thu Thủy", "Sun Yat-sen": a short weekday or month word between two
 * capitalized words, spaces on both sides, is part of a name, not a date.
 */
export function nameCalendarWords(s: EvidenceScan): void {
  const t = s.t;
  for (let k = 1; k + 1 < t.length; k++) {
    const tok = t[k] as Token;
    if ((tok.flags & Lex.Calendar) === 0 || !tok.cap || tok.upper || tok.text.length > MAX_CALENDAR_IN_NAME || tok.gap !== Gap.Space) continue;
    const prev = t[k - 1] as Token;
    const next = t[k + 1] as Token;
    if (prev.cap && next.cap && next.gap === Gap.Space && ((prev.flags | next.flags) & (Lex.Calendar | Lex.Stop)) === 0) tok.flags &= ~Lex.Calendar;
  }
}

/** "(Xinhua/ Chogo)", "(Photo/Dal)": a name between a credit's slash and its closing bracket is the photographer's. */
export function photoCredit(s: EvidenceScan, p: number, q: number): boolean {
  let i = (s.t[p] as Token).start;
  while (i > 0 && s.text.charCodeAt(i - 1) === 0x20) i--;
  let j = (s.t[q] as Token).end;
  while (j < s.text.length && s.text.charCodeAt(j) === 0x20) j++;
  if (s.text.charCodeAt(i - 1) !== 0x2f || s.text.charCodeAt(j) !== 0x29) return false;
  // The credit's opening bracket, a few words back; bounded so hostile text stays linear.
  for (let k = i - 2; k >= 0 && i - k <= CREDIT_REACH; k--) {
    const c = s.text.charCodeAt(k);
    if (c === 0x28) return true;
    if (c === 0x29 || c === 0x0a) return false;
  }
  return false;
}

/** How far before its slash a photo credit's opening bracket may be ("(AP Photo/"). */
const CREDIT_REACH = 40;

const AMOUNT_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'mln', 'bln']);

/** A number or an amount word ("70 million") just before token k. */
export function amountBefore(s: EvidenceScan, k: number): boolean {
  const prev = s.t[k - 1];
  return !!prev && (AMOUNT_WORDS.has(prev.fold) || /^\d/.test(prev.text));
}

/** Separators that join the items of a list: ", " between items, then "and"/"or" before the last. */
function listSeparator(text: string, from: number, to: number): 'comma' | 'last' | null {
  if (to - from > 6) return null;
  const gap = text.slice(from, to);
  if (gap === ', ') return 'comma';
  return gap === ' and ' || gap === ' or ' || gap === ', and ' || gap === ', or ' ? 'last' : null;
}

/**
 * "over Sorsavo, Lumaro and Betrana": a list of names that holds a place and otherwise only words
 * nothing typed is a list of places. Not "In Varnia, Acme and Zolt said", where the place opens the sentence.
 */
export function placeLists(s: EvidenceScan): void {
  const out = s.out;
  // Words typed a place somewhere in the article, with evidence: "Albay, Sorsavo and ..." says "Sorsavo" elsewhere too.
  const placeWords = new Set<string>();
  for (const c of out) if (c.type === 'location' && c.first === c.last && (c.status === 'strong' || c.status === 'guess')) placeWords.add((s.t[c.first] as Token).fold);
  let k = 0;
  while (k < out.length) {
    // The list's items: candidates joined by ", " and closed by "and"/"or".
    let end = k;
    let closed = false;
    while (end + 1 < out.length) {
      const sep = listSeparator(s.text, (out[end] as Candidate).end, (out[end + 1] as Candidate).start);
      if (!sep) break;
      end++;
      if (sep === 'last') {
        closed = true;
        break;
      }
    }
    if (closed && end - k >= 2) convertPlaceList(s, k, end, placeWords);
    k = end > k ? end : k + 1;
  }
}

function convertPlaceList(s: EvidenceScan, a: number, b: number, placeWords: ReadonlySet<string>): void {
  let places = 0;
  let unknown = 0;
  for (let k = a; k <= b; k++) {
    const c = s.out[k] as Candidate;
    if (c.type === 'location' && (c.status === 'strong' || c.status === 'guess')) places++;
    else if (c.type === 'organization' && c.status === 'default' && c.first === c.last && placeWords.has((s.t[c.first] as Token).fold)) places++;
    else if (c.type === 'organization' && c.status === 'default' && c.first === c.last) unknown++;
    // "Pelavo and Setrana": the last item took its type from the untyped one before it.
    else if (!(k === b && k > a && c.type === 'organization' && c.status === 'guess' && c.first === c.last && (s.out[k - 1] as Candidate).status === 'default')) return;
  }
  if (places === 0 || unknown === 0) return;
  // "In Varnia, Acme and Zolt": a place after a sentence's opening preposition sets the scene for the list.
  const first = s.out[a] as Candidate;
  const before = s.t[first.first - 1];
  if (before && before.sentenceStart) return;
  for (let k = a; k <= b; k++) {
    const c = s.out[k] as Candidate;
    if (c.type === 'organization' && c.status !== 'strong') s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'location', status: 'guess', id: undefined, canonical: undefined };
  }
}
