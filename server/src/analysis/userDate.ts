import { chronoDay, chronoParse, noonOf } from './chronoDates';
import { formatDate, parseIsoDate } from './timex';

/** Longest input read: a date an analyst types is short; anything longer is not one. */
const MAX_INPUT = 80;

// Two numbers up to 12 before a year ("03/04/2025") are read differently in the US and elsewhere.
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/;

/**
 * A date an analyst types for an article ("24 Nov 2025", "November 24, 2025",
 * "2025/11/24") as ISO `YYYY-MM-DD`, or null when the text is not one
 * unambiguous calendar day. The whole input must be the date (a label before
 * it or a time of day after it may stay). The day must be written as a
 * number: an article's date is a fact about the article, and words such as
 * "next Tuesday" or "yesterday" only say something about the day they are
 * typed. A numeric day and month that could be either way round
 * ("03/04/2025") is refused rather than guessed.
 *
 * @param text what the analyst typed
 * @param reference the day that picks the year of a date typed without one ("Nov 24"); today by default
 */
export function parseUserDate(text: string, reference?: Date): string | null {
  const input = text.trim();
  if (input.length === 0 || input.length > MAX_INPUT || !/\d/.test(input)) return null;
  const iso = input.length === 10 ? parseIsoDate(input) : null;
  if (iso) return formatDate(iso);
  const numeric = AMBIGUOUS_NUMERIC.exec(input);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) return null;
  const now = reference ?? new Date();
  const results = chronoParse(input, noonOf(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()));
  if (results.length !== 1) return null;
  const result = results[0]!;
  // A short label may come before ("Published: "), nothing but punctuation after.
  const before = input.slice(0, result.index).trimEnd();
  if ((before !== '' && (before.length > 16 || !before.endsWith(':'))) || /[\p{L}\p{N}]/u.test(input.slice(result.index + result.text.length))) return null;
  const day = chronoDay(result);
  return day ? formatDate(day) : null;
}
