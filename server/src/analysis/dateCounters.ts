import { on } from './dateMatch';
import { NUMBER, type DateTokens } from './dateTokens';

/** Words that label a page's counters ("2,074 views", "Views: 2025", "14 Comments"). */
const COUNTER_WORDS: ReadonlySet<string> = new Set(['views', 'reads', 'shares', 'comments', 'likes', 'hits', 'visits', 'reactions', 'clicks']);

/**
 * Whether the number at token `i` is a page's counter rather than a year: labelled as one just before or after
 * ("Views: 2025", "2025 Views"), or a number alone on its line beside another line holding a number alone
 * ("0\n2074": shares and views under a headline).
 */
export function isPageCounter(t: DateTokens, i: number): boolean {
  if (on(t, i + 1) && COUNTER_WORDS.has(t.key(i + 1))) return true;
  const before = i > 0 && t.is(i - 1, ':') ? i - 2 : i - 1;
  if (before >= 0 && COUNTER_WORDS.has(t.key(before)) && (before === i - 1 || on(t, i - 1))) return true;
  if (!aloneOnLine(t, i)) return false;
  return (i > 0 && t.kind(i - 1) === NUMBER && aloneOnLine(t, i - 1)) || (i + 1 < t.length && t.kind(i + 1) === NUMBER && aloneOnLine(t, i + 1));
}

/** Token `i` is the only token on its line. */
function aloneOnLine(t: DateTokens, i: number): boolean {
  return (i === 0 || t.broken(i)) && !on(t, i + 1);
}
