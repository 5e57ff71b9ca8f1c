import type { Scan } from './entityScan';
import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// Initials and abbreviated given names that open a person's name, which the
// run of capitalized words would otherwise lose: "A.K. Sandoval" ("A" is
// also the article) and "Ma. Cristina Reyes" (a point after a word of two
// letters reads as a sentence's end).

/** Given names written short with a point before the rest of the name ("Ma." for María, "Mohd." for Mohammed). */
const GIVEN_NAME_ABBREVIATIONS = new Set(['ma', 'mohd', 'muhd', 'wm']);

/**
 * "A.K. Sandoval", "I. M. Kovac", "Paul A. Gomez", "A K Sandoval": "A" or "I" with a point before another initial, or
 * between a given name and a surname, is an initial, no article or pronoun: its stopword mark is cleared.
 */
export function unmarkInitial(t: Token[], k: number): void {
  const tok = t[k] as Token;
  const next = t[k + 1];
  if (tok.text.length !== 1 || !tok.cap || !next || !next.cap) return;
  // "Dr A K Rahman": initials written without points, one space apart, before a surname.
  if (next.gap === Gap.Space) {
    const after = t[k + 2];
    const spacedInitials = next.text.length === 1 && (next.flags & Lex.Stop) === 0 && !!after && after.gap === Gap.Space && after.cap && !after.upper && after.text.length > 1 && (after.flags & (Lex.Stop | Lex.Calendar)) === 0;
    if (spacedInitials) tok.flags &= ~Lex.Stop;
    return;
  }
  if (next.gap !== Gap.Dot) return;
  const prev = t[k - 1];
  const middle = !!prev && tok.gap === Gap.Space && prev.cap && !prev.upper && isGivenName(prev.fold) && !next.upper;
  if (next.text.length === 1 || middle) tok.flags &= ~Lex.Stop;
}

/**
 * "Ma. Cristina Reyes": an abbreviated given name opening a run, its point
 * and one space, then a capitalized word that is no stopword, go on as one name.
 */
export function givenNameAbbreviation(s: Scan, j: number): boolean {
  const cur = s.t[j] as Token;
  const next = s.t[j + 1];
  if (!next || !cur.cap || cur.upper || !GIVEN_NAME_ABBREVIATIONS.has(cur.fold)) return false;
  if (s.text.charCodeAt(cur.end) !== 0x2e || s.text.charCodeAt(cur.end + 1) !== 0x20 || next.start !== cur.end + 2) return false;
  return next.cap && !next.upper && (next.flags & (Lex.Stop | Lex.Calendar)) === 0;
}
