import { leanAround, resolveMeaning, type Anchor, type DateMeaning } from './dateResolve';
import { matchDate } from './dateRules';
import { DateTokens } from './dateTokens';
import { parseShortDate } from './dateWords';
import { isValidDate, parseIsoDate } from './timex';
import type { ArticleStructure, DateMention } from './types';

/**
 * Finds dates, times and durations, normalized against the article's date:
 * one tokenizing pass, then short rule matches at each token, so the time
 * taken grows with the text's length only.
 */
export function findDates(text: string, structure: ArticleStructure, dct: string | null): DateMention[] {
  const tokens = new DateTokens(text);
  const anchor = anchorOf(structure, text, dct);
  const dates: DateMention[] = [];
  const count = tokens.length;
  for (let i = 0; i < count; ) {
    const match = matchDate(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    const start = tokens.start(match.first);
    const end = tokens.end(match.last);
    const lean = needsLean(match.meaning) ? leanAround(text, start, end) : 'none';
    const resolved = resolveMeaning(match.meaning, anchor, lean);
    dates.push({ start, end, text: text.slice(start, end), ...resolved });
    i = match.last + 1;
  }
  return dates;
}

function needsLean(meaning: DateMeaning): boolean {
  return meaning.t === 'monthDay' || meaning.t === 'month' || meaning.t === 'weekday' || meaning.t === 'weekend';
}

/** The article's date, or the month and day of a dateline that gives no year. */
function anchorOf(structure: ArticleStructure, text: string, dct: string | null): Anchor | null {
  const date = parseIsoDate(dct);
  if (date) return { date, yearKnown: true };
  const datelineDate = structure.dateline?.date;
  if (!datelineDate || datelineDate.end > text.length) return null;
  const short = parseShortDate(text.slice(datelineDate.start, datelineDate.end));
  if (!short) return null;
  if (short.y !== null && isValidDate(short.y, short.m, short.d)) return { date: { y: short.y, m: short.m, d: short.d }, yearKnown: true };
  // A leap year, so that a dateline of February 29 stays a valid day.
  return isValidDate(2000, short.m, short.d) ? { date: { y: 2000, m: short.m, d: short.d }, yearKnown: false } : null;
}
