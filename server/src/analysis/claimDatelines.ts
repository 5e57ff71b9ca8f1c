import { isSpaceCode, isUpperCode } from './claimTokens';
import type { ClaimUnit } from './claimUnits';
import type { ArticleStructure } from './types';

// A claim's sentence starts after the article's dateline ("ANKARA, Nov 24 (KUNA) -- "), found by the
// structure or, where it found none, by the shape of a paragraph's head.

/** How far into a unit a dateline's dash may sit ("ANKARA, Nov 24 (KUNA) -- "). */
const DATELINE_REACH = 160;
const DATELINE_DASHES = ['--', ' - ', ' \u2014 ', ' \u2013 '];

/** Where the sentence proper starts: after a dateline ("ANKARA, Nov 24 (KUNA) -- "). */
export function contentStart(text: string, unit: ClaimUnit, structure: ArticleStructure, opensParagraph: boolean): number {
  let start = unit.start;
  const d = structure.dateline;
  if (d && d.end > unit.start && d.end < unit.end) start = d.end;
  else if (!d && opensParagraph) {
    const head = text.slice(unit.start, Math.min(unit.end, unit.start + DATELINE_REACH));
    const dash = firstDash(head);
    // A double hyphen is rare in prose; a spaced hyphen ("3 - 1") is not, so it needs a head with no lower-case word.
    const loose = head.startsWith('--', dash) ? 2 : 0;
    if (dash > 0 && looksLikeDateline(text, unit.start, unit.start + dash, loose)) start = unit.start + dash + 2;
  }
  while (start < unit.end) {
    const ch = text.charCodeAt(start);
    if (isSpaceCode(ch) || ch === 45 || ch === 0x2013 || ch === 0x2014) start++;
    else break;
  }
  return start < unit.end ? start : unit.start;
}

/** The first dateline dash in a line's head: "--", or a spaced hyphen or dash (" - ", " — "); -1 if none. */
function firstDash(head: string): number {
  let best = -1;
  for (const dash of DATELINE_DASHES) {
    const i = head.indexOf(dash);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/**
 * A dateline before a dash names a place or a source in capitals or brackets, and no verb-like lower-case run.
 * Its dash stands outside brackets: "Cllr Ann Roe (LAB – Kelby) said" is a name with a party and ward.
 */
function looksLikeDateline(text: string, from: number, to: number, lowerAllowed: number): boolean {
  let lowerWords = 0;
  let signal = false;
  let open = false;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 40) open = true;
    if (ch === 41) {
      signal = true;
      open = false;
    }
    if (i > from && isUpperCode(ch) && isUpperCode(text.charCodeAt(i - 1)) && isUpperCode(text.charCodeAt(i + 1))) signal = true;
    if (ch >= 97 && ch <= 122 && (i === from || isSpaceCode(text.charCodeAt(i - 1)))) lowerWords++;
  }
  return signal && !open && lowerWords <= lowerAllowed;
}
