import { gazetteer } from './gazetteer';
import { foldForIdentity } from './normalize';
import type { Claim, EntityMention } from './types';

// "Election Commission", "Health Ministry", "Supreme Court": a body named only
// by what it does exists in every country. Two articles that say "the Election
// Commission" mean the same body only if they are about the same country, so
// its id carries the article's country, or the article itself when it names none.

/** Words a public body's generic name is made of; a name made of nothing else is generic. */
const GENERIC_WORDS = new Set(
  (
    'election|elections|electoral|commission|ministry|health|foreign|affairs|interior|home|defence|defense|finance|justice|' +
    'education|agriculture|trade|industry|energy|environment|labour|labor|transport|culture|tourism|information|' +
    'office|supreme|high|constitutional|court|courts|national|central|bank|police|department|state|federal|public|' +
    'presidential|prime|minister|minister’s|general|prosecutor|prosecution|prosecutors|audit|board|council|assembly|' +
    'security|intelligence|service|agency|authority|electricity|water|statistics|census|of|the|and|for'
  ).split('|'),
);

/** The gazetteer's rank for countries: a place of this rank is an article's country. */
const COUNTRY_RANK = 0;

/** Whether an organization's canonical name is two or more generic words ("Election Commission", "Ministry of Health"). */
export function genericBodyName(canonical: string): boolean {
  if (canonical.indexOf(' ') < 0) return false;
  const words = foldForIdentity(canonical).split(/\s+/, 8);
  let content = 0;
  for (const w of words) {
    if (!GENERIC_WORDS.has(w)) return false;
    if (w !== 'of' && w !== 'the' && w !== 'and' && w !== 'for') content++;
  }
  return content >= 2;
}

/**
 * Gives generic public bodies ids of their article's country ("organization:election-commission@varnia")
 * or, when the article names no country, of the article itself, so that they join across
 * articles only where the country agrees. Known bodies (the gazetteer's) and one-word
 * names ("Congress", "Parliament") are left as they are.
 */
export function qualifyGenericBodies(text: string, mentions: EntityMention[], dateline: DatelinePlace = null): EntityMention[] {
  const generic = new Set<string>();
  const seen = new Set<string>();
  const gaz = gazetteer();
  for (const m of mentions) {
    if (m.type !== 'organization' || seen.has(m.entity)) continue;
    seen.add(m.entity);
    // The word test first: it rejects almost every name before the gazetteer is asked.
    if (genericBodyName(m.canonical) && !gaz.get(foldForIdentity(m.canonical))) generic.add(m.entity);
  }
  if (generic.size === 0) return mentions;
  const qualifier = articleQualifier(text, mentions, dateline);
  // A loop and a literal in the analysis's own field order, not map() and a spread: map() gives a holey
  // array and a spread an object of another hidden class, and either one in a rare article sends the
  // optimised speaker code back to the interpreter.
  const out: EntityMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as EntityMention;
    if (!generic.has(m.entity)) {
      out.push(m);
      continue;
    }
    // "the Turkish Defence Ministry" in an article about China: the nationality right before it says whose.
    const before = mentions[k - 1];
    const own = before !== undefined && before.type === 'nationality' && m.start === before.end + 1 ? before.entity.slice(before.entity.indexOf(':') + 1) : qualifier;
    out.push({ start: m.start, end: m.end, text: m.text, type: m.type, entity: `${m.entity}@${own}`, canonical: m.canonical });
  }
  return out;
}

/** The dateline's place, if the article has one ("SEOUL", "VARNA, Francia"). */
export type DatelinePlace = { start: number; end: number } | null;

/**
 * The article's country: the dateline's (a country, or the country of its city) where the story
 * names that country again, by its name, its nationality or one of its cities ("ISLAMABAD, Nov 3 --
 * ... Pakistan": "the foreign ministry" is Pakistan's, whichever country it names most) or names no
 * country at all; else the one it names most; or, with neither, the article itself.
 */
function articleQualifier(text: string, mentions: readonly EntityMention[], dateline: DatelinePlace): string {
  const gaz = gazetteer();
  const countries = new Map<string, number>();
  let datelineCountry: string | undefined;
  let datelineCity: string | undefined;
  // A place is named again and again under one canonical string: it is folded and looked up once.
  const countryOf = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'location' && m.type !== 'nationality') continue;
    let country = countryOf.get(m.canonical);
    if (country === undefined) {
      const key = foldForIdentity(m.canonical);
      const entry = gaz.get(key);
      // A nationality counts for its country: not a faith's or a people's ("Sikh", "Kurdish") nor a region's ("European").
      country = entry?.rank === COUNTRY_RANK ? entry.id : m.type === 'location' ? (gaz.countryOfCity(key) ?? null) : null;
      countryOf.set(m.canonical, country);
    }
    if (!country) continue;
    if (dateline && m.start >= dateline.start && m.end <= dateline.end) {
      // "VARNA, Francia": a country the dateline names is the one it means, whatever its city's name says.
      if (m.type === 'location' && gaz.get(foldForIdentity(m.canonical))?.rank === COUNTRY_RANK) datelineCountry = country;
      else datelineCity ??= country;
      continue;
    }
    countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  const home = datelineCountry ?? datelineCity;
  // A correspondent's capital the story never names again ("TOKYO (KUNA) -- South Korea's presidential office") gives
  // way to the countries it does name; with none named, it is all there is.
  if (home && (countries.has(home) || countries.size === 0)) return home.slice(home.indexOf(':') + 1);
  let most = '';
  let count = 0;
  for (const [id, n] of countries) {
    if (n > count) {
      count = n;
      most = id.slice(id.indexOf(':') + 1);
    }
  }
  return most || `article-${articleHash(text)}`;
}

/** A short, stable hash of the article's text (FNV-1a), for ids that belong to one article. */
function articleHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Claims whose speaker a role noun names ("the presidential office said") speak for the
 * generic body as the article's mentions are qualified, or as they would be.
 */
export function withQualifiedSpeakers(text: string, claims: Claim[], mentions: readonly EntityMention[], dateline: DatelinePlace = null): Claim[] {
  const qualified = new Map<string, string>();
  for (const m of mentions) {
    const at = m.entity.indexOf('@');
    if (at > 0) qualified.set(m.entity.slice(0, at), m.entity);
  }
  let qualifier: string | undefined;
  // A loop and one literal shape, as in qualifyGenericBodies.
  const out: Claim[] = [];
  for (const c of claims) {
    const id = c.speaker;
    let q: string | undefined;
    if (id && id.startsWith(ORGANIZATION) && !id.includes('@')) {
      q = qualified.get(id);
      if (!q && !mentions.some((m) => m.entity === id)) {
        const name = id.slice(ORGANIZATION.length).replace(/-/g, ' ');
        if (genericBodyName(name) && !gazetteer().get(name)) q = `${id}@${(qualifier ??= articleQualifier(text, mentions, dateline))}`;
      }
    }
    out.push(q ? { start: c.start, end: c.end, text: c.text, kind: c.kind, content: c.content, cue: c.cue, speaker: q, speakerSpan: c.speakerSpan } : c);
  }
  return out;
}

const ORGANIZATION = 'organization:';
