import { prevToken } from './claimTokens';
import { givenNameGender } from './givenNames';
import { foldForIdentity } from './normalize';
import { RECENT_PEOPLE } from './speakerSearch';
import { recentMention } from './speakerRoles';
import { TITLE_GENDER } from './speakerWords';
import type { EntityMention } from './types';

/**
 * Who the text is about, for "he" and "she": the people its claims were
 * last about, most recent last, each once, and the genders learnt from
 * pronouns and titles ("she said" after "Barra said"; "Mrs Barra").
 */
export class PersonFocus {
  readonly #text: string;
  readonly #mentions: readonly EntityMention[];
  readonly #people: EntityMention[] = [];
  readonly #gender = new Map<string, 'he' | 'she'>();
  /** Genders a given name of one sex suggests ("Owen", "Helen"), kept apart from what pronouns and titles told. */
  readonly #nameGender = new Map<string, 'he' | 'she'>();
  /** Each person's first mention with a given name, read once when a lone surname needs it. */
  #fullNames: Map<string, EntityMention> | null = null;

  /** @param mentions the text's entity mentions, sorted by start */
  constructor(text: string, mentions: readonly EntityMention[]) {
    this.#text = text;
    this.#mentions = mentions;
  }

  /** The person the text was last about, if any. */
  get latest(): EntityMention | null {
    return this.#people.length > 0 ? this.#people[this.#people.length - 1] : null;
  }

  /** Records that the text is now about this person; a title before the mention tells the gender. */
  remember(m: EntityMention): void {
    const known = this.#people.findIndex((p) => p.entity === m.entity);
    if (known >= 0) this.#people.splice(known, 1);
    this.#people.push(m);
    if (this.#people.length > RECENT_PEOPLE) this.#people.shift();
    if (!this.#gender.has(m.entity)) {
      const title = prevToken(this.#text, m.start, Math.max(0, m.start - 8));
      const g = title && title.isWord ? TITLE_GENDER.get(title.word) : undefined;
      if (g) this.#gender.set(m.entity, g);
    }
    if (!this.#nameGender.has(m.entity)) {
      const g = nameGenderOf(m);
      if (g) this.#nameGender.set(m.entity, g);
    }
  }

  /** The person "he" or "she" before `before` stands for: the latest the text was about whose known gender does not contradict it; the person learns the pronoun's gender. */
  personFor(pronoun: 'he' | 'she', before: number): EntityMention | null {
    const m = this.#find(pronoun, before);
    if (m && !this.#gender.has(m.entity)) this.#gender.set(m.entity, pronoun);
    return m;
  }

  #find(pronoun: 'he' | 'she', before: number): EntityMention | null {
    for (let i = this.#people.length - 1; i >= 0; i--) {
      const g = this.#gender.get(this.#people[i].entity);
      if (g === pronoun) return this.#people[i];
      // "She later said" after "Cllr Helen Marsh ... was followed by Owen Pryce, who said": a given name of the other sex
      // passes the turn back only to someone earlier whose gender fits; a given name is a hint, never proof.
      if (g !== undefined) continue;
      if (this.#nameGender.get(this.#people[i].entity) !== other(pronoun)) return this.#people[i];
      if (this.#fitsEarlier(pronoun, i)) continue;
      // "Tom Reyes stood beside Mayor Linda Carvell. ..., she said": a person named nearby whose given name fits.
      return recentMention(this.#mentions, before, (x) => x.type === 'person' && (this.#gender.get(x.entity) ?? this.#hintOf(x)) === pronoun) ?? this.#people[i];
    }
    // "As Tom Reyes left Mayor Linda Carvell's signing, ... he said": the nearest person whose given name does not
    // say otherwise, else the nearest whose told gender does not.
    const fits = (x: EntityMention) => x.type === 'person' && (this.#gender.get(x.entity) ?? pronoun) === pronoun;
    return recentMention(this.#mentions, before, (x) => fits(x) && (this.#gender.has(x.entity) || this.#hintOf(x) !== other(pronoun))) ?? recentMention(this.#mentions, before, fits);
  }

  /** The gender a person's given name suggests, read from the mention or, for a lone surname, from the entity's fuller mention. */
  #hintOf(m: EntityMention): 'he' | 'she' | undefined {
    const known = this.#nameGender.get(m.entity);
    if (known !== undefined) return known;
    if (!this.#fullNames) {
      this.#fullNames = new Map();
      for (const x of this.#mentions) if (x.type === 'person' && !this.#fullNames.has(x.entity) && x.text.indexOf(' ') > 0) this.#fullNames.set(x.entity, x);
    }
    const full = m.text.indexOf(' ') > 0 ? m : this.#fullNames.get(m.entity);
    return full ? nameGenderOf(full) : undefined;
  }

  /** Whether a person the text was about before index `i` takes this pronoun, by what was told or by their given name. */
  #fitsEarlier(pronoun: 'he' | 'she', i: number): boolean {
    for (let j = i - 1; j >= 0; j--) {
      const e = this.#people[j].entity;
      if ((this.#gender.get(e) ?? this.#nameGender.get(e)) === pronoun) return true;
    }
    return false;
  }
}

/** The gender a mention's given name suggests; not "Park Eun-ji" or "Koo Min-jae", where a family name first may spell an English given name. */
function nameGenderOf(m: EntityMention): 'he' | 'she' | undefined {
  const space = m.text.indexOf(' ');
  return space > 0 && m.text.indexOf('-', space) < 0 ? givenNameGender(foldForIdentity(m.text.slice(0, space))) : undefined;
}

function other(pronoun: 'he' | 'she'): 'he' | 'she' {
  return pronoun === 'he' ? 'she' : 'he';
}
