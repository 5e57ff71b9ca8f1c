import search from 'approx-string-match';
import type { AnchorStatus } from './model';

/**
 * Finding an annotation's words in the article's current text.
 *
 * Web annotation tools are known for re-attaching a note to a passage that
 * merely looks like the original. Here a match away from the recorded
 * position must be earned: the exact quote with agreeing context, or a close
 * fuzzy match of the quote whose surrounding text ALSO agrees. Anything less
 * leaves the annotation an orphan, kept for the analyst to re-attach.
 */

/** What a sidecar recorded about where an annotation's words were. */
export interface AnchorSelectors {
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  position: { start: number; end: number } | null;
}

export type Anchor =
  | { status: Exclude<AnchorStatus, 'orphan'>; start: number; end: number; score: number }
  | { status: 'orphan'; reason: string };

/** A fuzzy match must differ from the quote in at most this share of its characters. */
export const MIN_QUOTE_SCORE = 0.75;
/** The text around a moved or fuzzy match must agree with the recorded context at least this much. */
export const MIN_CONTEXT_SCORE = 0.6;
/**
 * Quotes at least this long are their own evidence when they occur exactly
 * once: a whole sentence reappearing verbatim is the same sentence moved.
 * Shorter ones ("the vote was fair") recur in other mouths and need context.
 */
const SELF_EVIDENT_QUOTE_LENGTH = 80;
/** Unrelated English text scores about 0.3 against a context, so a moved unique quote needs more. */
const MIN_MOVED_CONTEXT_SCORE = 0.5;
const MAX_EXACT_CANDIDATES = 1000;
const MAX_FUZZY_CANDIDATES = 200;
/** Longer quotes are only re-found exactly: fuzzy search time grows with quote length. */
const MAX_FUZZY_QUOTE_LENGTH = 4000;

/** Anchors one annotation in `text`. */
export function anchor(text: string, selectors: AnchorSelectors): Anchor {
  const { exact, position } = selectors;
  if (!exact) {
    if (position && position.end <= text.length && position.start <= position.end) {
      return { status: 'position', start: position.start, end: position.end, score: 1 };
    }
    return { status: 'orphan', reason: 'its recorded position lies beyond the end of the text' };
  }
  if (position && text.slice(position.start, position.end) === exact) {
    return { status: 'position', start: position.start, end: position.end, score: 1 };
  }
  const exactMatch = anchorExact(text, selectors, exact);
  if (exactMatch) return exactMatch;
  return anchorFuzzy(text, selectors, exact);
}

function anchorExact(text: string, selectors: AnchorSelectors, exact: string): Anchor | null {
  const found: { start: number; context: number | null }[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, context: contextScore(text, at, at + exact.length, selectors) });
  }
  if (found.length === 0) return null;
  const near = (start: number) => (selectors.position ? Math.abs(start - selectors.position.start) : start);
  if (found.length === 1) {
    const only = found[0]!;
    const agrees = only.context === null || only.context >= MIN_MOVED_CONTEXT_SCORE || exact.length >= SELF_EVIDENT_QUOTE_LENGTH;
    return agrees ? { status: 'quote', start: only.start, end: only.start + exact.length, score: only.context ?? 1 } : null;
  }
  const known = found.filter((f) => f.context !== null);
  if (known.length === 0) {
    // Without recorded context all copies are equal; the recorded position is the only evidence left.
    const best = found.reduce((a, b) => (near(b.start) < near(a.start) ? b : a));
    return { status: 'quote', start: best.start, end: best.start + exact.length, score: 0.5 };
  }
  const best = known.reduce((a, b) =>
    b.context! > a.context! || (b.context === a.context && near(b.start) < near(a.start)) ? b : a,
  );
  if (best.context! < MIN_CONTEXT_SCORE) return null;
  return { status: 'quote', start: best.start, end: best.start + exact.length, score: best.context! };
}

function anchorFuzzy(text: string, selectors: AnchorSelectors, exact: string): Anchor {
  if (exact.length > MAX_FUZZY_QUOTE_LENGTH) {
    return { status: 'orphan', reason: 'its words are no longer in the text' };
  }
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SCORE));
  if (maxErrors === 0) return { status: 'orphan', reason: 'its words are no longer in the text' };
  const matches = search(text, exact, maxErrors).slice(0, MAX_FUZZY_CANDIDATES);
  let best: { start: number; end: number; score: number } | null = null;
  let lookAlike = false;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / exact.length;
    if (quoteScore < MIN_QUOTE_SCORE) continue;
    const context = contextScore(text, m.start, m.end, selectors);
    if (context === null ? quoteScore < 0.9 : context < MIN_CONTEXT_SCORE) {
      lookAlike = true;
      continue;
    }
    const positionScore = selectors.position ? 1 - Math.min(1, Math.abs(m.start - selectors.position.start) / Math.max(1, text.length)) : 0;
    const score = (50 * quoteScore + 40 * (context ?? quoteScore) + 2 * positionScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  if (best) return { status: 'fuzzy', ...best };
  return {
    status: 'orphan',
    reason: lookAlike
      ? 'similar words remain elsewhere, but their surroundings differ from where the annotation was made'
      : 'its words are no longer in the text',
  };
}

/**
 * How well the text around `start..end` agrees with the recorded prefix and
 * suffix, from 0 to 1; null when no context was recorded.
 */
export function contextScore(text: string, start: number, end: number, selectors: AnchorSelectors): number | null {
  const scores: number[] = [];
  if (selectors.prefix) scores.push(similarity(selectors.prefix, text.slice(Math.max(0, start - selectors.prefix.length), start)));
  if (selectors.suffix) scores.push(similarity(selectors.suffix, text.slice(end, end + selectors.suffix.length)));
  if (scores.length === 0) return null;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** 1 minus the edit distance of `pattern` within `window`, relative to the pattern's length. */
function similarity(pattern: string, window: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  const matches = search(window, pattern, pattern.length);
  const errors = matches.reduce((min, m) => Math.min(min, m.errors), pattern.length);
  return 1 - errors / pattern.length;
}
