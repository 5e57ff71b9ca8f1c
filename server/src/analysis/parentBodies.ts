import { type Scan } from './entityScan';
import { Lex } from './lexicon';
import { type Token } from './tokens';

// "the Monetary Policy Committee of the Central Bank of Norland", "the Foreign Affairs Committee of the
// Varnian Parliament": a unit named in its own words, then "of the" and the body that holds it. Each is
// its own body (the bank speaks as the bank); a lone head before "of the" ("the Council of the Varnian
// Union") is one name, and so is a body "of the" a place ("Central Bank of the Republic of Norland").

/** Whether the unit p..head, followed by "of the", is named before its head and the words from..end name a body. */
export function unitOfParentBody(s: Scan, p: number, head: number, from: number, end: number): boolean {
  const t = s.t;
  if (p >= head || (t[head + 1] as Token).fold !== 'of' || (t[head + 2] as Token | undefined)?.fold !== 'the' || from > end) return false;
  for (let k = from; k <= end; k++) {
    const tok = t[k] as Token;
    if (tok.cap && !tok.upper && (tok.flags & (Lex.OrgHead | Lex.OrgOpener)) !== 0) return true;
  }
  return false;
}
