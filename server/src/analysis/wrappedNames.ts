import { Gap, type Token } from './tokens';

// Hard-wrapped text (press releases, wire copy) breaks lines inside names: "applicable to Morgan\nStanley".
// Two capitalized words split by one line break are one name's when the article writes the same two words
// side by side on one line elsewhere.

/** Most characters of white space between the two words of a wrapped name. */
const MAX_WRAP = 8;

// Per token list, the folded pairs of capitalized words written one space apart; built on first need.
const pairsByTokens = new WeakMap<readonly Token[], Set<string>>();

function spacedPairs(t: readonly Token[]): Set<string> {
  let pairs = pairsByTokens.get(t);
  if (pairs) return pairs;
  pairs = new Set<string>();
  for (let k = 1; k < t.length; k++) {
    const a = t[k - 1] as Token;
    const b = t[k] as Token;
    if (a.cap && b.cap && b.gap === Gap.Space) pairs.add(`${a.fold} ${b.fold}`);
  }
  pairsByTokens.set(t, pairs);
  return pairs;
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
  if (!spacedPairs(t).has(`${cur.fold} ${next.fold}`)) return false;
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
