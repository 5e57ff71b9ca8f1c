import {
  COUNTRIES,
  FAMOUS_PEOPLE,
  MINISTRIES,
  NAMED_ORGS,
  NAME_PARTS,
  ORG_NAME_STEMS,
  ORG_SECTORS,
  ORG_SUFFIXES,
  STATEMENTS,
  TITLES,
  TOPICS,
} from './corpusVocabulary';
import { Random } from './random';

/** A person the corpus talks about, with every spelling articles may use. */
export interface PoolPerson {
  /** Canonical full name. */
  name: string;
  /** Other full spellings (diacritics dropped, hyphenation changed). */
  variants: string[];
  /** The short form used after the first mention. */
  short: string;
  title: string;
  country: number;
  pronoun: 'he' | 'she';
}

export interface PoolOrganization {
  name: string;
  /** Acronyms or short names. */
  aliases: string[];
}

/** A statement made once and repeated, lightly edited, across articles. */
export interface PoolClaim {
  speaker: number;
  statement: string;
}

export interface EntityPool {
  people: PoolPerson[];
  organizations: PoolOrganization[];
  claims: PoolClaim[];
}

export interface PoolSizes {
  people: number;
  organizations: number;
  claims: number;
}

export const DEFAULT_POOL_SIZES: PoolSizes = { people: 4000, organizations: 900, claims: 1500 };

/** Builds the entity pool every article of one corpus draws from. */
export function buildEntityPool(seed: string, sizes: PoolSizes = DEFAULT_POOL_SIZES): EntityPool {
  const r = new Random(`${seed}/pool`);
  const people: PoolPerson[] = FAMOUS_PEOPLE.map((p) => ({
    name: p.name,
    variants: p.aliases.filter((a) => a.includes(' ')),
    short: p.aliases.find((a) => !a.includes(' ')) ?? p.name,
    title: p.title,
    country: p.country,
    pronoun: r.chance(0.8) ? 'he' : 'she',
  }));
  const seen = new Set(people.map((p) => p.name));
  for (let attempts = 0; people.length < sizes.people && attempts < sizes.people * 20; attempts++) {
    const country = r.int(COUNTRIES.length);
    const parts = NAME_PARTS[COUNTRIES[country]!.culture];
    const first = r.pick(parts.first);
    const last = r.pick(parts.last);
    // Korean and Japanese copy often puts the family name first.
    const familyFirst = COUNTRIES[country]!.culture === 'korean' && r.chance(0.7);
    const name = familyFirst ? `${last} ${first}` : `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const variants = new Set<string>();
    const folded = foldDiacritics(name);
    if (folded !== name) variants.add(folded);
    if (name.includes('-')) variants.add(name.replace(/-([a-z])/g, (_m, ch: string) => ` ${ch.toUpperCase()}`));
    if (r.chance(0.15)) variants.add(`${first.charAt(0)}. ${last}`);
    people.push({
      name,
      variants: [...variants],
      short: last,
      title: r.pick(TITLES),
      country,
      pronoun: r.chance(0.55) ? 'he' : 'she',
    });
  }

  const organizations: PoolOrganization[] = NAMED_ORGS.map((o) => ({ name: o.name, aliases: [...o.aliases] }));
  for (const c of COUNTRIES) {
    for (const m of MINISTRIES.slice(0, 4)) organizations.push({ name: `${c.adjectives[0]} Ministry of ${m}`, aliases: [] });
  }
  const orgNames = new Set(organizations.map((o) => o.name));
  for (let attempts = 0; organizations.length < sizes.organizations && attempts < sizes.organizations * 20; attempts++) {
    const words = [r.pick(ORG_NAME_STEMS), r.pick(ORG_SECTORS), r.pick(ORG_SUFFIXES)];
    const name = words.join(' ');
    if (orgNames.has(name)) continue;
    orgNames.add(name);
    const aliases = r.chance(0.5) ? [words.map((w) => w.charAt(0)).join('')] : [`${words[0]} ${words[1]}`];
    organizations.push({ name, aliases });
  }

  const claims: PoolClaim[] = [];
  for (let i = 0; i < sizes.claims; i++) {
    const topic = r.pick(TOPICS);
    const statement = fillStatement(r.pick(STATEMENTS), r, {
      n: r.pick(topic.nouns),
      p: r.pick(topic.projects),
      v: r.pick(topic.verbs),
      c: COUNTRIES[r.int(COUNTRIES.length)]!.name,
      o: organizations[r.skewed(organizations.length)]!.name,
    });
    claims.push({ speaker: r.skewed(people.length, 3), statement });
  }
  return { people, organizations, claims };
}

/** Replaces `{key}` slots with values; unknown slots stay as they are. */
export function fillStatement(template: string, _r: Random, values: Record<string, string>): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = template.indexOf('}', open);
    if (close < 0) break;
    out += template.slice(i, open);
    const key = template.slice(open + 1, close);
    out += values[key] ?? template.slice(open, close + 1);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** Drops diacritics the way English-language wires often do (Erdoğan → Erdogan). */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss');
}
