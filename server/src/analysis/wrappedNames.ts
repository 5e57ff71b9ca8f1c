import { Gap, type Token } from './tokens';

// Hard-wrapped text (press releases, wire copy) breaks lines inside names: "applicable to Morgan\nStanley".
// Two capitalized words split by one line break are one name's when the article writes the same two words
// side by side on one line elsewhere.

/** Most characters of white space between the two words of a wrapped name. */
const MAX_WRAP = 8;

/** Pairs looked for by a scan of the tokens before all pairs are collected in a set. */
const MAX_PAIR_SCANS = 4;

// Per token list, how often a pair was looked for and, after MAX_PAIR_SCANS, the folded pairs of
// capitalized words written one space apart: most articles ask once, and a scan for one pair costs
// less than building the set of them all; hostile text with many wrapped lines still costs one set.
const pairsByTokens = new WeakMap<readonly Token[], { scans: number; pairs: Set<string> | null }>();

function spacedPair(t: readonly Token[], first: string, second: string): boolean {
  let seen = pairsByTokens.get(t);
  if (!seen) pairsByTokens.set(t, (seen = { scans: 0, pairs: null }));
  // A fold holding a space ("a¨b" folds to "a b") could meet another pair's in the set's key: such pairs go to the set.
  if (seen.pairs === null && seen.scans < MAX_PAIR_SCANS && !first.includes(' ') && !second.includes(' ')) {
    seen.scans++;
    for (let k = 1; k < t.length; k++) {
      const b = t[k] as Token;
      if (b.fold !== second || !b.cap || b.gap !== Gap.Space) continue;
      const a = t[k - 1] as Token;
      if (a.cap && a.fold === first) return true;
    }
    return false;
  }
  if (seen.pairs === null) {
    const pairs = new Set<string>();
    for (let k = 1; k < t.length; k++) {
      const a = t[k - 1] as Token;
      const b = t[k] as Token;
      if (a.cap && b.cap && b.gap === Gap.Space) pairs.add(`${a.fold} ${b.fold}`);
    }
    seen.pairs = pairs;
  }
  return seen.pairs.has(`${first} ${second}`);
}

/** Whether only white space with one line break lies between two tokens: a wrapped line. */
export function oneLineBreak(text: string, cur: Token, next: Token): boolean {
  if (next.start - cur.end > MAX_WRAP) return false;
  let breaks = 0;
  for (let k = cur.end; k < next.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) breaks++;
    else if (c !== 0x20 && c !== 0x0d && c !== 0x09) return false;
  }
  return breaks === 1;
}

/** Whether the capitalized words `j` and `j + 1`, split by a line break, are one name the article writes on one line elsewhere. */
export function wrappedName(text: string, t: readonly Token[], j: number): boolean {
  const cur = t[j] as Token;
  const next = t[j + 1];
  if (!next || !cur.cap || !next.cap || next.gap !== Gap.Break || !oneLineBreak(text, cur, next)) return false;
  if (!spacedPair(t, cur.fold, next.fold)) return false;
  // The wrapped word goes on a name, no sentence.
  next.sentenceStart = false;
  return true;
}

/** The words of tokens first..last as one line writes them: a name wrapped across lines compares equal to its one-line copies. */
export function nameOnOneLine(text: string, t: readonly Token[], first: number, last: number): string {
  const a = t[first] as Token;
  const z = t[last] as Token;
  const words = text.slice(a.start, z.end);
  return a.line === z.line ? words : words.replace(/\s+/g, ' ');
}
