import type { Scan } from './entityScan';
import { type Candidate, plainIdOf } from './identity';
import type { Token } from './tokens';

// Local papers open a story with its town in capitals ("KILRUSH town councillors decided ..."): a word in capitals
// is read as an acronym, but the story names the town again in running text ("Kilrush Town Council"), and a
// shouted common word ("POLICE have appealed") is written in lowercase elsewhere.

/** Fewest letters of a town in capitals: shorter words are mostly acronyms. */
const MIN_TOWN_LETTERS = 4;

/** Retypes a capitals word opening a line before lowercase words as the town the text names in mixed case. */
export function shoutedOpeningPlaces(s: Scan): void {
  const t = s.t;
  let opening: number[] | undefined;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const tok = t[c.first] as Token;
    const next = t[c.first + 1];
    if (c.first !== c.last || !tok.upper || tok.text.length < MIN_TOWN_LETTERS || s.tk.lines[tok.line]?.firstToken !== c.first) continue;
    if (!next || next.line !== tok.line || !next.lower || s.tk.lowercaseWords.has(tok.fold) || s.tk.lines[tok.line]?.allCaps) continue;
    (opening ??= []).push(k);
  }
  if (!opening) return;
  let towns: Set<string> | undefined;
  for (const c of s.out) {
    const tok = t[c.first] as Token;
    if (tok.cap && !tok.upper && (c.type === 'location' || c.type === 'organization' || c.type === 'facility')) (towns ??= new Set()).add(tok.fold);
  }
  if (!towns) return;
  for (const k of opening) {
    const c = s.out[k] as Candidate;
    const tok = t[c.first] as Token;
    if (!towns.has(tok.fold)) continue;
    const canonical = tok.text.charAt(0) + tok.fold.slice(1);
    s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type: 'location', status: 'strong', id: plainIdOf('location', canonical), canonical };
  }
}
