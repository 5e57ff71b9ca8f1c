import { gazetteerData } from './gazetteerData';

/** A known name: what it is and which real-world entity it names. */
export interface GazetteerEntry {
  type: 'location' | 'nationality' | 'organization' | 'event' | 'product';
  /** Entity id; a nationality carries its country's (or region's) id. */
  id: string;
  canonical: string;
  /** Which source it came from; on a clash the lower rank wins. */
  rank: number;
  /** Written in capitals (an abbreviation): only matches text in capitals. */
  upper: boolean;
  /** Capitals, cities and provinces: often common words or surnames too ("Stanley", "Nice"), so weaker evidence. */
  minor: boolean;
}

export interface Gazetteer {
  /** The entry for a folded key (see `gazetteerKey` in gazetteerData.ts). */
  get(key: string): GazetteerEntry | undefined;
  /** Whether some longer name starts with this folded key ("south" for "south korea"). */
  isPrefix(key: string): boolean;
  /**
   * The entry for a folded key and whether longer names start with it, in one
   * lookup: what a scan extending a key word by word asks at each step.
   */
  find(key: string): GazetteerKey | undefined;
  /** Whether a name has this word before "'s" ("people" in "People's Republic of China"). */
  ownsInName(word: string): boolean;
  /** The id of the country of the city with this folded key, a capital before a larger namesake ("ankara" → "location:turkey"). */
  countryOfCity(key: string): string | undefined;
}

/** A folded key the gazetteer knows: as a name, as the start of longer names, or both. */
export interface GazetteerKey {
  entry: GazetteerEntry | undefined;
  prefix: boolean;
}

let built: Gazetteer | undefined;

/** The gazetteer, built once on first use from its table. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const table = gazetteerData();
  const entries = new Map<string, GazetteerEntry>();
  const flat = table.entries;
  for (let i = 0; i + 6 < flat.length; i += 7) {
    entries.set(String(flat[i]), {
      type: flat[i + 1] as GazetteerEntry['type'],
      id: String(flat[i + 2]),
      canonical: String(flat[i + 3]),
      rank: Number(flat[i + 4]),
      upper: flat[i + 5] === 1,
      minor: flat[i + 6] === 1,
    });
  }
  const prefixes = new Set(table.prefixes);
  const owners = new Set(table.owners);
  const cities = new Map<string, string>();
  // The first listed keeps a name several claim: capitals before other cities, sovereign states first.
  for (let i = 0; i + 1 < table.cities.length; i += 2) if (!cities.has(table.cities[i] as string)) cities.set(table.cities[i] as string, table.cities[i + 1] as string);
  // One map answers both questions, so extending a key costs one lookup a word.
  const keys = new Map<string, GazetteerKey>();
  for (const [key, entry] of entries) keys.set(key, { entry, prefix: prefixes.has(key) });
  for (const key of prefixes) if (!entries.has(key)) keys.set(key, { entry: undefined, prefix: true });
  built = {
    get: (key) => keys.get(key)?.entry,
    isPrefix: (key) => keys.get(key)?.prefix === true,
    find: (key) => keys.get(key),
    ownsInName: (word) => owners.has(word),
    countryOfCity: (key) => cities.get(key),
  };
  return built;
}
