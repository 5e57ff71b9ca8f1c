import { isSpaceCode, lowerWordAt, lowerWordBefore, wordEndAt, wordStartBefore } from './claimTokens';
import type { Attribution } from './claims';
import type { Cue } from './cues';
import type { SpeakerRef } from './speakerSearch';

// Which cue a sentence whose subject is a group ("Two sources", "Economists") or a document no one owns ("A study") is attributed by.

/**
 * A group subject's own strong verb, when no one else's cue comes before it: "Two sources close to the talks said
 * the gap was smaller than the public statements suggested" is the sources' (no one's in particular), not the
 * statements' owner's; "Economists polled by Reuters expected" is the economists', not the pollster's.
 */
export function groupSubjectSaid(text: string, subject: SpeakerRef, cues: readonly Cue[], attributions: readonly Attribution[], start: number): Attribution | undefined {
  const cue = cues.find((c) => c.strong && c.role === 'speech' && c.start > subject.span.end);
  if (!cue) return undefined;
  const other = (a: Attribution) => a.ref.kind !== 'group' && a.ref.span.start !== subject.span.start && !agentOfParticiple(text, a.ref.span.start, start);
  if (attributions.some((a) => a.cue.start <= cue.start && other(a))) return undefined;
  return { cue, ref: subject };
}

/**
 * An unowned document subject's own verb: "A study published last year in the journal Nature estimated that" and
 * "A report to the council's cabinet, published on Monday, said" are the study's and the report's (no one's in
 * particular), not the journal's or the cabinet's, named only inside the subject's own phrase.
 */
export function documentSubjectSaid(subject: SpeakerRef, cues: readonly Cue[], attributions: readonly Attribution[]): Attribution | undefined {
  const cue = cues.find((c) => c.start > subject.span.end && (c.role === 'speech' || c.role === 'document'));
  if (!cue) return undefined;
  const own = attributions.find((a) => a.cue === cue);
  if (!own || own.ref.kind === 'group' || own.ref.kind === 'pronoun' || own.ref.span.start < subject.span.end) return undefined;
  if (attributions.some((a) => a.cue.start < cue.start && a.ref.kind !== 'group')) return undefined;
  return { cue, ref: subject };
}

/** Whether a name follows a participle and "by" ("polled by Reuters", "surveyed by the bank"): it acts on the subject, it does not speak. */
function agentOfParticiple(text: string, nameStart: number, start: number): boolean {
  let at = nameStart;
  if (lowerWordBefore(text, at, start, 3) === 'the') at = wordStartBefore(text, at, start, 3);
  const byAt = wordStartBefore(text, at, start, 2);
  if (byAt < 0 || lowerWordAt(text, byAt, wordEndAt(text, byAt)) !== 'by') return false;
  const participle = lowerWordBefore(text, byAt, start, 14);
  return participle.length > 3 && participle.endsWith('ed');
}

/** Numbers counting a group after "the" ("the two ministers"): a few people the article has named, one by one. */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four']);

/**
 * "The two Foreign Ministers underlined ...": a group counted after "the" is a few people already named, speaking
 * together, whose weaker verbs report words as a named party's do ("Both leaders emphasized ..." stays no claim).
 */
export function countedGroup(text: string, subject: SpeakerRef): boolean {
  let at = subject.span.start;
  if (lowerWordAt(text, at, wordEndAt(text, at)) !== 'the') return false;
  at = wordEndAt(text, at);
  while (at < subject.span.end && isSpaceCode(text.charCodeAt(at))) at++;
  return COUNTING_WORDS.has(lowerWordAt(text, at, wordEndAt(text, at)));
}
