import { headType, type Scan } from './entityScan';
import type { GazetteerEntry } from './gazetteer';
import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// A city's name before another word: a given name ("Florence Pugh"), or a body named after the
// city ("London Underground").

/** Cities and capitals rank at most this in the gazetteer; provinces below. */
export const CITY_RANK = 4;

/** "London Underground", "Lagos Governor": a word after a city that the text never uses as a surname, a name's or a body's head. */
export function cityBeforeWord(s: Scan, k: number): boolean {
  const after = s.t[k] as Token;
  return after.gap === Gap.Space && !after.upper && (after.flags & (Lex.OrgHead | Lex.FacilityHead | Lex.Title)) === 0 && headType(after) === null;
}

/** "Jordan Bardella", "Israel Katz": a country that is also a given name, before an unknown word. */
export function placeAsGivenName(s: Scan, p: number, entry: GazetteerEntry): boolean {
  const after = s.t[p + 1] as Token;
  return entry.type === 'location' && after.gap === Gap.Space && isGivenName((s.t[p] as Token).fold) && !s.gaz.get(after.fold) && headType(after) === null && (after.flags & Lex.Title) === 0;
}
