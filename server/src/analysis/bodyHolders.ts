import { emit, headType, nameShaped, type Scan } from './entityScan';
import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// A body's name run straight into its head's name, the role left out or said before the body:
// "the Speaker of Iran's Islamic Consultative Assembly Mohammad Baqer Qalibaf".

/** Most words of a person's name read after a body's head noun. */
const MAX_HOLDER_WORDS = 4;

/**
 * Splits p..q, words no list knows as a whole, where a body's head noun is followed by a given
 * name, or by three name words, no list knows: the body up to its head, then the person. True when split.
 */
export function bodyThenHolder(s: Scan, p: number, q: number, heading: boolean): boolean {
  const t = s.t;
  if (heading || q - p < 3) return false;
  for (let h = Math.max(p + 1, q - MAX_HOLDER_WORDS); h <= q - 2; h++) {
    const head = t[h] as Token;
    if ((head.flags & Lex.OrgHead) === 0 || (head.flags & Lex.Title) !== 0 || head.upper) continue;
    const given = t[h + 1] as Token;
    // A given name a list knows, or three name words ("Mohammad Baqer Qalibaf").
    if (given.gap !== Gap.Space || (!isGivenName(given.fold) && q - h < 3)) continue;
    for (let k = h + 1; k <= q; k++) {
      const w = t[k] as Token;
      if (!nameShaped(w) || headType(w) !== null || s.gaz.get(w.fold) || s.tk.lowercaseWords.has(w.fold)) return false;
    }
    emit(s, p, h, 'organization', 'strong');
    emit(s, h + 1, q, 'person', 'strong');
    return true;
  }
  return false;
}
