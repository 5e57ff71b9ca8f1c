import { periodEndAt, startsPeriodEnd } from './datePeriodEnd';
import { endsDayRange, startsRange, widenBackToRange, widenToRange } from './dateRanges';
import { leanAround, resolveMeaning, type Anchor, type DateMeaning } from './dateResolve';
import { matchDate, PARTS_OF_DAY } from './dateRules';
import { DateTokens } from './dateTokens';
import { parseShortDate } from './dateWords';
import { isValidDate, parseIsoDate } from './timex';
import type { ArticleStructure, DateMention } from './types';

/**
 * How many windows one article may hand to chrono-node (ranges, "end of the
 * month"). An article holds a few; the cap keeps a megabyte of them linear
 * and quick, the scanner's own rules reading the rest.
 */
const MAX_CHRONO_READS = 64;

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
  let chronoReads = 0;
  for (let i = 0; i < count; ) {
    const match = matchDate(tokens, i);
    if (!match) {
      const periodEnd = chronoReads < MAX_CHRONO_READS && startsPeriodEnd(tokens, i) ? (chronoReads++, periodEndAt(text, tokens, i, anchor)) : null;
      if (periodEnd) {
        dates.push(periodEnd);
        while (i < count && tokens.start(i) < periodEnd.end) i++;
      } else i++;
      continue;
    }
    const start = tokens.start(match.first);
    const end = tokens.end(match.last);
    const lean = needsLean(match.meaning) ? leanAround(text, start, end) : 'none';
    const resolved = resolveMeaning(match.meaning, anchor, lean);
    let mention: DateMention = { start, end, text: text.slice(start, end), ...resolved };
    i = match.last + 1;
    // "Monday morning": the weekday's day with the part of it, as "last night" is.
    const part = match.meaning.t === 'weekday' && i < count && !tokens.broken(i) ? PARTS_OF_DAY.get(tokens.key(i)) : undefined;
    if (part) {
      const partEnd = tokens.end(i);
      mention = { ...mention, end: partEnd, text: text.slice(start, partEnd), value: `${mention.value}T${part}`, kind: 'time' };
      i++;
    }
    if (chronoReads < MAX_CHRONO_READS && endsDayRange(tokens, match.first) && (dates.at(-1)?.end ?? 0) <= tokens.start(match.first - 2)) {
      chronoReads++;
      mention = widenBackToRange(text, tokens.start(match.first - 2), mention) ?? mention;
    } else if (chronoReads < MAX_CHRONO_READS && startsRange(tokens, match.last)) {
      chronoReads++;
      const range = widenToRange(text, mention);
      if (range) {
        mention = range;
        while (i < count && tokens.start(i) < range.end) i++;
      }
    }
    dates.push(mention);
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
