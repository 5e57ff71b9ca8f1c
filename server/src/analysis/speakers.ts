import { commaBetween, isDigitCode, nextToken, prevToken, relativeClauseOpening, type Token } from './claimTokens';
import { bodyNamed } from './speakerBodies';
import { nameClosingRole, TITLE_ABBREVIATIONS } from './speakerTitles';
import {
  DEMONYM_NOUNS,
  DETERMINERS,
  EPITHETS,
  FILLERS,
  GROUP_DETERMINERS,
  headClassOf,
  HONORIFICS,
  INTRO_WORDS,
  isDeterminerName,
  modifiedRole,
  MONTHS,
  multiwordRole,
  OBJECT_PRONOUNS,
  ROLE_MODIFIERS,
  SPOKES_ROLES,
  type HeadClass,
} from './speakerWords';
import {
  ACRONYM_REACH,
  APPOSITIVE_REACH,
  DEFINITE,
  INTRO_REACH,
  ROLE_OBJECT_REACH,
  ROLE_PHRASE_WORDS,
  ROLE_PREPOSITIONS,
  SPEAKER_TYPES,
  type SpeakerRef,
} from './speakerSearch';
import { byAfterParticiple, familiarSourceStart, PUBLISHING } from './speakerSources';
import { PersonFocus } from './speakerFocus';
import { indexBefore, personBySurname, recentMention, RoleHolders } from './speakerRoles';
import type { EntityMention, EntityType, Span } from './types';


/** Honours a text addresses one person by ("His Excellency", "Her Majesty"). */
const ADDRESSED_HONOURS: ReadonlySet<string> = new Set(['excellency', 'highness', 'majesty']);
/** Malaysian honours that stand between a role and a name ("Datuk Seri", "Tan Sri"). */
const HONOURS = new Set(['datuk', 'dato', 'datin', 'seri', 'sri']);

/** Document nouns for numbers gathered rather than words written. */
/** Longest bracketed acronym after a body's name, brackets included: "(GA)", "(NSWNMA)". */
const ACRONYM_BRACKETS = 12;

/** Longest bracketed remark inside a role before its holder's name. */
const APPOSITIVE_BRACKET = 40;

/** Letters written after a person's name: honours, offices, generations. */
const POSTNOMINALS: ReadonlySet<string> = new Set(['kc', 'qc', 'sc', 'mp', 'mep', 'msp', 'mla', 'obe', 'mbe', 'cbe', 'jr', 'sr']);

/** Roles of people who speak for or about others: a spokesman or an analyst is not "the minister" or "the coach". */
const OUTSIDE_ROLES: ReadonlySet<string> = new Set([...SPOKES_ROLES, 'analyst', 'strategist', 'lawyer', 'attorney']);

const FIGURE_NOUNS: ReadonlySet<string> = new Set(['data', 'figures', 'estimates', 'records', 'statistics']);
const NO_OWNER = { entity: null, type: null } as const;
// "It is alleged that ...": the passive of a verb of saying after "it" reports no one's words in particular.
const IMPERSONAL_AUX: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'been', 'being']);
const IMPERSONAL_PARTICIPLES: ReadonlySet<string> = new Set(['alleged', 'reported', 'claimed', 'said', 'understood', 'believed', 'rumoured', 'rumored', 'feared', 'learnt', 'learned']);
/** Nouns of a kind of body that, with words describing it, follow the body's own name ("the KNA news agency"). */
const KIND_DESCRIBED: ReadonlySet<string> = new Set(['agency', 'broadcaster', 'newspaper', 'daily', 'network', 'channel', 'service']);
/** Words describing such a body rather than naming another one. */
const KIND_DESCRIPTIONS: ReadonlySet<string> = new Set(['news', 'state', 'public', 'private', 'national', 'official', 'wire']);

/** Owners a title may open with: "his Nepalese counterpart". */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** How many words and names a person's title may run to before the name. */
const TITLE_STEPS = 6;

/**
 * Finds and resolves speakers around cues. Keeps the discourse state that
 * pronouns and role nouns need ("he" → the person the text is about), so
 * units must be fed in text order.
 */
/** How far into its sentence a body may open it for a later "it" (a possessive owner before it). */
const OPENING_BODY_REACH = 40;

/** How long a run of title words before a speaker's name may be ("U.S. Fish & Wildlife Services District Manager"). */
const TITLE_RUN_REACH = 90;
/** Small words a title's run of capitalised words may hold ("Secretary of State", "Fish and Wildlife"). */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'for', 'the']);

/** Whether only capitalised words (with dots, "&", "of", "and") stand between `from` and `to`. */
function titleRun(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).trim().split(' ');
  if (words.length === 0 || words[0] === '') return false;
  for (const w of words) {
    if (TITLE_JOINERS.has(w)) continue;
    const c = w.charCodeAt(0);
    if (!(c >= 65 && c <= 90) || /[,;:"\u201c\u201d]/.test(w)) return false;
  }
  return true;
}

/** How long a "who" clause without commas may run before its verb. */
const RELATIVE_REACH = 120;

export class SpeakerResolver {
  readonly #text: string;
  readonly #mentions: readonly EntityMention[];
  readonly #roles: RoleHolders;
  /** Who the text is about: "he" and "she" pick among them. */
  readonly #focus: PersonFocus;
  #lastSource: { entity: string; type: EntityType | null } | null = null;
  /** Claims with a cue since the last source spoke: "the agency" may still be that source a claim later. */
  #sinceSource = 0;
  /** Whether the last claim was an unnamed person's ("a council spokeswoman said"): "she added" is theirs, no one named. */
  #unnamedSpoke = false;
  /** Who last spoke "in a statement": "the statement added" is theirs. */
  #statementOwner: { entity: string | null; type: EntityType | null } | null = null;
  /** The person who made the last claim with a cue, if a person made it. */
  #lastClaimPerson: string | null = null;

  constructor(text: string, mentions: readonly EntityMention[]) {
    this.#text = text;
    let sorted = true;
    for (let i = 1; i < mentions.length && sorted; i++) sorted = mentions[i - 1].start <= mentions[i].start;
    this.#mentions = sorted ? mentions : [...mentions].sort((a, b) => a.start - b.start);
    this.#roles = new RoleHolders(text, this.#mentions);
    this.#focus = new PersonFocus(text, this.#mentions);
  }

  /** Index of the longest mention starting at `pos`, if any. */
  #startingAt(pos: number): number | undefined {
    let i = this.#indexBefore(pos) + 1;
    let best: number | undefined;
    for (; i < this.#mentions.length && this.#mentions[i].start === pos; i++) {
      if (best === undefined || this.#mentions[i].end > this.#mentions[best].end) best = i;
    }
    return best;
  }

  #personStartsAt(pos: number): boolean {
    const i = this.#startingAt(pos);
    return i !== undefined && this.#mentions[i].type === 'person';
  }

  /** Index of the longest mention ending at `pos`, if any; mentions are short, so a few steps back suffice. */
  #endingAt(pos: number): number | undefined {
    let best: number | undefined;
    let i = this.#indexBefore(pos);
    for (let steps = 0; i >= 0 && steps < 4; i--, steps++) {
      const m = this.#mentions[i];
      if (m.end === pos && (best === undefined || m.start < this.#mentions[best].start)) best = i;
    }
    return best;
  }

  /**
   * A person named at the end of a run of capitalised title words right after `pos` ("said U.S. Fish & Wildlife
   * Services District Manager Jon Beyer."), the title naming no one the entity finder knows as a person.
   */
  personAfterTitles(pos: number, end: number): SpeakerRef | null {
    let i = this.#indexBefore(pos) + 1;
    for (; i < this.#mentions.length && this.#mentions[i].start < Math.min(end, pos + TITLE_RUN_REACH); i++) {
      const m = this.#mentions[i];
      if (m.type !== 'person') continue;
      return titleRun(this.#text, pos, m.start) ? this.#named(m) : null;
    }
    return null;
  }

  /**
   * "Masisi who toured the complex 50 kilometers from Nairobi on Wednesday lauded": the person a "who" clause without
   * commas follows, when the clause holds `pos` (the place its verb would otherwise take for a speaker).
   */
  relativeClauseOwner(pos: number, floor: number): SpeakerRef | null {
    const from = Math.max(floor, pos - RELATIVE_REACH);
    for (let i = pos - 1; i > from + 1; i--) {
      const c = this.#text.charCodeAt(i);
      if (c === 44 || c === 46 || c === 59 || c === 10 || c === 34 || c === 0x201c || c === 0x201d) return null;
      if (c !== 32 || !this.#text.startsWith('who ', i + 1)) continue;
      const mi = this.#endingAt(i);
      return mi !== undefined && this.#mentions[mi].type === 'person' ? this.#named(this.#mentions[mi]) : null;
    }
    return null;
  }

  /** Whether a person is named within `reach` code units after `pos`: only then can a sentence without a cue change who "he" is. */
  personNear(pos: number, reach: number): boolean {
    let i = this.#indexBefore(pos) + 1;
    for (; i < this.#mentions.length && this.#mentions[i].start < pos + reach; i++) {
      if (this.#mentions[i].type === 'person' || this.#honorificBefore(this.#mentions[i].start, pos)) return true;
    }
    return false;
  }

  /** Records who the text is now about, for later pronouns. */
  note(ref: SpeakerRef | null): void {
    if (!ref || !ref.entity) return;
    this.#unnamedSpoke = false;
    if (ref.type === 'person') {
      const m = recentMention(this.#mentions, ref.span.end, (x) => x.entity === ref.entity);
      if (m) this.#focus.remember(m);
    } else {
      this.#lastSource = { entity: ref.entity, type: ref.type };
      this.#sinceSource = 0;
    }
  }

  /** Records a claim of a person left unnamed ("a council spokeswoman said"), whom the next "he" or "she" may stand for. */
  noteUnnamed(ref: SpeakerRef): void {
    const first = this.#firstWord(ref.span);
    if (first === 'a' || first === 'an' || first === 'one') this.#unnamedSpoke = true;
    // "Police chief DSP Ahmad Jawila said": a name the entity finder missed is someone "he" may stand for next.
    else if (ref.kind === 'unknown') this.#unnamedSpoke = true;
  }

  /** Records a claim with a cue: its speaker, when a document is named beside the cue ("said in a statement"), owns "the statement". */
  spoke(ref: SpeakerRef | null, cueEnd: number, end: number): void {
    this.#sinceSource++;
    this.#lastClaimPerson = ref && ref.entity && ref.type === 'person' ? ref.entity : null;
    // "according to a joint statement": the statement quoted next is nobody's in particular.
    if (ref && ref.kind === 'document' && !ref.entity) this.#statementOwner = { entity: null, type: null };
    if (!ref || !ref.entity) return;
    let t = nextToken(this.#text, cueEnd, end);
    for (let k = 0; t && t.isWord && k < 6; k++, t = nextToken(this.#text, t.end, end)) {
      if (headClassOf(t.word) === 'document') {
        this.#statementOwner = { entity: ref.entity, type: ref.type };
        return;
      }
    }
    if (ref.kind === 'document') this.#statementOwner = { entity: ref.entity, type: ref.type };
  }

  /** The subject of a sentence starting at `start`, past an introductory phrase ("During the summit, Lee remarked"). */
  subjectAt(start: number, end: number): SpeakerRef | null {
    let pos = start;
    const first = nextToken(this.#text, pos, end);
    if (!first || !first.isWord) return null;
    if (first.capitalized && (INTRO_WORDS.has(first.word) || (first.word.endsWith('ing') && first.word.length > 5 && this.#startingAt(first.start) === undefined))) {
      const comma = commaBetween(this.#text, first.end, Math.min(end, start + INTRO_REACH), 1);
      // "Outgoing mayor X said", "Acting president X": with no comma to close it, an "-ing" word before a role
      // describes the role and opens no introductory phrase.
      const next = comma < 0 ? nextToken(this.#text, first.end, end) : null;
      if (comma < 0 && !(next && next.isWord && headClassOf(next.word) === 'person')) return null;
      if (comma >= 0) pos = comma + 1;
    }
    const ref = this.nounPhraseAt(pos, end, true);
    if (!ref) return null;
    const after = nextToken(this.#text, ref.span.end, end);
    if (after && !after.isWord && (after.word === "'" || after.word === '’')) return null; // Lee's remarks
    if (after && after.isWord && (after.word === 'and' || after.word === '&' || after.word === 'or')) {
      return { kind: 'group', span: ref.span, entity: null, type: null };
    }
    return ref;
  }

  /** Whether a name the entity finder found starts at `pos`. */
  namedAt(pos: number): boolean {
    return this.#startingAt(pos) !== undefined;
  }

  /** The speaker standing before a verb: "Lee said", "Erdogan on Monday said", "Wi, Lee's top aide, said". */
  before(pos: number, floor: number): SpeakerRef | null {
    let t = prevToken(this.#text, pos, floor);
    for (let skipped = 0; t && skipped < 7 && this.#isFiller(t, floor); skipped++) t = prevToken(this.#text, t.start, floor);
    if (t && t.isWord && POSTNOMINALS.has(t.word)) {
      // "Judge Ann Roe KC said": letters after a person's name are no name of their own.
      const name = prevToken(this.#text, t.start, floor);
      const mi = name && name.isWord ? this.#endingAt(name.end) : undefined;
      if (name && mi !== undefined && this.#mentions[mi].type === 'person') t = name;
    }
    if (t && t.word === ')') {
      // "the Senegalese Press Agency (APS) said": a short bracketed acronym stands beside the name.
      const open = this.#text.lastIndexOf('(', t.start);
      if (open > floor && t.start - open <= ACRONYM_REACH) {
        t = prevToken(this.#text, open, floor);
        for (let skipped = 0; t && skipped < 7 && this.#isFiller(t, floor); skipped++) t = prevToken(this.#text, t.start, floor);
      }
    }
    if (!t) return null;
    if (!t.isWord) {
      // "..., President Ann Roe, Jr. said": a name closing with an abbreviation's point.
      if (t.word === '.' && this.#endingAt(t.end) !== undefined) return this.#phraseEndingAt(t, floor);
      if (t.word !== ',') return null;
      // "Corvane, which is based in Cambridge, Massachusetts, said": the relative clause may hold commas of its own.
      const relative = relativeClauseOpening(this.#text, t.start, Math.max(floor, t.start - APPOSITIVE_REACH));
      if (relative >= 0) {
        const head = prevToken(this.#text, relative, floor);
        return head && head.isWord ? this.#phraseEndingAt(head, floor) : null;
      }
      // An appositive or relative clause between subject and verb.
      const comma = commaBetween(this.#text, t.start - 1, Math.max(floor, t.start - APPOSITIVE_REACH), -1);
      if (comma < 0) return null;
      // "a health official, Han Bora, said": a person's name set off by commas is the speaker, not the role before it.
      const set = this.#endingAt(t.start);
      const setOff = set === undefined ? null : this.#mentions[set];
      if (setOff && setOff.type === 'person' && setOff.start === comma + 2) {
        // "NERC, in a statement signed by its spokesman, Ann Roe, said": the spokesman signs, the body before speaks.
        const signer = this.#signedBy(comma, floor);
        return signer ?? this.#named(setOff);
      }
      const head = prevToken(this.#text, comma, floor);
      if (!head || !head.isWord) return null;
      if (setOff) {
        // "the agency's influenza lead, Dr. Isabel Moreau, told": a title may open the name.
        const titled = nameClosingRole(this.#text, comma + 1, t.start, (pos) => this.#startingAt(pos), this.#mentions);
        if (titled === setOff) return this.#named(setOff);
        // "The union representing workers at the plant, 3F, said": a body's name set off after a description of it.
        const opener = nextToken(this.#text, comma + 1, setOff.start);
        const bare = opener === null || (opener.word === 'the' && opener.end < setOff.start && nextToken(this.#text, opener.end, setOff.start) === null);
        const described = this.#endingAt(head.end);
        if (setOff.type === 'organization' && bare && (described === undefined || this.#mentions[described].type === 'location')) return this.#named(setOff);
      }
      const ref = this.#phraseEndingAt(head, floor);
      return ref && ref.kind !== 'unknown' ? ref : null;
    }
    if (t.word === 'who' || t.word === 'which') {
      const comma = prevToken(this.#text, t.start, floor);
      if (!comma || comma.word !== ',') return null;
      const head = prevToken(this.#text, comma.start, floor);
      return head && head.isWord ? this.#phraseEndingAt(head, floor) : null;
    }
    const ref = this.#phraseEndingAt(t, floor);
    return ref && ref.kind === 'role' && ref.entity === null ? (this.#personBeforeRole(ref.span.start, floor) ?? ref) : ref;
  }

  /**
   * "Ann Roe, chief executive of the Kelby trust said.": the role's closing comma left out, the person the sentence
   * opens with, set off before the role, speaks.
   */
  #personBeforeRole(roleStart: number, floor: number): SpeakerRef | null {
    const comma = prevToken(this.#text, roleStart, floor);
    if (!comma || comma.word !== ',') return null;
    const mi = this.#endingAt(comma.start);
    if (mi === undefined) return null;
    const m = this.#mentions[mi];
    return m.type === 'person' && this.#text.slice(floor, m.start).trim() === '' ? this.#named(m) : null;
  }

  /**
   * The noun phrase starting at `pos`: a name (titles and nationalities before it
   * skipped), a pronoun, or a role, organization, document or group noun with its
   * modifiers. With `subject`, a coordinated or possessive phrase is not a speaker.
   */
  nounPhraseAt(pos: number, end: number, subject = false, depth = 0): SpeakerRef | null {
    let t = nextToken(this.#text, pos, end);
    let npStart = -1;
    const modifiers: string[] = [];
    let named: EntityMention | null = null;
    let group = false;
    let indefinite = false;
    let nation: EntityMention | null = null;
    for (let steps = 0; t && steps < 10; steps++) {
      if (!t.isWord) {
        if (t.word === '.' && modifiers.length > 0 && TITLE_ABBREVIATIONS.has(modifiers[modifiers.length - 1])) {
          // "said Dr. Shin", "said Gen. Lee": the title's dot does not end the phrase.
          t = nextToken(this.#text, t.end, end);
          continue;
        }
        if ((t.word === "'" || t.word === '’') && (named || (modifiers.length > 0 && !group))) {
          // A possessive: "South Korea's National Security Adviser Wi Sung-lac".
          const s = nextToken(this.#text, t.end, end);
          if (s && s.word === 's') {
            t = nextToken(this.#text, s.end, end);
            continue;
          }
        }
        break;
      }
      if (npStart < 0) npStart = t.start;
      const mi = this.#startingAt(t.start);
      if (mi !== undefined) {
        const m = this.#mentions[mi];
        // "said the Spaniard": a nationality or a lone name after "the" describes the person the text is about.
        const after = nextToken(this.#text, m.end, end);
        if (!named && (!after || !after.isWord)) {
          const described = this.#described(m.start, m);
          if (described) return described;
        }
        // "Ms. Haugland": a name after an honorific is a person's, however the entity finder typed it.
        if (m.type !== 'person' && m.type !== 'nationality' && modifiers.length > 0 && HONORIFICS.has(modifiers[modifiers.length - 1])) {
          return { kind: 'name', span: { start: m.start, end: m.end }, entity: m.entity, type: 'person' };
        }
        if (m.type === 'person') {
          // "Goldman Sachs analysts wrote": the name only qualifies a group.
          const after = nextToken(this.#text, m.end, end);
          if (after && after.isWord && headClassOf(after.word) === 'group') return { kind: 'group', span: { start: npStart, end: after.end }, entity: null, type: null };
          return this.#named(m);
        }
        if (m.type !== 'nationality') named = m;
        else nation = m;
        t = nextToken(this.#text, m.end, end);
        continue;
      }
      const w = t.word;
      if (steps === 0 && (w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'we')) return this.#pronoun(t);
      // "His Excellency stressed": an honour addressed to one person stands for him as "he" would.
      if (steps === 0 && (w === 'his' || w === 'her')) {
        const honour = nextToken(this.#text, t.end, end);
        if (honour && honour.isWord && honour.capitalized && ADDRESSED_HONOURS.has(honour.word)) {
          return this.#pronoun({ start: t.start, end: honour.end, word: w === 'his' ? 'he' : 'she', isWord: true, capitalized: t.capitalized });
        }
      }
      // "According to her, ...", "according to him": an object pronoun closing the phrase is the person it stands for.
      const objectOf = steps === 0 ? OBJECT_PRONOUNS.get(w) : undefined;
      if (objectOf && !nextToken(this.#text, t.end, end)?.isWord) return this.#pronoun({ start: t.start, end: t.end, word: objectOf, isWord: true, capitalized: t.capitalized });
      if (steps === 1 && w.endsWith('-year-old') && isDigitCode(w.charCodeAt(0))) return this.#described(t.start, null, t.end);
      const head = headClassOf(w);
      if (head) {
        const next = nextToken(this.#text, t.end, end);
        // "according to industry body WindEurope": a body's description before its name.
        const ni = head === 'organization' && next && next.isWord ? this.#startingAt(next.start) : undefined;
        if (ni !== undefined && this.#mentions[ni].type === 'organization') return this.#named(this.#mentions[ni]);
        if (depth < 2 && next && (next.word === "'" || next.word === '’')) {
          // "said the study's lead author, Dr Ann Roe": the person named in the owned role speaks, not the owner.
          const s = nextToken(this.#text, next.end, end);
          const owned = s && s.word === 's' ? this.nounPhraseAt(s.end, end, false, depth + 1) : null;
          if (owned && owned.kind === 'name' && owned.type === 'person') return owned;
        }
        const titled = next && next.isWord && next.capitalized && (t.capitalized || this.#personStartsAt(next.start));
        if (next && next.isWord && (headClassOf(next.word) || titled)) {
          // A compound ("news agency") or a title before a name ("President Recep Tayyip Erdogan").
          modifiers.push(w);
          t = next;
          continue;
        }
        if (head === 'document' && depth < 2 && next && next.isWord && (next.word === 'from' || next.word === 'by' || next.word === 'of' || PUBLISHING.has(next.word))) {
          const by = PUBLISHING.has(next.word) ? byAfterParticiple(this.#text, next.end, end) : next;
          const inner = by ? this.nounPhraseAt(by.end, end, false, depth + 1) : null;
          if (inner) return inner;
        }
        if (head === 'person' && !group) {
          // "the governor of the Belgorod region, Vyacheslav Gladkov,": the name in apposition is the speaker.
          const name = this.#appositiveName(t.end, end) ?? nameClosingRole(this.#text, t.end, end, (pos) => this.#startingAt(pos), this.#mentions);
          if (name) return this.#named(name);
          // "the Croatian head of state": the role runs on past its preposition.
          const object = next && next.isWord ? nextToken(this.#text, next.end, end) : null;
          const role = object && object.isWord ? multiwordRole(w, next?.word, object.word) : undefined;
          if (role && object) return this.#headed(head, role, modifiers, { start: npStart, end: object.end }, group, indefinite, named, nation);
        }
        return this.#headed(head, w, modifiers, { start: npStart, end: t.end }, group, indefinite, named, nation);
      }
      if (named) {
        // Titles after an organization or place lead on to a person ("NATO Secretary General Mark Rutte");
        // a few lower-case words may lead on to a head noun ("South Korea's foreign ministry").
        if (t.capitalized || (modifiers.length < 2 && ROLE_MODIFIERS.has(w))) {
          if (!t.capitalized) modifiers.push(w);
          t = nextToken(this.#text, t.end, end);
          continue;
        }
        break;
      }
      if (t.capitalized && HONOURS.has(w)) {
        // "Minister Datuk Seri Ann Roe": honours between a title and the name lengthen no role.
        t = nextToken(this.#text, t.end, end);
        continue;
      }
      if (GROUP_DETERMINERS.has(w)) group = true;
      else if (DETERMINERS.has(w)) {
        if (steps > 0 && !group) break;
        indefinite = w === 'a' || w === 'an' || w === 'one';
      } else if (t.capitalized || ROLE_MODIFIERS.has(w) || modifiers.length < 3) {
        if (!t.capitalized && steps === 0 && subject) return null;
        modifiers.push(w);
      } else break;
      if (modifiers.length > 4) break;
      t = nextToken(this.#text, t.end, end);
    }
    if (named && group) return { kind: 'group', span: { start: named.start, end: named.end }, entity: null, type: null };
    if (named && SPEAKER_TYPES.has(named.type)) return this.#named(named);
    return null;
  }

  /**
   * The role a prepositional phrase ending a speaker's words belongs to: "the
   * governor of the Northern region", "a source at the Ministry of Foreign
   * Affairs", "officials in Ankara": the role or group speaks, not the place or
   * body it is attached to.
   */
  #roleBefore(pos: number, floor: number, object: EntityMention | null = null): SpeakerRef | null {
    let p = prevToken(this.#text, pos, floor);
    let body = object;
    // "The UN Human Rights Monitoring Mission in Ukraine said": a body in a place speaks, unless a role stands before it.
    let placed: EntityMention | null = null;
    for (let k = 0; p && p.isWord && k < ROLE_PHRASE_WORDS; k++) {
      if (ROLE_PREPOSITIONS.has(p.word)) {
        let role = prevToken(this.#text, p.start, floor);
        // "The Green Alliance (GA) in Kelby said": the body's acronym in brackets stands between the body and its place.
        if (role && !role.isWord && this.#text.charCodeAt(role.start) === 0x29) {
          const open = this.#text.lastIndexOf('(', role.start);
          if (open > floor && role.start - open <= ACRONYM_BRACKETS) role = prevToken(this.#text, open, floor);
        }
        const head = role && role.isWord ? headClassOf(role.word) : undefined;
        if (!role || !(head === 'person' || head === 'group')) {
          // "analysts at DBS Bank in Singapore said": a body with a place of its own; the role stands before both.
          // "Jonas Weber of the Max Planck Institute in Heidelberg said": the person before them.
          const inner = role && role.isWord ? this.#endingAt(role.end) : undefined;
          if (inner === undefined) return null;
          if (this.#mentions[inner].type === 'person') return this.#named(this.#mentions[inner]);
          if (p.word === 'in' && body?.type === 'location' && this.#mentions[inner].type === 'organization') placed = this.#mentions[inner];
          body = this.#mentions[inner];
          p = prevToken(this.#text, body.start, floor);
          continue;
        }
        // "a spokesman for Nordvale said": an unnamed spokesperson speaks for the body.
        if (p.word === 'for' && SPOKES_ROLES.has(role.word) && body && (body.type === 'organization' || body.type === 'facility')) {
          const named = this.#roles.find(role.word, [], role.start, null);
          if (!named || !this.#definiteBefore(role.start, floor)) return { kind: 'source', span: { start: role.start, end: body.end }, entity: body.entity, type: body.type };
        }
        // "said the Croatian head of state": the preposition belongs to the role itself.
        const object = nextToken(this.#text, p.end, p.end + ROLE_OBJECT_REACH);
        return this.#phraseEndingAt(role, floor, 1, object && object.isWord ? multiwordRole(role.word, p.word, object.word) : undefined);
      }
      const mi = this.#endingAt(p.end);
      if (mi !== undefined) body = this.#mentions[mi];
      p = prevToken(this.#text, mi === undefined ? p.start : this.#mentions[mi].start, floor);
    }
    return placed ? this.#named(placed) : null;
  }

  /**
   * The subject before "in a statement signed by its spokesman," whose comma is at `comma`: the
   * phrase before the comma that opens the aside; null when the aside names no spokesperson as its signer.
   */
  #signedBy(comma: number, floor: number): SpeakerRef | null {
    const role = prevToken(this.#text, comma, floor);
    if (!role || !role.isWord || !SPOKES_ROLES.has(role.word)) return null;
    let t = prevToken(this.#text, role.start, floor);
    let by = false;
    for (let k = 0; t && t.isWord && k < 4 && !by; k++) {
      by = t.word === 'by' || t.word === 'through' || t.word === 'via';
      t = prevToken(this.#text, t.start, floor);
    }
    if (!by) return null;
    const open = commaBetween(this.#text, role.start - 1, Math.max(floor, role.start - APPOSITIVE_REACH), -1);
    const head = open < 0 ? null : prevToken(this.#text, open, floor);
    if (!head || !head.isWord) return null;
    const ref = this.#phraseEndingAt(head, floor);
    return ref && ref.kind !== 'unknown' && ref.entity ? ref : null;
  }

  /**
   * The token before a person's title ("Spanish Prime Minister", "EU foreign policy chief") that ends at `t`;
   * `t` itself where no title with a role noun ends there.
   */
  #pastTitle(t: Token | null, floor: number): Token | null {
    let p = t;
    let role = false;
    for (let k = 0; p && k < TITLE_STEPS; k++) {
      if (!p.isWord) {
        // "and Dr. Tomas Grell": an abbreviated title's dot.
        const title = p.word === '.' ? prevToken(this.#text, p.start, floor) : null;
        if (!title || !title.isWord || !title.capitalized || !TITLE_ABBREVIATIONS.has(title.word)) break;
        role = true;
        p = prevToken(this.#text, title.start, floor);
        continue;
      }
      const mi = this.#endingAt(p.end);
      if (mi !== undefined && this.#mentions[mi].type !== 'person') {
        p = prevToken(this.#text, this.#mentions[mi].start, floor);
        continue;
      }
      if (mi !== undefined || !(p.capitalized || ROLE_MODIFIERS.has(p.word) || headClassOf(p.word) === 'person' || p.word === 'counterpart')) break;
      role ||= headClassOf(p.word) === 'person' || p.word === 'counterpart';
      p = prevToken(this.#text, p.start, floor);
    }
    // "Ann Roe and her Veldish counterpart Tomas Grell": the counterpart of the person before, whoever names them.
    const owned = role && p !== null && p.isWord && POSSESSIVES.has(p.word);
    if (owned && p) p = prevToken(this.#text, p.start, floor);
    if (!role || !p || !(p.word === 'and' || p.word === '&')) return t;
    if (owned) return p;
    // "Treasury and Finance Minister Mehmet Simsek": an "and" inside the title joins no one; a name must stand before it.
    const other = prevToken(this.#text, p.start, floor);
    const mi = other && other.isWord ? this.#endingAt(other.end) : undefined;
    return mi !== undefined && (this.#mentions[mi].type === 'person' || this.#mentions[mi].type === 'organization') ? p : t;
  }

  /** Whether "Mr", "Ms." or another honorific stands right before `pos`. */
  #honorificBefore(pos: number, floor: number): boolean {
    const t = prevToken(this.#text, pos, floor);
    const title = t && t.word === '.' ? prevToken(this.#text, t.start, floor) : t;
    return title !== null && title.isWord && title.capitalized && HONORIFICS.has(title.word);
  }

  #definiteBefore(pos: number, floor: number): boolean {
    const d = prevToken(this.#text, pos, floor);
    return d !== null && d.isWord && DEFINITE.has(d.word);
  }

  /**
   * "the Spaniard said", "said the Portuguese", "the 23-year-old said": a lone nationality or name,
   * or an age, after "the" stands for the person the text is about; null when the words are anything else.
   */
  #described(start: number, m: EntityMention | null, end = m ? m.end : start): SpeakerRef | null {
    if (m && !(m.type === 'nationality' || DEMONYM_NOUNS.has(m.text) || (m.type === 'person' && m.text.indexOf(' ') < 0))) return null;
    const the = prevToken(this.#text, start, Math.max(0, start - 8));
    if (!the || the.word !== 'the') return null;
    const person = this.#focus.latest;
    return { kind: 'role', span: { start: the.start, end }, entity: person ? person.entity : null, type: person ? 'person' : null };
  }

  #phraseEndingAt(t: Token, floor: number, depth = 0, asRole?: string, roleEnd?: number): SpeakerRef | null {
    const mi = this.#endingAt(t.end);
    if (mi !== undefined) {
      const m = this.#mentions[mi];
      const described = depth === 0 ? this.#described(m.start, m) : null;
      if (described) return described;
      if (!SPEAKER_TYPES.has(m.type)) return null;
      if (m.type !== 'person' && this.#honorificBefore(m.start, floor)) {
        return { kind: 'name', span: { start: m.start, end: m.end }, entity: m.entity, type: 'person' };
      }
      if (depth === 0 && m.type !== 'person') {
        const role = this.#roleBefore(m.start, floor, m);
        if (role) return role;
        // "Puri said" after "Hardeep Singh Puri": a one-word place or body named like the person who spoke is that person.
        const person = m.start === t.start ? personBySurname(this.#mentions, t) : null;
        if (person) return { kind: 'name', span: { start: m.start, end: m.end }, entity: person.entity, type: person.type };
      }
      // "Kuwait and the United Arab Emirates affirmed": two speakers, no one in particular.
      let before = prevToken(this.#text, m.start, floor);
      if (before && before.word === 'the') before = prevToken(this.#text, before.start, floor);
      // "Lula and Spanish Prime Minister Pedro Sanchez urged": the second person's title stands between.
      if (m.type === 'person') before = this.#pastTitle(before, floor);
      if (before && before.isWord && (before.word === 'and' || before.word === '&')) return { kind: 'group', span: { start: m.start, end: m.end }, entity: null, type: null };
      // "The two Foreign Ministers said": a count before a name taken for a body's makes it the people counted.
      if (m.type !== 'person' && before && before.isWord && GROUP_DETERMINERS.has(before.word)) return { kind: 'group', span: { start: m.start, end: m.end }, entity: null, type: null };
      return this.#named(m);
    }
    const w = t.word;
    if (w === 'it') {
      // "Orvane Tools rose 3% after it said": "it" later in a sentence a body opens is that body.
      const body = this.#openingBody(floor, t.start);
      if (body) return { kind: 'pronoun', span: { start: t.start, end: t.end }, entity: body.entity, type: body.type };
    }
    if (w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'we' || w === 'i') return this.#pronoun(t);
    if (ADDRESSED_HONOURS.has(w) && t.capitalized) {
      const his = prevToken(this.#text, t.start, floor);
      if (his && (his.word === 'his' || his.word === 'her')) return this.#pronoun({ start: his.start, end: t.end, word: his.word === 'his' ? 'he' : 'she', isWord: true, capitalized: his.capitalized });
    }
    if (depth === 0 && w.endsWith('-year-old') && isDigitCode(w.charCodeAt(0))) return this.#described(t.start, null, t.end);
    const head = headClassOf(w);
    if (head && asRole === undefined) {
      // "the head of government said": the noun after "head of" is part of the role, not its own body.
      const of = prevToken(this.#text, t.start, floor);
      const role = of && of.word === 'of' ? prevToken(this.#text, of.start, floor) : null;
      const phrase = role && role.isWord ? multiwordRole(role.word, 'of', w) : undefined;
      if (role && phrase) return this.#phraseEndingAt(role, floor, depth, phrase, t.end);
    }
    if (head) {
      const modifiers: string[] = [];
      let start = t.start;
      let group = false;
      let indefinite = false;
      let named: EntityMention | null = null;
      let nation: EntityMention | null = null;
      let p = prevToken(this.#text, t.start, floor);
      for (let k = 0; p && k < 5; k++) {
        if (!p.isWord) break;
        if (p.word === 's') {
          // "South Korea's military": a place or organization owns an organization noun;
          // "the ministry's spokesman": the owner is not part of a person's role.
          const apostrophe = head === 'organization' || head === 'document' ? prevToken(this.#text, p.start, floor) : null;
          const ownerEnd = apostrophe && (apostrophe.word === "'" || apostrophe.word === '’') ? prevToken(this.#text, apostrophe.start, floor) : null;
          const oi = ownerEnd && ownerEnd.isWord ? this.#endingAt(ownerEnd.end) : undefined;
          if (oi !== undefined && !named) {
            named = this.#mentions[oi];
            start = named.start;
          } else if (ownerEnd && ownerEnd.isWord && !named && depth === 0 && headClassOf(ownerEnd.word) === 'organization') {
            // "the ministry's statement": the statement speaks for whichever ministry "the ministry" is.
            const owner = this.#phraseEndingAt(ownerEnd, floor, 1);
            if (owner && owner.entity) return { kind: head === 'document' ? 'document' : 'source', span: { start: owner.span.start, end: t.end }, entity: owner.entity, type: owner.type };
          }
          break;
        }
        const pm = this.#endingAt(p.end);
        if (pm !== undefined) {
          const owner = this.#mentions[pm];
          if (isDeterminerName(owner)) return { kind: 'group', span: { start: owner.start, end: t.end }, entity: null, type: null };
          // "The Turkish president": a nationality narrows the role; a place or organization owns it.
          if (owner.type === 'nationality') {
            modifiers.unshift(...owner.text.toLowerCase().split(/\s+/, 4));
            nation = owner;
          } else named = owner;
          start = owner.start;
          p = prevToken(this.#text, owner.start, floor);
          continue;
        }
        if (GROUP_DETERMINERS.has(p.word)) {
          group = true;
          start = p.start;
        } else if (DETERMINERS.has(p.word)) {
          start = p.start;
          indefinite = p.word === 'a' || p.word === 'an' || p.word === 'one';
          break;
        } else if (p.capitalized || ROLE_MODIFIERS.has(p.word) || EPITHETS.has(p.word) || headClassOf(p.word)) {
          modifiers.unshift(p.word);
          start = p.start;
        } else break;
        p = prevToken(this.#text, p.start, floor);
      }
      return this.#headed(head, asRole ?? w, modifiers, { start, end: roleEnd ?? t.end }, group, indefinite, named, nation);
    }
    if (depth === 0) {
      // "people familiar with the matter said": a source kept unnamed is no one in particular.
      const familiar = familiarSourceStart(this.#text, t, floor);
      if (familiar >= 0) return { kind: 'group', span: { start: familiar, end: t.end }, entity: null, type: null };
      const role = this.#roleBefore(t.start, floor);
      if (role) return role;
    }
    if (t.capitalized && !INTRO_WORDS.has(w) && !DETERMINERS.has(w)) {
      // A surname the entity finder did not mark here ("Köhler said") is the person named with it before.
      const m = personBySurname(this.#mentions, t);
      if (m) return { kind: 'name', span: { start: t.start, end: t.end }, entity: m.entity, type: m.type };
      return { kind: 'unknown', span: { start: t.start, end: t.end }, entity: null, type: null };
    }
    return null;
  }

  #named(m: EntityMention): SpeakerRef {
    // "Analysts said" opening a sentence: a capitalised group noun taken for a name is still a group.
    if (m.type !== 'person' && m.text.indexOf(' ') < 0 && (headClassOf(m.text.toLowerCase()) === 'group' || isDeterminerName(m))) {
      return { kind: 'group', span: { start: m.start, end: m.end }, entity: null, type: null };
    }
    return { kind: 'name', span: { start: m.start, end: m.end }, entity: m.entity, type: m.type };
  }

  /**
   * The body that opens the sentence from `floor` ("Orvane Tools", "Carl Icahn's Icahn Enterprises") when no other body
   * stands between it and `pos`, or null.
   */
  #openingBody(floor: number, pos: number): EntityMention | null {
    let body: EntityMention | null = null;
    for (let i = this.#indexBefore(floor) + 1, steps = 0; i < this.#mentions.length && this.#mentions[i].start < pos && steps < 12; i++, steps++) {
      const m = this.#mentions[i];
      if (m.start < floor) continue;
      if (body) {
        if (m.type !== 'person' && m.type !== 'nationality') return null;
        continue;
      }
      if (m.type === 'organization' && m.start - floor <= OPENING_BODY_REACH && this.#opensSentence(floor, m.start)) body = m;
      else if (!(m.type === 'person' && (this.#text.startsWith('\u2019s ', m.end) || this.#text.startsWith("'s ", m.end)))) return null;
    }
    return body;
  }

  /** Only "the" or a person's possessive stands between `floor` and `pos`. */
  #opensSentence(floor: number, pos: number): boolean {
    const words = this.#text.slice(floor, pos).trim();
    if (words === '' || words === 'The' || words === 'the') return true;
    const m = this.#endingAt(pos - 3);
    return m !== undefined && this.#mentions[m].type === 'person' && this.#mentions[m].start - floor <= 2;
  }

  #pronoun(t: Token): SpeakerRef {
    const span = { start: t.start, end: t.end };
    if (t.word === 'he' || t.word === 'she') {
      if (this.#unnamedSpoke) return { kind: 'pronoun', span, entity: null, type: null };
      const m = this.#focus.personFor(t.word, t.start);
      return { kind: 'pronoun', span, entity: m ? m.entity : null, type: m ? 'person' : null };
    }
    if (t.word === 'it') {
      // "It is alleged that", "It was reported that": an impersonal passive names no one.
      if (this.#impersonalPassive(t.end)) return { kind: 'role', span, entity: null, type: null };
      if (this.#lastSource) return { kind: 'pronoun', span, entity: this.#lastSource.entity, type: this.#lastSource.type };
      const m = recentMention(this.#mentions, t.start, (x) => x.type === 'organization');
      return { kind: 'pronoun', span, entity: m ? m.entity : null, type: m ? m.type : null };
    }
    return { kind: 'group', span, entity: null, type: null };
  }

  /** Whether "is alleged that", "was reported that", "has been claimed that" follows a pronoun ending at `pos`. */
  #impersonalPassive(pos: number): boolean {
    const end = Math.min(this.#text.length, pos + 60);
    let t = nextToken(this.#text, pos, end);
    let k = 0;
    while (t && t.isWord && k < 2 && IMPERSONAL_AUX.has(t.word)) {
      t = nextToken(this.#text, t.end, end);
      k++;
    }
    if (k === 0 || !t || !t.isWord || !IMPERSONAL_PARTICIPLES.has(t.word)) return false;
    const next = nextToken(this.#text, t.end, end);
    return next !== null && next.isWord && next.word === 'that';
  }

  #headed(
    head: HeadClass,
    word: string,
    mods: readonly string[],
    span: Span,
    group: boolean,
    indefinite: boolean,
    owner: EntityMention | null,
    nation: EntityMention | null = null,
  ): SpeakerRef {
    if (group || head === 'group') return { kind: 'group', span, entity: null, type: null };
    if (head === 'person') {
      // "a State Department spokesperson said": a body's unnamed spokesperson speaks for the body.
      const body = owner && (owner.type === 'organization' || owner.type === 'facility') && SPOKES_ROLES.has(word) ? owner : null;
      if (indefinite) return body ? { kind: 'source', span, entity: body.entity, type: body.type } : { kind: 'role', span, entity: null, type: null };
      // "the top diplomat": a modifier that makes another office with the noun is part of the role.
      const nationWords = nation ? nation.text.toLowerCase().split(/\s+/, 4) : [];
      const roleMods = mods.filter((w) => !nationWords.includes(w));
      const last = roleMods.length > 0 ? roleMods[roleMods.length - 1] : undefined;
      const compound = last !== undefined ? modifiedRole(last, word) : undefined;
      const about = this.#focus.latest?.entity ?? null;
      const m = compound ? this.#roles.find(compound, roleMods.slice(0, -1), span.start, nation, about) : this.#roles.find(word, roleMods, span.start, nation, about);
      if (!m && body) return { kind: 'source', span, entity: body.entity, type: body.type };
      // "the former Udinese coach said": an epithet no one holds now is for the person the text is about.
      const epithet = !m && !indefinite && roleMods.some((w) => EPITHETS.has(w)) ? this.#focus.latest : null;
      if (epithet) return { kind: 'role', span, entity: epithet.entity, type: 'person' };
      // "Ann Roe said ... The labour leader said": a role no one named is given stands for the person who spoke
      // the claim just before, the writer's way of not repeating the name.
      const speaker = !m && !indefinite && !owner && !nation && this.#theOpens(span) ? this.#focus.latest : null;
      if (speaker && speaker.entity === this.#lastClaimPerson && !SPOKES_ROLES.has(word) && !this.#roles.titleWordsOf(speaker.entity, span.start).some((w) => OUTSIDE_ROLES.has(w))) {
        return { kind: 'role', span, entity: speaker.entity, type: 'person' };
      }
      return { kind: 'role', span, entity: m ? m.entity : null, type: m ? 'person' : null };
    }
    if (head === 'document') {
      if (owner && owner.type !== 'nationality') return { kind: 'document', span, entity: owner.entity, type: owner.type };
      // "the statement" is the last source's; "a report" or "data" is nobody's in particular.
      // "the data showed" after a minister's "post" is not the post: figures are no one's words but their source's.
      const said = this.#statementOwner && this.#statementOwner.entity && FIGURE_NOUNS.has(word) ? NO_OWNER : this.#statementOwner;
      const src = DEFINITE.has(this.#firstWord(span)) ? (said ?? this.#lastSource) : null;
      return { kind: 'document', span, entity: src ? src.entity : null, type: src ? src.type : null };
    }
    // "South Korea's military", "Lee's office": with no qualifying words, the owner speaks through it.
    // "a Varna hospital said": an indefinite body in a place is not the place.
    if (owner && owner.type !== 'nationality' && mods.length === 0 && !(indefinite && owner.type === 'location')) {
      return { kind: 'source', span, entity: owner.entity, type: owner.type };
    }
    // "the KNA news agency", "the Velta state broadcaster": a body's name before words that say what kind it is.
    if (owner && owner.type === 'organization' && KIND_DESCRIBED.has(word) && mods.length > 0 && mods.every((w) => KIND_DESCRIPTIONS.has(w))) {
      return { kind: 'source', span, entity: owner.entity, type: owner.type };
    }
    return bodyNamed(this.#text, this.#mentions, word, mods, span, indefinite, owner, DEFINITE.has(this.#firstWord(span)) ? this.#lastSource : null, this.#sinceSource);
  }

  /** Words between a speaker and the verb: adverbs, auxiliaries, dates ("on Jan. 15 said"). */
  #isFiller(t: Token, floor: number): boolean {
    if (t.isWord) return FILLERS.has(t.word) || MONTHS.has(t.word) || (isDigitCode(t.word.charCodeAt(0)) && !t.word.endsWith('-year-old'));
    if (t.word !== '.') return false;
    const before = prevToken(this.#text, t.start, floor);
    return before !== null && before.isWord && MONTHS.has(before.word);
  }

  /** A person named in apposition after a role: a few words ("of the region"), a comma, then the name. */
  #appositiveName(pos: number, end: number): EntityMention | null {
    let t = nextToken(this.#text, pos, end);
    for (let k = 0; t && k < 8; k++) {
      // "the State Minister for Finance (General Duties), Ms Ann Roe,": a bracketed remark inside the role.
      const close = t.word === '(' ? this.#text.indexOf(')', t.end) : -1;
      if (close >= 0 && close - t.end < APPOSITIVE_BRACKET) t = nextToken(this.#text, close + 1, end);
      else if (t.isWord) t = nextToken(this.#text, t.end, end);
      else break;
    }
    if (!t || t.word !== ',') return null;
    let n = nextToken(this.#text, t.end, end);
    // "the UNICEF Chief of Health in Nigeria, Dr Samuel Mensah,": a title may open the name,
    // spelt out too ("the study's co-author, Professor Ann Roe").
    if (n && n.isWord && (TITLE_ABBREVIATIONS.has(n.word) || (n.capitalized && headClassOf(n.word) === 'person'))) {
      n = nextToken(this.#text, n.end, end);
      if (n && n.word === '.') n = nextToken(this.#text, n.end, end);
    }
    const mi = n && n.isWord ? this.#startingAt(n.start) : undefined;
    return mi !== undefined && this.#mentions[mi].type === 'person' ? this.#mentions[mi] : null;
  }

  /** Whether "the" opens a role phrase, or stands one plain word before it ("the labour leader"). */
  #theOpens(span: Span): boolean {
    if (this.#firstWord(span) === 'the') return true;
    const w = prevToken(this.#text, span.start, Math.max(0, span.start - 40));
    const the = w && w.isWord && !w.capitalized ? prevToken(this.#text, w.start, Math.max(0, w.start - 8)) : null;
    return the !== null && the.isWord && (the.word === 'the');
  }

  #firstWord(span: Span): string {
    const t = nextToken(this.#text, span.start, span.end);
    return t && t.isWord ? t.word : '';
  }

  /** Index of the last mention starting before `pos`, or -1. */
  #indexBefore(pos: number): number {
    return indexBefore(this.#mentions, pos);
  }
}
