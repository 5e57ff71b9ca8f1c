import type * as CityTimezones from 'city-timezones';
import type { Countries } from 'world-countries';
import type { GazetteerEntry } from './gazetteer';
import { NATURAL_HEADS } from './lexicon';
import { foldForIdentity, slugOf } from './normalize';
import { COUNTRY_ALIASES, COUNTRY_DEMONYMS, EVENTS, GROUPS, MARKET_INDICES, ORGANIZATIONS, PROVINCES, REGION_DEMONYMS, REGIONS } from './places';

/**
 * The gazetteer as plain data: every folded key with its entry, the keys that
 * start longer names, and the words names own before "'s". Worked out from the
 * data packages; the bundles carry this table ready-made instead of the packages
 * (see esbuild.mjs), so a thread that analyses text does not parse megabytes of
 * city and country records to build it.
 */
export interface GazetteerTable {
  /** Key, type, id, canonical name, rank, upper (1/0), minor (1/0), entry after entry. */
  entries: (string | number)[];
  prefixes: string[];
  owners: string[];
  /**
   * A city's key and its country's id, pair after pair, capitals first: a dateline's city and the
   * cities a story names say whose bodies it means.
   */
  cities: string[];
}

const RANK = { country: 0, region: 1, organization: 1, demonym: 2, capital: 3, city: 4, province: 5 } as const;

// Cities below this size are mostly homonyms of words and surnames in news text.
const MIN_CITY_POPULATION = 100_000;

// Province names that are ordinary words.
const GENERIC_PROVINCES = new Set(
  'central|north|south|east|west|northern|southern|eastern|western|capital|centre|center|coast|coastal|upper|lower|national|federal|northeast|northwest|southeast|southwest|north east|north west|south east|south west|lakes|islands|plateau|littoral|maritime|interior|border|river|valley|highlands|mountain|lagoons|savanes|city|greater|metropolitan'.split('|'),
);

/** The lookup key of a name: folded, without a trailing period ("U.S." → "u.s"). */
export function gazetteerKey(name: string): string {
  let key = foldForIdentity(name);
  while (key.endsWith('.')) key = key.slice(0, -1);
  return key;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MULTI_WORD = /[^\p{L}\p{N}]/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** The key up to the end of each word but the last: "south korea" → ["south"]. */
function prefixesOf(key: string): string[] {
  const ends = [...key.matchAll(WORD)].map((m) => m.index + m[0].length);
  return ends.slice(0, -1).map((e) => key.slice(0, e));
}

/** Builds the gazetteer's table from the data packages and the lists in `places.ts`. */
export function gazetteerData(): GazetteerTable {
  const entries = new Map<string, GazetteerEntry>();
  const prefixes = new Set<string>();
  const owners = new Set<string>();
  const cities: string[] = [];
  const add = (name: string, entry: Omit<GazetteerEntry, 'upper'>) => {
    const key = gazetteerKey(name);
    if (key.length < 2) return;
    const old = entries.get(key);
    if (old && old.rank <= entry.rank) return;
    const letters = name.length <= 12 ? name.replace(NOT_LETTER, '') : '';
    const upper = letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
    entries.set(key, { ...entry, upper });
    if (MULTI_WORD.test(key)) for (const prefix of prefixesOf(key)) prefixes.add(prefix);
    for (let at = key.indexOf("'s "); at > 0; at = key.indexOf("'s ", at + 1)) owners.add(key.slice(key.lastIndexOf(' ', at) + 1, at));
  };

  // Required here rather than imported: the two data sets are megabytes of JSON, parsed only when a text is first analysed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as Countries;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { cityMapping } = require('city-timezones') as typeof CityTimezones;

  // Sovereign states first: "French" is France's adjective before French Guiana's.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const canonical = c.name.common;
    const id = `location:${slugOf(canonical)}`;
    const country = { type: 'location', id, canonical, rank: RANK.country, minor: false } as const;
    add(canonical, country);
    add(c.name.official, country);
    const demonymKeys = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(COUNTRY_DEMONYMS[c.cca3] ?? [])].map((d) => gazetteerKey(d ?? '')));
    for (const alt of c.altSpellings) {
      // Two-letter codes ("IN", "IT", "AT") are ordinary words in capitals; "Saudi" is an adjective.
      // "Island" (Iceland in Icelandic) is an English noun that ends place names ("KANGAROO ISLAND").
      if (alt.length > 3 && !alt.includes(',') && !demonymKeys.has(gazetteerKey(alt)) && !NATURAL_HEADS.has(gazetteerKey(alt))) add(alt, country);
    }
    for (const alt of COUNTRY_ALIASES[c.cca3] ?? []) add(alt, country);
    const nationality = { type: 'nationality', id, canonical, rank: RANK.demonym, minor: false } as const;
    const demonyms = new Set([...(COUNTRY_DEMONYMS[c.cca3] ?? []), c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '']);
    for (const d of demonyms) {
      if (!d) continue;
      add(d, nationality);
      // "Nigeriens", "Greeks", "Swedes"; not "Chineses" or "Frenchs".
      if (/(?:an|i|en|k)$/.test(d) || (d.endsWith('e') && !d.endsWith('ese'))) add(`${d}s`, nationality);
    }
    for (const capital of c.capital) {
      cities.push(gazetteerKey(capital), id);
      add(capital, { type: 'location', id: `location:${slugOf(capital)}`, canonical: capital, rank: RANK.capital, minor: true });
    }
  }
  for (const [canonical, ...aliases] of REGIONS) {
    const region = { type: 'location', id: `location:${slugOf(canonical)}`, canonical, rank: RANK.region, minor: false } as const;
    for (const name of [canonical, ...aliases]) add(name, region);
  }
  for (const [demonym, region] of REGION_DEMONYMS) {
    add(demonym, { type: 'nationality', id: `location:${slugOf(region)}`, canonical: region, rank: RANK.demonym, minor: false });
  }
  for (const [canonical, ...aliases] of GROUPS) {
    const group = { type: 'nationality', id: `other:${slugOf(canonical)}`, canonical, rank: RANK.demonym + 1, minor: false } as const;
    for (const name of [canonical, ...aliases]) add(name, group);
  }
  for (const [canonical, ...aliases] of EVENTS) {
    const event = { type: 'event', id: `event:${slugOf(canonical)}`, canonical, rank: RANK.organization, minor: false } as const;
    for (const name of [canonical, ...aliases]) add(name, event);
  }
  for (const [canonical, ...aliases] of ORGANIZATIONS) {
    const org = { type: 'organization', id: `organization:${slugOf(canonical)}`, canonical, rank: RANK.organization, minor: false } as const;
    for (const name of [canonical, ...aliases]) add(name, org);
  }
  for (const [canonical, ...aliases] of MARKET_INDICES) {
    const index = { type: 'product', id: `product:${slugOf(canonical)}`, canonical, rank: RANK.organization, minor: false } as const;
    for (const name of [canonical, ...aliases]) add(name, index);
  }
  const countryIds = new Map(countries.map((c) => [c.cca3, `location:${slugOf(c.name.common)}`]));
  // A name several countries' cities share is the largest's ("London" is England's, not Ontario's).
  const largest = new Map<string, { id: string; pop: number }>();
  const provinces = new Set<string>();
  for (const city of cityMapping) {
    if (city.pop >= MIN_CITY_POPULATION) {
      add(city.city, { type: 'location', id: `location:${slugOf(city.city)}`, canonical: city.city, rank: RANK.city, minor: true });
      const key = gazetteerKey(city.city);
      const country = countryIds.get(city.iso3);
      if (country && city.pop > (largest.get(key)?.pop ?? 0)) largest.set(key, { id: country, pop: city.pop });
    }
    if (city.province && city.province.length > 3) provinces.add(city.province);
  }
  for (const province of PROVINCES) provinces.add(province);
  for (const province of provinces) {
    if (GENERIC_PROVINCES.has(gazetteerKey(province))) continue;
    add(province, { type: 'location', id: `location:${slugOf(province)}`, canonical: province, rank: RANK.province, minor: true });
  }
  const flat: (string | number)[] = [];
  for (const [key, e] of entries) flat.push(key, e.type, e.id, e.canonical, e.rank, e.upper ? 1 : 0, e.minor ? 1 : 0);
  for (const [key, { id }] of largest) cities.push(key, id);
  return { entries: flat, prefixes: [...prefixes], owners: [...owners], cities };
}
