import { findBoilerplate } from './boilerplate';
import { findDateline, isTimestampLine } from './dateline';
import { MONTHS, parseShortDate } from './dateWords';
import { formatDate, isValidDate } from './timex';
import { isBlankLine, splitLines, trimmedSpan, type Line } from './textLines';
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
  const inBoilerplate = (line: Line) => boilerplate.some((b) => line.start < b.end && b.start < line.end);
  let headline: Span | null = null;
  for (; index < lines.length && index < TOP_LINES; index++) {
    const line = lines[index];
    if (isBlankLine(text, line) || inBoilerplate(line) || isTimestampLine(text, line)) continue;
    headline = trimmedSpan(text, line);
    index++;
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
// Applied only to a short window around a day number, so their cost never depends on the article's length.
const MONTH_DAY_YEAR = /([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/y;
const DAY_MONTH_YEAR = /(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]{3,9}),? (\d{4})(?!\d)/y;

/** The year of a full date elsewhere in the text that names the same month and day. */
function yearOfSameDay(text: string, m: number, d: number): number | null {
  for (const x of text.matchAll(ISO_DAY)) {
    if (Number(x[2]) === m && Number(x[3]) === d) return Number(x[1]);
  }
  const day = String(d);
  for (let at = text.indexOf(day); at >= 0; at = text.indexOf(day, at + day.length)) {
    if (isDigitAt(text, at - 1) || isDigitAt(text, at + day.length)) continue;
    for (let from = Math.max(0, at - 11); from <= at; from++) {
      MONTH_DAY_YEAR.lastIndex = from;
      const x = MONTH_DAY_YEAR.exec(text);
      if (x && x.index + x[1].length < at && MONTHS.get(x[1].toLowerCase()) === m && Number(x[2]) === d) return Number(x[3]);
    }
    DAY_MONTH_YEAR.lastIndex = at;
    const y = DAY_MONTH_YEAR.exec(text);
    if (y && MONTHS.get(y[2].toLowerCase()) === m && Number(y[1]) === d) return Number(y[3]);
  }
  return null;
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
    if (!isTimestampLine(text, line)) continue;
    const content = text.slice(line.start, line.end);
    const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(content);
    if (iso && isValidDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return `${iso[1]}-${iso[2]}-${iso[3]}`;
    const short = parseShortDate(content);
    if (short?.y && isValidDate(short.y, short.m, short.d)) return formatDate({ y: short.y, m: short.m, d: short.d });
  }
  return null;
}
