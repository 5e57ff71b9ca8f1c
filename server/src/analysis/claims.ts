import { isDoubleQuoteCode, isLetterCode, isSpaceCode, lowerWordAt, lowerWordBefore, wordEndAt, wordStartBefore } from './claimTokens';
import { closingSaid, opensWithName } from './claimCueShapes';
import { commonNounSpeaker } from './claimCommonNouns';
import { countedGroup, documentSubjectSaid, groupSubjectSaid } from './claimGroupSubjects';
import { deckAfter, unwrapLines } from './claimLines';
import { interviewAnswers, transcriptTurns, type Turns } from './claimTurns';
import { findClaimUnits, type ClaimUnit, type QuoteSpan } from './claimUnits';
import { splitWhileClauses } from './claimWhile';
import { findCues, NOUN_LIKE_CUES, type Cue } from './cues';
import { contentStart } from './claimDatelines';
import { foldMojibakePunctuation } from './mojibakePunctuation';
import { withoutEventNames } from './speakerEvents';
import { SpeakerResolver } from './speakers';
import { headClassOf } from './speakerWords';
import type { SpeakerRef } from './speakerSearch';
import type { ArticleStructure, Claim, ClaimKind, EntityMention, Span } from './types';

/** A quote of fewer words is a scare quote ('strategic partnership'), not a quotation. */
const QUOTATION_WORDS = 3;

/** Journalists, whose questions at a briefing report no one's words. */
const PRESS_NOUNS: ReadonlySet<string> = new Set(['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents']);

/** The lower-cased last word of a short span ("A reporter" → "reporter"). */
function lastWord(text: string, span: { start: number; end: number }): string {
  const words = text.slice(span.start, Math.min(span.end, span.start + 80)).trim().split(' ');
  return (words[words.length - 1] ?? '').toLowerCase();
}
/** How far into a sentence its subject's name may start ("South Korea's National Security Adviser Wi Sung-lac"). */
const SUBJECT_REACH = 80;
/** How far after a cue its "that" may come ("told a news conference in Ankara that"). */
const THAT_REACH = 60;
/** How far after a quotation its verb may come when no speaker is named ('," the governor of the region told'). */
const UNNAMED_REACH = 60;
/** How long the titles before a speaker's name may run ("South Korean National Security Adviser"). */
const TITLE_REACH = 80;

interface Draft {
  unit: ClaimUnit;
  start: number;
  kind: ClaimKind;
  content: Span;
  cue: Cue | null;
  ref: SpeakerRef | null;
  /** A quote with no cue of its own: its speaker comes from the neighbouring quote or claim. */
  continues: QuoteSpan | null;
  speaker: string | null | undefined;
}

/** A cue and the speaker it names. */
export interface Attribution {
  cue: Cue;
  ref: SpeakerRef;
}

/**
 * Finds attributed statements: quotes, reported speech and agreements, one
 * claim at most per sentence (a quote of several sentences is one, and so is a bare
 * quote going on in the paragraph of the claim before it), each with
 * its cue and its speaker resolved to an entity id where the text allows.
 * Headline and header lines are not claims.
 */
export function findClaims(source: string, structure: ArticleStructure, entities: readonly EntityMention[]): Claim[] {
  if (source.length === 0) return [];
  const skipped = [structure.headline, deckAfter(source, structure.headline), structure.header, ...structure.boilerplate].filter((s): s is Span => s !== null);
  skipped.sort((a, b) => a.start - b.start);
  // Claims are read with mojibake quotes repaired and hard-wrapped paragraphs unwrapped (same offsets)
  // and reported with the text as it is.
  const text = unwrapLines(foldMojibakePunctuation(source), skipped);
  const cues = findCues(text);
  const units = splitWhileClauses(text, findClaimUnits(text), cues);
  // An event's name taken for a person's is no one "he" may stand for.
  const resolver = new SpeakerResolver(text, withoutEventNames(text, entities));
  const turns = transcriptTurns(text, units, entities) ?? interviewAnswers(text, units, entities, structure.headline);

  const drafts: Draft[] = [];
  let c = 0;
  let s = 0;
  let paragraph = -1;
  let e = 0;
  let previous: ClaimUnit | null = null;
  let previousDrafted = false;
  /** The paragraph whose quotation was left open at its end, or -1. */
  let openQuote = -1;
  for (const unit of units) {
    while (s < skipped.length && skipped[s].end <= unit.start) s++;
    while (c < cues.length && cues[c].start < unit.start) c++;
    let floor = unit.start;
    if (s < skipped.length && skipped[s].start < unit.end) {
      // A header that shares its line with the story ("date 2024-03-21 JEDDAH, March 21 (KUNA) -- ...") skips only itself.
      if (skipped[s] !== structure.header || skipped[s].end >= unit.end) continue;
      floor = skipped[s].end;
    }
    // A person's turn in a transcript is one claim a paragraph, whatever cues its sentences hold.
    const owner = turns?.speakers.get(unit.paragraph);
    if (turns && owner) {
      if (unit.paragraph !== paragraph) drafts.push(turnDraft(text, unit, owner, turns));
      // "The Spaniard confirmed" after the answers is the person answering.
      resolver.note({ kind: 'name', span: { start: unit.start, end: unit.end }, entity: owner.entity, type: 'person' });
      paragraph = unit.paragraph;
      continue;
    }
    const start = contentStart(text, floor === unit.start ? unit : unitSpan(unit, floor, unit.end), structure, unit.paragraph !== paragraph);
    paragraph = unit.paragraph;
    const own = cuesOutsideQuotes(text, cues, c, unit, start);
    let draft = attribute(text, unit, start, own, resolver);
    // 'Minister Roe said: "... It is hard.' then 'I will meet the growers next week.': a paragraph in the first person
    // right after a quotation left open, with no marks of its own, goes on with the quotation its opening mark forgot.
    if (!draft && unit.quotes.length === 0 && own.length === 0 && openQuote >= 0 && unit.paragraph - openQuote <= 2 && firstPerson(text, start, unit.end)) {
      draft = { unit, start, kind: 'quote', content: { start, end: unit.end }, cue: null, ref: null, continues: null, speaker: undefined };
    }
    if (unit.quotes.length > 0) openQuote = unit.quotes[unit.quotes.length - 1].closed ? -1 : unit.paragraph;
    else if (draft && draft.cue === null && draft.kind === 'quote') openQuote = unit.paragraph;
    else if (unit.paragraph !== openQuote) openQuote = -1;
    if (draft && draft.speaker === undefined && previous && !previousDrafted && previous.paragraph === unit.paragraph) {
      // 'Asked about the trip, Draganova laughs. "A meeting, a photograph."': a bare quote after a sentence
      // that is no claim but names one person alone is that person's.
      while (e < entities.length && entities[e].start < previous.start) e++;
      draft.speaker = solePerson(entities, e, previous.end) ?? undefined;
    }
    previous = unit;
    previousDrafted = draft !== null;
    if (draft) {
      drafts.push(draft);
      if (draft.cue) resolver.spoke(draft.ref, draft.cue.end, draft.unit.end);
      if (draft.ref && draft.speaker) resolver.note(draft.ref);
      else if (draft.ref && draft.cue && (draft.ref.kind === 'role' || draft.ref.kind === 'unknown') && draft.ref.entity === null) resolver.noteUnnamed(draft.ref);
    }
  }
  nameUnnamedRoles(text, drafts, entities);
  namePullQuotes(text, drafts, entities);
  fillContinuations(drafts, entities);
  // A loop, not map(): map() gives a holey array, which the code reading claims would also have to handle.
  const claims: Claim[] = [];
  let kept: Draft | null = null;
  for (const d of drafts) {
    if (kept && continuesInParagraph(text, kept, d)) {
      // '"...," he said. "That is football."': a bare quote going on in the same paragraph is the same claim.
      kept.unit = unitSpan(kept.unit, kept.unit.start, d.unit.end);
      claims[claims.length - 1] = toClaim(source, text, kept);
      continue;
    }
    if (kept && cueLineOpensQuote(text, kept, d)) {
      // 'Minister Ann Roe said:' on a line of its own, then the quotation: the cue line and the first quote line are one claim.
      kept.unit = unitSpan(kept.unit, kept.unit.start, d.unit.end);
      kept.kind = 'quote';
      kept.content = d.content;
      claims[claims.length - 1] = toClaim(source, text, kept);
      kept = null;
      continue;
    }
    kept = d;
    claims.push(toClaim(source, text, d));
  }
  return claims;
}

/** Words that open a clause telling what led to the main clause's act. */
const SUBCLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'when', 'as', 'before', 'since', 'because', 'until', 'once']);

/** "In a statement,", "In his letter,", "In a post on X,": an opening naming the document the sentence's words come from. */
function documentIntro(text: string, start: number): boolean {
  const m = /^In (?:a|an|its|his|her|their|the) ([a-z]+)[ ,]/.exec(text.slice(start, start + DOCUMENT_INTRO_REACH));
  return m !== null && headClassOf(m[1]) === 'document' && commaWithin(text, start, start + DOCUMENT_INTRO_REACH);
}

/** How far into a sentence its opening "In a statement on Monday," may run. */
const DOCUMENT_INTRO_REACH = 40;

/** Whether a comma stands between `from` and `to`. */
function commaWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** Words only a speaker's own words hold, not a reporter's. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['I', 'we', 'We', 'my', 'My', 'our', 'Our', 'me', 'us']);

/** Whether the words from `from` to `to` include one in the first person ("I will", "we have"). */
function firstPerson(text: string, from: number, to: number): boolean {
  let w = -1;
  for (let i = from; i <= to; i++) {
    const letter = i < to && isLetterCode(text.charCodeAt(i));
    if (letter && w < 0) w = i;
    else if (!letter && w >= 0) {
      // Written as they are: "US" is a country and "I." an initial.
      if (i - w <= 3 && FIRST_PERSON.has(text.slice(w, i)) && text.charCodeAt(i) !== 46) return true;
      w = -1;
    }
  }
  return false;
}

/** Cues that carry on from words just reported. */
const ADDED: ReadonlySet<string> = new Set(['added', 'adds']);

/** Where the sentence before the one starting at `start` starts: after a line break or a stop, at most a few hundred code units back. */
function previousSentenceStart(text: string, start: number): number {
  let i = start - 2;
  const floor = Math.max(0, start - 400);
  while (i > floor && text.charCodeAt(i - 1) !== 10 && !(text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) === 46)) i--;
  return i;
}

/** The one person the mentions from index `from` up to `end` name, or null where they name none or several. */
function solePerson(entities: readonly EntityMention[], from: number, end: number): string | null {
  let person: string | null = null;
  for (let k = from; k < entities.length && entities[k].start < end; k++) {
    const m = entities[k];
    if (m.type !== 'person') continue;
    if (person !== null && person !== m.entity) return null;
    person = m.entity;
  }
  return person;
}

/** A transcript paragraph as the claim of the person whose turn it is: from its label, or all of it where the turn runs on. */
function turnDraft(text: string, unit: ClaimUnit, owner: EntityMention, turns: Turns): Draft {
  const end = turns.ends.get(unit.paragraph) ?? unit.end;
  const label = turns.labels.get(unit.paragraph);
  let start = unit.start;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  const ref: SpeakerRef | null = label ? { kind: 'name', span: { start: label.start, end: label.end - 1 }, entity: owner.entity, type: 'person' } : null;
  return { unit: unitSpan(unit, unit.start, end), start, kind: 'quote', content: { start: label ? label.end : start, end }, cue: null, ref, continues: null, speaker: owner.entity };
}

/**
 * A unit with other bounds, built as claimUnits builds units: a spread would make an object of another
 * hidden class, and the optimised code reading units would be compiled again for it.
 */
function unitSpan(unit: ClaimUnit, start: number, end: number): ClaimUnit {
  return { start, end, paragraph: unit.paragraph, quotes: unit.quotes };
}

const NOT_SAID = new Set(['to', 'not', 'never', 't']);

/** Adverbs that may stand between a negation and its verb ("not just saying", "never really said"). */
const HEDGES = new Set(['just', 'only', 'simply', 'merely', 'really', 'actually', 'even']);

/** "went on to say", "goes on to say": the speaker carries on; the words are said. */
const WENT_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);

/** "is expected to say", "did not say", "didn't say": words not (yet) said attribute nothing. */
function unsaid(text: string, cueStart: number, start: number): boolean {
  let before = lowerWordBefore(text, cueStart, start, 8);
  // "wasn't just saying", "did not simply say": an adverb between keeps the negation.
  if (HEDGES.has(before)) before = lowerWordBefore(text, wordStartBefore(text, cueStart, start, 8), start, 5);
  if (!NOT_SAID.has(before)) return false;
  if (before !== 'to') return true;
  const toAt = wordStartBefore(text, cueStart, start, 5);
  if (lowerWordBefore(text, toAt, start, 5) !== 'on') return true;
  return !WENT_ON.has(lowerWordBefore(text, wordStartBefore(text, toAt, start, 5), start, 6));
}

/** The unit's cues that are not inside its quotes. Quotes nest but never cross, so one pointer suffices. */
function cuesOutsideQuotes(text: string, cues: readonly Cue[], from: number, unit: ClaimUnit, start: number): Cue[] {
  const out: Cue[] = [];
  const quotes = unit.quotes;
  let q = 0;
  for (let k = from; k < cues.length && cues[k].start < unit.end; k++) {
    const cue = cues[k];
    if (cue.start < start || unsaid(text, cue.start, start)) continue;
    while (q < quotes.length && quotes[q].close < cue.start) q++;
    if (q < quotes.length && quotes[q].open < cue.start) continue;
    out.push(cue);
  }
  return out;
}

/**
 * One unit's claim, if any. Which cue attributes it, in order: the cue beside its
 * quotation ('"...," he added'); the verb of the sentence's subject ("Lee highlighted
 * ..., according to a release" is Lee's); the first cue naming someone ("..., Yonhap
 * reported, citing the office"); a person subject's participle of speech; a group
 * with a strong cue ("officials said"). Then agreements, then bare quotes, which take
 * their speaker from the neighbouring claims.
 */
function attribute(text: string, unit: ClaimUnit, start: number, cues: readonly Cue[], resolver: SpeakerResolver): Draft | null {
  const quotations: QuoteSpan[] = [];
  for (const q of unit.quotes) if (q.open >= start && q.words >= QUOTATION_WORDS) quotations.push(q);
  const first = unit.quotes.length > 0 && unit.quotes[0].open === start ? unit.quotes[0] : null;
  // Without a cue a sentence matters only if it names a person who later pronouns may stand for.
  const subject = first || (cues.length === 0 && !resolver.personNear(start, SUBJECT_REACH)) ? null : resolver.subjectAt(start, unit.end);
  if (subject && subject.type === 'person') resolver.note(subject);

  const attributions: Attribution[] = [];
  // "Commissioner Ann Roe is urging calm after police said ...": once a named subject has its own verb of saying,
  // a speaker inside an "after", "when" or "as" clause reports what led to it, not the sentence's words.
  const subjectVerb = subject && subject.entity && (subject.type === 'person' || subject.type === 'organization') ? cues.find((x) => x.start >= subject.span.end && (x.role === 'speech' || (x.role === 'participle' && x.strong))) : undefined;
  for (const cue of cues) {
    const ref = attach(text, cue, start, unit.end, resolver);
    if (ref && subjectVerb && cue.start > subjectVerb.end && ref.span.start > subjectVerb.end && SUBCLAUSE_OPENERS.has(lowerWordBefore(text, ref.span.start, start, 8))) continue;
    if (ref) attributions.push({ cue, ref });
  }
  const usable = (a: Attribution) => a.ref.kind !== 'group';
  // "..., according to a person granted anonymity", "..., officials who spoke on condition of anonymity said": a source
  // kept unnamed speaks, not the sentence's subject.
  let pick: Attribution | undefined = anonymousSource(text, cues, start, unit.end);
  pick ??= subject && subject.kind === 'document' && subject.entity === null ? documentSubjectSaid(subject, cues, attributions) : undefined;
  if (!pick && subject && subject.kind === 'pronoun' && lowerWordAt(text, subject.span.start, subject.span.end) === 'it') pick = documentPronounSaid(text, start, subject, cues, resolver);
  if (!pick && quotations.length > 0) {
    const q = quotations[0];
    // '... had "proven that they can produce together," citing the tank': what is cited after a quotation does not speak it.
    // 'Fidan said that Ankara valued Kuwait's "wise and balanced" diplomacy, according to a statement': the subject's
    // own verb before a quoted phrase is not overruled by the source named after it.
    const subjectSaid = subject !== null && attributions.some((a) => a.cue.end <= q.open && usable(a) && a.ref.span.start === subject.span.start);
    // "Ward said in a statement that it had reported "a number of" fans", "... the beds it promised": once the subject
    // has spoken, a verb inside its words reports nothing of its own, unless it closes the quotation ('"...," he added').
    const own = subjectSaid && subject ? attributions.find((a) => a.cue.end <= q.open && usable(a) && a.cue.role === 'speech' && a.ref.span.start === subject.span.start && a.ref.span.end <= a.cue.start) : undefined;
    const inOwnWords = (a: Attribution) => own !== undefined && a !== own && a.ref.span.start >= own.cue.end && !closesQuotation(text, q, a);
    pick = attributions.find((a) => a.cue.start >= q.close && usable(a) && !(a.cue.text === 'citing' && attributions.some((b) => b.cue.end <= q.open && usable(b))) && !(subjectSaid && a.cue.role === 'source') && !inOwnWords(a));
    if (!pick) {
      for (const a of attributions) if (a.cue.end <= q.open && usable(a) && !reportedSubject(text, a, attributions) && !inOwnWords(a)) pick = a;
    }
  }
  // "Iran promised to free him soon, he said.": a speech verb closing the sentence reports the subject's act too.
  if (!pick && subject && subject.type !== 'person') pick = attributions.find((a) => usable(a) && a.ref.span.start > subject.span.start && closingSaid(text, a, unit.end));
  if (!pick && subject) pick = attributions.find((a) => usable(a) && a.ref.span.start === subject.span.start);
  if (!pick && subject && subject.kind === 'group') pick = groupSubjectSaid(text, subject, cues, attributions, start);
  pick ??= attributions.find(usable);
  // "A separate study published on Tuesday in The Lancet found that": the study speaks, whoever printed it.
  if (!pick && subject && subject.kind === 'document') {
    const cue = cues.find((x) => x.role === 'document');
    if (cue) pick = { cue, ref: subject };
  }
  // "Even a small change can shrink a range, researchers found": a finding of no one in particular.
  if (!pick) pick = attributions.find((a) => a.ref.kind === 'group' && a.cue.role === 'document');
  // "Typhoon Hagibon strengthened ..., disaster officials said": a group named by the verb speaks, not the subject.
  if (!pick) pick = attributions.find((a) => a.ref.kind === 'group' && a.cue.strong && a.cue.role === 'speech' && a.cue.start > a.ref.span.start);
  // "South Korea's spy agency raised the possibility ..., saying": an organization's words too.
  if (!pick && subject && (subject.type === 'person' || subject.type === 'organization' || subject.kind === 'role')) {
    // "The driver was described as wearing a blue shirt": a passive verb reports no words of the subject's
    // ("It is alleged that ..." still reports words, no one's).
    const cue = cues.find((x) => (x.role === 'speech' && !(passiveBefore(text, x.start, start) && !x.text.endsWith(' that') && !text.startsWith(' that ', x.end))) || x.role === 'source' || (x.role === 'participle' && x.strong));
    // "Minister Dr A K Roe and his counterpart Dr. Tomas Grell urged": the verb's own subject is two people, no one in particular.
    if (cue) pick = attributions.find((a) => a.cue === cue && a.ref.kind === 'group' && a.ref.span.start > subject.span.start) ?? { cue, ref: subject };
  }
  pick ??= attributions.find((a) => a.cue.strong && a.cue.role !== 'agreement');
  if (!pick && subject && subject.kind === 'group') {
    // "Opposition lawmakers criticized the deal, saying ...", "Two people familiar with the talks told Reuters that ...":
    // a group's words, though no one's in particular.
    // "Kuwait and the United Arab Emirates affirmed ...": named parties' joint words take a weaker verb too.
    // "The two Foreign Ministers underlined ...": so do a few counted one by one.
    const named = resolver.namedAt(subject.span.start) || countedGroup(text, subject);
    const cue = cues.find((x) => (x.role === 'participle' || x.role === 'speech') && (x.strong || (named && x.role === 'speech')));
    if (cue) pick = { cue, ref: subject };
  }

  // 'In a statement, Ann Roe wanted to "inform residents that ..."': a document the sentence opens with carries its subject's words.
  if (!pick && quotations.length > 0 && subject && subject.entity && (subject.type === 'person' || subject.type === 'organization') && subject.span.start < quotations[0].open && documentIntro(text, start)) {
    return { unit, start, kind: 'quote', content: quoteContent(quotations[0], unit), cue: null, ref: subject, continues: null, speaker: subject.entity };
  }
  if (!pick && quotations.length > 0) {
    // '"...," the governor of the region told AFP': a quotation and its verb make a claim though no one is named.
    const q = quotations[0];
    const cue = cues.find((x) => x.role === 'speech' && x.strong && x.start >= q.close && x.start - q.close <= UNNAMED_REACH);
    if (cue) return { unit, start, kind: 'quote', content: quoteContent(q, unit), cue, ref: null, continues: null, speaker: null };
  }
  const quote = quotations[0] ?? (first && (first.words >= QUOTATION_WORDS || !first.closed) ? first : null);
  if (pick) {
    // "A reporter asked whether Seoul was concerned": a journalist's question is no one's claim.
    if ((pick.cue.text === 'asked' || pick.cue.text === 'questioned') && PRESS_NOUNS.has(lastWord(text, pick.ref.span))) return null;
    const kind: ClaimKind = quote ? 'quote' : 'reported';
    const content = quote ? quoteContent(quote, unit) : reportedContent(text, unit, start, pick);
    return { unit, start, kind, content, cue: pick.cue, ref: pick.ref, continues: null, speaker: pick.ref.kind === 'group' ? null : pick.ref.entity };
  }
  const agreed = cues.find((x) => x.role === 'agreement');
  if (agreed && !first) {
    const ref = resolver.before(agreed.start, start);
    const single = ref && (ref.kind === 'name' || ref.kind === 'role') ? ref : null;
    return { unit, start, kind: 'agreement', content: { start: agreed.end, end: unit.end }, cue: agreed, ref: single ?? (ref && ref.kind === 'group' ? ref : null), continues: null, speaker: single ? single.entity : null };
  }
  if (first && (!first.closed || first.close >= unit.end - 3) && first.words > 0) {
    return { unit, start, kind: 'quote', content: quoteContent(first, unit), cue: null, ref: null, continues: first, speaker: undefined };
  }
  return null;
}

/**
 * "Maaytah said he expected ...", "Salem said Kuwait welcomed ...": a pronoun, or a name after a cue whose own speaker
 * stands before it, right after that cue (and its "that") is the subject of the words reported, not a new speaker.
 */
function reportedSubject(text: string, a: Attribution, attributions: readonly Attribution[]): boolean {
  if (a.ref.kind !== 'pronoun' && a.ref.kind !== 'name') return false;
  return attributions.some(
    (b) =>
      b !== a &&
      (a.ref.kind === 'pronoun' || b.ref.span.end <= b.cue.start) &&
      b.cue.end <= a.ref.span.start &&
      (a.ref.span.start - b.cue.end <= 6 ? /^\s*(?:that\s+)?$/.test(text.slice(b.cue.end, a.ref.span.start)) : a.ref.kind === 'pronoun' && b.ref.span.end <= b.cue.start && thatClosesGap(text, b.cue.end, a.ref.span.start)),
  );
}

/** How far a cue's "that" may come after it ("said in a statement on Monday that it"). */
const THAT_GAP = 48;

/** Whether the words from `from` to `to` are a short phrase ending in "that", within one sentence and outside quotes. */
function thatClosesGap(text: string, from: number, to: number): boolean {
  if (to - from > THAT_GAP) return false;
  let end = to;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - from < 5 || lowerWordAt(text, end - 4, end) !== 'that' || isLetterCode(text.charCodeAt(end - 5))) return false;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || isDoubleQuoteCode(c)) return false;
  }
  return true;
}

/** Whether a cue and its speaker follow a quotation at once ('"...," he added', '" said Lee'). */
function closesQuotation(text: string, q: QuoteSpan, a: Attribution): boolean {
  if (!q.closed) return false;
  const from = Math.min(a.cue.start, a.ref.span.start);
  if (from < q.close || from - q.close > 4) return false;
  for (let i = q.close + 1; i < from; i++) if (!isSpaceCode(text.charCodeAt(i)) && text.charCodeAt(i) !== 44) return false;
  return true;
}

/** The speaker a cue attributes to, if the words around it name one. */
function attach(text: string, cue: Cue, start: number, end: number, resolver: SpeakerResolver): SpeakerRef | null {
  switch (cue.role) {
    case 'source':
      // "He was quoted by KUNA as saying": the agency reports, the subject speaks.
      if (cue.text.startsWith('quoted')) return resolver.before(cue.start, start) ?? resolver.nounPhraseAt(cue.end, end);
      // "fighters were released by the army": people set free, not words published.
      if (PUBLISHED_BY.test(cue.text) && passiveBefore(text, cue.start, start)) return null;
      return resolver.nounPhraseAt(cue.end, end);
    case 'document': {
      const ref = resolver.before(cue.start, start);
      if (ref && ref.kind === 'document') return ref;
      // "..., researchers found": a finding of people who study, no one in particular.
      if (ref && ref.kind === 'group' && FINDERS.has(lastWord(text, ref.span))) return ref;
      // "..., reads a press release": the document named after its verb.
      if (!ref && invertible(text, cue.start, start)) {
        const after = resolver.nounPhraseAt(cue.end, end);
        if (after && after.kind === 'document') return after;
      }
      // "..., a report by the Overseas Development Institute found": the body whose document it is.
      return ref && (ref.kind === 'name' || ref.kind === 'source') && ref.entity && ref.type === 'organization' && documentBy(text, ref.span.start, start) ? { kind: 'document', span: ref.span, entity: ref.entity, type: ref.type } : null;
    }
    case 'speech': {
      // "He was told to leave", "concerns were expressed": a passive names no speaker ("was quoted as saying" does).
      if (cue.text !== 'quoted' && passiveBefore(text, cue.start, start)) return null;
      let ref = resolver.before(cue.start, start);
      // "... if it had wished", "unless they say so": a condition, not an attribution.
      if (ref && ref.kind !== 'unknown' && subordinated(text, ref.span.start, start)) return null;
      // "would force states to act": a cue that is also a plural noun needs a speaker the text names.
      if (ref && NOUN_LIKE_CUES.has(cue.text) && ref.entity === null && ref.kind !== 'group' && ref.kind !== 'pronoun') return null;
      // "Masisi who toured the complex near Nairobi on Wednesday lauded": the place sits in the person's "who" clause.
      if (ref && ref.type === 'location') ref = resolver.relativeClauseOwner(ref.span.start, start) ?? ref;
      if (ref && ref.kind !== 'unknown') {
        // "... in Varna, the second city, said Ivo Dal, head of ...": a person closing the clause after the cue speaks, not the place before it.
        if (ref.type !== 'person' && invertible(text, cue.start, start)) {
          const after = resolver.nounPhraseAt(cue.end, end);
          if (after && after.kind === 'name' && after.type === 'person' && closesClause(text, after.span.end, end)) return after;
        }
        return ref;
      }
      if (ref && NOUN_LIKE_CUES.has(cue.text)) ref = null;
      if (!ref) {
        const unnamed = commonNounSpeaker(text, cue.start, cue.text, start);
        if (unnamed) return unnamed;
      }
      // Inverted order after a quote or a clause: '," said Lee', ', said the ministry'.
      if (!invertible(text, cue.start, start)) return ref;
      const after = resolver.nounPhraseAt(cue.end, end);
      // '," said U.S. Fish & Wildlife Services District Manager Jon Beyer.': the name that ends the titles speaks.
      if (after && after.type !== 'person' && after.kind !== 'pronoun') {
        const person = resolver.personAfterTitles(cue.end, end);
        if (person && closesClause(text, person.span.end, end)) return person;
      }
      // ", urged Kelby residents to vote": after a weaker verb, a noun phrase running on is its object, not its speaker.
      if (after && after.kind !== 'pronoun' && !cue.strong && !closesClause(text, after.span.end, end)) return ref && ref.kind !== 'unknown' ? ref : null;
      return after && after.kind !== 'pronoun' ? after : ref;
    }
    default:
      return null;
  }
}

/**
 * "The study tracked 62 reefs. It found that ...", "A report ... said the bridge was at risk. It said ...": "it" right
 * before a finding or a verb of speech, after a sentence a document no one owns opens, is that document.
 */
function documentPronounSaid(text: string, start: number, subject: SpeakerRef, cues: readonly Cue[], resolver: SpeakerResolver): Attribution | undefined {
  const cue = cues.find((x) => (x.role === 'document' || x.role === 'speech') && x.start - subject.span.end <= 2);
  const doc = cue ? resolver.nounPhraseAt(previousSentenceStart(text, start), start, true) : null;
  return cue && doc && doc.kind === 'document' && (cue.role === 'document' || doc.entity === null) ? { cue, ref: doc } : undefined;
}

/** People whose findings are reported as a document's are ("researchers found", "the authors concluded"). */
const FINDERS: ReadonlySet<string> = new Set(['researchers', 'scientists', 'authors', 'investigators', 'economists', 'analysts']);

/** Source cues that, after "was" or "were", speak of things or people handed over rather than of words. */
const PUBLISHED_BY = /^(?:released|issued|published|posted|cited) by$/;

/** Prepositions that give a document its author ("a report by", "data from", "a study of"). */
const DOCUMENT_AUTHOR = new Set(['by', 'from', 'of']);

/** Whether a document noun and "by", "from" or "of" stand just before a name ("a report by the ODI"). */
function documentBy(text: string, nameStart: number, start: number): boolean {
  let at = nameStart;
  // Word starts found where the words were read: a search for "the" or "by" could run back through the whole text.
  if (lowerWordBefore(text, at, start, 3) === 'the') at = wordStartBefore(text, at, start, 3);
  const byAt = wordStartBefore(text, at, start, 4);
  if (byAt < 0 || !DOCUMENT_AUTHOR.has(lowerWordAt(text, byAt, wordEndAt(text, byAt)))) return false;
  const noun = lowerWordBefore(text, byAt, start, 12);
  return headClassOf(noun) === 'document';
}

const SUBORDINATORS = new Set(['if', 'unless', 'whether', 'lest']);

/** Whether the word before a speaker opens a condition ("if it had wished"). */
function subordinated(text: string, speakerStart: number, start: number): boolean {
  return SUBORDINATORS.has(lowerWordBefore(text, speakerStart, start, 7));
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

function passiveBefore(text: string, cueStart: number, start: number): boolean {
  let e = cueStart;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > start && e - b < 6 && isLetterCode(text.charCodeAt(b - 1))) b--;
  return e - b >= 2 && e - b <= 5 && BE_FORMS.has(lowerWordAt(text, b, e));
}

/** Whether a verb may take its speaker after it: right after a quote or a comma, or at the sentence start. */
function invertible(text: string, cueStart: number, start: number): boolean {
  let i = cueStart;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === start) return true;
  const c = text.charCodeAt(i - 1);
  return c === 44 || c === 0x22 || c === 0x201d || c === 0x27 || c === 0x2019 || c === 58;
}

/** A comma, a period or the unit's end right after `pos`: the words before it end their clause. */
function closesClause(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return i >= end || c === 44 || c === 46;
}

function quoteContent(q: QuoteSpan, unit: ClaimUnit): Span {
  const end = q.closed ? q.close : unit.end;
  return { start: Math.min(q.open + 1, end), end };
}

/** Words after a cue that open its reported clause: "Lee said he is committed", "the office said the talks". */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'it', 'they', 'we', 'i', 'the', 'a', 'an', 'this', 'there', 'his', 'her', 'its', 'their']);
/** A speaker named this close to the sentence start introduces what follows. */
const LEADING_SPEAKER = 40;

/** Past a short stretch before "that" or "saying" ("told reporters that", "quoted by KUNA as saying"), where the reported clause starts. */
function thatClauseStart(text: string, from: number, end: number): number {
  let w = from;
  while (w < end && isSpaceCode(text.charCodeAt(w))) w++;
  let e = w;
  while (e < end && e - w < 8 && isLetterCode(text.charCodeAt(e))) e++;
  // "said he is committed to a collaboration that ...": the clause has begun; its "that" is its own.
  const first = lowerWordAt(text, w, e);
  if (first !== 'that' && CLAUSE_OPENERS.has(first)) return from;
  const reach = Math.min(end, from + THAT_REACH);
  for (let i = from; i < reach; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46 || c === 58 || c === 59 || isDoubleQuoteCode(c)) return from;
    if (c === 116 && text.startsWith('that', i) && isSpaceCode(text.charCodeAt(i - 1)) && isSpaceCode(text.charCodeAt(i + 4))) return i + 4;
    if (c === 115 && text.startsWith('saying', i) && isSpaceCode(text.charCodeAt(i - 1)) && isSpaceCode(text.charCodeAt(i + 6))) return i + 6;
  }
  return from;
}

/** Where the content before ", South Korean President Lee said" ends: at the comma or quote that opens the attribution. */
function clauseEndBefore(text: string, start: number, blockStart: number): number {
  const floor = Math.max(start, blockStart - TITLE_REACH);
  for (let i = blockStart - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || isDoubleQuoteCode(c) || c === 0x2019 || c === 0x27) return i;
    if (c === 46 || c === 59 || c === 58) break;
  }
  return blockStart;
}

/** Reported content is what the cue and speaker do not cover: after "X said that", or before ", X said". */
function reportedContent(text: string, unit: ClaimUnit, start: number, pick: Attribution): Span {
  const blockStart = Math.min(pick.cue.start, pick.ref.span.start);
  const blockEnd = Math.max(pick.cue.end, pick.ref.span.end);
  const after = { start: thatClauseStart(text, blockEnd, unit.end), end: unit.end };
  const before = { start, end: clauseEndBefore(text, start, blockStart) };
  let i = blockEnd;
  while (i < unit.end && isSpaceCode(text.charCodeAt(i))) i++;
  const next = text.charCodeAt(i);
  if (i >= unit.end || next === 44 || next === 46 || next === 59) return blockStart > start ? before : after;
  if (next === 58) return after;
  let j = i;
  while (j < unit.end && j - i < 8 && isLetterCode(text.charCodeAt(j))) j++;
  if (CLAUSE_OPENERS.has(lowerWordAt(text, i, j))) return after;
  return blockStart - start <= LEADING_SPEAKER || blockStart === start ? after : before;
}

/**
 * "The party's general secretary said ... . Carsten Linnemann added that ...", "The ministry's spokesperson told
 * KUNA that ... . Majed Al-Ansari said ...": an unnamed role's words followed at once by a named person who
 * "added", or who is named there for the first time with nothing said of who they are, were that person's.
 */
function nameUnnamedRoles(text: string, drafts: Draft[], entities: readonly EntityMention[]): void {
  let firstSeen: Map<string, number> | null = null;
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    const next = drafts[i + 1];
    if (d.speaker !== null || !d.ref || d.ref.kind !== 'role' || d.ref.type !== null || next.unit.paragraph - d.unit.paragraph > 2) continue;
    if (!next.cue || !next.ref || next.ref.kind !== 'name' || next.ref.type !== 'person' || !next.speaker) continue;
    // "at once": no line of the story between; and a source kept anonymous is nobody named after.
    if (lineBetween(text, d.unit.end, next.unit.start) || ANONYMOUS.test(text.slice(d.unit.start, d.unit.end))) continue;
    if (!ADDED.has(next.cue.text)) {
      // The name opens its sentence and the cue follows it: "Genoa boss Luca Moretti said" says who he is.
      if (next.cue.start < next.ref.span.end || text.slice(next.ref.span.end, next.cue.start).trim() !== '' || !opensWithName(text.slice(next.start, next.ref.span.start))) continue;
      if (!firstSeen) {
        firstSeen = new Map();
        for (const m of entities) if (!firstSeen.has(m.entity)) firstSeen.set(m.entity, m.start);
      }
      if (firstSeen.get(next.speaker) !== next.ref.span.start) continue;
    }
    d.speaker = next.speaker;
  }
}

/** Longest line that names a pull quote's speaker ("Ann Roe, associate professor of geography"). */
const NAME_LINE = 100;

/**
 * A quotation standing alone on its line, with a line below that holds only a person's name and perhaps their
 * title after a comma, is that person's: a pull quote over its credit.
 */
function namePullQuotes(text: string, drafts: Draft[], entities: readonly EntityMention[]): void {
  for (const d of drafts) {
    if (d.speaker !== undefined || d.cue !== null || !d.continues || !d.continues.closed) continue;
    if (d.unit.start > 0 && text.charCodeAt(d.unit.start - 1) !== 10) continue;
    let i = d.unit.end;
    while (i < text.length && i - d.unit.end < 4 && text.charCodeAt(i) !== 10 && isSpaceCode(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 10) continue;
    i++;
    while (i < text.length && i - d.unit.end < 8 && isSpaceCode(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i++;
    const m = personStartingAt(entities, i);
    if (!m) continue;
    let lineEnd = m.end;
    while (lineEnd < text.length && lineEnd - i <= NAME_LINE && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    if (lineEnd - i > NAME_LINE) continue;
    const rest = text.slice(m.end, lineEnd).trim();
    if (rest === '' || (rest.startsWith(',') && !rest.includes('.') && !isDoubleQuoteCode(rest.charCodeAt(rest.length - 1)))) d.speaker = m.entity;
  }
}

/** The person mention starting at `pos`, if any. */
function personStartingAt(entities: readonly EntityMention[], pos: number): EntityMention | null {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entities[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < entities.length && entities[k].start === pos; k++) if (entities[k].type === 'person') return entities[k];
  return null;
}

/**
 * A line that is only a speaker and a cue ("Health Secretary Ann Roe said:", "Ann Roe, head of the trust said."),
 * with the bare quote of the next line (or the one after a blank line) continuing its speaker.
 */
function cueLineOpensQuote(text: string, prev: Draft, d: Draft): boolean {
  if (d.cue !== null || d.continues === null || prev.cue === null || prev.ref === null || prev.kind !== 'reported') return false;
  if ((d.speaker ?? null) !== (prev.speaker ?? null) || d.unit.paragraph - prev.unit.paragraph > 2) return false;
  // Nothing reported on the cue line: only a colon or a stop after the cue, and no clause before the speaker.
  const tail = text.slice(prev.cue.end, prev.unit.end).trim();
  if (tail !== ':' && tail !== '.') return false;
  const speakerStart = Math.min(prev.ref.span.start, prev.cue.start);
  if (prev.ref.span.end > prev.cue.start || speakerStart - prev.start > CUE_LINE_TITLES || text.slice(prev.start, speakerStart).includes(',')) return false;
  const gap = text.slice(prev.unit.end, d.unit.start);
  return gap.trim() === '' && gap.includes('\n');
}

/** How long the titles before a cue line's speaker may run ("Cabinet Secretary for Health and Social Care"). */
const CUE_LINE_TITLES = 80;

/** A cueless quote right after a claim of the same speaker in the same paragraph. */
function continuesInParagraph(text: string, prev: Draft, d: Draft): boolean {
  if (d.cue !== null || d.continues === null || d.unit.paragraph !== prev.unit.paragraph || (d.speaker ?? null) !== (prev.speaker ?? null)) return false;
  return text.slice(prev.unit.end, d.unit.start).trim() === '';
}

/** Words that keep a source unnamed ("who asked not to be identified", "on condition of anonymity"). */
const ANONYMOUS = /\banonymity\b|\bnot (?:want |wish )?to be (?:named|identified)\b|\bdeclined to be (?:named|identified)\b|\bnot authori[sz]ed to speak\b/i;

/** How far from its cue the words keeping a source unnamed may stand ("according to a person granted anonymity to ..."). */
const ANONYMOUS_REACH = 90;

/** A cue whose source, just after "according to" or just before "said", is kept unnamed: a claim of no one named. */
function anonymousSource(text: string, cues: readonly Cue[], start: number, end: number): Attribution | undefined {
  for (const cue of cues) {
    let from: number;
    let to: number;
    if (cue.role === 'source') {
      from = cue.end;
      to = Math.min(end, cue.end + ANONYMOUS_REACH);
    } else if (cue.role === 'speech' && cue.strong) {
      from = Math.max(start, cue.start - ANONYMOUS_REACH);
      to = cue.start;
    } else continue;
    const words = text.slice(from, to);
    // Not across a quotation: words inside it are the speaker's own.
    if (/["“”]/.test(words)) continue;
    const m = ANONYMOUS.exec(words);
    if (!m) continue;
    // The unnamed source's words: "a person granted anonymity", "officials who spoke on condition of anonymity".
    const opening = cue.role === 'source' ? 0 : words.lastIndexOf(',', m.index) + 1;
    const lead = words.length - words.slice(opening).trimStart().length;
    const close = cue.role === 'source' ? m.index + m[0].length : words.trimEnd().length;
    return { cue, ref: { kind: 'group', span: { start: from + lead, end: from + close }, entity: null, type: null } };
  }
  return undefined;
}

/** Whether a line with words stands between two offsets, as a paragraph of its own. */
function lineBetween(text: string, from: number, to: number): boolean {
  // Between the offsets only: `indexOf` would read on through a text with no line break after them.
  let first = -1;
  let last = -1;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) !== 10) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0 || last <= first) return false;
  for (let k = first + 1; k < last; k++) if (isLetterCode(text.charCodeAt(k))) return true;
  return false;
}

function fillContinuations(drafts: Draft[], entities: readonly EntityMention[]): void {
  // A quote left open at a paragraph's end is continued by the next paragraph's quote and its cue.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i];
    const next = drafts[i + 1];
    // Paragraphs count lines, so a blank line between the two makes a gap of two.
    const gap = next.unit.paragraph - d.unit.paragraph;
    if (d.continues && !d.continues.closed && gap >= 1 && gap <= 2 && next.kind === 'quote' && next.speaker !== undefined) {
      d.speaker = next.speaker;
    }
  }
  // Otherwise a bare quote continues the previous claim's speaker.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.speaker !== undefined) continue;
    const prev = i > 0 ? drafts[i - 1] : null;
    const gap = prev ? d.unit.paragraph - prev.unit.paragraph : Infinity;
    // '"...," says Det. Ann Roe. ... Minutes later he approached a second woman. "There he ..."': a paragraph of
    // story between two quotations that names no other person leaves the quoted person speaking.
    const across = prev !== null && gap > 2 && gap <= STORY_GAP && prev.kind === 'quote' && prev.speaker ? onlyPersonBetween(entities, prev.unit.end, d.unit.start, prev.speaker) : false;
    d.speaker = prev && (gap <= 2 || across) ? (prev.speaker ?? null) : null;
  }
}

/** How many lines of story (blank lines counted) may stand between a quotation and the bare one it goes on in. */
const STORY_GAP = 4;

/** Whether the person mentions from `from` to `to` are all of `person` (or there are none). */
function onlyPersonBetween(entities: readonly EntityMention[], from: number, to: number, person: string): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entities[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < entities.length && entities[k].start < to; k++) if (entities[k].type === 'person' && entities[k].entity !== person) return false;
  return true;
}

function toClaim(text: string, read: string, d: Draft): Claim {
  const content = trimSpan(text, d.content, d.start, d.unit.end);
  // A repaired mark's padding belongs to the claim where the text there is its mojibake, not a space.
  let start = d.start;
  while (start > 0 && read.charCodeAt(start - 1) === ZWSP_CODE && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  let end = d.unit.end;
  while (end < text.length && read.charCodeAt(end) === ZWSP_CODE && !isSpaceCode(text.charCodeAt(end))) end++;
  return {
    start,
    end,
    text: text.slice(start, end),
    kind: d.kind,
    content,
    cue: d.cue ? { start: d.cue.start, end: d.cue.end, text: d.cue.text } : null,
    speaker: d.speaker ?? null,
    speakerSpan: d.ref ? { start: d.ref.span.start, end: d.ref.span.end } : null,
  };
}

const ZWSP_CODE = 0x200b;

const EDGE_WORDS = new Set(['that', 'as', 'and']);

/** Trims spaces, edge punctuation and a dangling "that" / "as" from a content span; falls back to the whole claim. */
function trimSpan(text: string, span: Span, floor: number, ceil: number): Span {
  let { start, end } = span;
  for (let round = 0; round < 2; round++) {
    while (start < end && isEdgeCode(text.charCodeAt(start))) start++;
    while (end > start && isEdgeCode(text.charCodeAt(end - 1))) end--;
    let w = start;
    while (w < end && w - start < 5 && isLowerAscii(text.charCodeAt(w))) w++;
    if (w > start && w < end && isSpaceCode(text.charCodeAt(w)) && EDGE_WORDS.has(text.slice(start, w))) start = w;
    w = end;
    while (w > start && end - w < 5 && isLowerAscii(text.charCodeAt(w - 1))) w--;
    if (w < end && w > start && isSpaceCode(text.charCodeAt(w - 1)) && EDGE_WORDS.has(text.slice(w, end))) end = w;
  }
  return start < end ? { start, end } : { start: floor, end: ceil };
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isEdgeCode(c: number): boolean {
  return isSpaceCode(c) || c === 44 || c === 46 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013;
}
