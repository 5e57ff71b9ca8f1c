import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// Capitalized words that look like names but are not: a plural abbreviation
// ("MPs", "NGOs"), a degree after a person's name ("Jane Roe, MD, MPH"), and
// the number of a name's model or strain standing alone.

/** Degrees and post-nominal letters written after a name and a comma. */
/** A senior lawyer's rank after a comma: "Ann Roe, SAN," (Senior Advocate of Nigeria), "KC", "QC". */
const SENIOR_COUNSEL = ['san', 'kc', 'qc'];
const POST_NOMINALS = new Set(['md', 'mph', 'ms', 'msc', 'ma', 'mba', 'phd', 'ph', 'dds', 'dmd', 'rn', 'np', 'jd', 'llm', 'frcs', 'frcp', 'facs', 'dnp', 'pharmd', 'psyd', 'edd', 'mpa', 'mpp', 'msw', 'esq', ...SENIOR_COUNSEL]);

/** Honours written after a name with no comma ("Alison Pearce KC"): not part of the name. */
const HONOURS = new Set(['kc', 'qc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe']);

/** "Judge Alison Pearce KC": an honour in capitals right after a name in ordinary case. */
export function honourAfterName(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  const prev = t[k - 1];
  // "Ann Roe, Jr.": a generation's suffix after a comma is the name's (read with it), none of its own.
  if (!tok.upper && (tok.fold === 'jr' || tok.fold === 'sr') && !!prev && prev.cap && tok.start === prev.end + 2) return true;
  return tok.upper && tok.gap === Gap.Space && HONOURS.has(tok.fold) && !!prev && prev.cap && !prev.upper;
}

/**
 * "MPs", "EPs", "NGOs": two or more capitals and a plural "s" are a common
 * noun's abbreviation, not a name (a name is not made plural).
 */
export function pluralAcronym(tok: Token): boolean {
  const w = tok.text;
  if (w.length < 3 || w.length > 7 || w.charCodeAt(w.length - 1) !== 0x73) return false;
  for (let k = 0; k < w.length - 1; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/**
 * "Jane Roe, MD, MPH", "Ann Lee, Ph.D.,": a degree after a comma that follows
 * a name (or another degree). `placeWord` says whether the word before the
 * comma is a known place, where "MD" or "MS" is a state ("Baltimore, MD").
 */
export function postNominal(text: string, t: readonly Token[], k: number, placeWord: (tok: Token) => boolean): boolean {
  const tok = t[k] as Token;
  if (!POST_NOMINALS.has(tok.fold) || tok.lower) return false;
  // "Ph.D.": only with its "D.".
  if (tok.fold === 'ph' && !text.startsWith('Ph.D', tok.start)) return false;
  const prev = t[k - 1];
  if (!prev || tok.start < 2 || text.charCodeAt(tok.start - 2) !== 0x2c || text.charCodeAt(tok.start - 1) !== 0x20) return false;
  // The degree letters of "Ph.D." end at its "D".
  const before = prev.text === 'D' && t[k - 2]?.fold === 'ph' ? (t[k - 2] as Token) : prev;
  if (POST_NOMINALS.has(before.fold)) return true;
  return before.cap && !before.upper && !placeWord(before);
}

/** The token after a "Ph.D." degree's "Ph", so the scan can step over its "D". */
export function afterPostNominal(t: readonly Token[], k: number): number {
  const tok = t[k] as Token;
  const next = t[k + 1];
  return tok.fold === 'ph' && next !== undefined && next.text === 'D' && next.gap === Gap.Dot ? k + 2 : k + 1;
}

/**
 * "Marisol, a 60-year-old farmer,": a lone name in apposition with an age is a
 * person. Reads a bounded window after the name's end.
 */
export function ageAppositive(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 0x20 || text.charCodeAt(end + 2) !== 0x61) return false;
  let k = end + 3;
  if (text.charCodeAt(k) === 0x6e) k++;
  if (text.charCodeAt(k) !== 0x20) return false;
  k++;
  const digits = k;
  while (k < digits + 3 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
  return k > digits && text.startsWith('-year-old', k);
}

/** "COVID-19", "Zorvax 7": a number alone never names anything. */
export function numberAlone(t: readonly Token[], first: number, last: number): boolean {
  if (first !== last) return false;
  const w = (t[first] as Token).text;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return w.length > 0;
}

/** Head nouns of diseases and conditions ("Middle East Respiratory Syndrome"): the phrase is no entity. */
const CONDITION_HEADS = new Set(['syndrome', 'disease', 'diseases', 'fever', 'flu', 'influenza', 'virus', 'infection', 'disorder', 'pneumonia', 'hepatitis', 'encephalitis', 'sclerosis', 'deficiency']);

/** "Respiratory Syndrome", "Lassa Fever": a capitalized word that ends a disease's name. */
export function conditionHead(tok: Token): boolean {
  return tok.cap && !tok.upper && CONDITION_HEADS.has(tok.fold);
}

/** Head nouns of a tax's name ("Goods and Services Tax", "Digital Services Levy"): a tax is no entity. */
const TAX_HEADS = new Set(['tax', 'levy', 'duty']);

/** "Services Tax", "Windfall Levy": a capitalized word that ends a tax's name. */
export function taxHead(tok: Token): boolean {
  return tok.cap && !tok.upper && tok.fold.length <= 4 && TAX_HEADS.has(tok.fold);
}

const ADJECTIVE_ENDINGS = ['ial', 'ical', 'ional'];

/**
 * "the Presidential election", "a Ministerial meeting": one capitalized word
 * with an adjective's ending before a lowercase noun describes it, names nothing.
 */
export function adjectiveBeforeNoun(t: readonly Token[], q: number): boolean {
  const tok = t[q] as Token;
  const next = t[q + 1];
  if (!next || next.gap !== Gap.Space || !next.lower || (next.flags & (Lex.ReportingVerb | Lex.Stop | Lex.Connector)) !== 0) return false;
  return tok.fold.length > 5 && ADJECTIVE_ENDINGS.some((e) => tok.fold.endsWith(e));
}

/** Last words of a fund's or a market index's name, after which a bracketed code is its ticker. */
const MARKET_NAME_HEADS = new Set(['index', 'average', 'composite', 'spdr', 'etf', 'etfs', 'fund', 'trust']);
/** Most capitalized words read back from the bracket for the name's initials. */
const MAX_TICKER_NAME_WORDS = 8;

/**
 * "the Materials Select Sector SPDR (XLB)", "the Dow Jones Industrial Average (DJI)": capitals in brackets after a
 * fund's or an index's name are its ticker, no name, unless they spell the name's initials ("Kelby Growth Fund (KGF)").
 */
export function fundTicker(text: string, t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  const head = t[k - 1];
  if (!tok.upper || tok.text.length < 2 || tok.text.length > 5 || !capitals(tok.text) || !head || !head.cap) return false;
  if (text.charCodeAt(tok.start - 1) !== 0x28 || text.charCodeAt(tok.end) !== 0x29 || tok.start !== head.end + 2 || text.charCodeAt(head.end) !== 0x20) return false;
  if (!MARKET_NAME_HEADS.has(head.fold)) return false;
  const letters = tok.fold;
  let initials = '';
  for (let j = k - 1; j >= 0 && k - j <= MAX_TICKER_NAME_WORDS; j--) {
    const w = t[j] as Token;
    if (j < k - 1 && (t[j + 1] as Token).gap !== Gap.Space) break;
    if (w.cap) initials = (w.fold[0] ?? '') + initials;
    else if ((w.flags & Lex.Connector) === 0) break;
    if (initials === letters) return false;
  }
  return true;
}

/** Longest symbol in a Reuters code ("(NVDA.O)"). */
const MAX_CODE_SYMBOL = 6;
/** Longest symbol after an exchange's name and colon ("(NSE: HDFCBANK)"). */
const MAX_LISTED_SYMBOL = 10;

/**
 * "(NVDA.O)", "(2330.TW)", "(NASDAQ: HLBS)": a stock's symbol in parentheses
 * or after an exchange and a colon is a code, not a name (the exchange stays one).
 */
export function stockSymbol(text: string, t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  // Indian exchanges' symbols are longer ("NSE: HDFCBANK"); Reuters codes stay short.
  if (!capitals(tok.text) || tok.text.length > MAX_LISTED_SYMBOL) return false;
  const before = text.charCodeAt(tok.start - 1);
  const after = text.charCodeAt(tok.end);
  // A Reuters code: symbol, period, market letters, closing parenthesis; or one of a bracketed list of them ("(ABC.L, ABCDY.PK)").
  if (after === 0x2e && tok.text.length <= MAX_CODE_SYMBOL && marketCode(text, t, k)) return codesFromBracket(text, t, k);
  if (before === 0x2e && tok.text.length <= MAX_MARKET && marketCode(text, t, k - 1)) return codesFromBracket(text, t, k - 1);
  // "Velcor (VELCOR) shares": a company's own name in capitals in brackets after it is its ticker.
  if (before === 0x28 && after === 0x29 && repeatedTicker(text, t, k)) return true;
  // "NYSE: ABC" inside parentheses: the symbol ends at a parenthesis, comma or semicolon.
  const exchange = t[k - 1];
  return !!exchange && (exchange.upper || exchange.fold === 'nasdaq') && text.charCodeAt(exchange.end) === 0x3a && tok.start === exchange.end + 2 && (after === 0x29 || after === 0x2c || after === 0x3b);
}

/** Most letters of a market's code after a symbol's period ("L", "PK", "OQ"). */
const MAX_MARKET = 2;
/** Most codes in one bracketed list read back to its parenthesis. */
const MAX_LISTED_CODES = 6;

/** Token k is a symbol in capitals and the token after its period a market's code that ends at ")" or ",". */
function marketCode(text: string, t: readonly Token[], k: number): boolean {
  const symbol = t[k];
  const market = t[k + 1];
  // "(4410.TW)": an Asian market's symbol is digits.
  if (!symbol || !market || !(capitals(symbol.text) || /^\d{1,6}$/.test(symbol.text)) || symbol.text.length > MAX_CODE_SYMBOL) return false;
  if (!capitals(market.text) || market.text.length > MAX_MARKET || market.start !== symbol.end + 1 || text.charCodeAt(symbol.end) !== 0x2e) return false;
  const after = text.charCodeAt(market.end);
  return after === 0x29 || after === 0x2c;
}

/** The code at symbol k opens a bracket, or follows ", " after other codes that lead back to one. */
function codesFromBracket(text: string, t: readonly Token[], k: number): boolean {
  let symbol = k;
  for (let n = 0; n < MAX_LISTED_CODES; n++) {
    const start = (t[symbol] as Token).start;
    const before = text.charCodeAt(start - 1);
    if (before === 0x28) return true;
    if (before !== 0x20 || text.charCodeAt(start - 2) !== 0x2c || symbol < 2 || !marketCode(text, t, symbol - 2) || (t[symbol - 1] as Token).end !== start - 2) return false;
    symbol -= 2;
  }
  return false;
}

/** The capitals in brackets at token k spell the word right before the bracket ("Velcor (VELCOR)"). */
export function repeatedTicker(text: string, t: readonly Token[], k: number): boolean {
  const name = t[k - 1];
  const tok = t[k] as Token;
  return !!name && name.cap && name.fold === tok.fold && tok.start === name.end + 2 && text.charCodeAt(name.end) === 0x20;
}

function capitals(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return w.length > 0;
}

/** Currency codes and abbreviations written before an amount ("Rs 10,372 crore", "GBP8.3 billion"). */
const CURRENCY_CODES = new Set(
  (
    'rs|rp|inr|usd|gbp|eur|jpy|cny|rmb|aud|cad|chf|sek|nok|dkk|hkd|sgd|nzd|zar|krw|brl|mxn|aed|sar|' +
    // The Gulf's and other wire agencies' currencies ("OMR 748 million", "KD 5 million", "QR 2 billion").
    'omr|ro|kwd|kd|bhd|bd|qar|qr|egp|le|jod|pkr|bdt|lkr|npr|ngn|kes|ghs|myr|php|thb|idr|vnd|twd|try|ils|uah|pln|czk|huf|rub|ars|clp|' +
    // Local press's own signs: Bangladesh's "Tk5", Malaysia's "RM13.90", Ghana's "GH¢10,000", East Africa's "KSh 500", Uganda's "Shs1.9 trillion".
    'tk|rm|gh¢|gh₵|ghc|ksh|ugx|tzs|sh|shs|tsh|ush'
  ).split('|'),
);

/**
 * "N200", "N1,000", "N218 million": Nigeria's naira sign written as a capital N fused to an amount
 * of three or more digits or a thousands group ("N95", a mask, stays).
 */
function nairaAmount(text: string, tok: Token): boolean {
  const w = tok.text;
  if (w.length < 2 || w.charCodeAt(0) !== 0x4e) return false;
  for (let k = 1; k < w.length; k++) if (!isDigitCode(w.charCodeAt(k))) return false;
  return w.length >= 4 || (text.charCodeAt(tok.end) === 0x2c && isDigitCode(text.charCodeAt(tok.end + 1)));
}

/** Currency names standing alone may be capitalized in local press ("the Naira", "the Cedi"); not those that are also given names or surnames ("Rand", "Won", "Yuan", "Pound"). */
const CURRENCY_ALONE = new Set(
  'naira|cedi|cedis|ringgit|taka|rupee|rupees|rupiah|peso|pesos|euro|euros|dollar|dollars|riyal|riyals|rial|rials|dinar|dinars|dirham|dirhams|ruble|rubles|rouble|roubles|shekel|shekels|baht|kwacha|shilling|shillings|renminbi|yen'.split('|'),
);

/**
 * "the scarcity of the Naira", "the Euro": a currency's name capitalized on its own is money, no
 * organization. Not inside a longer name ("Dollar General", "Euro 2024", "Saudi Riyals" is read elsewhere).
 */
export function currencyAlone(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  if (!tok.cap || tok.fold.length < 3 || tok.fold.length > 9 || !CURRENCY_ALONE.has(tok.fold)) return false;
  const prev = t[k - 1];
  // "The Naira" opens a sentence with an article; "Ayn Rand"-like runs and "Saudi Riyals" are longer names.
  if (prev && prev.cap && (tok.gap === Gap.Space || tok.gap === Gap.Hyphen) && (prev.flags & Lex.Stop) === 0) return false;
  const next = t[k + 1];
  return !next || next.gap !== Gap.Space || !(next.cap || isDigitCode(next.text.charCodeAt(0)));
}

/** A currency before an amount or a time zone after a clock: capitals that name no organization. */
export function unitBeside(text: string, t: readonly Token[], k: number): boolean {
  return currencyBeforeAmount(text, t, k) || currencyAfterAmount(t, k) || timeZoneAfterClock(text, t, k) || stageNumber(t, k) || testMatch(t, k) || periodCode(t, k) || temperatureScale(t, k);
}

/** "$196,000 CAD", "4.5 million EUR": a currency's code after its amount, no organization. */
function currencyAfterAmount(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  if (!tok.upper || tok.text.length !== 3 || tok.gap !== Gap.Space || !CURRENCY_CODES.has(tok.fold)) return false;
  let prev = t[k - 1];
  if (prev && prev.lower && SCALE_WORDS.has(prev.fold) && prev.gap === Gap.Space) prev = t[k - 2];
  return !!prev && isDigitCode(prev.text.charCodeAt(0));
}

/** Words numbered as a stage of something: "Phase 2", "Day 1", "Stage 14", "Round 3", "Game 7", "Games 3 and 4"; a rule's "Part 8". */
const STAGE_WORDS = new Set(['phase', 'day', 'stage', 'round', 'game', 'week', 'leg', 'part', 'phases', 'days', 'stages', 'rounds', 'games', 'weeks', 'legs', 'parts']);

/** "a Phase 2 trial", "Phase III", "on Day 1": a stage's number, no name. */
function stageNumber(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  const next = t[k + 1];
  // Stage words have three to six letters: other words are asked no Set.
  if (tok.fold.length < 3 || tok.fold.length > 6 || !STAGE_WORDS.has(tok.fold) || !next || next.gap !== Gap.Space) return false;
  return (isDigitCode(next.text.charCodeAt(0)) && next.text.length <= 3) || (tok.fold === 'phase' && next.upper && /^[ivx]{1,4}$/.test(next.fold));
}

/** "the first Test against", "Tests at Lord's": cricket's match, not a name, before a lowercase word or a stop. */
function testMatch(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  if (tok.fold !== 'test' && tok.fold !== 'tests') return false;
  const next = t[k + 1];
  return !next || next.gap !== Gap.Space || !next.cap;
}

/** "Rs 1,642.50", "GBP8.3 billion", "USD1.3105": a currency before an amount, no organization. */
/** Number words that spell an amount after a currency code ("KD-five-million"). */
const SPELLED_AMOUNTS = new Set('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half'.split('|'));

/** One-letter money signs written before an amount: R (rand), P (peso, pula), K (kwacha, kina). */
const MONEY_LETTERS = new Set([0x72, 0x70, 0x6b]);

/** Scales written after an amount. */
const SCALE_WORDS = new Set(['million', 'billion', 'trillion', 'bn', 'mn', 'tn', 'crore', 'lakh', 'thousand']);

/** Words after an amount that make it a price: "R25 a bottle", "P50 per kilo". */
const RATE_WORDS = new Set(['a', 'per', 'each']);

/**
 * The shape of `word` from `from` on: 1 for digits alone, 2 for digits with a glued scale ("480m", "8bn"),
 * 0 for anything else.
 */
function digitsThenScale(word: string, from: number): 0 | 1 | 2 {
  let k = from;
  while (k < word.length && isDigitCode(word.charCodeAt(k))) k++;
  if (k === from) return 0;
  if (k === word.length) return 1;
  const scale = word.slice(k).toLowerCase();
  return scale === 'm' || scale === 'bn' || scale === 'mn' || scale === 'k' || scale === 'tn' ? 2 : 0;
}

/** Whether an amount goes on after token `k`: decimals or a thousands group glued on, a scale word, or a rate. */
function amountFollows(text: string, t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  const c = text.charCodeAt(tok.end);
  if ((c === 0x2e || c === 0x2c) && isDigitCode(text.charCodeAt(tok.end + 1))) return true;
  const next = t[k + 1];
  if (!next || next.gap !== Gap.Space || !next.lower) return false;
  if (SCALE_WORDS.has(next.fold)) return true;
  const after = t[k + 2];
  return RATE_WORDS.has(next.fold) && !!after && after.gap === Gap.Space && after.lower;
}

function currencyBeforeAmount(text: string, t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  if (!tok.cap || tok.text.length > 7) return false;
  if (nairaAmount(text, tok)) return true;
  // "GBP8": the code and the amount's first digits are one word.
  let letters = 0;
  while (letters < tok.text.length && !isDigitCode(tok.text.charCodeAt(letters))) letters++;
  if (letters < tok.text.length) {
    // "Sh480m", "GBP8bn": the scale may be glued on too.
    const amount = digitsThenScale(tok.text, letters);
    if (amount === 0) return false;
    if (CURRENCY_CODES.has(tok.fold.slice(0, letters))) return true;
    // "R25 a bottle", "R1.8 billion", "P38 million": a one-letter sign (the rand's, the peso's, the kwacha's)
    // is money only where the words after it make an amount; "R25" alone may be a road, "P38" a plane.
    return letters === 1 && MONEY_LETTERS.has(tok.fold.charCodeAt(0)) && (amount === 2 || amountFollows(text, t, k));
  }
  // Codes have two or three letters: a longer word, as most capitalized words are, is asked no Set.
  if (tok.fold.length > 3 || !CURRENCY_CODES.has(tok.fold)) return false;
  let at = tok.end;
  if (text.charCodeAt(at) === 0x2e) at++;
  const sep = text.charCodeAt(at);
  if (sep === 0x20) at++;
  if (isDigitCode(text.charCodeAt(at))) return true;
  if (sep === 0x2d) at++;
  // "a KD-five-million agreement", "KD four for 1,000 gallons": an amount spelled out.
  const next = t[k + 1];
  return (sep === 0x20 || sep === 0x2d) && !!next && next.start === at && next.lower && SPELLED_AMOUNTS.has(next.fold);
}

/** "18:22 IST", "9:41 pm IST", "08:00 ET": capitals after a clock time name its time zone. */
function timeZoneAfterClock(text: string, t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  if (!tok.upper || tok.text.length > 5 || !(tok.fold.endsWith('t') || tok.fold === 'utc')) return false;
  if (afterMeridiem(text, tok.start)) return true;
  if (tok.gap !== Gap.Space) return false;
  let prev = t[k - 1];
  if (prev && (prev.fold === 'am' || prev.fold === 'pm') && prev.gap === Gap.Space) prev = t[k - 2];
  return !!prev && prev.text.length === 2 && isDigitCode(prev.text.charCodeAt(0)) && text.charCodeAt(prev.start - 1) === 0x3a;
}

/** "2 p.m. ET", "8:08 p.m. ET", "9pm ET": whether a space, a meridiem and a digit come right before `at`. */
function afterMeridiem(text: string, at: number): boolean {
  let k = at - 1;
  if (text.charCodeAt(k) !== 0x20) return false;
  k--;
  if (text.charCodeAt(k) === 0x2e) k--;
  if (text.charCodeAt(k) !== 0x6d) return false;
  k--;
  if (text.charCodeAt(k) === 0x2e) k--;
  const c = text.charCodeAt(k);
  if (c !== 0x61 && c !== 0x70) return false;
  k--;
  if (text.charCodeAt(k) === 0x20) k--;
  return isDigitCode(text.charCodeAt(k));
}

/** "Q4 2026", "H1", "FY27", "FY2026", "FY 2027": a quarter's, half's or fiscal year's code, no name. */
function periodCode(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  const w = tok.fold;
  if (!tok.cap || w.length < 2 || w.length > 6) return false;
  const c = w.charCodeAt(0);
  if (c === 0x71) return w.length === 2 && w.charCodeAt(1) >= 0x31 && w.charCodeAt(1) <= 0x34;
  if (c === 0x68) return w.length === 2 && (w.charCodeAt(1) === 0x31 || w.charCodeAt(1) === 0x32);
  if (c !== 0x66 || w.charCodeAt(1) !== 0x79) return false;
  if (w.length === 2) {
    const next = t[k + 1];
    return !!next && next.gap === Gap.Space && isDigitCode(next.text.charCodeAt(0));
  }
  for (let j = 2; j < w.length; j++) if (!isDigitCode(w.charCodeAt(j))) return false;
  return w.length === 4 || w.length === 6;
}

/** "46 degrees Celsius (115 degrees Fahrenheit)": a temperature's scale names no one. */
const TEMPERATURE_SCALES = new Set(['celsius', 'fahrenheit', 'centigrade', 'kelvin']);

function temperatureScale(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  return tok.fold.length >= 6 && tok.fold.length <= 10 && TEMPERATURE_SCALES.has(tok.fold);
}

/** "El Nino", "La Nina": a climate pattern, no name. Returns how many tokens it covers, or 0. */
export function climatePattern(t: readonly Token[], k: number): number {
  const tok = t[k] as Token;
  if (tok.fold !== 'el' && tok.fold !== 'la') return 0;
  const next = t[k + 1];
  if (!next || next.gap !== Gap.Space || !next.cap) return 0;
  const f = next.fold;
  return (tok.fold === 'el' && f === 'nino') || (tok.fold === 'la' && f === 'nina') ? 2 : 0;
}

/**
 * "would have an MRI on Monday", "plans an IPO in 2027": capitals after "a" or "an" with nothing
 * but a stop word or punctuation after them are a common noun's abbreviation ("a BBC reporter" stays).
 */
export function acronymAfterArticle(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  if (!tok.upper || tok.text.length > 5) return false;
  const prev = t[k - 1];
  if (!prev || !prev.lower || tok.gap !== Gap.Space || (prev.fold !== 'an' && prev.fold !== 'a')) return false;
  const next = t[k + 1];
  // "a TSMC-majority venture", "an IAEA's team": joined to the next word, it describes it.
  return !next || next.gap === Gap.Break || (next.gap === Gap.Space && next.lower && (next.flags & Lex.Stop) !== 0);
}

/** What a photo credit says after its slash besides a name: "(Ann Roe/Staff)", "(AP Photo/File)". */
const CREDIT_WORDS = new Set(['staff', 'file', 'handout', 'pool']);

/** "(Rachel Roe/Staff)": a credit's word after a slash names no one. */
export function photoCreditWord(text: string, tok: Token): boolean {
  return tok.cap && text.charCodeAt(tok.start - 1) === 0x2f && tok.fold.length <= 7 && CREDIT_WORDS.has(tok.fold);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** "2025-10-30 | Health", "Science | Published 12 Nov": a header field's word the text also writes in lowercase is a label. */
export function commonWordInField(text: string, t: readonly Token[], i: number, lowercaseWords: ReadonlySet<string>): boolean {
  const tok = t[i] as Token;
  if (!tok.cap || tok.upper || !lowercaseWords.has(tok.fold)) return false;
  let at = tok.start - 1;
  while (at >= 0 && text.charCodeAt(at) === 0x20) at--;
  if (text.charCodeAt(at) !== 0x7c) return false;
  const next = t[i + 1];
  return !next || next.gap !== Gap.Space || !next.cap || (next.flags & Lex.Calendar) !== 0;
}

/** Credit ratings' grades as the agencies write them ("cut to Aa3", "Baa1"): no names. */
const RATING_GRADES = new Set(['aaa', 'aa1', 'aa2', 'aa3', 'a1', 'a2', 'a3', 'baa1', 'baa2', 'baa3', 'ba1', 'ba2', 'ba3', 'b1', 'b2', 'b3', 'caa1', 'caa2', 'caa3']);

/** "Aa3", "Baa1": a rating grade in the agencies' mixed case (not "AAA", which may be a name, nor "B1" in capitals). */
export function ratingGrade(tok: Token): boolean {
  return tok.cap && !tok.upper && tok.text.length <= 4 && RATING_GRADES.has(tok.fold);
}

/** "NZ$1.1 billion", "US$5 million", "HK$": a country's letters fused to a dollar sign are money, no name. */
export function currencyPrefix(text: string, tok: Token): boolean {
  return tok.cap && tok.text.length <= 3 && text.charCodeAt(tok.end) === 0x24;
}

/** "Twenty-five years": a spelled-out number, capitalized to open a sentence or a quote, is no name. */
export function spelledNumber(t: readonly Token[], i: number): boolean {
  const tok = t[i] as Token;
  const next = t[i + 1];
  return tok.cap && TENS.has(tok.fold) && !!next && next.gap === Gap.Hyphen && UNITS.has(next.fold);
}
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** Words a page prints as labels: a stamp's ("PUBLISHED :", "Modified on :"), a picture's credit ("Sketch: TBS"), a link's ("[Images]", "(Match Report | Pics)"). */
const PAGE_LABELS = new Set(
  'published|updated|update|modified|posted|sketch|photo|photos|picture|pictures|image|images|illustration|graphic|video|videos|pics|source|tag|tags|topic|topics|category|filed|report'.split('|'),
);

/** Most characters a link's text runs from its bracket or bar to the label word. */
const MAX_LINK_TEXT = 24;

/**
 * "PUBLISHED : December 06, 2023", "Modified on : Jul.20,2006", "Sketch: TBS", "[Images]", "(Match Report | Pics)":
 * a page's label word before its colon, or closing a link's short text in brackets or bars, names nothing.
 * `insideRun`: the word follows other capitalized words of its run ("Match Report |").
 */
export function pageLabel(text: string, t: readonly Token[], k: number, insideRun = false): boolean {
  const tok = t[k] as Token;
  if (!tok.cap || tok.fold.length < 3 || tok.fold.length > 12 || !PAGE_LABELS.has(tok.fold)) return false;
  let at = tok.end;
  // "Posted on :", "Modified on :".
  if (text.startsWith(' on', at) && (text.charCodeAt(at + 3) === 0x20 || text.charCodeAt(at + 3) === 0x3a)) at += 3;
  while (text.charCodeAt(at) === 0x20) at++;
  const after = text.charCodeAt(at);
  if (after === 0x3a) return tok.fold !== 'report';
  // Inside a run of capitals only a bar or a bracket closes a link: "(the Daily Report)" keeps its name.
  if (after !== 0x5d && after !== 0x7c && (insideRun || after !== 0x29)) return false;
  // The link's text opens at a bracket or a bar a few letters back on the same line.
  for (let j = tok.start - 1; j >= 0 && j >= tok.start - MAX_LINK_TEXT; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x5b || c === 0x7c || c === 0x28) return true;
    if (!(c === 0x20 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return false;
}

/**
 * "Independence Day", "New Year's Day", "Labour Day": a run that closes with "Day" after a word
 * or a possessive is a day of the calendar, no organization or person ("Jason Day" keeps his given name).
 */
export function holidayName(t: readonly Token[], a: number, b: number): boolean {
  const last = t[b] as Token;
  if (last.fold !== 'day' || !last.cap || last.upper) return false;
  const before = t[b - 1];
  if (!before) return false;
  // "New Year's Day": the possessive's "s" stands before it.
  if (b === a) return before.fold === 's' && before.gap === Gap.Apostrophe && last.gap === Gap.Space && !!t[b - 2]?.cap;
  return last.gap === Gap.Space && before.cap && !isGivenName(before.fold);
}

/** Institutions that house styles capitalize as common nouns ("the Government said", "Opposition MPs"). */
const STYLED_INSTITUTIONS = new Set(['government', 'opposition']);

/**
 * "the Government has no plan", "Opposition MPs walked out", "the Leader of the Opposition": the word
 * alone, with no name after it ("Government of National Unity", "Opposition Labour Party"), names no body.
 */
export function styledInstitution(t: readonly Token[], k: number): boolean {
  const tok = t[k] as Token;
  if (!tok.cap || tok.upper || !STYLED_INSTITUTIONS.has(tok.fold)) return false;
  const prev = t[k - 1];
  // "Federal Government", "County Government": a qualifier before it makes a name.
  if (prev && prev.gap === Gap.Space && prev.cap && prev.fold !== 'the' && prev.fold !== 'this' && !prev.sentenceStart) return false;
  const next = t[k + 1];
  // "Opposition MPs": a plural acronym after it is what it qualifies.
  return !next || next.gap !== Gap.Space || pluralAcronym(next) || !(next.cap || next.fold === 'of');
}

/**
 * "Kelto Inc. (the “Company”)", "(the "Offering")": a capitalized word a press release defines in quotes after
 * "the", closing its bracket, is a term of the release, no name.
 */
export function definedTerm(text: string, t: readonly Token[], i: number): boolean {
  const tok = t[i] as Token;
  const the = t[i - 1];
  if (!tok.cap || !the || the.fold !== 'the' || !the.lower) return false;
  const open = text.charCodeAt(tok.start - 1);
  const close = text.charCodeAt(tok.end);
  return (open === 0x201c || open === 0x22) && tok.start === the.end + 2 && (close === 0x201d || close === 0x22) && text.charCodeAt(tok.end + 1) === 0x29;
}

/** Farthest a link's path is read back for its domain's point ("pic.example.com/Ab12Cd"). */
const MAX_LINK_BACK = 80;

/**
 * "pic.example.com/XyZ12ab", "https://t.co/AbC9": a word after a slash in a link, whose domain's
 * point stands before the slash with no space between, is an id, not a name.
 */
export function linkPiece(text: string, tok: Token): boolean {
  if (text.charCodeAt(tok.start - 1) !== 0x2f) return false;
  const stop = Math.max(0, tok.start - 1 - MAX_LINK_BACK);
  for (let k = tok.start - 2; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0) return false;
    // A point between word characters: a domain's.
    if (c === 0x2e && k > 0 && wordCode(text.charCodeAt(k - 1)) && wordCode(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

function wordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
