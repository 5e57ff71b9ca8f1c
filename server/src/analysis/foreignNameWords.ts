import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// Words of foreign names that fold to an English month or stopword ("Jan-Willem", "Tô Lâm",
// "Phạm Thiên Ân"): the mark is cleared on the token so the name's run is read whole.

/** Clears the month or stopword mark of a name's word that only folds to one: "Jan-Willem", "Tô Lâm", "Phạm Thiên Ân". */
export function unmarkForeignWord(t: Token[], i: number): void {
  const tok = t[i] as Token;
  if ((tok.flags & Lex.Calendar) !== 0 && hyphenedGivenName(t, i)) tok.flags &= ~Lex.Calendar;
  // A word with accents its folded form lacks is no English stopword ("To", "An").
  if ((tok.flags & Lex.Stop) !== 0 && tok.cap && tok.text.length <= 4 && tok.text.toLowerCase() !== tok.fold) tok.flags &= ~Lex.Stop;
  if ((tok.flags & Lex.Stop) !== 0 && syllableGivenName(t, i)) tok.flags &= ~Lex.Stop;
}

/** English words that a hyphen joins to "On", "In", "To", "Do" ("On-site", "In-line", "To-do"). */
const ENGLISH_TAILS = new Set(['site', 'line', 'air', 'hold', 'off', 'go', 'up', 'do', 'so', 'law', 'laws', 'depth', 'game', 'call']);

/**
 * "Kim So-ra", "Lee Do-hyun", "Choi On-yu": after a capitalized surname, a capitalized syllable that is
 * an English stopword, a hyphen and a lowercase syllable make a Korean given name.
 */
function syllableGivenName(t: Token[], i: number): boolean {
  const tok = t[i] as Token;
  const prev = t[i - 1];
  const next = t[i + 1];
  if (!tok.cap || tok.upper || tok.text.length > 3 || tok.gap !== Gap.Space || !prev || !prev.cap || prev.upper || (prev.flags & (Lex.Stop | Lex.Calendar)) !== 0) return false;
  return !!next && next.gap === Gap.Hyphen && next.lower && next.text.length <= 4 && !ENGLISH_TAILS.has(next.fold);
}

/** "Jan-Willem", "Jan-Erik": token i is a capitalized word of up to three letters, a hyphen and a capitalized word no month's. */
function hyphenedGivenName(t: Token[], i: number): boolean {
  const tok = t[i] as Token;
  const next = t[i + 1];
  return tok.cap && !tok.upper && tok.text.length <= 3 && !!next && next.gap === Gap.Hyphen && next.cap && !next.upper && next.text.length >= 3 && (next.flags & Lex.Calendar) === 0;
}
