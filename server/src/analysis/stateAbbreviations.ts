import type { Scan } from './entityScan';
import { Gap, type Token } from './tokens';

// US states as news agencies abbreviate them after a city ("TUCSON, Ariz.", "Cambridge, Mass.").
// Only the abbreviations that are not English words or names by themselves; two-letter postal
// codes ("AZ") are left to the acronym rules, and "Miss." or "Wash." are read only after a city.
const STATES = new Map<string, string>(
  (
    'ala:alabama|ariz:arizona|ark:arkansas|calif:california|colo:colorado|conn:connecticut|del:delaware|fla:florida|' +
    'ga:georgia|ill:illinois|ind:indiana|kan:kansas|ky:kentucky|la:louisiana|md:maryland|mass:massachusetts|' +
    'mich:michigan|minn:minnesota|miss:mississippi|mo:missouri|mont:montana|neb:nebraska|nev:nevada|okla:oklahoma|' +
    'ore:oregon|pa:pennsylvania|tenn:tennessee|vt:vermont|va:virginia|wash:washington|wis:wisconsin|wyo:wyoming'
  )
    .split('|')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * "TUCSON, Ariz." or "Cambridge, Mass., March 7": a state's abbreviation with
 * its period right after a place and a comma. Returns the state's gazetteer
 * name, or null when the word at `i` is no such abbreviation.
 */
export function stateAbbreviationAt(s: Scan, i: number): string | null {
  const tok = s.t[i] as Token;
  const prev = s.t[i - 1];
  const state = tok.cap && !tok.upper ? STATES.get(tok.fold) : undefined;
  if (!state || !prev || !prev.cap || tok.gap !== Gap.Break || s.text.charCodeAt(tok.end) !== 0x2e) return null;
  if (s.text.charCodeAt(prev.end) !== 0x2c || tok.start !== prev.end + 2) return null;
  // The place before the comma: a known place or a dateline's capitals.
  const place = s.gaz.get(prev.fold);
  return (place && place.type === 'location') || prev.upper ? state : null;
}
