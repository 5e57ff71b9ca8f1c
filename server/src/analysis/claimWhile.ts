import type { ClaimUnit } from './claimUnits';
import type { Cue } from './cues';

// "..., he said, while Fidan said the two nations were brothers": a sentence whose claim is
// followed by ", while" and a second speaker's verb holds two claims, the second one that
// speaker's, not the first's.

const WHILE = ', while ';
/** How far after "while" the second speaker's verb may stand ("while Independent Election Commission (IEC) chairman Musa Maaytah said"). */
const SUBJECT_REACH = 90;
/** A sentence is tried at this many of its ", while"s at most, so a megabyte without a stop costs a few passes over its quotes and cues, not one per comma. */
const MAX_TRIES = 4;
/** A quote of fewer words is a scare quote, not a quotation. */
const QUOTATION_WORDS = 3;

/**
 * The units with each one that holds a cue, then ", while", a subject and a verb of speech
 * (no comma or stop between), cut in two at the comma. Cues must be sorted; linear in the text
 * and the cues.
 */
export function splitWhileClauses(text: string, units: readonly ClaimUnit[], cues: readonly Cue[]): ClaimUnit[] {
  let at = text.indexOf(WHILE);
  if (at < 0) return units as ClaimUnit[];
  const out: ClaimUnit[] = [];
  let c = 0;
  for (const unit of units) {
    while (at >= 0 && at < unit.start) at = text.indexOf(WHILE, at + 1);
    let rest = unit;
    for (let tries = 0; at >= 0 && at < rest.end && tries < MAX_TRIES; tries++) {
      const after = at + WHILE.length;
      while (c < cues.length && cues[c].start < rest.start) c++;
      const cut = insideQuote(rest, at) ? -1 : secondSpeakerCue(text, cues, c, rest, at, after);
      if (cut >= 0) {
        out.push(part(rest, rest.start, at));
        rest = part(rest, after, rest.end);
      }
      at = text.indexOf(WHILE, at + 1);
    }
    out.push(rest);
  }
  return out;
}

/** Where the verb of speech after "while" starts when it follows closely and a strong cue or a quotation stands before `at`; -1 when not. */
function secondSpeakerCue(text: string, cues: readonly Cue[], from: number, unit: ClaimUnit, at: number, after: number): number {
  let before = false;
  for (let k = from; k < cues.length && cues[k].start < unit.end; k++) {
    const cue = cues[k];
    if (cue.end <= at) {
      // "Moody's affirmed Britain's rating, while S&P said": a weak verb before may report an act, not words.
      before ||= cue.strong || unit.quotes.some((q) => q.open < at && q.words >= QUOTATION_WORDS);
      continue;
    }
    if (cue.start < after) continue;
    if (!before || cue.role !== 'speech' || cue.start - after > SUBJECT_REACH) return -1;
    for (let i = after; i < cue.start; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 44 || ch === 46 || ch === 59 || ch === 34 || ch === 0x201c) return -1;
    }
    return cue.start;
  }
  return -1;
}

function insideQuote(unit: ClaimUnit, at: number): boolean {
  for (const q of unit.quotes) if (q.open < at && at < q.close) return true;
  return false;
}

/** A unit with other bounds and the quotes that open within them, built as claimUnits builds units. */
function part(unit: ClaimUnit, start: number, end: number): ClaimUnit {
  return { start, end, paragraph: unit.paragraph, quotes: unit.quotes.filter((q) => q.open >= start && q.open < end) };
}
