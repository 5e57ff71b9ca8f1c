import type { Scan } from './entityScan';
import type { Token } from './tokens';

// "the resurfacing from the Brackley County line to Leeds Mills", "the road from the border to Kelby Springs": what a road or
// works run to from a line or a border is the other end, a place, though a city and a word no list knows read as a body.

/** Nouns of a boundary or a point on a road that a stretch runs from. */
const FROM_POINTS = new Set(['line', 'border', 'boundary', 'junction', 'bridge', 'roundabout', 'crossroads', 'interchange']);

/** Token p follows "to", and "to" a boundary's noun: "... County line to Leeds Mills". */
export function routeEndAfter(s: Scan, p: number): boolean {
  const to = s.t[p - 1];
  const point = s.t[p - 2] as Token | undefined;
  return !!to && !!point && to.fold === 'to' && to.lower && point.lower && FROM_POINTS.has(point.fold);
}
