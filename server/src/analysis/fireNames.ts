import { type Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { Gap, type Token } from './tokens';
import type { EntityType } from './types';

// Fires are named after the land they burn ("Pine Hollow Fire", "Marrow Ridge Fire"); a town's
// or a county's fire service is named after the town ("Seattle Fire", "Dorran County Fire").

/** Words that end the name of a place with a council, whose "Fire" is its fire service. */
const SERVICE_AREAS = new Set(['county', 'city', 'town', 'township', 'borough', 'parish', 'district', 'state', 'municipal', 'metro', 'regional', 'rural', 'volunteer']);

/** The type a phrase p..head headed by "Fire" takes: the place's fire service, or the fire itself. */
export function fireOrService(s: Scan, p: number, head: number, type: EntityType | null): EntityType | null {
  if (type !== 'event' || (s.t[head] as Token).fold !== 'fire' || head === p) return type;
  const before = s.t[head - 1] as Token;
  if (SERVICE_AREAS.has(before.fold)) return 'organization';
  const place = gazAt(s, p, head - 1);
  return place && place.last === head - 1 && place.entry.type === 'location' ? 'organization' : type;
}

/** Most words of the place before "Fire and Rescue". */
const MAX_PLACE_WORDS = 3;
const SERVICE_HEADS = new Set(['service', 'services', 'authority', 'department', 'brigade']);

/**
 * "Kelvale Fire and Rescue Service", "Dorran Fire & Rescue": a place's fire and rescue service is one
 * body, though "and" splits other runs. Returns its last token when the run opening at i is one, or -1.
 */
export function fireAndRescue(s: Scan, i: number): number {
  const t = s.t;
  let k = i;
  if ((t[k] as Token).fold === 'the' && (t[k] as Token).cap) k++;
  const first = k;
  while (k < t.length && k - first < MAX_PLACE_WORDS && (t[k] as Token).cap && (t[k] as Token).fold !== 'fire') k++;
  const fire = t[k];
  const and = t[k + 1];
  const rescue = t[k + 2];
  if (k === first || !fire || fire.fold !== 'fire' || !fire.cap || !and || (and.fold !== 'and' && and.fold !== '&') || !rescue || rescue.fold !== 'rescue' || !rescue.cap) return -1;
  const head = t[k + 3];
  return head && head.cap && head.gap === Gap.Space && SERVICE_HEADS.has(head.fold) ? k + 3 : k + 2;
}
