import { findBoilerplate, overlapsAny } from './boilerplate';
import { findDateline } from './dateline';
import { MONTHS, parseShortDate } from './dateWords';
import { formatDate, isValidDate } from './timex';
import { isBlankLine, splitLines, trimmedSpan, type Line } from './textLines';
import { isTimestampLine, timestampOf } from './timestampLine';
import type { Analysis, ArticleStructure, Span } from './types';

/** How far down the article the header, headline and dateline are looked for. */
const TOP_LINES = 40;

// A header line: ` date 2025-11-24 403`, `Date: 2025-06-26 ...`.
const HEADER = /^[ \t\u00a0\ufeff]{0,8}date[ \t:]{1,4}(\d{4})-(\d{2})-(\d{2})(?![\d])/i;

/** Finds headline, header line, dateline and boilerplate regions. */
export function analyzeStructure(text: string): ArticleStructure {
  const lines = splitLines(text, Infinity);
  const boilerplate = findBoilerplate(text, lines);
  let index = 0;
  while (index < lines.length && index < TOP_LINES && isBlankLine(text, lines[index])) index++;
  let header: Span | null = null;
  if (index < lines.length && HEADER.test(text.slice(lines[index].start, lines[index].start + 40))) {
    header = trimmedSpan(text, lines[index]);
    index++;
  }
  const inBoilerplate = (line: Line) => overlapsAny(boilerplate, line);
  let headline: Span | null = null;
  for (; index < lines.length && index < TOP_LINES; index++) {
    const line = lines[index];
    if (isBlankLine(text, line) || inBoilerplate(line) || isTimestampLine(text, line)) continue;
    // An article without a headline opens with its dateline paragraph: that line is body, not headline.
    const opening = findDateline(text, [line]);
    if (!(opening && (opening.date || opening.source))) {
      headline = trimmedSpan(text, line);
      index++;
    }
    break;
  }
  const body: Line[] = [];
  for (; index < lines.length && body.length < 10 && index < TOP_LINES; index++) {
    const line = lines[index];
    if (isBlankLine(text, line) || inBoilerplate(line) || isTimestampLine(text, line)) continue;
    body.push(line);
  }
  const dateline = findDateline(text, body);
  return { headline, header, dateline, boilerplate };
}

/** The article's own date from its structure, ISO `YYYY-MM-DD`, or null. */
export function documentDateOf(text: string, structure: ArticleStructure): string | null {
  return documentDate(text, structure).date;
}

/**
 * The article's own date and where it came from: the header line's date,
 * else the dateline's date (its year from the dateline itself or from a full
 * date of the same day elsewhere in the text), else a timestamp line at the
 * top of the article.
 */
export function documentDate(text: string, structure: ArticleStructure): { date: string | null; source: Analysis['dctSource'] } {
  if (structure.header) {
    const m = HEADER.exec(text.slice(structure.header.start, structure.header.end));
    if (m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { date: `${m[1]}-${m[2]}-${m[3]}`, source: 'header' };
  }
  const datelineDate = structure.dateline?.date;
  if (datelineDate) {
    const short = parseShortDate(datelineDate.text);
    if (short) {
      const y = short.y ?? yearOfSameDay(text, short.m, short.d);
      if (y !== null && isValidDate(y, short.m, short.d)) return { date: formatDate({ y, m: short.m, d: short.d }), source: 'dateline' };
    }
  }
  const stamp = topTimestamp(text, structure);
  return stamp ? { date: stamp, source: 'text' } : { date: null, source: null };
}

const ISO_DAY = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
// Sticky, tried only right after a day number or a month word, so their cost never depends on the article's length.
const YEAR_AFTER_DAY = /(?:st|nd|rd|th)?,? (\d{4})(?!\d)/y;
const MONTH_THEN_YEAR = /(?: of)? ([A-Za-z]{3,9}),? (\d{4})(?!\d)/y;

/** The year of a full date elsewhere in the text that names the same month and day. */
function yearOfSameDay(text: string, m: number, d: number): number | null {
  for (const x of text.matchAll(ISO_DAY)) {
    if (Number(x[2]) === m && Number(x[3]) === d) return Number(x[1]);
  }
  const day = String(d);
  for (let at = text.indexOf(day); at >= 0; at = text.indexOf(day, at + day.length)) {
    const after = at + day.length;
    if (isDigitAt(text, at - 1) || isDigitAt(text, after)) continue;
    // "November 24, 2025": the month word right before the day.
    if (text.charCodeAt(at - 1) === 32) {
      let j = at - 2;
      if (text.charCodeAt(j) === 46) j--;
      let k = j;
      while (k >= 0 && j - k < 9 && isAsciiLetter(text.charCodeAt(k))) k--;
      if (MONTHS.get(text.slice(k + 1, j + 1).toLowerCase()) === m) {
        YEAR_AFTER_DAY.lastIndex = after;
        const x = YEAR_AFTER_DAY.exec(text);
        if (x) return Number(x[1]);
      }
    }
    // "24 November 2025", "24th of November, 2025".
    let k = after;
    const suffix = text.slice(k, k + 2).toLowerCase();
    if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') k += 2;
    MONTH_THEN_YEAR.lastIndex = k;
    const y = MONTH_THEN_YEAR.exec(text);
    if (y && MONTHS.get(y[1].toLowerCase()) === m) return Number(y[2]);
  }
  return null;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** A timestamp line such as `2025-06-26 05:05:38` near the top, before the body starts. */
function topTimestamp(text: string, structure: ArticleStructure): string | null {
  const limit = Math.min(text.length, (structure.headline?.end ?? 0) + 400);
  for (const line of splitLines(text, TOP_LINES)) {
    if (line.start > limit) break;
    const stamp = timestampOf(text, line);
    if (stamp) return stamp;
  }
  return null;
}
