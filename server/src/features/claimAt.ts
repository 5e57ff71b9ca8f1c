import type { Analysis, Span } from '../analysis/types';

/** How far a sentence is looked for around the cursor, so a huge line stays cheap. */
const MAX_SENTENCE_REACH = 2000;

/**
 * The claim under `offset`, or failing one the sentence around it (so an
 * analyst can tag a statement the analysis did not recognise as a claim).
 * A single linear scan each way; no regular expression.
 */
export function claimOrSentenceAt(text: string, analysis: Analysis, offset: number): (Span & { isClaim: boolean }) | null {
  const claims = analysis.claims.filter((c) => c.start <= offset && offset <= c.end);
  if (claims.length > 0) {
    const tightest = claims.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    return { start: tightest.start, end: tightest.end, isClaim: true };
  }
  return sentenceAt(text, offset);
}

function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || c === 13;
}

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 34 || next === 0x201d;
}

/** The sentence (bounded by . ! ? or a line break) around `offset`, trimmed; null on blank text. */
export function sentenceAt(text: string, offset: number): (Span & { isClaim: false }) | null {
  const at = Math.max(0, Math.min(offset, text.length));
  let start = at;
  const lowest = Math.max(0, at - MAX_SENTENCE_REACH);
  while (start > lowest && !isBreak(text, start - 1) && !endsSentence(text, start - 1)) start--;
  let end = at;
  const highest = Math.min(text.length, at + MAX_SENTENCE_REACH);
  while (end < highest && !isBreak(text, end)) {
    if (endsSentence(text, end)) {
      end++;
      if (text[end] === '"' || text[end] === '\u201d') end++;
      break;
    }
    end++;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, isClaim: false } : null;
}
