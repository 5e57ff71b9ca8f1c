import { type Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { type Token } from './tokens';
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
