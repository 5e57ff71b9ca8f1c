import type { Token } from './claimTokens';
import { foldForIdentity } from './normalize';
import { titleAround, type PersonTitle } from './speakerTitles';
import { FOLLOWING_REACH, FOLLOWING_STEPS, MAX_STEPS, SENTENCE_ENDS } from './speakerSearch';
import { DETERMINERS, headClassOf, MINISTER_PORTFOLIO_WORDS, PERSONAL_NATIONALITY_ROLES, roleAlternatives, SPOKES_ROLES } from './speakerWords';
import type { EntityMention } from './types';

/** Index of the last mention starting before `pos` in mentions sorted by start, or -1. */
export function indexBefore(mentions: readonly EntityMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The latest mention before `before`, within a bounded search, that fits. */
export function recentMention(mentions: readonly EntityMention[], before: number, fits: (m: EntityMention) => boolean): EntityMention | null {
  let i = indexBefore(mentions, before);
  for (let steps = 0; i >= 0 && steps < MAX_STEPS; i--, steps++) if (fits(mentions[i])) return mentions[i];
  return null;
}

/** The first mention after `after`, within a paragraph or two, that fits. */
export function followingMention(mentions: readonly EntityMention[], after: number, fits: (m: EntityMention) => boolean): EntityMention | null {
  let i = indexBefore(mentions, after) + 1;
  for (let steps = 0; i < mentions.length && steps < FOLLOWING_STEPS && mentions[i].start < after + FOLLOWING_REACH; i++, steps++) {
    if (fits(mentions[i])) return mentions[i];
  }
  return null;
}

/**
 * Finds who holds a role a text names without a name ("the Turkish president",
 * "the judge") among the people it names, by the titles read around each.
 */
export class RoleHolders {
  readonly #text: string;
  readonly #mentions: readonly EntityMention[];
  /** Titles around person mentions, by mention index, read once. */
  readonly #titles = new Map<number, PersonTitle>();

  /** `mentions` sorted by start. */
  constructor(text: string, mentions: readonly EntityMention[]) {
    this.#text = text;
    this.#mentions = mentions;
  }

  /**
   * The person most recently introduced with this role: "the Turkish president" → "Turkish President Recep Tayyip Erdogan".
   * `about` is the person the text is about: where they hold the role too, it is theirs ("the minister said" after the
   * minister's own claims is not "his Turkish counterpart Hakan Fidan" named since).
   */
  find(role: string, modifiers: readonly string[], before: number, place: EntityMention | null, about: string | null = null): EntityMention | null {
    // "the Polish coach": a player's or coach's nationality is their own, which a club's title does not name.
    const nation = PERSONAL_NATIONALITY_ROLES.has(role) && place?.type === 'nationality' ? null : place;
    const wanted = modifiers.filter((w) => !DETERMINERS.has(w));
    const nationWords = nation ? nation.text.toLowerCase().split(/\s+/, 4) : [];
    const alternatives = roleAlternatives(role);
    // "the foreign ministry spokesperson" after "MEA spokesperson X": the words naming the body spoken for may differ.
    const aboutWanted = SPOKES_ROLES.has(role) ? wanted.slice(bodyWordsEnd(wanted)) : wanted;
    let first: EntityMention | null = null;
    let loose: EntityMention | null = null;
    let placeless: EntityMention | null = null;
    let placelessMany = false;
    let foreignHolder = false;
    let i = indexBefore(this.#mentions, before);
    for (let steps = 0; i >= 0 && steps < MAX_STEPS; i--, steps++) {
      const m = this.#mentions[i];
      if (m.type !== 'person' || (first !== null && m.entity !== about)) continue;
      const title = this.titleOf(i).words;
      // "his Egyptian counterpart Sameh Shoukry" holds the same role as the person he meets.
      const holds = alternatives.some((alt) => alt.every((w) => title.includes(w)));
      if (!holds && !title.includes('counterpart') && !this.#portfolioOnly(role, title)) continue;
      // "the Croatian president" agrees with "Croatia's President X" through the country both name.
      // A title that names no place says nothing of the country: such a bare "President X" is found again by a fuller mention.
      const agrees = nation === null || nationWords.every((w) => title.includes(w)) || this.#titlePlaces(i, nation.entity) === 'this';
      if (agrees && m.entity === about && holds && aboutWanted.every((w) => title.includes(w))) return m;
      if (agrees && wanted.every((w) => title.includes(w))) {
        if (about === null) return m;
        first ??= m;
        continue;
      }
      // A role qualified by words this person's title lacks ("the Saudi minister") is someone else's.
      if (wanted.length === 0 && nation === null) loose ??= m;
      // "the Kuwaiti minister" after "Foreign Minister Sheikh Salem" and "his South Korean counterpart Cho Hyun": the one
      // holder whose title names no country, when another holder's names a country of its own.
      else if (nation !== null && wanted.length === 0) {
        const places = this.#titlePlaces(i, nation.entity);
        if (places === 'other') foreignHolder = true;
        else if (places === 'none' && holds) {
          if (placeless === null) placeless = m;
          else if (placeless.entity !== m.entity) placelessMany = true;
        }
      }
    }
    return first ?? loose ?? this.#after(alternatives, wanted, before) ?? (foreignHolder && !placelessMany ? placeless : null);
  }

  /**
   * "The judge said ... U.S. District Judge Ann Reyes rejected": a role no one before holds
   * is the person the text soon introduces with every word of it.
   */
  #after(alternatives: readonly (readonly string[])[], wanted: readonly string[], before: number): EntityMention | null {
    // Only from the next sentence on: a person later in the role's own sentence is what it speaks of ("told ... President X").
    let after = before;
    while (after < this.#text.length && after - before < FOLLOWING_REACH && !SENTENCE_ENDS.has(this.#text.charCodeAt(after))) after++;
    let i = indexBefore(this.#mentions, after) + 1;
    for (let steps = 0; i < this.#mentions.length && steps < FOLLOWING_STEPS && this.#mentions[i].start < after + FOLLOWING_REACH; i++, steps++) {
      const m = this.#mentions[i];
      if (m.type !== 'person') continue;
      const title = this.titleOf(i).words;
      if (alternatives.some((alt) => alt.every((w) => title.includes(w))) && wanted.every((w) => title.includes(w))) return m;
    }
    return null;
  }

  /** Whether a title names a ministry's portfolio and no role at all: "Kuwait's of Foreign Affairs X" is its minister. */
  #portfolioOnly(role: string, title: readonly string[]): boolean {
    return role === 'minister' && title.some((w) => MINISTER_PORTFOLIO_WORDS.has(w)) && !title.some((w) => headClassOf(w) === 'person');
  }

  /** Whether the title before a person mention names this place ("Croatia's President X"), another place, or none. */
  #titlePlaces(i: number, entity: string): 'this' | 'other' | 'none' {
    const floor = this.titleOf(i).start;
    let found: 'this' | 'other' | 'none' = 'none';
    for (let j = i - 1, steps = 0; j >= 0 && steps < 8 && this.#mentions[j].start >= floor; j--, steps++) {
      const t = this.#mentions[j].type;
      if (this.#mentions[j].entity === entity) return 'this';
      if (t === 'location' || t === 'nationality') found = 'other';
    }
    return found;
  }

  /** Every title word read around this person's mentions before `before`. */
  titleWordsOf(entity: string, before: number): string[] {
    const words: string[] = [];
    for (let i = indexBefore(this.#mentions, before), steps = 0; i >= 0 && steps < MAX_STEPS; i--, steps++) {
      if (this.#mentions[i].entity === entity) words.push(...this.titleOf(i).words);
    }
    return words;
  }

  titleOf(i: number): PersonTitle {
    let title = this.#titles.get(i);
    if (!title) {
      title = titleAround(this.#text, this.#mentions[i]);
      this.#titles.set(i, title);
    }
    return title;
  }
}

/** How many of a role's modifiers name the body the role speaks for: up to the last body noun ("foreign ministry"). */
function bodyWordsEnd(modifiers: readonly string[]): number {
  for (let k = modifiers.length - 1; k >= 0; k--) if (headClassOf(modifiers[k]) === 'organization') return k + 1;
  return 0;
}

/** The most recent person before `t` whose name ends in its word, spelled alike after folding ("Köhler" → "Katrin Kohler"). */
export function personBySurname(mentions: readonly EntityMention[], t: Token): EntityMention | null {
  if (t.end - t.start < 3) return null;
  const folded = foldForIdentity(t.word);
  return recentMention(mentions, t.start, (m) => {
    if (m.type !== 'person') return false;
    const space = m.text.lastIndexOf(' ');
    const last = space < 0 ? m.text : m.text.slice(space + 1);
    return last.length === t.end - t.start && foldForIdentity(last) === folded;
  });
}
