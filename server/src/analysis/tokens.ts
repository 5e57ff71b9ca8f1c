import { Lex, lexFlags } from './lexicon';
import { foldForIdentity } from './normalize';
import { detached } from './detachedString';

/** How a token is joined to the one before it. */
export const enum Gap {
  /** One space: words of one name can continue across it. */
  Space,
  /** A hyphen with no spaces: "Indo-Pacific", "Turkiye-South Korea". */
  Hyphen,
  /** A period after an initial or abbreviation: "S. Korea", "U.S.". */
  Dot,
  /** An apostrophe with no spaces: "O'Brien", "People's", "Lee's". */
  Apostrophe,
  /** Anything else: punctuation, line breaks, several spaces. */
  Break,
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** {@link foldForIdentity} of the text (mojibake repaired, lowercase). */
  fold: string;
  /** Starts with a capital letter (after mojibake repair). */
  cap: boolean;
  /** Two or more letters, all capitals ("NATO", "ANKARA"). */
  upper: boolean;
  /** Starts with a lowercase letter. */
  lower: boolean;
  /** Word classes of the folded word ({@link Lex} bits); left 0 for lowercase words away from capitalized ones. */
  flags: number;
  gap: Gap;
  /** First word of a sentence, line or heading: its capital says nothing. */
  sentenceStart: boolean;
  line: number;
}

export interface Line {
  /** Most longer words capitalized and no sentence shape: a heading, a title-case headline. */
  titleCase: boolean;
  /** Most letters are capitals: a shouted headline or a navigation bar. */
  allCaps: boolean;
  firstToken: number;
}

export interface Tokens {
  tokens: Token[];
  lines: Line[];
  /** Folded capitalized words that also occur in lowercase somewhere in the text ("Strategic", "strategic"). */
  lowercaseWords: Set<string>;
}

// Symbols that only occur inside words when the text is mojibake ("Ã©", "أ1⁄4").
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u2044\u00a1-\u00bf\u00d7\u00f7]/u;
// Per BMP code unit: 0 unknown yet, 1 word character, 2 not. Filled lazily.
const wordClass = new Uint8Array(0x10000);

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  let k = wordClass[c] as number;
  if (k === 0) {
    // An acute accent standing alone is typed for an apostrophe ("Paul´s"): a gap, like the apostrophe.
    const excluded = c === 0xab || c === 0xbb || c === 0xb7 || c === 0xa0 || c === 0xb4;
    k = !excluded && ((c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(c))) ? 1 : 2;
    wordClass[c] = k;
  }
  return k === 1;
}

const TITLE_ABBREVIATION = Lex.Title | Lex.Abbreviation;

function isUpperCode(c: number, ch: string): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerCode(c: number, ch: string): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// Folding non-ASCII words is costly and they repeat ("Türkiye"); a bounded cache of a pure function.
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 4096;

function foldWord(word: string): string {
  let fold = foldCache.get(word);
  if (fold === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    fold = detached(foldForIdentity(word));
    foldCache.set(detached(word), fold);
  }
  return fold;
}

// Capitalized words' hashes (low bits) stamped with the call that saw them: most lowercase
// words miss and are never hashed by a Set. Lowercase candidates wait in the two lists.
const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;
const capitalStamps = new Int32Array(1 << HASH_BITS);
// The first capitalized token under each stamped hash: a Set of every capitalized word cost more
// than the rest of a word's reading; only other words under an already stamped hash go into one.
const capitalTokens = new Int32Array(1 << HASH_BITS);
let stamp = 0;
let lowerTokens = new Int32Array(1024);
let lowerHashes = new Int32Array(1024);

/** The hash the tokenizer computes for a word as it scans: over its characters, ASCII letters lowercased. */
function foldHash(fold: string): number {
  let h = 0;
  for (let k = 0; k < fold.length; k++) h = (Math.imul(h, 31) + (fold.charCodeAt(k) | 32)) | 0;
  return h;
}

// ASCII words repeat across articles: a direct-mapped cache of their folds, exact spellings and
// word classes by the scan's hash, so a repeated word is compared in place instead of sliced,
// lowercased and looked up again, and its fold (one string object) keeps its hash for later lookups.
const WORD_CACHE_BITS = 14;
const WORD_CACHE_MASK = (1 << WORD_CACHE_BITS) - 1;
const cachedFolds: (string | undefined)[] = new Array<string | undefined>(1 << WORD_CACHE_BITS).fill(undefined);
const cachedSpellings: (string | undefined)[] = new Array<string | undefined>(1 << WORD_CACHE_BITS).fill(undefined);
/** {@link lexFlags} of the cached fold; -1 until asked. */
const cachedFlags = new Int32Array(1 << WORD_CACHE_BITS);
// Words of up to PACKED_WORD characters are also kept as an exact number (base 37, under 2^53)
// and a bit per capital, so a repeated short word is recognized by two comparisons instead of
// reading its characters again: comparing in place was a fifth of the tokenizer's work.
const PACKED_WORD = 10;
/** The packed fold of the cached fold, or 0 when it is longer than PACKED_WORD. */
const cachedKeys = new Float64Array(1 << WORD_CACHE_BITS);
/** Which characters of the cached spelling are capitals, a bit each, last character lowest. */
const cachedCases = new Int32Array(1 << WORD_CACHE_BITS);

/** Whether `fold` is the ASCII word text[start, end) lowercased. */
function foldsTo(text: string, start: number, end: number, fold: string): boolean {
  if (fold.length !== end - start) return false;
  for (let k = 0; k < fold.length; k++) if ((text.charCodeAt(start + k) | 32) !== fold.charCodeAt(k)) return false;
  return true;
}

/** Whether `word` is exactly text[start, end). */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** How far back before a token its sentence punctuation is looked for. */
const MAX_GAP_TEXT = 8;

/** Words longer than this are not names (and are not folded): keeps hostile input cheap. */
const MAX_WORD = 48;

/**
 * Splits text into word tokens in one linear pass and records, for each, how
 * it joins the previous one and whether it starts a sentence; per line,
 * whether the line reads as a title-case or all-capitals heading.
 */
export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  const lines: Line[] = [];
  // Capitalized words that share a stamped hash with an earlier, different one.
  let sharedHashWords: Set<string> | undefined;
  stamp = (stamp + 1) | 0;
  if (stamp === 0) {
    capitalStamps.fill(0);
    stamp = 1;
  }
  let lowerCount = 0;
  let line = 0;
  let longWords = 0;
  let upperLongWords = 0;
  let lineTokens = 0;
  let lineCapTokens = 0;
  let lineLowerLong = 0;
  // Four-digit numbers on the line (a year).
  let lineNumberTokens = 0;
  // Lines with more capitalized words than long lowercase ones: the only lines markTitleCaseLines can mark.
  const capitalHeavyLines: number[] = [];
  let lineSentencePunct = false;
  let lineFirst = 0;
  const closeLine = () => {
    // "2013 Financial Results", "Company Reiterates 2014 Outlook": a report's heading may carry its year.
    const words = lineTokens - (lineNumberTokens === 1 ? 1 : 0);
    const heading = words > 0 && words <= 4 && lineCapTokens === words && !lineSentencePunct;
    lines.push({
      titleCase: heading,
      allCaps: longWords >= 2 && upperLongWords >= 0.8 * longWords,
      firstToken: lineFirst,
    });
    if (lineCapTokens >= 2 && lineCapTokens > lineLowerLong) capitalHeavyLines.push(line);
    line++;
    longWords = upperLongWords = lineTokens = lineCapTokens = lineLowerLong = lineNumberTokens = 0;
    lineSentencePunct = false;
    lineFirst = tokens.length;
  };

  let prevEnd = 0;
  let prev: Token | undefined;
  // Word cache slots of the last two tokens (-1 for words it does not hold).
  let lastSlot = -1;
  let secondLastSlot = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c === 0x0a) {
        closeLine();
        prev = undefined;
      } else if (c === 0x2e || c === 0x21 || c === 0x3f) lineSentencePunct = true;
      i++;
      continue;
    }
    const start = i;
    let ascii = c < 0x80;
    // Capitals and digits of an ASCII word are counted here, so its shape needs no second pass.
    let uppers = c >= 0x41 && c <= 0x5a ? 1 : 0;
    let digits = c >= 0x30 && c <= 0x39 ? 1 : 0;
    // For ASCII words this equals foldHash(fold): letters lowercased, digits unchanged by `| 32`.
    let hash = c | 32;
    // An ASCII word's characters in base 37: letters 1-26 whatever their case, digits 27-36.
    // Exact for words of up to PACKED_WORD characters; `cases` marks the capitals.
    let packed = c >= 0x30 && c <= 0x39 ? c - 21 : (c | 32) - 0x60;
    let cases = uppers;
    i++;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d < 0x80) {
        if (d >= 0x61 && d <= 0x7a) {
          hash = (Math.imul(hash, 31) + d) | 0;
          packed = packed * 37 + (d - 0x60);
          cases <<= 1;
          continue;
        }
        if (d >= 0x41 && d <= 0x5a) {
          uppers++;
          packed = packed * 37 + (d - 0x40);
          cases = (cases << 1) | 1;
        } else if (d >= 0x30 && d <= 0x39) {
          digits++;
          packed = packed * 37 + (d - 21);
          cases <<= 1;
        } else break;
        hash = (Math.imul(hash, 31) + (d | 32)) | 0;
      } else if (isWordCode(d)) ascii = false;
      else break;
    }
    const len = i - start;
    const tooLong = len > MAX_WORD;
    let slot = -1;
    let word: string;
    let cachedFold: string | undefined;
    if (ascii && !tooLong) {
      slot = hash & WORD_CACHE_MASK;
      cachedFold = cachedFolds[slot];
      const short = len <= PACKED_WORD;
      const spelling = uppers > 0 ? cachedSpellings[slot] : undefined;
      // A slot's spelling is kept only while its fold is: a word spelled so has that fold, unchecked.
      if (spelling !== undefined && (short ? cachedKeys[slot] === packed && cachedCases[slot] === cases : spells(text, start, i, spelling))) word = spelling;
      else {
        if (cachedFold === undefined || !(short ? cachedKeys[slot] === packed : foldsTo(text, start, i, cachedFold))) {
          cachedFold = uppers > 0 ? text.slice(start, i).toLowerCase() : text.slice(start, i);
          cachedFolds[slot] = cachedFold;
          cachedKeys[slot] = short ? packed : 0;
          cachedSpellings[slot] = undefined;
          cachedFlags[slot] = -1;
        }
        if (uppers === 0) word = cachedFold;
        else {
          word = text.slice(start, i);
          cachedSpellings[slot] = word;
          cachedCases[slot] = cases;
        }
      }
    } else word = text.slice(start, i);
    // ASCII first letters are classified without building a one-character string.
    const cap = !tooLong && (c < 0x80 ? c >= 0x41 && c <= 0x5a : isUpperCode(c, word[0] as string));
    const lower = !tooLong && (c < 0x80 ? c >= 0x61 && c <= 0x7a : isLowerCode(c, word[0] as string));
    let upper = false;
    let letters = len;
    if (cap && ascii) {
      letters = len - digits;
      upper = letters >= 2 && uppers === letters;
    } else if (!ascii) {
      let upperLetters = 0;
      letters = 0;
      for (let k = 0; k < len && k < MAX_WORD; k++) {
        const code = word.charCodeAt(k);
        if (code < 0x80) {
          if (code >= 0x41 && code <= 0x5a) {
            letters++;
            upperLetters++;
          } else if (code >= 0x61 && code <= 0x7a) letters++;
        } else {
          const ch = word[k] as string;
          if (ch.toLowerCase() !== ch.toUpperCase()) {
            letters++;
            if (ch === ch.toUpperCase()) upperLetters++;
          }
        }
      }
      upper = !tooLong && letters >= 2 && upperLetters === letters;
    }
    const fold = tooLong ? '' : cachedFold !== undefined ? cachedFold : foldWord(word);
    if (!ascii && !tooLong && (cap || lower)) hash = foldHash(fold);
    if (cap) {
      const h = hash & HASH_MASK;
      if (capitalStamps[h] !== stamp) {
        capitalStamps[h] = stamp;
        capitalTokens[h] = tokens.length;
      } else if ((tokens[capitalTokens[h] as number] as Token).fold !== fold) (sharedHashWords ??= new Set()).add(fold);
    } else if (lower && len >= 3) {
      if (lowerCount === lowerTokens.length) growLowerLists(lowerCount * 2);
      lowerTokens[lowerCount] = tokens.length;
      lowerHashes[lowerCount] = hash;
      lowerCount++;
    }
    // Word classes matter only around capitalized words: for them, the two
    // words before them and the two after (connectors, prepositions, product nouns).
    const near = cap || (prev !== undefined && (prev.cap || (tokens.length > 1 && (tokens[tokens.length - 2] as Token).cap)));
    let flags = 0;
    if (near || !lower) {
      if (slot < 0) flags = lexFlags(fold);
      else {
        flags = cachedFlags[slot] as number;
        if (flags < 0) cachedFlags[slot] = flags = lexFlags(fold);
      }
    }
    // A title's short form in capitals and with no dot ("ADM", "GEN") is an
    // acronym, a company's or a body's, not "Adm." or "Gen." before a name.
    if (upper && letters >= 3 && (flags & TITLE_ABBREVIATION) === TITLE_ABBREVIATION && text.charCodeAt(i) !== 0x2e) flags &= ~TITLE_ABBREVIATION;
    if (cap && prev) {
      if (prev.lower && prev.flags === 0) prev.flags = cachedLexFlags(prev.fold, lastSlot);
      const before = tokens[tokens.length - 2];
      if (before && before.lower && before.flags === 0) before.flags = cachedLexFlags(before.fold, secondLastSlot);
    }

    let gap = Gap.Break;
    if (prev) {
      const g0 = text.charCodeAt(prevEnd);
      const gapLength = start - prevEnd;
      if (gapLength === 1 && (g0 === 0x20 || g0 === 0xa0)) gap = Gap.Space;
      else if (gapLength === 1 && (g0 === 0x2d || g0 === 0x2010 || g0 === 0x2011)) gap = Gap.Hyphen;
      // Some pages type an acute accent for the apostrophe ("Paul´s", "it´s").
      else if ((g0 === 0x27 || g0 === 0x2019 || g0 === 0xb4) && (gapLength === 1 || repairedMark(text, prevEnd, gapLength))) gap = Gap.Apostrophe;
      else if (g0 === 0x2e && (gapLength === 1 || (gapLength === 2 && text.charCodeAt(prevEnd + 1) === 0x20))) {
        if (prev.text.length === 1 ? prev.cap : (prev.flags & Lex.Abbreviation) !== 0) gap = Gap.Dot;
      }
    }
    const tok: Token = {
      start,
      end: i,
      text: word,
      fold,
      cap,
      upper,
      lower,
      flags,
      gap,
      sentenceStart: prev ? (gap !== Gap.Space && gap !== Gap.Hyphen && gap !== Gap.Apostrophe && startsSentence(text, prevEnd, start, prev)) || (gap === Gap.Space && afterLineStamp(tokens, line)) : true,
      line,
    };
    tokens.push(tok);
    prev = tok;
    lineTokens++;
    if (cap) lineCapTokens++;
    else if (lower && len >= 4) lineLowerLong++;
    else if (len === 4 && !lower && isDigitWord(word)) lineNumberTokens++;
    if (letters >= 4) {
      longWords++;
      if (upper) upperLongWords++;
    }
    prevEnd = i;
    secondLastSlot = lastSlot;
    lastSlot = slot;
  }
  closeLine();
  // Only capitalized words are ever asked about, so only they are collected.
  const lowercaseWords = new Set<string>();
  for (let k = 0; k < lowerCount; k++) {
    const h = (lowerHashes[k] as number) & HASH_MASK;
    if (capitalStamps[h] !== stamp) continue;
    const fold = (tokens[lowerTokens[k] as number] as Token).fold;
    // Every capitalized word is its hash's first or in the shared set.
    if ((tokens[capitalTokens[h] as number] as Token).fold === fold || sharedHashWords?.has(fold) === true) lowercaseWords.add(fold);
  }
  // A huge text grew the lists; give the memory back.
  if (lowerTokens.length > 1 << 16) growLowerLists(1024);
  markTitleCaseLines(tokens, lines, capitalHeavyLines, lowercaseWords);
  return { tokens, lines, lowercaseWords };
}

/** {@link lexFlags} of a recent token's fold, from the word cache while its slot still holds that fold. */
function cachedLexFlags(fold: string, slot: number): number {
  if (slot < 0 || cachedFolds[slot] !== fold) return lexFlags(fold);
  let flags = cachedFlags[slot] as number;
  if (flags < 0) cachedFlags[slot] = flags = lexFlags(fold);
  return flags;
}

function growLowerLists(size: number): void {
  const tokens = new Int32Array(size);
  const hashes = new Int32Array(size);
  const keep = Math.min(size, lowerTokens.length);
  tokens.set(lowerTokens.subarray(0, keep));
  hashes.set(lowerHashes.subarray(0, keep));
  lowerTokens = tokens;
  lowerHashes = hashes;
}

/**
 * A title-case line capitalizes common words ("Sign Key Defense Pact", "On",
 * "With"): words the text also uses in lowercase, or function words; role
 * titles ("President") are capitalized before names anywhere, so they do not count. In a
 * sentence, capitalized words are mostly names and lowercase words dominate.
 */
function markTitleCaseLines(tokens: readonly Token[], lines: Line[], capitalHeavyLines: readonly number[], lowercaseWords: ReadonlySet<string>): void {
  // Common words are capitalized words, so a line with fewer of those than long lowercase words is no title.
  for (const l of capitalHeavyLines) {
    const line = lines[l] as Line;
    const end = l + 1 < lines.length ? (lines[l + 1] as Line).firstToken : tokens.length;
    let common = 0;
    let lowerLong = 0;
    for (let k = line.firstToken; k < end; k++) {
      const tok = tokens[k] as Token;
      if (tok.lower) {
        if (tok.text.length >= 4) lowerLong++;
      } else if (tok.cap && !tok.upper && !tok.sentenceStart && (tok.flags & Lex.Title) === 0 && ((tok.flags & Lex.Stop) !== 0 || lowercaseWords.has(tok.fold))) {
        common++;
      }
    }
    if (common >= 2 && common > lowerLong) line.titleCase = true;
  }
}


/**
 * " date 2024-05-02 Public transport ...": a stored page's stamp, a year-month-day alone or after one
 * label, opens its line; the word after it opens the headline.
 */
function afterLineStamp(tokens: readonly Token[], line: number): boolean {
  const n = tokens.length;
  const day = tokens[n - 1];
  const month = tokens[n - 2];
  const year = tokens[n - 3];
  if (!day || !month || !year || day.gap !== Gap.Hyphen || month.gap !== Gap.Hyphen || day.text.length !== 2 || month.text.length !== 2 || year.text.length !== 4) return false;
  if (!isDigitWord(day.text) || !isDigitWord(month.text) || !isDigitWord(year.text) || year.line !== line) return false;
  const label = tokens[n - 4];
  if (!label || label.line !== line) return true;
  const opener = tokens[n - 5];
  return label.lower && (!opener || opener.line !== line);
}

function isDigitWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A mark repaired from mojibake ("â€™" → "’" and two zero-width spaces, see mojibakePunctuation.ts). */
function repairedMark(text: string, at: number, length: number): boolean {
  return length === 3 && text.charCodeAt(at + 1) === 0x200b && text.charCodeAt(at + 2) === 0x200b;
}

/** Whether the punctuation before a token ends the previous sentence or clause heading. */
function startsSentence(text: string, from: number, to: number, prev: Token): boolean {
  const lo = Math.max(from, to - MAX_GAP_TEXT);
  for (let k = lo; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x21 || ch === 0x3f || ch === 0x3a || ch === 0x3b || ch === 0x2022) return true;
    if (ch === 0x2014 || ch === 0x2013) return true;
    // "--" and a spaced hyphen open a dateline's story: "ANKARA (KUNA) -- ", "LONDON (Reuters) - ".
    if (ch === 0x2d && (text.charCodeAt(k + 1) === 0x2d || (text.charCodeAt(k - 1) === 0x20 && text.charCodeAt(k + 1) === 0x20))) return true;
    if (ch === 0x2e) {
      const initial = prev.text.length === 1 && prev.cap;
      if (!initial && (prev.flags & Lex.Abbreviation) === 0) return true;
    }
  }
  return false;
}
