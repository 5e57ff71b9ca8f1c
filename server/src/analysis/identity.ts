import { gazetteer } from './gazetteer';
import { type DatelinePlace, qualifyGenericBodies } from './genericBodies';
import { isGivenName } from './givenNames';
import { withoutSpelledLegalForm } from './companyNames';
import { COMPASS_ADJECTIVES, COMPASS_WORDS, Lex, NON_ENTITY_ACRONYMS, STOPWORDS } from './lexicon';
import { foldForIdentity, repairMojibake, slugOf, foldSlavicEnding, withoutFathersNames } from './normalize';
import { Gap, type Token, type Tokens } from './tokens';
import type { EntityMention, EntityType } from './types';
import { detached } from './detachedString';
import { bodiesByRepetition } from './repeatedBodies';
import { bodyOpenings } from './bodyOpenings';
import { joinMiddleNames } from './middleNames';

/**
 * A mention before identity is settled.
 * - `strong`: known name, title + name, headed phrase: kept.
 * - `guess`: shape says name; kept, but a known person's short form overrides the type.
 * - `acronym`: capitals; joins its definition "Kuwait News Agency (KUNA)" if the text gives one.
 * - `default`: a lone capitalized word typed by default; another mention of the word with evidence decides its type.
 * - `weak`: no evidence (sentence-initial, title-case heading): kept only if it is a name the article gives elsewhere.
 */
export interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  type: EntityType;
  status: 'strong' | 'guess' | 'default' | 'acronym' | 'weak';
  id?: string | undefined;
  canonical?: string | undefined;
}

/**
 * A candidate with another type or end, built in emit's field order. Candidates are replaced, not
 * changed: the first change of a field on any candidate made V8 drop the optimised code of every
 * function reading candidates (the field stops being constant) and compile it all again.
 */
export function candidateWith(c: Candidate, type: EntityType, end: number): Candidate {
  return { first: c.first, last: c.last, start: c.start, end, type, status: c.status, id: c.id, canonical: c.canonical };
}

export interface Named {
  id: string;
  type: EntityType;
  canonical: string;
}

/** The id prefix under which a type's entities live; nationalities live with their place. */
export function idPrefixOf(type: EntityType): string {
  return type === 'nationality' ? 'location' : type;
}

/** The id a name gets when nothing else is known about it: `type:slug`. */
export function plainIdOf(type: EntityType, name: string): string {
  return `${idPrefixOf(type)}:${type === 'person' ? personSlugOf(name) : slugOf(name)}`;
}

/** A person's slug: an Arab name without its fathers' names, a Slavic ending folded. */
function personSlugOf(name: string): string {
  return foldSlavicEnding(slugOf(withoutFathersNames(foldForIdentity(name))));
}

/** Last words of a road's name: "Ashford Road", "Tarn Lane", "Logan Motorway". */
const ROAD_HEADS = new Set(['road', 'street', 'st', 'avenue', 'boulevard', 'drive', 'bypass', 'lane', 'highway', 'motorway', 'freeway', 'parkway']);

/** Head nouns of bodies named after the place they serve. */
const LOCAL_BODY_HEADS = new Set(['council', 'police', 'borough', 'county', 'constabulary', 'court', 'division', 'command', 'precinct']);


// "The Washington Post" and "the Presidential Office" are named without the article.
const LEADING_THE = /^the\s+/i;
// A company's legal form after its name, short or spelt out ("CJ Logistics Corporation" is "CJ Logistics");
// anchored at the end, one optional comma and spaces before it.
const LEGAL_SUFFIX = /(?<=\S),? (?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|gmbh|ag|sa|asa|ab|nv|bv|spa|oyj)\.?$/i;

/**
 * Settles types and ids within one article: a short form joins the full
 * name the article gives ("Lee" → "Lee Jae Myung"), an acronym joins the
 * name it abbreviates, guesses without evidence are dropped.
 */
export function resolveMentions(text: string, tk: Tokens, candidates: readonly Candidate[], dateline: DatelinePlace = null): EntityMention[] {
  const t = tk.tokens;
  const byShortForm = new Map<string, Named | null>();
  const byFullName = new Map<string, Named>();
  const note = (key: string, named: Named) => {
    if (!key || STOPWORDS.has(key)) return;
    const old = byShortForm.get(key);
    if (old === undefined) byShortForm.set(key, named);
    else if (old && old.id !== named.id) byShortForm.set(key, null);
  };
  // A loop, not map(): map() gives a packed or a holey array by circumstance, and the code reading it was compiled for both.
  const base: (Named | null)[] = [];
  for (const c of candidates) base.push(withId(text, c));
  // A candidate's whole text is looked up folded by several rules below: folded once, when first asked.
  const folds: (string | undefined)[] = new Array<string | undefined>(candidates.length).fill(undefined);
  const foldedAt = (k: number): string => {
    let f = folds[k];
    if (f === undefined) {
      const c = candidates[k] as Candidate;
      f = foldForIdentity(text.slice(c.start, c.end));
      folds[k] = f;
    }
    return f;
  };
  joinMiddleNames(t, candidates, base);
  // One-word names found with evidence somewhere ("welcomed Hyundai's"), for the same word without it ("Hyundai said").
  const byWord = new Map<string, { named: Named; fallback: boolean }>();
  // One-word names the gazetteer or a dateline gives, for the same word guessed from weaker context ("at Cannes").
  const strongWord = new Map<string, Named>();
  let companies: Map<string, Named> | undefined;
  let companyOpenings: Set<string> | undefined;
  // First words of the companies the article names with their legal form ("Brightleaf" of "Brightleaf Nutrition Inc."):
  // a guessed person opening with one ("Brightleaf Gentle Start") lends that word no person.
  let legalFirstWords: Set<string> | undefined;
  const personOpenings = new Map<string, Named | null>();
  // Full names a title or a list made a person's: "Governor Ann Roe" before "a governor in Ann Roe".
  let personFullNames: Map<string, Named> | undefined;
  for (const c of candidates) {
    if (c.type === 'organization' && c.last > c.first && c.status !== 'weak' && legalFormEnds(text, t, c)) (legalFirstWords ??= new Set()).add((t[c.first] as Token).fold);
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (!named || c.status === 'weak' || c.status === 'acronym') continue;
    if (c.last === c.first) {
      const w = (t[c.first] as Token).fold;
      const old = byWord.get(w);
      if (!old || (old.fallback && c.status !== 'default')) byWord.set(w, { named, fallback: c.status === 'default' });
      if (c.status === 'strong' && !strongWord.has(w)) strongWord.set(w, named);
    }
    if (c.last > c.first) byFullName.set(foldedAt(k), named);
    if (c.last > c.first && c.type === 'person' && c.status === 'strong') (personFullNames ??= new Map()).set(foldedAt(k), named);
    // "HD Hyundai" for the group that opens "HD Hyundai Heavy Industries".
    if (c.type === 'organization' && c.last >= c.first + 2 && (t[c.first] as Token).upper) {
      for (let k = c.first + 1; k < c.last; k++) (companyOpenings ??= new Set()).add(foldForIdentity(text.slice(c.start, (t[k] as Token).end)));
    }
    // "Helios Bioscience, Inc." also names "Helios Bioscience".
    if (c.type === 'organization' && c.last > c.first + 1) {
      const full = text.slice(c.start, c.end);
      // "Adria Lines S.p.A." also names "Adria Lines".
      const bare = ((t[c.last] as Token).flags & Lex.CorporateSuffix) !== 0 ? full.replace(LEGAL_SUFFIX, '') : withoutSpelledLegalForm(full);
      if (bare.length < c.end - c.start) (companies ??= new Map()).set(foldForIdentity(bare), named);
    }
    // "Mohd Faizal" for "Mohd Faizal Rahman": the leading words of a longer name; shared by two people, of neither.
    if (c.type === 'person' && c.last >= c.first + 2) {
      for (let j = c.first + 1; j < c.last; j++) {
        if ((t[j + 1] as Token).gap !== Gap.Space) continue;
        claimOnce(personOpenings, foldForIdentity(text.slice(c.start, (t[j] as Token).end)), named);
      }
    }
    if (c.type === 'person' && c.last > c.first && !particleSurname(tk, c)) {
      if (!(c.status !== 'strong' && legalFirstWords?.has((t[c.first] as Token).fold))) note((t[c.first] as Token).fold, named);
      // "Kim Jong-un": the lowercase half of a hyphenated name is no short form ("UN" is not him).
      if (!(t[c.last] as Token).lower) note((t[c.last] as Token).fold, named);
      // "Lula" for "Luiz Inácio Lula da Silva": inner words of a long name are short forms too.
      for (let k = c.first + 1; c.last - c.first >= 2 && k < c.last; k++) if ((t[k] as Token).cap) note((t[k] as Token).fold, named);
    }
  }
  // "Garcia Lozano" for "Maria Fernanda Garcia Lozano": the last two or more words of a longer name are its
  // short form (double surnames, and names whose family part is written after two given names).
  const byTail = new Map<string, Named | null>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (!named || c.status === 'weak' || c.type !== 'person' || c.last - c.first < 2) continue;
    for (let f = c.first + 1; f < c.last; f++) {
      claimOnce(byTail, foldForIdentity(text.slice((t[f] as Token).start, c.end)), named);
    }
  }
  // "Von Arnim" alone gives its surname only where no fuller name has.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (named && c.status !== 'weak' && c.type === 'person' && particleSurname(tk, c) && !byShortForm.has((t[c.last] as Token).fold)) note((t[c.last] as Token).fold, named);
  }
  // "Aston Villa ... Villa Park ... Villa lost": a club's last word opening a facility's name is the club's short form.
  const clubEnds = new Map<string, Named>();
  let localBodies: Map<string, Named> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (named && c.type === 'organization' && c.last === c.first + 1 && (t[c.last] as Token).flags === 0) clubEnds.set((t[c.last] as Token).fold, named);
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    const firstWord = (t[c.first] as Token).fold;
    const club = c.type === 'facility' ? clubEnds.get(firstWord) : undefined;
    if (club && !byShortForm.has(firstWord)) note(firstWord, club);
    // A company named by context ("analysts at Goldman Sachs") gives its first word too ("shares of Goldman").
    const evident = c.status === 'strong' || (c.status === 'guess' && c.type === 'organization');
    if (!named || c.type === 'person' || c.last === c.first || !evident || !named.id.startsWith(idPrefixOf(c.type))) continue;
    // "Anadolu" for "Anadolu Agency", "Altay" for "Altay Main Battle Tank"; not "Defense" for "Defense Ministry".
    const firstToken = t[c.first] as Token;
    // "NVIDIA Corp." names the company "Nvidia" however the first word is cased.
    const suffixed = c.last === c.first + 1 && ((t[c.last] as Token).flags & Lex.CorporateSuffix) !== 0 && firstToken.text.length > 3;
    const plainWord = firstToken.flags === 0 && (!firstToken.upper || suffixed) && !tk.lowercaseWords.has(firstWord) && !gazetteer().get(firstWord);
    // "Wandsworth Council", "Kent Police": a local body is named after its place, which the bare word stays.
    // "Dorvale Magistrates Court", "Oke Odo Division": nor is a court's or a police division's.
    // "Ashford Road": nor is a road's, whose first word is the town it leads to.
    // "Pelloway Police Department": so is a body whose name holds a local body's noun before its head.
    const localBody = (c.type === 'organization' && localBodyName(t, c)) || (c.type === 'facility' && ROAD_HEADS.has((t[c.last] as Token).fold));
    // "Pelloway police said" for "Pelloway Police Department": the place and the body's noun in lowercase are the body.
    if (c.type === 'organization' && localBody && (t[c.first + 1] as Token).gap === Gap.Space && LOCAL_BODY_HEADS.has((t[c.first + 1] as Token).fold)) (localBodies ??= new Map()).set(`${firstWord} ${(t[c.first + 1] as Token).fold}`, named);
    // "Trinidad and Tobago Police Service", "Marks and Spencer": a name opening with "X and" has no short form "X".
    const paired = (t[c.first + 1] as Token | undefined)?.fold === 'and';
    // "Velora" for "Velora Nova 12 Pro": a model's first word is its maker or series, not the model.
    const numberedModel = c.type === 'product' && spacedNumberInside(t, c.first, c.last);
    if (plainWord && !localBody && !paired && !numberedModel && (c.type === 'organization' || c.type === 'product' || c.type === 'event' || c.type === 'facility')) {
      if (!byShortForm.has(firstWord)) note(firstWord, named);
    }
    // "Edison" for "Southern Varnia Edison": a company named by its region goes by the word after the region.
    if (c.type === 'organization' && placeThenWord(tk, c)) {
      const lastWord = (t[c.last] as Token).fold;
      if (!byShortForm.has(lastWord)) note(lastWord, named);
    }
    // "Webb" for "James Webb Space Telescope": a thing named after a person goes by the surname.
    const second = t[c.first + 1] as Token;
    if ((c.type === 'product' || c.type === 'facility') && c.last > c.first + 1 && isGivenName(firstWord) && second.gap === Gap.Space && second.cap && second.flags === 0 && !byShortForm.has(second.fold)) note(second.fold, named);
  }
  const acronyms = acronymDefinitions(text, t, candidates, base);
  const titleAcronyms = titleCaseAcronyms(text, t, candidates, base);
  const initialisms = namesByInitials(t, candidates, base);
  const repeatedBodies = bodiesByRepetition(text, t, candidates);
  const openings = bodyOpenings(text, t, candidates, base);

  const mentions: EntityMention[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    let named = base[k];
    if (!named) continue;
    const single = c.first === c.last;
    const word = (t[c.first] as Token).fold;
    // "OPEC+" is the wider group: the acronym's definition is not its name.
    if (c.status === 'acronym' && text.charCodeAt(c.end - 1) !== 0x2b) {
      const def = acronyms.get(acronymKey(t, c.first, c.last));
      if (def === null) continue;
      // "SLIM" alone joins "its SLIM lunar lander" found as a product; other one-word finds say less than an acronym's own evidence.
      const product = byWord.get(word)?.named;
      named = def ?? byFullName.get(word) ?? (product?.type === 'product' ? product : undefined) ?? named;
    } else if (single && c.status !== 'strong') {
      // A place the article names outright ("CANNES, France") outweighs a company's or event's first word ("Cannes Film Festival").
      // "Xu told Xinhua" after "Xu Bo" and before "Xu Xueguang": a name two people share is the only one named so far.
      const short = byShortForm.get(word) ?? (byShortForm.get(word) === null ? onlyPersonBefore(t, candidates, base, k, word) : undefined);
      const strong = strongWord.get(word);
      // "TB" after "TB Nivaran Yojana": a common noun's acronym opening a name is not that name's short form.
      const common = c.status === 'weak' && ((t[c.first] as Token).flags & Lex.NonEntityAcronym) !== 0;
      const full = common ? strong : ((short && (short.type === 'person' || !strong) ? short : strong) ?? (c.status === 'weak' || c.status === 'default' ? byWord.get(word)?.named : undefined));
      if (full) named = full;
      // A word that only opens sentences says no more for opening several ("Smoke rises ...", "Image caption").
      else if (c.status === 'weak') continue;
    } else if (single && c.type === 'person') {
      // "Sheikh Talal" or "Mr Verma" after "Sheikh Talal Nasser Al-Mansour" or "Mohan Lal Verma": a title before one word
      // of the one person the article names in full is that person.
      // Not an inner word: "Pope Francis" is no "Robert Francis Prevost".
      const full = byShortForm.get(word);
      if (full && full.type === 'person' && opensOrEnds(full.canonical, word)) named = full;
    } else if (c.status === 'weak') {
      const full = byFullName.get(foldedAt(k));
      if (!full) {
        // "During Talks With Macron": the known names inside a heading's run.
        mentions.push(...knownInside(text, t, c, byFullName, byShortForm));
        continue;
      }
      named = full;
    } else if (!single && c.type === 'location' && c.status === 'guess' && personFullNames?.has(foldedAt(k))) {
      // "we have a governor in Ann Roe" after "Governor Ann Roe": the preposition's guess yields to the person named outright.
      named = personFullNames.get(foldedAt(k)) ?? named;
    } else if (!single && c.type === 'person' && byTail.get(foldedAt(k))?.type === 'person') {
      named = byTail.get(foldedAt(k)) ?? named;
    } else if (!single && c.type === 'person' && particleSurname(tk, c)) {
      // "Von Arnim said" after "Katharina von Arnim".
      const full = byShortForm.get((t[c.last] as Token).fold);
      if (full && full.type === 'person') named = full;
    } else if (single && c.type !== 'person' && c.type !== 'location' && c.type !== 'nationality') {
      const full = byShortForm.get(word);
      if (full && full.type === 'person') named = full;
    } else if (single && c.type === 'location' && gazetteer().get(word)?.minor === true) {
      // "Kumar said" after "Anil Kumar": a town that is also the surname of a person the article names is that person.
      const full = byShortForm.get(word);
      if (full && full.type === 'person') named = full;
    }
    if (!single && c.type === 'person' && named.type === 'person') {
      const fuller = personOpenings.get(foldedAt(k));
      if (fuller) named = fuller;
    }
    // "Nadra" after "National Database and Registration Authority (Nadra)".
    const titled = single ? titleAcronyms?.get(word) : undefined;
    if (titled) named = titled;
    // "HCMC" for "Ho Chi Minh City", "ZACC" for "Zimbabwe Anti-Corruption Commission": capitals that spell the initials of
    // one name the article gives in full, where no bracket defines them and the gazetteer knows them as nothing else.
    const initialled = single && !titled && (t[c.first] as Token).upper && !acronyms.has(word) && !gazetteer().get(word) ? initialisms?.get(word) : undefined;
    if (initialled) named = initialled;
    const noun = single && localBodies ? t[c.last + 1] : undefined;
    const body = noun && noun.lower && noun.gap === Gap.Space ? localBodies?.get(`${word} ${noun.fold}`) : undefined;
    if (body) named = body;
    // "Aer Lingus" written in full again and again, never "Lingus" alone: a body, not a person.
    if (named.type === 'person' && repeatedBodies?.has(k)) named = { id: plainIdOf('organization', named.canonical), type: 'organization', canonical: named.canonical };
    // "Al Noor" guessed a person where the article names "Al Noor Cold Chain".
    if (!single && openings && c.status !== 'strong' && !c.id && (named.type === 'person' || named.type === 'organization' || named.type === 'other')) named = openings.get(foldedAt(k)) ?? named;
    // "Helios Bioscience" guessed a person where the article names "Helios Bioscience, Inc.".
    if (!single && companies && c.status === 'guess' && named.type === 'person') named = companies.get(foldedAt(k)) ?? named;
    // "Hanwha and HD Hyundai" guessed a person where "HD Hyundai Heavy Industries" opens with the same capitals and words.
    if (!single && companyOpenings && c.status !== 'strong' && named.type === 'person' && (t[c.first] as Token).upper && companyOpenings.has(foldedAt(k))) {
      named = { id: plainIdOf('organization', named.canonical), type: 'organization', canonical: named.canonical };
    }
    // "the McDonnells" after "Robert McDonnell": a surname in the plural names the family, people.
    if (single && named.type === 'organization' && !c.id && word.length > 3 && word.endsWith('s') && (t[c.first - 1] as Token | undefined)?.fold === 'the') {
      const family = byShortForm.get(word.slice(0, -1));
      if (family && family.type === 'person') named = { id: plainIdOf('person', named.canonical), type: 'person', canonical: named.canonical };
    }
    let start = c.start;
    if (named.type === 'organization' && c.type === 'organization' && !c.id) {
      const m = LEADING_THE.exec(text.slice(start, Math.min(c.end, start + 5)));
      if (m && c.last > c.first) start += m[0].length;
    }
    const type = c.type === 'nationality' ? 'nationality' : named.type;
    mentions.push({ start, end: c.end, text: text.slice(start, c.end), type, entity: named.id, canonical: named.canonical });
  }
  return qualifyGenericBodies(text, mentions, dateline);
}

/** Most words of a local body's name read for its noun ("Pelloway County Sheriff's Office"). */
const MAX_LOCAL_BODY_WORDS = 5;

/** A body's name whose words after the first hold a local body's noun: "Kent Police", "Pelloway Police Department". */
function localBodyName(t: readonly Token[], c: Candidate): boolean {
  for (let k = c.first + 1; k <= c.last && k - c.first < MAX_LOCAL_BODY_WORDS; k++) if (LOCAL_BODY_HEADS.has((t[k] as Token).fold)) return true;
  return false;
}

/** Whether the candidate's name ends in a company's legal form ("Inc.", "plc", "S.p.A."). */
function legalFormEnds(text: string, t: readonly Token[], c: Candidate): boolean {
  if (((t[c.last] as Token).flags & Lex.CorporateSuffix) !== 0) return true;
  const name = text.slice(c.start, c.end);
  return withoutSpelledLegalForm(name) !== name;
}

/** A body's name of place words ("Southern Varnia", "Varnia") and one plain word no list knows after them. */
function placeThenWord(tk: Tokens, c: Candidate): boolean {
  const t = tk.tokens;
  const last = t[c.last] as Token;
  if (c.last === c.first || last.flags !== 0 || last.upper || last.gap !== Gap.Space || tk.lowercaseWords.has(last.fold) || gazetteer().get(last.fold)) return false;
  let place = false;
  for (let k = c.first; k < c.last; k++) {
    const w = t[k] as Token;
    if (gazetteer().get(w.fold)?.type === 'location') place = true;
    else if (!COMPASS_ADJECTIVES.has(w.fold) && !COMPASS_WORDS.has(w.fold)) return false;
  }
  return place;
}

/** Whether `word` (folded) is the first or the last word of the name. */
function opensOrEnds(name: string, word: string): boolean {
  const folded = foldForIdentity(name);
  const key = foldForIdentity(word);
  const space = folded.indexOf(' ');
  return space > 0 && (folded.slice(0, space) === key || folded.slice(folded.lastIndexOf(' ') + 1) === key);
}

/** A short form shared by two different names belongs to neither: it is kept as null. */
export function claimOnce(map: Map<string, Named | null>, key: string, named: Named): void {
  const old = map.get(key);
  if (old === undefined) map.set(key, named);
  else if (old && old.id !== named.id) map.set(key, null);
}

/**
 * "Von Arnim", "De Vries", "Van der Holt": a capitalized particle (and a lowercase one) and one surname,
 * the short form of a fuller name with the particles.
 */
function particleSurname(tk: Tokens, c: Candidate): boolean {
  const t = tk.tokens;
  const first = t[c.first] as Token;
  if ((first.flags & Lex.Particle) === 0 || first.upper) return false;
  // "Ben Hale" after "Sam Hale": a particle that is also a given name opens a surname only where the text writes it lowercase in a full name.
  if (isGivenName(first.fold) && (t[c.first + 1] as Token).gap === Gap.Space && !tk.lowercaseWords.has(first.fold)) return false;
  if (c.last === c.first + 1) return true;
  const mid = t[c.first + 1] as Token;
  return c.last === c.first + 2 && mid.lower && (mid.flags & Lex.Particle) !== 0;
}

/** How many candidates back a shared short form looks for the person it names. */
const NEAREST_PERSON_STEPS = 200;

/**
 * The one person whose full name, among the candidates before `k`, opens or ends with `word`;
 * undefined when none or several do ("Kim" after "Kim Jong Un" and "Kim Yo Jong" stays its own).
 */
function onlyPersonBefore(t: readonly Token[], candidates: readonly Candidate[], base: readonly (Named | null)[], k: number, word: string): Named | undefined {
  let found: Named | undefined;
  for (let j = k - 1; j >= 0 && k - j <= NEAREST_PERSON_STEPS; j--) {
    const c = candidates[j] as Candidate;
    const named = base[j];
    if (!named || c.type !== 'person' || c.last === c.first) continue;
    if ((t[c.first] as Token).fold !== word && (t[c.last] as Token).fold !== word) continue;
    if (found && found.id !== named.id) return undefined;
    found = named;
  }
  return found;
}

/** Names the article gives elsewhere, found inside a run of capitalized words with no evidence of its own. */
function knownInside(
  text: string,
  t: readonly Token[],
  c: Candidate,
  byFullName: ReadonlyMap<string, Named>,
  byShortForm: ReadonlyMap<string, Named | null>,
): EntityMention[] {
  const found: EntityMention[] = [];
  const push = (first: number, last: number, named: Named) => {
    const start = (t[first] as Token).start;
    const end = (t[last] as Token).end;
    found.push({ start, end, text: text.slice(start, end), type: named.type, entity: named.id, canonical: named.canonical });
  };
  for (let i = c.first; i <= c.last; i++) {
    // Full names by growing keys from token folds; names of more than six words are not looked for.
    let best = -1;
    let bestNamed: Named | undefined;
    let key = (t[i] as Token).fold;
    for (let j = i + 1; j <= c.last && j <= i + 5; j++) {
      const tok = t[j] as Token;
      key += tok.gap === Gap.Hyphen ? '-' : tok.gap === Gap.Apostrophe ? "'" : tok.gap === Gap.Dot ? (tok.start - (t[j - 1] as Token).end === 1 ? '.' : '. ') : ' ';
      key += tok.fold;
      const full = byFullName.get(key);
      if (full) {
        best = j;
        bestNamed = full;
      }
    }
    if (bestNamed) {
      push(i, best, bestNamed);
      i = best;
      continue;
    }
    const short = byShortForm.get((t[i] as Token).fold);
    if (short) push(i, i, short);
  }
  return found;
}

// Names repeat across a collection and their ids are pure functions of type and words: a bounded cache.
// One map per type, so that a lookup hashes the words as sliced rather than a joined key.
const namedCache = new Map<EntityType, Map<string, Named | null>>();
let namedCacheSize = 0;
const NAMED_CACHE_SIZE = 8192;

/** The entity a candidate names on its own, from the gazetteer or its words. */
function withId(text: string, c: Candidate): Named | null {
  if (c.id) return { id: c.id, type: c.type === 'nationality' ? 'location' : c.type, canonical: c.canonical ?? text.slice(c.start, c.end) };
  const words = text.slice(c.start, c.end);
  let byWords = namedCache.get(c.type);
  if (byWords === undefined) {
    byWords = new Map();
    namedCache.set(c.type, byWords);
  }
  const cached = byWords.get(words);
  if (cached !== undefined) return cached;
  let name = repairMojibake(words).replace(/\s+/g, ' ');
  if (c.type === 'organization') name = name.replace(LEADING_THE, '');
  // The slug is both the test and the id: computed once (plainIdOf would fold the name again).
  // "Apple Inc" and "Apple", "NVIDIA Corp." and "Nvidia" are one company.
  const slug = c.type === 'person' ? personSlugOf(name) : slugOf(c.type === 'organization' ? withoutSpelledLegalForm(name.replace(LEGAL_SUFFIX, '')) : name);
  const named = slug ? { id: `${idPrefixOf(c.type)}:${slug}`, type: c.type, canonical: detached(name) } : null;
  if (namedCacheSize >= NAMED_CACHE_SIZE) {
    for (const m of namedCache.values()) m.clear();
    namedCacheSize = 0;
  }
  byWords.set(detached(words), named);
  namedCacheSize++;
  return named;
}

/**
 * Acronyms the text defines: "Kuwait News Agency (KUNA)" makes KUNA that
 * agency; "artificial intelligence (AI)" makes AI a common noun (null).
 */
function acronymDefinitions(text: string, t: readonly Token[], candidates: readonly Candidate[], base: readonly (Named | null)[]): Map<string, Named | null> {
  const defs = new Map<string, Named | null>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    const acronym = t[c.last + 1];
    if (!named || !acronym || !acronym.upper || c.status === 'acronym' || c.status === 'weak') continue;
    const between = text.slice(c.end, acronym.start);
    // "Pakistan Muslim League-Nawaz (PML-N)": the faction's letter is part of the acronym.
    const faction = hyphenLetterAcronym(t, c.last + 1);
    if ((between !== ' (' && between !== '. (') || text.charCodeAt(faction ? (t[c.last + 2] as Token).end : acronym.end) !== 0x29) continue;
    // The acronym starts like the name, and a one-word name holds its letters in order ("Hamas (HMS)").
    if (acronym.fold[0] !== (t[c.first] as Token).fold[0]) continue;
    if (c.last === c.first && !isSubsequence(acronym.fold, (t[c.first] as Token).fold)) continue;
    const key = faction ? acronymKey(t, c.last + 1, c.last + 2) : acronym.fold;
    if (!defs.has(key)) defs.set(key, named);
  }
  for (let k = 1; k < t.length; k++) {
    const acronym = t[k] as Token;
    if (!acronym.upper || defs.has(acronym.fold) || text.charCodeAt(acronym.start - 1) !== 0x28 || text.charCodeAt(acronym.end) !== 0x29) continue;
    const letters = acronym.fold;
    if (letters.length > 6) continue;
    let initials = '';
    for (let j = k - letters.length; j < k; j++) {
      const w = t[j];
      if (!w || !w.lower) break;
      initials += w.fold[0];
    }
    if (initials === letters || NON_ENTITY_ACRONYMS.has(letters)) defs.set(letters, null);
  }
  return defs;
}

/** "PML-N": capitals, a hyphen and one capital letter, one acronym of a body and its faction. */
export function hyphenLetterAcronym(t: readonly Token[], p: number): boolean {
  const a = t[p];
  const z = t[p + 1];
  return !!a && !!z && a.upper && a.text.length <= 6 && z.gap === Gap.Hyphen && z.text.length === 1 && z.cap;
}

/**
 * Acronyms written as words after a body's name in brackets ("the National Water Supply Authority
 * (Nawsa)"): the word holds the initials of the name's capitalized words, in order, within the name's letters.
 */
function titleCaseAcronyms(text: string, t: readonly Token[], candidates: readonly Candidate[], base: readonly (Named | null)[]): Map<string, Named> | undefined {
  let out: Map<string, Named> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    const word = t[c.last + 1];
    if (!named || !word || c.last === c.first || c.type === 'person' || c.status === 'weak' || !word.cap || word.upper || word.fold.length < 3) continue;
    if (text.slice(c.end, word.start) !== ' (' || text.charCodeAt(word.end) !== 0x29) continue;
    let initials = '';
    let letters = '';
    for (let j = c.first; j <= c.last; j++) {
      const w = t[j] as Token;
      letters += w.fold;
      if (w.cap) initials += w.fold[0];
    }
    if (initials.length < 2 || word.fold[0] !== initials[0] || !isSubsequence(initials, word.fold) || !isSubsequence(word.fold, letters)) continue;
    (out ??= new Map()).set(word.fold, named);
  }
  return out;
}

/** The article's multi-word names of bodies and places by the initials of their capitalized words and hyphenated parts. */
function namesByInitials(t: readonly Token[], candidates: readonly Candidate[], base: readonly (Named | null)[]): Map<string, Named> | undefined {
  const found = new Map<string, Named | null>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const named = base[k];
    if (!named || c.last === c.first || c.status === 'weak' || (named.type !== 'organization' && named.type !== 'location' && named.type !== 'facility')) continue;
    let initials = '';
    for (let j = c.first; j <= c.last; j++) {
      const w = t[j] as Token;
      if (!w.cap) continue;
      initials += partInitials(w.text);
    }
    if (initials.length < 3 || initials.length > 6) continue;
    const old = found.get(initials);
    if (old === undefined) found.set(initials, named);
    else if (old && old.id !== named.id) found.set(initials, null);
  }
  let out: Map<string, Named> | undefined;
  for (const [key, named] of found) if (named) (out ??= new Map()).set(key, named);
  return out;
}

/** The folded first letter of each hyphen-joined part of a word ("Bin-Tahir" gives "bt"), read in place. */
function partInitials(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2d || (i > 0 && word.charCodeAt(i - 1) !== 0x2d)) continue;
    if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c | 0x20);
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += word[i] as string;
    else out += foldForIdentity(word[i] as string);
  }
  return out;
}

/** The key an acronym mention is defined under: its capitals, with a faction's letter after a hyphen ("pml-n"). */
function acronymKey(t: readonly Token[], first: number, last: number): string {
  const word = (t[first] as Token).fold;
  return last === first + 1 && hyphenLetterAcronym(t, first) ? `${word}-${(t[last] as Token).fold}` : word;
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** A number after a space among tokens a..b ("Nova 12 Pro"); not a hyphen's ("Luna-25"). */
function spacedNumberInside(t: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    const tok = t[k] as Token;
    const c = tok.text.charCodeAt(0);
    if (tok.gap === Gap.Space && c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}
