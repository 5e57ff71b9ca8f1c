import { ABBREVIATIONS, STOPWORDS } from './lexicon';
import { foldForIdentity } from './normalize';

/** How a token is joined to the one before it. */
export const enum Gap {
  /** One space: words of one name can continue across it. */
  Space,
  /** A hyphen with no spaces: "Indo-Pacific", "Turkiye-South Korea". */
  Hyphen,
  /** A period after an initial or abbreviation: "S. Korea", "U.S.". */
  Dot,
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
  gap: Gap;
  /** The raw characters between the previous token and this one (at most a few). */
  gapText: string;
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
  /** Folded words that occur in lowercase somewhere in the text. */
  lowercaseWords: Set<string>;
}

// Symbols that only occur inside words when the text is mojibake ("Ã©", "أ1⁄4").
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u2044\u00a1-\u00bf\u00d7\u00f7]/u;

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c === 0xab || c === 0xbb || c === 0xb7 || c === 0xa0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD_CHAR.test(text[i] ?? '');
}

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const MAX_GAP_TEXT = 8;

/**
 * Splits text into word tokens in one linear pass and records, for each, how
 * it joins the previous one and whether it starts a sentence; per line,
 * whether the line reads as a title-case or all-capitals heading.
 */
export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  const lines: Line[] = [];
  const lowercaseWords = new Set<string>();
  let line = 0;
  let longWords = 0;
  let upperLongWords = 0;
  let lineTokens = 0;
  let lineCapTokens = 0;
  let lineSentencePunct = false;
  let lineFirst = 0;
  const closeLine = () => {
    const heading = lineTokens > 0 && lineTokens <= 4 && lineCapTokens === lineTokens && !lineSentencePunct;
    lines.push({
      titleCase: heading,
      allCaps: longWords >= 2 && upperLongWords >= 0.8 * longWords,
      firstToken: lineFirst,
    });
    line++;
    longWords = upperLongWords = lineTokens = lineCapTokens = 0;
    lineSentencePunct = false;
    lineFirst = tokens.length;
  };

  let prevEnd = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(text, i, c)) {
      if (c === 0x0a) closeLine();
      else if (c === 0x2e || c === 0x21 || c === 0x3f) lineSentencePunct = true;
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(text, i, text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    const fold = word.length === 1 || isAsciiWord(word) ? word.toLowerCase() : foldForIdentity(word);
    const first = word[0] ?? '';
    const cap = isUpperChar(first);
    let letters = 0;
    let upperLetters = 0;
    for (let k = 0; k < word.length && k < 40; k++) {
      const ch = word[k] ?? '';
      const code = word.charCodeAt(k);
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code > 0x7f && ch.toLowerCase() !== ch.toUpperCase())) {
        letters++;
        if (isUpperChar(ch)) upperLetters++;
      }
    }
    const upper = letters >= 2 && upperLetters === letters;
    const lower = isLowerChar(first);
    if (lower) lowercaseWords.add(fold);

    const gapStart = Math.max(prevEnd, start - MAX_GAP_TEXT);
    const gapText = text.slice(gapStart, start);
    const prev = tokens.length > 0 && tokens[tokens.length - 1]?.line === line ? tokens[tokens.length - 1] : undefined;
    const gapLength = start - prevEnd;
    let gap = Gap.Break;
    if (prev) {
      if (gapLength === 1 && (gapText === ' ' || gapText === '\u00a0')) gap = Gap.Space;
      else if (gapLength === 1 && (gapText === '-' || gapText === '\u2010' || gapText === '\u2011')) gap = Gap.Hyphen;
      else if ((gapText === '.' || gapText === '. ') && (prev.text.length === 1 ? prev.cap : ABBREVIATIONS.has(prev.fold))) gap = Gap.Dot;
    }
    tokens.push({
      start,
      end: i,
      text: word,
      fold,
      cap,
      upper,
      lower,
      gap,
      gapText,
      sentenceStart: prev ? startsSentence(gapText, prev) : true,
      line,
    });
    lineTokens++;
    if (cap) lineCapTokens++;
    if (letters >= 4) {
      longWords++;
      if (upper) upperLongWords++;
    }
    prevEnd = i;
  }
  closeLine();
  markTitleCaseLines(tokens, lines, lowercaseWords);
  return { tokens, lines, lowercaseWords };
}

/**
 * A title-case line capitalizes common words ("Sign Key Defense Pact", "On",
 * "With"): words the text also uses in lowercase, or function words. In a
 * sentence, capitalized words are mostly names and lowercase words dominate.
 */
function markTitleCaseLines(tokens: readonly Token[], lines: Line[], lowercaseWords: ReadonlySet<string>): void {
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as Line;
    const end = l + 1 < lines.length ? (lines[l + 1] as Line).firstToken : tokens.length;
    let common = 0;
    let lowerLong = 0;
    for (let k = line.firstToken; k < end; k++) {
      const tok = tokens[k] as Token;
      if (tok.lower) {
        if (tok.text.length >= 4) lowerLong++;
      } else if (tok.cap && !tok.upper && !tok.sentenceStart && (STOPWORDS.has(tok.fold) || lowercaseWords.has(tok.fold))) {
        common++;
      }
    }
    if (common >= 2 && common > lowerLong) line.titleCase = true;
  }
}

function isAsciiWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x80) return false;
  return true;
}

/** Whether the punctuation before a token ends the previous sentence or clause heading. */
function startsSentence(gapText: string, prev: Token): boolean {
  for (let k = 0; k < gapText.length; k++) {
    const ch = gapText[k];
    if (ch === '!' || ch === '?' || ch === ':' || ch === ';' || ch === '\u2022') return true;
    if (ch === '-' && k + 1 < gapText.length && gapText[k + 1] === '-') return true;
    if (ch === '.') {
      const initial = prev.text.length === 1 && prev.cap;
      if (!initial && !ABBREVIATIONS.has(prev.fold)) return true;
    }
  }
  return false;
}
