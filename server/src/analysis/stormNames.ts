import { type Scan } from './entityScan';
import { type Candidate, candidateWith } from './identity';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// Named storms: "Typhoon Hagibon", "Hurricane Tamsin", "Tropical Storm Ana" are
// events, and so is the storm's bare name later in the report ("Hagibon is expected ...").

const STORM_WORDS = new Set(['typhoon', 'hurricane', 'cyclone', 'storm']);
const STORM_OPENERS = new Set(['super', 'tropical', 'severe', 'cyclonic']);

/** The storm's name token when a storm word opening at i names one ("Typhoon Hagibon"), or -1. */
export function stormName(s: Scan, i: number): number {
  const t = s.t;
  let k = i;
  const open = t[k] as Token;
  if (STORM_OPENERS.has(open.fold) && open.cap && t[k + 1]?.gap === Gap.Space && STORM_WORDS.has((t[k + 1] as Token).fold)) k++;
  const word = t[k] as Token;
  const name = t[k + 1];
  if (!word.cap || !STORM_WORDS.has(word.fold) || !name || name.gap !== Gap.Space || !name.cap || name.upper) return -1;
  if ((name.flags & (Lex.Stop | Lex.Calendar | Lex.Title)) !== 0 || (name.flags & (Lex.OrgHead | Lex.LocationHead | Lex.EventHead)) !== 0) return -1;
  // One name word: "Typhoon Hagibon", not "Storm Shadow Missile".
  const after = t[k + 2];
  if (after && after.gap === Gap.Space && after.cap) return -1;
  return k + 1;
}

/** A storm's bare name elsewhere in the report is the storm. */
export function stormShortForms(s: Scan): void {
  let names: Set<string> | undefined;
  for (const c of s.out) {
    const first = s.t[c.first] as Token;
    if (c.type === 'event' && c.last > c.first && STORM_WORDS.has((s.t[c.last - 1] as Token).fold) && first.cap) (names ??= new Set()).add((s.t[c.last] as Token).fold);
  }
  if (!names) return;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (c.first === c.last && c.type !== 'event' && c.id === undefined && names.has((s.t[c.first] as Token).fold)) s.out[k] = candidateWith(c, 'event', c.end);
  }
}
