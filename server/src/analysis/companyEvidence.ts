import type { Scan } from './entityScan';
import { CITY_RANK } from './cityNames';
import { companyApposition, listingAfter, ownedAfter } from './companyMarks';
import { type Candidate, plainIdOf } from './identity';
import { pronounAfter } from './nameEvidence';
import { repeatedTicker } from './nonNames';
import { Gap, type Token } from './tokens';

// One-word companies whose name a list knows as a province or a town, or that a preposition made a
// place ("Shares in Tolima", "support from Varnost advisers"): one mention that only a company fits
// types the name's other bare mentions in the article too. A country, a capital or a big city never
// flips: "China's revenue" is the state's, "Sydney shares" the market's.

/** Provinces rank lowest among the gazetteer's places; many are also brands. */
const PROVINCE_RANK = 5;

/** Lowercase holdings before "in X" or "of X": "shares in X", "a stake in X", "shareholders of X". */
const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholdings', 'stock', 'shareholders']);

/** What only a company has after "X's": "X's chief executive", "X's earnings" (not "revenue", which states raise too). */
const COMPANY_OWN = new Set(['ceo', 'shares', 'stock', 'earnings', 'profit', 'profits', 'shareholders', 'dividend', 'guidance', 'stockholders']);

/** Second words after "X's chief": only its executive or its officers, not "X's chief minister". */
const CHIEF_SECOND = new Set(['executive', 'financial', 'operating', 'technology']);

/** Verbs that report a company's results, and the results they report ("X reported upbeat earnings"). */
const RESULT_VERBS = new Set(['reported', 'reports', 'posted', 'posts', 'beat', 'missed', 'raised', 'lowered', 'cut']);
const RESULTS = new Set(['earnings', 'profit', 'profits', 'revenue', 'revenues', 'results', 'sales', 'dividend', 'guidance', 'margins']);
/** Words read after the verb for the results: "reported an upbeat earnings report". */
const RESULT_WINDOW = 4;

/** Verbs of a price's move, and their nouns after a possessive ("X jumped 6%", "X's gain of 5%"). */
const MOVE_VERBS = new Set(['rose', 'fell', 'jumped', 'gained', 'climbed', 'slid', 'dropped', 'sank', 'surged', 'tumbled', 'plunged', 'slumped', 'soared', 'rallied', 'advanced', 'declined', 'added', 'lost', 'shed', 'dipped']);
const MOVES = new Set(['gain', 'gains', 'loss', 'losses', 'drop', 'rise', 'decline', 'jump', 'slide', 'fall', 'surge', 'rally']);
/** Names of what markets trade besides companies' stock, which move by percentages too ("Bitcoin rose 5%", "Brent fell 2%"). */
const MARKET_ASSETS = new Set(['bitcoin', 'ether', 'ethereum', 'brent', 'wti', 'gold', 'silver', 'copper', 'platinum', 'palladium', 'crude', 'nasdaq', 'dow', 'stoxx', 'ftse', 'dax', 'cac']);

/** Token k is a word a stock may be named by: no word of the lexicon or of the article's lowercase, no market's asset. */
function stockMover(s: Scan, k: number): boolean {
  const tok = s.t[k] as Token;
  if (tok.flags !== 0 || s.tk.lowercaseWords.has(tok.fold) || MARKET_ASSETS.has(tok.fold)) return false;
  // The name moves itself, as a clause's subject: "Sales of Lumora rose 18%" are a product's.
  const prev = s.t[k - 1];
  return tok.sentenceStart || !prev || s.text.charCodeAt(prev.end) === 0x2c || (prev.lower && SUBJECT_OPENERS.has(prev.fold));
}

/** Words after which a name opens a clause as its subject ("while Dorvik fell 2%"). */
const SUBJECT_OPENERS = new Set(['and', 'while', 'as', 'but', 'whereas', 'with', 'after', 'though', 'although']);

/** A percentage opens at token k: "6.1%", "5 percent", "4 per cent". */
function percentAt(s: Scan, k: number): boolean {
  const t = s.t;
  let j = k;
  const first = t[j];
  if (!first || !isDigitWord(first.text) || first.gap !== Gap.Space) return false;
  // "6.1": the decimals after the point are a token of their own.
  if (t[j + 1] && isDigitWord((t[j + 1] as Token).text) && (t[j + 1] as Token).start === first.end + 1 && s.text.charCodeAt(first.end) === 0x2e) j++;
  const end = (t[j] as Token).end;
  if (s.text.charCodeAt(end) === 0x25) return true;
  const unit = t[j + 1];
  return !!unit && unit.gap === Gap.Space && (unit.fold === 'percent' || unit.fold === 'pct' || (unit.fold === 'per' && t[j + 2]?.fold === 'cent'));
}

const isDigitWord = (w: string): boolean => w.length > 0 && w.length <= 4 && /^\d+$/.test(w);

/** Plural nouns of companies after a pair of names: "from Dorvalle and Kestrin companies". */
const COMPANY_PLURALS = new Set(['companies', 'firms', 'carmakers', 'automakers', 'manufacturers', 'lenders', 'banks', 'insurers', 'airlines', 'chipmakers', 'retailers']);

/** Prepositions after which a province's or a town's name is the place, unless the mention itself shows the company. */
const PLACING = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'inside']);

/** How strongly a one-word candidate may be retyped: never (a country, a capital), on a company's marks only (a town), or also on its shares and results (a province, a word no list knows). */
const enum Reach {
  None,
  Marks,
  Results,
}

/** Retypes as a company each bare mention of a one-word name that one of its mentions shows to be a company. */
export function companiesByEvidence(s: Scan): void {
  let companies: Set<string> | undefined;
  let own: Set<number> | undefined;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (c.first !== c.last || c.type === 'person' || c.type === 'nationality') continue;
    const reach = reachOf(s, c);
    if (reach === Reach.None || !companyMarked(s, c.first, reach)) continue;
    (companies ??= new Set()).add((s.t[c.first] as Token).fold);
    (own ??= new Set()).add(k);
  }
  if (!companies) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (c.first !== c.last || (c.type !== 'location' && c.type !== 'other' && c.type !== 'organization')) continue;
    const tok = s.t[c.first] as Token;
    if (!companies.has(tok.fold) || reachOf(s, c) === Reach.None) continue;
    const before = s.t[c.first - 1];
    if (!own?.has(k) && before && before.lower && PLACING.has(before.fold)) continue;
    const canonical = s.text.slice(c.start, c.end);
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'organization', status: 'strong', id: plainIdOf('organization', canonical), canonical };
  }
}

/** How far the evidence may move a one-word candidate, by what the gazetteer knows of its word. */
function reachOf(s: Scan, c: Candidate): Reach {
  const tok = s.t[c.first] as Token;
  if (!tok.cap || tok.text.length < 2) return Reach.None;
  const known = s.gaz.get(tok.fold);
  if (!known) return c.type === 'organization' && c.id ? Reach.None : Reach.Results;
  if (known.type !== 'location' || !known.minor || tok.upper || known.rank < CITY_RANK) return Reach.None;
  return known.rank >= PROVINCE_RANK ? Reach.Results : Reach.Marks;
}

/** Whether the words around token k show it names a company. */
function companyMarked(s: Scan, k: number, reach: Reach): boolean {
  const t = s.t;
  const tok = t[k] as Token;
  const prev = t[k - 1];
  const before = t[k - 2];
  // "Shares in Tolima", "a stake in X", "shareholders of X".
  if (prev && before && prev.lower && (before.lower || before.sentenceStart) && tok.gap === Gap.Space && (prev.fold === 'in' || prev.fold === 'of') && HOLDINGS.has(before.fold)) return true;
  // "X (NYSE: XC)", "X (X)", "X, the company".
  const ticker = t[k + 1];
  if (listingAfter(s.text, tok.end) || companyApposition(s, k) || ownedAfter(s, k) || (ticker && ticker.upper && s.text.charCodeAt(ticker.start - 1) === 0x28 && s.text.charCodeAt(ticker.end) === 0x29 && repeatedTicker(s.text, t, k + 1))) return true;
  const next = t[k + 1];
  if (!next) return false;
  if (next.gap === Gap.Apostrophe && next.fold === 's') {
    const owned = t[k + 2];
    if (!owned || !owned.lower || owned.gap !== Gap.Space) return false;
    if (owned.fold === 'chief') return CHIEF_SECOND.has(t[k + 3]?.fold ?? '');
    // "Dorvik's gain of 5.1% led the market": a stock's move in a market report.
    if (reach === Reach.Results && MOVES.has(owned.fold) && t[k + 3]?.fold === 'of' && stockMover(s, k)) return percentAt(s, k + 4);
    return COMPANY_OWN.has(owned.fold);
  }
  if (next.gap !== Gap.Space || !next.lower) return false;
  // "from Dorvalle and Kestrin companies", "Kestrin firms".
  if (pairedPlural(s, k)) return true;
  if (reach !== Reach.Results) return false;
  // "Tolima shares fell", "Tolima reported strong quarterly earnings".
  if (next.fold === 'shares' || next.fold === 'stock') return true;
  // "Dorvik jumped 6.1% after ...": a name no list knows, moving by a percentage, is a stock.
  // At a sentence's start a common word moves too ("Exports slid 2%"): only a name that is then "it" ("after saying it would").
  if (MOVE_VERBS.has(next.fold) && stockMover(s, k) && percentAt(s, k + 2)) return !tok.sentenceStart || pronounAfter(s, k + 2) === 'thing';
  if (!RESULT_VERBS.has(next.fold)) return false;
  for (let j = k + 2; j < t.length && j < k + 2 + RESULT_WINDOW; j++) {
    const w = t[j] as Token;
    if (!w.lower || w.gap === Gap.Break) return false;
    if (RESULTS.has(w.fold)) return true;
  }
  return false;
}

/** "Dorvalle and Kestrin companies": token k, "and" and a capitalized name, or a name and "and" before it, then a company's plural. */
function pairedPlural(s: Scan, k: number): boolean {
  const t = s.t;
  const and = t[k + 1];
  const other = t[k + 2];
  if (and && other && and.lower && and.fold === 'and' && other.cap && other.gap === Gap.Space && plural(t[k + 3])) return true;
  const back = t[k - 1];
  const first = t[k - 2];
  return !!back && !!first && back.lower && back.fold === 'and' && first.cap && (t[k] as Token).gap === Gap.Space && plural(t[k + 1]);
}

const plural = (w: Token | undefined): boolean => !!w && w.lower && w.gap === Gap.Space && COMPANY_PLURALS.has(w.fold);
