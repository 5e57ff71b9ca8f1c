import { isConnector, type Scan } from './entityScan';
import { COMPASS_WORDS, Lex } from './lexicon';
import { conditionHead, taxHead } from './nonNames';
import { Gap, type Token } from './tokens';

// Acronyms an article defines in brackets after the words they abbreviate.

/**
 * Finds "Joint Chiefs of Staff (JCS)": capitalized words whose initials spell
 * the acronym in parentheses after them are one name, whatever their words.
 */
export function findDefinedNames(s: Scan): void {
  const t = s.t;
  for (let k = 1; k < t.length; k++) {
    const acronym = t[k] as Token;
    if (!acronym.upper || acronym.text.length > 8 || s.text.charCodeAt(acronym.end) !== 0x29) continue;
    const j = k - 1;
    const gap = acronym.start - (t[j] as Token).end;
    if (s.text.charCodeAt(acronym.start - 1) !== 0x28 || !(gap === 2 || (gap === 3 && s.text.charCodeAt((t[j] as Token).end) === 0x2e))) continue;
    const letters = acronym.fold.replace(/[^a-z]/g, '');
    let initials = '';
    for (let w = j; w >= 0 && j - w < 16; w--) {
      const x = t[w] as Token;
      if (x.cap) {
        initials = (x.fold[0] ?? '') + initials;
        if (initials === letters) {
          // "Lassa Fever (LF)": a disease and its acronym name no one.
          if (conditionHead(t[j] as Token)) {
            s.conditions.add(acronym.fold);
            break;
          }
          // "Goods and Services Tax (GST)": the tax is read as one phrase and names nothing, nor does "GST" alone.
          if (taxHead(t[j] as Token)) s.conditions.add(acronym.fold);
          if (w < j) s.defined.set(w, j);
          if (w < j) s.spelled.add(acronym.fold);
          // "Wharf Enforcement and Salvage Team (WEST)": capitals spelling a common or a compass word are the name's short form.
          if (w < j && ((acronym.flags & Lex.Stop) !== 0 || COMPASS_WORDS.has(acronym.fold))) s.acronyms.add(acronym.fold);
          break;
        }
        if (initials.length >= letters.length) break;
      } else if (!isConnector(x) && !(x.lower && x.gap === Gap.Hyphen)) break;
      if (x.gap === Gap.Break) break;
    }
  }
}

/** "IS" after "Islamic State (IS)": capitals spelling a word the article defines as an acronym. */
export function definedAcronym(s: Scan, k: number): boolean {
  const tok = s.t[k] as Token;
  return tok.upper && s.acronyms.has(tok.fold);
}

/** "AT" in "AT&T", "IN" in "IN&T": capitals that are also a stopword, joined by a bare ampersand to more capitals, open an acronym. */
export function ampersandHalf(s: Scan, k: number, last: number): boolean {
  const tok = s.t[k] as Token;
  const next = s.t[k + 1];
  return k < last && tok.upper && tok.text.length >= 2 && !!next && next.cap && next.gap === Gap.Break && next.start === tok.end + 1 && s.text.charCodeAt(tok.end) === 0x26;
}

/** Longest acronym read as one ("RCMP", "SERT"). */
const MAX_ACRONYM = 8;

/**
 * "Coastal Guard HPU", "CGV HPU": the first of the acronyms that close the run a..b, each a word of capitals,
 * one of them spelled out in brackets elsewhere in the article; -1 where the run does not close so ("Harlow AIG").
 */
export function trailingAcronyms(s: Scan, a: number, b: number): number {
  if (b <= a || s.spelled.size === 0 || s.tk.lines[(s.t[a] as Token).line]?.allCaps) return -1;
  let k = b;
  let spelled = false;
  while (k >= a && plainAcronym(s.t[k] as Token) && (k === a || (s.t[k] as Token).gap === Gap.Space)) {
    if (s.spelled.has((s.t[k] as Token).fold)) spelled = true;
    k--;
  }
  return spelled && k < b ? k + 1 : -1;
}

function plainAcronym(tok: Token): boolean {
  return tok.upper && tok.text.length >= 2 && tok.text.length <= MAX_ACRONYM && /^[A-Z]+$/.test(tok.text) && (tok.flags & (Lex.CorporateSuffix | Lex.NonEntityAcronym)) === 0;
}
