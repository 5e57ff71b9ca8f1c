import type { DateMatch } from './dateMatch';
import { matchDate } from './dateRules';
import { DateTokens, NUMBER, PUNCT, WORD } from './dateTokens';
import { MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './dateWords';
import { shortLineText, type Line } from './textLines';

/** Timestamp lines are short; a longer line is prose that happens to hold a date. */
const MAX_STAMP = 80;

/** Words a timestamp line may hold besides its date: labels, meridiems, "at". */
const LABELS = new Set(['published', 'updated', 'posted', 'date', 'last', 'on', 'at', 'created', 'modified', 'time', 'am', 'pm', 'a', 'p', 'm']);

/**
 * The full date a line stamps, as `YYYY-MM-DD`, when the line holds nothing
 * but that date with a time, a weekday, a time zone or a label around it:
 * `2025-06-26 05:05:38`, `Published: March 3, 2025`, `Mon 24 Nov 2025 10.05 GMT`.
 */
export function timestampOf(text: string, line: Line): string | null {
  const content = shortLineText(text, line, MAX_STAMP);
  if (content === null || !/\d/.test(content)) return null;
  const t = new DateTokens(content);
  let date: string | null = null;
  for (let i = 0; i < t.length; ) {
    const match: DateMatch | null = date === null ? matchDate(t, i) : null;
    if (match && match.meaning.t === 'fixed' && /^\d{4}-\d{2}-\d{2}/.test(match.meaning.value)) {
      date = match.meaning.value.slice(0, 10);
      i = match.last + 1;
      continue;
    }
    if (!isStampFiller(t, i)) return null;
    i++;
  }
  return date;
}

/** A line that holds nothing but a date or timestamp. */
export function isTimestampLine(text: string, line: Line): boolean {
  return timestampOf(text, line) !== null;
}

function isStampFiller(t: DateTokens, i: number): boolean {
  const kind = t.kind(i);
  if (kind === PUNCT || kind === NUMBER) return true;
  if (kind !== WORD) return false;
  const key = t.key(i);
  if (LABELS.has(key) || WEEKDAYS.has(key) || WEEKDAY_ABBREVIATIONS.has(key) || MONTHS.has(key)) return true;
  // Time zones: "GMT", "UTC", "KST", "ET".
  const length = t.end(i) - t.start(i);
  return length >= 1 && length <= 4 && t.text.slice(t.start(i), t.end(i)) === key.toUpperCase();
}
