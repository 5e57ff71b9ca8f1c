import { isLetterCode, isSpaceCode, isUpperCode } from './claimTokens';
import type { ClaimUnit } from './claimUnits';
import type { EntityMention, Span } from './types';

// Transcripts of briefings and interviews name each speaker's turn with a label
// opening its paragraph ("Mao Ning: I have noted the report."); the turn runs on
// over the paragraphs after it until the next label, with no cue of its own.

/** How far into a paragraph a label's colon may stand ("Foreign Ministry Spokesperson Mao Ning:"). */
const LABEL_REACH = 48;
/** Most words in a label. */
const LABEL_WORDS = 5;
/** A transcript has at least this many labelled turns; one "Name:" line alone is a heading. */
const MIN_LABELS = 2;

/** The turns of a transcript, by paragraph index. */
export interface Turns {
  /** Whose turn each paragraph from the first label on is: a person, or null for anyone else ("Q:", "Xinhua News Agency:"). */
  speakers: Map<number, EntityMention | null>;
  /** Where each of those paragraphs' last claim unit ends. */
  ends: Map<number, number>;
  /** The label opening a paragraph, by paragraph index. */
  labels: Map<number, { start: number; end: number }>;
}

/**
 * Reads a transcript's turns: null unless at least two paragraphs open with a
 * label (a few capitalized words and a colon, then the paragraph's words) and
 * one label is a person the entity finder named. Linear in the units.
 */
export function transcriptTurns(text: string, units: readonly ClaimUnit[], people: readonly EntityMention[]): Turns | null {
  const starts = new Map<number, EntityMention>();
  for (const m of people) if (m.type === 'person') starts.set(m.start, m);
  const labels = new Map<number, { start: number; end: number }>();
  const owners = new Map<number, EntityMention | null>();
  const ends = new Map<number, number>();
  let personLabels = 0;
  let paragraph = -1;
  for (const unit of units) {
    ends.set(unit.paragraph, unit.end);
    if (unit.paragraph === paragraph) continue;
    paragraph = unit.paragraph;
    const label = labelAt(text, unit.start, unit.end);
    if (!label) continue;
    labels.set(paragraph, label);
    const person = starts.get(label.start);
    const owner = person && person.end === label.end - 1 ? person : null;
    if (owner) personLabels++;
    owners.set(paragraph, owner);
  }
  if (labels.size < MIN_LABELS || personLabels === 0) return null;
  const speakers = new Map<number, EntityMention | null>();
  let current: EntityMention | null | undefined;
  for (const p of ends.keys()) {
    if (owners.has(p)) current = owners.get(p) ?? null;
    if (current !== undefined) speakers.set(p, current);
  }
  return { speakers, ends, labels };
}

/** A label at the start of a paragraph: capitalized words up to a colon that more words follow. Its span includes the colon. */
function labelAt(text: string, start: number, end: number): { start: number; end: number } | null {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  const from = i;
  if (!isUpperCode(text.charCodeAt(i))) return null;
  let words = 1;
  for (; i < end && i - from < LABEL_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) break;
    if (c === 32) {
      words++;
      if (words > LABEL_WORDS || !isUpperCode(text.charCodeAt(i + 1))) return null;
    } else if (!isLetterCode(c) && c !== 46 && c !== 45 && c !== 0x2019 && c !== 39) return null;
  }
  if (text.charCodeAt(i) !== 58 || i === from || text.charCodeAt(i + 1) !== 32 || i + 2 >= end) return null;
  return { start: from, end: i + 1 };
}

// An interview printed as questions and answers with no labels: a short question
// alone on its line, the interviewee's answer on the next line, unquoted.

/** Most words in a question line; a longer line ending in "?" is a sentence of the story. */
const QUESTION_WORDS = 30;
/** An interview has at least this many questions followed by an answer; one rhetorical question is not one. */
const MIN_QUESTIONS = 2;

/**
 * The answers of an unlabelled interview ("How did you start?" then "By accident. I was ..."), as turns of
 * the person it is with: the person most often named. Null unless at least two question lines are followed
 * by an answer line. A line with quotation marks is the story's own and no answer. Linear in the units.
 */
export function interviewAnswers(text: string, units: readonly ClaimUnit[], people: readonly EntityMention[], headline: Span | null = null): Turns | null {
  const paragraphs: { start: number; end: number; quoted: boolean }[] = [];
  const index = new Map<number, number>();
  for (const unit of units) {
    let k = index.get(unit.paragraph);
    if (k === undefined) {
      k = paragraphs.length;
      index.set(unit.paragraph, k);
      // An answer may quote someone ('My wife told me, "If you stop now ..."'); a line opening with a quotation is the story's.
      paragraphs.push({ start: unit.start, end: unit.end, quoted: unit.quotes.length > 0 && opensWithQuote(text, unit.start, unit.quotes[0].open) });
    }
    paragraphs[k].end = unit.end;
  }
  const keys = [...index.keys()];
  const answers: number[] = [];
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const q = paragraphs[k];
    const a = paragraphs[k + 1];
    if (q.quoted || a.quoted || !isQuestion(text, q.start, q.end) || isQuestion(text, a.start, a.end)) continue;
    answers.push(keys[k + 1]);
  }
  if (answers.length < MIN_QUESTIONS) return null;
  // The person the headline names is the one interviewed ("Marcos Herrera on goals, ..."), however often the answers name another.
  const interviewee = headlinePerson(people, headline) ?? mostNamedPerson(people);
  if (!interviewee) return null;
  const speakers = new Map<number, EntityMention | null>();
  const ends = new Map<number, number>();
  for (const p of answers) {
    speakers.set(p, interviewee);
    ends.set(p, paragraphs[index.get(p)!].end);
  }
  return { speakers, ends, labels: new Map() };
}

/** A line of a few words, no more, ending in a question mark. */
function isQuestion(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === start || text.charCodeAt(e - 1) !== 63) return false;
  let words = 1;
  for (let i = start; i < e; i++) if (text.charCodeAt(i) === 32 && ++words > QUESTION_WORDS) return false;
  return true;
}

/** The first person a headline names, or null. */
function headlinePerson(people: readonly EntityMention[], headline: Span | null): EntityMention | null {
  if (!headline) return null;
  for (const m of people) {
    if (m.start >= headline.end) break;
    if (m.type === 'person' && m.start >= headline.start) return m;
  }
  return null;
}

/** Whether only spaces stand between a paragraph's start and its first quotation mark. */
function opensWithQuote(text: string, start: number, open: number): boolean {
  for (let i = start; i < open; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The first mention of the person named most often, or null where no person is named. */
function mostNamedPerson(people: readonly EntityMention[]): EntityMention | null {
  const counts = new Map<string, { first: EntityMention; n: number }>();
  let best: { first: EntityMention; n: number } | null = null;
  for (const m of people) {
    if (m.type !== 'person') continue;
    let c = counts.get(m.entity);
    if (!c) counts.set(m.entity, (c = { first: m, n: 0 }));
    c.n++;
    if (!best || c.n > best.n) best = c;
  }
  return best ? best.first : null;
}
