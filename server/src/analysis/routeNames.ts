import type { Scan } from './entityScan';
import type { Candidate } from './identity';
import type { EntityType } from './types';
import { Gap, type Token } from './tokens';

// "the North Coast line", "the Adams substation": a name between "the" and a route's or a grid's noun names
// that line or site, as "the Altay tank" names the tank; the place it is named after is not meant.

/** Lowercase nouns of a line or a site named after a place. */
const ROUTE_NOUNS = new Set(['line', 'lines', 'railway', 'railways', 'substation', 'substations', 'tunnel', 'pipeline']);
/** Nouns in the plural that close a list of two names ("the Mount Isa and Central West lines"). */
const PLURAL_ROUTES = new Set(['lines', 'railways', 'substations']);
/** Types a line's name may have been given by its words alone. */
const RETYPED: ReadonlySet<EntityType> = new Set(['location', 'organization', 'other']);

/** Retypes names of lines and sites as facilities; one pass over the candidates. */
export function routeNames(s: Scan): void {
  let trains: boolean | undefined;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    const noun = s.t[c.last + 1];
    if (!RETYPED.has(c.type) || !noun || noun.gap !== Gap.Space || !noun.lower || !ROUTE_NOUNS.has(noun.fold)) continue;
    // "the Kremlin line" is a policy, "its Healthy Request line" a range of goods: a line is a railway's only where the article is about trains.
    if ((noun.fold === 'line' || noun.fold === 'lines') && ((c.id !== undefined && c.type === 'organization') || !(trains ??= aboutTrains(s)))) continue;
    if (determined(s, c.first)) {
      s.out[k] = asFacility(c);
      continue;
    }
    // "the Mount Isa and Central West lines": the list's first name takes the plural noun too.
    const and = s.t[c.first - 1];
    const other = s.out[k - 1];
    if (PLURAL_ROUTES.has(noun.fold) && and && and.lower && and.fold === 'and' && other && RETYPED.has(other.type) && (s.t[other.last + 1] as Token | undefined) === and && determined(s, other.first)) {
      s.out[k - 1] = asFacility(other);
      s.out[k] = asFacility(c);
    }
  }
}

/** Lowercase words that show an article is about trains. */
const TRAIN_WORDS = new Set(['rail', 'railway', 'train', 'trains', 'track', 'tracks', 'freight', 'passenger', 'passengers', 'commuter', 'commuters']);

/** The article writes a word of trains in lowercase; one scan of the tokens. */
function aboutTrains(s: Scan): boolean {
  for (const tok of s.t) if (tok.lower && TRAIN_WORDS.has(tok.fold)) return true;
  return false;
}

/** "the", "its" or "their" right before token k ("The" too, opening a sentence). */
function determined(s: Scan, k: number): boolean {
  const d = s.t[k - 1];
  return !!d && (d.lower || (d.sentenceStart && d.fold === 'the')) && (d.fold === 'the' || d.fold === 'its' || d.fold === 'their');
}

const asFacility = (c: Candidate): Candidate => ({ first: c.first, last: c.last, start: c.start, end: c.end, type: 'facility', status: c.status, id: undefined, canonical: undefined });
