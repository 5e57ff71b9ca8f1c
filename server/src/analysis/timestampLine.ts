import { chronoDay, chronoParse } from './chronoDates';
import type { DateMatch } from './dateMatch';
import { matchDate } from './dateRules';
import { DateTokens, NUMBER, PUNCT, WORD } from './dateTokens';
import type { DayOrder } from './numericDateOrder';
import { MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './dateWords';
import { shortLineText, type Line } from './textLines';
import { formatDate } from './timex';

/** Timestamp lines are short; a longer line is prose that happens to hold a date. */
const MAX_STAMP = 80;

/** Words a timestamp line may hold besides its date: labels, meridiems, "at". */
// "09.02.2027 - Update : 09.02.2027": an agency page's stamp and its update.
// "12:32 H." marks the hour; "/ in 4 years", "/ 2 hours ago": a page's own reckoning of the stamp's age.
const LABELS = new Set(['published', 'updated', 'update', 'posted', 'date', 'last', 'on', 'at', 'created', 'modified', 'time', 'am', 'pm', 'a', 'p', 'm', 'h', 'in', 'ago', 'years', 'year', 'months', 'month', 'days', 'day', 'hours', 'hour', 'minutes', 'min', 'mins']);

/**
 * The full date a line stamps, as `YYYY-MM-DD`, when the line holds nothing
 * but that date with a time, a weekday, a time zone or a label around it:
 * `2025-06-26 05:05:38`, `Published: March 3, 2025`, `Mon 24 Nov 2025 10.05 GMT`.
 */
export function timestampOf(text: string, line: Line, dayOrder: DayOrder | null = null): string | null {
  const content = shortLineText(text, line, MAX_STAMP);
  if (content === null || !/\d/.test(content)) return null;
  const whole = stampOf(content, dayOrder);
  if (whole !== null) return whole;
  if (content.includes('|')) {
    // "India News | Edited by Ann Roe | Updated: March 4, 2024 9:41 pm IST": a page's header
    // line of fields set apart by bars; the field that holds nothing but a date stamps it.
    for (const field of content.split('|')) {
      const date = /\d/.test(field) ? (stampOf(field, dayOrder) ?? sourcedStamp(field, dayOrder)) : null;
      if (date !== null) return date;
    }
  }
  const tail = labelledTail(content);
  return tail === null ? (sourcedStamp(content, dayOrder) ?? sectionLedStamp(content, dayOrder)) : stampOf(tail, dayOrder);
}

/** How many words a section's name may have before its stamp. */
const SECTION_WORDS = 4;

/**
 * "All News 17:03 October 04, 2027": a section's name, one to four capitalised words, then nothing but a
 * stamp that states its year. Each cut after a word is tried; a lowercase word or a number ends the name.
 */
function sectionLedStamp(content: string, dayOrder: DayOrder | null): string | null {
  let at = 0;
  for (let words = 0; words < SECTION_WORDS; words++) {
    while (at < content.length && content.charCodeAt(at) === 32) at++;
    const c = content.charCodeAt(at);
    if (!(c >= 0x41 && c <= 0x5a)) return null;
    while (at < content.length && isLetter(content.charCodeAt(at))) at++;
    if (at < content.length && content.charCodeAt(at) !== 32) return null;
    const rest = content.slice(at);
    if (STATED_YEAR.test(rest)) {
      const date = stampOf(rest, dayOrder);
      if (date !== null) return date;
    }
  }
  return null;
}

/** Separators a page sets between its source's name and the stamp, spaced on both sides. */
const SOURCE_SEPARATORS = [' - ', ' / ', ' \u2013 ', ' \u2014 ', ' \u00b7 '];

/**
 * "VARNA NEWS - Feb 5, 2027 - 18:22", "Varna Daily Post / 05:14 PM January 19, 2027": a source's
 * name, a separator, then nothing but a stamp. Only the first separator is tried, and only
 * capitalized words may come before it, so prose ("Prices rose - on May 3, 2025 ...") is left alone.
 */
function sourcedStamp(content: string, dayOrder: DayOrder | null): string | null {
  let at = -1;
  let width = 0;
  for (const separator of SOURCE_SEPARATORS) {
    const i = content.indexOf(separator);
    if (i > 0 && (at < 0 || i < at)) {
      at = i;
      width = separator.length;
    }
  }
  if (at < 0 || !namePrefix(content, at)) return null;
  return stampOf(content.slice(at + width), dayOrder);
}

/** Labels that may follow a source's or a writer's name on a stamp's line. */
const NAMED_LABELS = ['Published', 'PUBLISHED', 'Posted', 'POSTED', 'Updated', 'UPDATED'];

/**
 * "CBC News · Posted: Feb 18, 2027 4:00 AM PT", "Ann Roe Published February 23, 2027": the line from
 * a capitalized label on, when only capitalized words and separators come before it (a source or a
 * writer); prose ("The report was published on May 3, 2025.") has lowercase words there.
 */
function labelledTail(content: string): string | null {
  for (const label of NAMED_LABELS) {
    const at = content.indexOf(label);
    if (at <= 0 || isLetter(content.charCodeAt(at + label.length)) || isLetter(content.charCodeAt(at - 1))) continue;
    return namePrefix(content, at) ? content.slice(at) : null;
  }
  return null;
}

/** Whether `content` up to `end` holds only capitalized words and separators, and at least one word. */
function namePrefix(content: string, end: number): boolean {
  let words = 0;
  for (let i = 0; i < end; i++) {
    const c = content.charCodeAt(i);
    if (!isLetter(c)) {
      // A sentence's end or a number before the label is prose, not a name ("By Ann Roe, CBC News" keeps its comma).
      if (c === 0x2e || c === 0x3f || c === 0x21 || (c >= 0x30 && c <= 0x39)) return false;
      continue;
    }
    if (i > 0 && isLetter(content.charCodeAt(i - 1))) continue;
    if (c >= 0x61 && c <= 0x7a) return false;
    words++;
  }
  return words > 0;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** The full date `content` stamps, when it holds nothing but that date and its fillers. */
function stampOf(content: string, dayOrder: DayOrder | null): string | null {
  const t = new DateTokens(content);
  t.dayOrder = dayOrder;
  let date: string | null = null;
  try {
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
  } finally {
    t.release();
  }
  // Numbers, months and labels the rules did not read as a date: chrono-node's turn.
  return date ?? chronoStamp(content);
}

// A stamp states its year: four digits from 1800 to 2199, not inside a longer number.
const STATED_YEAR = /(?<!\d)(?:1[89]|2[01])\d\d(?!\d)/;

/** chrono-node's reference when the line states its year: the year is read, never guessed from it. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * The forms the scanner leaves to chrono-node ("2025.11.24 10:05",
 * "24-Nov-2025 10:05"): chrono's reading, held to the same test, so the line
 * must still hold nothing else but labels, times and zones. Only short lines
 * made of such words and numbers that state a year get here, so chrono reads
 * a few dozen characters, and rarely.
 */
function chronoStamp(content: string): string | null {
  if (!STATED_YEAR.test(content)) return null;
  let date: string | null = null;
  let rest = '';
  let from = 0;
  for (const result of chronoParse(content, REFERENCE)) {
    const day = chronoDay(result);
    if (day && day.yearStated && date === null) date = formatDate(day);
    rest += content.slice(from, result.index) + ' ';
    from = result.index + result.text.length;
  }
  if (date === null) return null;
  rest += content.slice(from);
  const t = new DateTokens(rest);
  let filler = true;
  for (let i = 0; i < t.length && filler; i++) filler = isStampFiller(t, i);
  t.release();
  return filler ? date : null;
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
