import { findBoilerplate, overlapsAny } from './boilerplate';
import { findDateline } from './dateline';
import { matchDate } from './dateRules';
import { DateTokens } from './dateTokens';
import { parseShortDate } from './dateWords';
import { dayNumber, formatDate, formatOpenMonthDay, isValidDate, parseIsoDate, type CalendarDate } from './timex';
import { isBlankLine, shortLineText, splitLines, trimmedSpan, type Line } from './textLines';
import { numericDateOrder } from './numericDateOrder';
import { isTimestampLine, timestampOf } from './timestampLine';
import type { Analysis, ArticleStructure, Span } from './types';

/** How far down the article the header, headline and dateline are looked for. */
const TOP_LINES = 40;

// A header line: ` date 2025-11-24 403`, `Date: 2025-06-26 ...`.
const HEADER = /^[ \t\u00a0\ufeff]{0,8}date[ \t:]{1,4}(\d{4})-(\d{2})-(\d{2})(?![\d])/i;

/** Longer than any headline: a first line this long after a place's dateline is the lead paragraph. */
const LEAD_LINE_LENGTH = 160;

/** Finds headline, header line, dateline and boilerplate regions. */
export function analyzeStructure(text: string): ArticleStructure {
  const lines = splitLines(text, Infinity);
  const boilerplate = findBoilerplate(text, lines);
  let index = 0;
  while (index < lines.length && index < TOP_LINES && isBlankLine(text, lines[index])) index++;
  let header: Span | null = null;
  const headerMatch = index < lines.length ? HEADER.exec(text.slice(lines[index].start, lines[index].start + 40)) : null;
  if (headerMatch) {
    const line = lines[index];
    const rest = articleAfterHeader(text, line, line.start + headerMatch[0].length);
    if (rest) {
      // A page that runs its story on from the header line: the story is body, not header.
      header = trimmedSpan(text, { start: line.start, end: rest.start });
      lines[index] = rest;
    } else {
      header = trimmedSpan(text, line);
      index++;
    }
  }
  const inBoilerplate = (line: Line) => overlapsAny(boilerplate, line);
  let headline: Span | null = null;
  for (; index < lines.length && index < TOP_LINES; index++) {
    const line = lines[index];
    if (isBlankLine(text, line) || inBoilerplate(line) || isTimestampLine(text, line)) continue;
    // An article without a headline opens with its dateline paragraph: that line is body, not headline.
    const opening = findDateline(text, [line]);
    // "DHAKA: Bangladesh's interim leader ... said Monday that ...": a place's dateline opening a paragraph-long line.
    const placeLead = opening !== null && opening.place !== null && line.end - line.start > LEAD_LINE_LENGTH;
    if (!(opening && (opening.date || opening.source || placeLead)) && !isLeadSentenceLine(text, line)) {
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
  return { headline, header, dateline, boilerplate, dayOrder: numericDateOrder(text) };
}

/**
 * A first line too long for a headline that ends a sentence with a full stop: the story's lead
 * paragraph on a page that gives no headline ("The board ... said on Monday, according to the
 * Minister for Ports, Ann Roe."). Headlines seldom end with a full stop and are shorter.
 */
function isLeadSentenceLine(text: string, line: Line): boolean {
  const span = trimmedSpan(text, line);
  if (span.end - span.start <= LEAD_LINE_LENGTH) return false;
  return text.charCodeAt(span.end - 1) === 46;
}

/** Longest run of digits after a header's date that still belongs to the header (` date 2025-11-24 403`). */
const HEADER_NUMBER = 12;

/**
 * The rest of a header line after its date when it holds article text (a
 * headline or a dateline paragraph); null when it holds nothing, a number or a
 * timestamp, which stay part of the header.
 */
function articleAfterHeader(text: string, line: Line, dateEnd: number): Line | null {
  let start = dateEnd;
  while (start < line.end && isSpaceOrTab(text.charCodeAt(start))) start++;
  let digits = start;
  while (digits < line.end && digits - start <= HEADER_NUMBER && isDigit(text.charCodeAt(digits))) digits++;
  if (digits > start && (digits === line.end || isSpaceOrTab(text.charCodeAt(digits)))) {
    start = digits;
    while (start < line.end && isSpaceOrTab(text.charCodeAt(start))) start++;
  }
  if (start >= line.end) return null;
  const rest = { start, end: line.end };
  const first = text.charCodeAt(start);
  if (isDigit(first) || isTimestampLine(text, rest)) return null;
  return rest;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The article's own date from its structure, ISO `YYYY-MM-DD`, or null. */
export function documentDateOf(text: string, structure: ArticleStructure): string | null {
  return documentDate(text, structure).date;
}

/**
 * The article's own date and where it came from: the header line's date,
 * else the dateline's date (its year from the dateline itself or from a date
 * the text states in full on or near that day), else a timestamp line at the
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
      const y = short.y ?? yearFromStatedDates(text, structure, short.m, short.d) ?? copyrightYear(text);
      if (y !== null && isValidDate(y, short.m, short.d)) return { date: formatDate({ y, m: short.m, d: short.d }), source: 'dateline' };
    }
  }
  const stamp = topTimestamp(text, structure);
  return stamp ? { date: stamp, source: 'text' } : { date: null, source: null };
}

/**
 * The month and day of a dateline that names no year and lends itself none
 * from the text, as `XXXX-MM-DD`, for a caller that can find the year
 * elsewhere (the collection the article came with); null otherwise.
 */
export function openDocumentDate(structure: ArticleStructure): string | null {
  const datelineDate = structure.dateline?.date;
  if (!datelineDate) return null;
  const short = parseShortDate(datelineDate.text);
  // February 29 is checked against a leap year: the year is what is missing.
  if (!short || short.y !== null || !isValidDate(2000, short.m, short.d)) return null;
  return formatOpenMonthDay(short.m, short.d);
}

const ANY_YEAR = /(?<!\d)(?:1[89]|2[01])\d\d(?!\d)/g;

/** Marks of a copyright notice; the year is looked for in the few characters after one. */
const COPYRIGHT_MARKS = ['\u00a9', '(c)', '(C)', 'Copyright', 'COPYRIGHT'];

/** How many characters after a copyright mark its year may lie ("(c) Varna Wire Agency 2027"). */
const COPYRIGHT_REACH = 40;

/** How many notices are read at most: a page states one or two. */
const MAX_NOTICES = 8;

const NOTICE_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/**
 * The year of the article's copyright notice ("(c) Varna Wire 2027", "\u00a9 2027 Varna Post"), for a
 * dateline that names its month and day only and no fully dated event lends it a year: a wire
 * item's notice carries the year it was filed. The first notice that states a year wins.
 */
function copyrightYear(text: string): number | null {
  let read = 0;
  for (const mark of COPYRIGHT_MARKS) {
    for (let at = text.indexOf(mark); at >= 0 && read < MAX_NOTICES; at = text.indexOf(mark, at + mark.length)) {
      read++;
      const after = at + mark.length;
      let end = after;
      while (end < text.length && end - after < COPYRIGHT_REACH && text.charCodeAt(end) !== 10) end++;
      const year = NOTICE_YEAR.exec(text.slice(after, end));
      if (year) return Number(year[0]);
    }
  }
  return null;
}

const MAX_YEARS_READ = 300;

/** How far from a fully dated event the dateline's day may lie for that event to lend it its year. */
const NEAR_DAYS = 31;

/**
 * The year for a dateline's month and day from the full dates the article
 * states: one of the same day, else the nearest within a month ("Nov 23 ...
 * the accord signed on November 20, 2025"); none when no stated date is near.
 */
function yearFromStatedDates(text: string, structure: ArticleStructure, m: number, d: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const stated of statedDates(text, structure)) {
    if (stated.m === m && stated.d === d) return stated.y;
    for (let y = stated.y - 1; y <= stated.y + 1; y++) {
      if (!isValidDate(y, m, d)) continue;
      const distance = Math.abs(dayNumber({ y, m, d }) - dayNumber(stated));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = y;
      }
    }
  }
  return bestDistance <= NEAR_DAYS ? best : null;
}

/**
 * Full dates the text states outside boilerplate. Only the few words around
 * each four-digit year are parsed, never the whole article.
 */
function statedDates(text: string, structure: ArticleStructure): CalendarDate[] {
  const dates: CalendarDate[] = [];
  ANY_YEAR.lastIndex = 0;
  // An article states a handful of dates; looking at the first few hundred years bounds the cost on hostile text.
  for (let year = ANY_YEAR.exec(text), seen = 0; year && seen < MAX_YEARS_READ; year = ANY_YEAR.exec(text), seen++) {
    // From a word boundary up to 32 characters back, so that "November 24, 2025" is read whole.
    let from = Math.max(0, year.index - 20);
    while (from > 0 && year.index - from < 32 && text.charCodeAt(from - 1) !== 32) from--;
    const window = text.slice(from, Math.min(text.length, year.index + 24));
    const t = new DateTokens(window);
    t.dayOrder = structure.dayOrder ?? null;
    for (let i = 0; i < t.length; ) {
      const match = matchDate(t, i);
      if (!match) {
        i++;
        continue;
      }
      const span = { start: from + t.start(match.first), end: from + t.end(match.last) };
      const stated = match.meaning.t === 'fixed' ? parseIsoDate(match.meaning.value.slice(0, 10)) : null;
      if (stated && !overlapsAny(structure.boilerplate, span)) dates.push(stated);
      i = match.last + 1;
    }
    t.release();
  }
  return dates;
}

/** A timestamp line such as `2025-06-26 05:05:38` near the top, before the body starts. */
function topTimestamp(text: string, structure: ArticleStructure): string | null {
  const limit = Math.min(text.length, (structure.headline?.end ?? 0) + 400);
  let first: string | null = null;
  let firstAboveHeadline = false;
  const headline = structure.headline;
  const lines = splitLines(text, TOP_LINES);
  for (const line of lines) {
    if (line.start > limit) break;
    const stamp = timestampOf(text, line, structure.dayOrder ?? null) ?? namedStamp(text, line, structure);
    if (!stamp) continue;
    // "June 16, 2024" above "PUBLISHED : December 06, 2023": a bare date over the headline may be the day
    // the page was saved; a stamp labelled as the publication's wins over it.
    if (publicationLabel(text, line.start)) return stamp;
    if (first === null) {
      first = stamp;
      firstAboveHeadline = headline !== null && line.end <= headline.start;
      if (!bareDateLine(text, line)) return first;
    } else if (firstAboveHeadline && headline && line.start >= headline.end && !updateLabel(text, line.start)) {
      // A site header's date over the headline is the day the page was served; the story's own stamp
      // under the headline ("NTB | 16.05.2024 01:19") says when the story was filed.
      return stamp;
    }
  }
  return first ?? machineStamp(text, lines, limit);
}

/** A stamp line's longest reach; longer lines are prose. */
const NAMED_STAMP = 80;

/**
 * A date that a name line stamps: a title of capitalized words and a colon before a date alone ("Kyodo
 * News Digest: Aug. 28, 2024"), or a date alone before a byline ("[March 21, 2016]  By Ann Roe").
 * Prose before or after the date has lowercase words and is not read.
 */
function namedStamp(text: string, line: Line, structure: ArticleStructure): string | null {
  const content = shortLineText(text, line, NAMED_STAMP);
  if (content === null) return null;
  const colon = content.indexOf(': ');
  if (colon > 0 && capitalizedWords(content, 0, colon)) {
    const date = timestampOf(text, { start: trimmedSpan(text, line).start + colon + 2, end: line.end }, structure.dayOrder ?? null);
    if (date) return date;
  }
  // "Ahram Online , Tuesday 16 Mar 2027": a source's name and a comma before a date alone.
  const comma = content.indexOf(',');
  if (comma > 0 && capitalizedWords(content, 0, comma)) {
    const start = trimmedSpan(text, line).start + comma + 1;
    const date = timestampOf(text, { start, end: line.end }, structure.dayOrder ?? null);
    if (date) return date;
  }
  const titled = titleEndStamp(text, line, content, structure);
  if (titled) return titled;
  const led = bylineLedStamp(text, line, content, structure);
  if (led) return led;
  const by = content.indexOf(' By ');
  if (by > 0 && capitalizedWords(content, by + 4, content.length)) {
    const start = trimmedSpan(text, line).start;
    return timestampOf(text, { start, end: start + by }, structure.dayOrder ?? null);
  }
  return null;
}

/** Dashes that set a release's date after its title: "Flood relief plan 2027 - 9 March 2026". */
const TITLE_DATE_DASHES = [' - ', ' \u2013 ', ' \u2014 '];
/** How many words a title before its date needs: one word before a dash is a label, not a title. */
const MIN_TITLE_WORDS_BEFORE_DATE = 2;

/**
 * "UN agency funding appeal 2027 - 9 March 2026": a title line that ends in a dash and a full date alone,
 * as a release or a media page titles its item. Only a date with its year, and nothing after it, counts.
 */
function titleEndStamp(text: string, line: Line, content: string, structure: ArticleStructure): string | null {
  let dash = -1;
  let width = 0;
  for (const mark of TITLE_DATE_DASHES) {
    const at = content.lastIndexOf(mark);
    if (at > dash) {
      dash = at;
      width = mark.length;
    }
  }
  if (dash <= 0 || content.slice(0, dash).split(' ').filter((w) => w.length > 0).length < MIN_TITLE_WORDS_BEFORE_DATE) return null;
  const start = trimmedSpan(text, line).start + dash + width;
  const date = timestampOf(text, { start, end: line.end }, structure.dayOrder ?? null);
  return date !== null && /\d{4}/.test(text.slice(start, line.end)) ? date : null;
}

/** How many words a writer's name in a byline may have before its stamp. */
const BYLINE_NAME_WORDS = 5;

/**
 * "By Ann Roe   March 15, 2027 | 04:10 pm GMT+7": a byline whose name runs straight into the
 * stamp. The name is capitalized words; each cut after one to five of them is tried.
 */
function bylineLedStamp(text: string, line: Line, content: string, structure: ArticleStructure): string | null {
  if (!content.startsWith('By ')) return null;
  const start = trimmedSpan(text, line).start;
  let at = 3;
  for (let words = 0; words < BYLINE_NAME_WORDS; words++) {
    while (at < content.length && content.charCodeAt(at) === 32) at++;
    const wordStart = at;
    while (at < content.length && content.charCodeAt(at) !== 32) at++;
    if (!capitalizedWords(content, wordStart, at)) return null;
    const date = timestampOf(text, { start: start + at, end: line.end }, structure.dayOrder ?? null);
    if (date) return date;
  }
  return null;
}

/** Whether `s` from `from` to `to` holds at least one word, every word capitalized, and no digits or sentence ends. */
function capitalizedWords(s: string, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c) || c === 0x2e || c === 0x3f || c === 0x21) return false;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!letter || (i > from && isLetterCode(s.charCodeAt(i - 1)))) continue;
    if (c >= 0x61) return false;
    words++;
  }
  return words > 0;
}

function isLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || c === 0x27 || c === 0x2019;
}

// "2024-04-26T20:09:00+09:00": a machine's date and time, never prose.
const MACHINE_STAMP = /(?<!\d)(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}/;

/** A feed's or a page's machine stamp among the top lines, when nothing else dates the article. */
function machineStamp(text: string, lines: readonly Line[], limit: number): string | null {
  for (const line of lines) {
    if (line.start > limit) break;
    const m = MACHINE_STAMP.exec(text.slice(line.start, Math.min(line.end, line.start + 2000)));
    if (m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

/** Labels that say a stamp is the story's publication ("Published:", "PUBLISHED :", "Posted on"). */
const PUBLICATION_LABELS = ['published', 'posted'];

function publicationLabel(text: string, start: number): boolean {
  let at = start;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const head = text.slice(at, at + 9).toLowerCase();
  return PUBLICATION_LABELS.some((label) => head.startsWith(label));
}

/** Labels that say a stamp is a later change to the story, not its own date. */
const UPDATE_LABELS = ['updated', 'update', 'modified', 'last'];

function updateLabel(text: string, start: number): boolean {
  let at = start;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const head = text.slice(at, at + 9).toLowerCase();
  return UPDATE_LABELS.some((label) => head.startsWith(label));
}

/** A line holding a date with no label at all ("June 16, 2024"): its first letter or digit opens the date. */
function bareDateLine(text: string, line: { start: number; end: number }): boolean {
  let at = line.start;
  while (at < line.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const head = text.slice(at, at + 9).toLowerCase();
  return !['published', 'posted', 'updated', 'update', 'modified', 'created', 'date', 'last'].some((label) => head.startsWith(label));
}
