import type { Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { Gap, type Token } from './tokens';

// Airlines named "Air" and a country or city ("Air New Zealand", "Air India", "Air Canada"):
// the place is the carrier's name, not a mention of the place.

/** The last token of "Air" and a known place at p (within the run p..b), or -1. */
export function airlineName(s: Scan, p: number, b: number): number {
  const air = s.t[p] as Token;
  if (air.fold !== 'air' || air.upper || !air.cap || p >= b) return -1;
  const line = s.tk.lines[air.line];
  // "Air Pollution In Delhi Rises": a title-case heading capitalizes common words.
  if (line && (line.titleCase || line.allCaps)) return -1;
  if ((s.t[p + 1] as Token).gap !== Gap.Space) return -1;
  const place = gazAt(s, p + 1, b);
  return place && place.entry.type === 'location' ? place.last : -1;
}
