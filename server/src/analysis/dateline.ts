import { MONTHS, WEEKDAYS } from './dateWords';
import { isSpace, shortLineText, trimmedSpan, type Line } from './textLines';
import type { Dateline, Span } from './types';

/** A dateline sits at the very start of the body: never look further into a line. */
const WINDOW = 160;

/**
 * The dateline among the first body lines: `ANKARA, Nov 24 (KUNA) --`,
 * `WASHINGTON (Reuters) -`, `PARIS — `, `Johannesburg, Nov 23 (NationPress)`,
 * after an optional `(MENAFN- ...)` feed prefix; or a lone capitalised place
 * line right under the headline.
 */
export function findDateline(text: string, body: readonly Line[]): Dateline | null {
  for (let k = 0; k < body.length; k++) {
    const found = datelineAt(text, body[k]);
    if (found) return found;
    if (k === 0) {
      const lone = lonePlaceLine(text, body[0]);
      if (lone) return lone;
    }
  }
  return null;
}

interface Cursor {
  text: string;
  pos: number;
  end: number;
}

function datelineAt(text: string, line: Line): Dateline | null {
  const c: Cursor = { text, pos: trimmedSpan(text, line).start, end: Math.min(line.end, line.start + WINDOW) };
  if (text.charCodeAt(c.pos) === 40) {
    // A feed prefix such as "(MENAFN- Kuwait News Agency (KUNA))" before the real dateline.
    const close = matchingParen(text, c.pos, c.end);
    if (close < 0) return null;
    c.pos = close + 1;
    skipSpaces(c);
  }
  const placeless = placelessDateline(c);
  if (placeless) return placeless;
  const place = readPlace(c);
  if (!place || namesDay(place.text)) return null;
  const afterPlace = c.pos;
  let date: (Span & { text: string }) | null = null;
  let source: (Span & { text: string }) | null = null;
  if (text.charCodeAt(c.pos) === 44) {
    c.pos++;
    skipSpaces(c);
    date = readShortDate(c);
    if (!date) {
      // "PORT TARVELL, Velmora, CMC \u2013": an agency's initials after a comma, then the dash.
      source = readCommaAgency(c);
      if (!source) return null;
    }
  } else if (text.charCodeAt(c.pos) === 32 && !hasLowercase(place.text)) {
    // "DUBAI 24 November 2020: ...": a capitalised place, a space and a date with its year, then a colon or a dash.
    c.pos++;
    date = readShortDate(c);
    if (!date || !endsWithYear(date.text) || !dashAhead(c)) {
      date = null;
      c.pos = afterPlace;
    }
  }
  const beforeSource = c.pos;
  skipSpaces(c);
  if (text.charCodeAt(c.pos) === 40) {
    const close = matchingParen(text, c.pos, Math.min(c.end, c.pos + 40));
    if (close > c.pos + 1) {
      source = { start: c.pos + 1, end: close, text: text.slice(c.pos + 1, close) };
      c.pos = close + 1;
    }
  }
  if (!source) c.pos = beforeSource;
  if (!source && date) source = readWireSlug(c);
  const beforeDash = c.pos;
  skipSpaces(c);
  const dashEnd = readDash(c);
  if (dashEnd < 0) c.pos = beforeDash;
  const allCaps = !hasLowercase(place.text);
  if (!date && !source && (dashEnd < 0 || !allCaps)) return null;
  if (!date && !source && c.pos === afterPlace) return null;
  // "The Ghana Cocoa Board (COCOBOD) said": a name and its acronym before a verb; a story after its dateline opens a sentence.
  if (!date && dashEnd < 0 && opensLowercase(c)) return null;
  return { start: place.start, end: c.pos, place, date, source };
}

/** "Nov 24 (Reuters) -": a date and a source with no place. */
function placelessDateline(c: Cursor): Dateline | null {
  const start = c.pos;
  const date = readShortDate(c);
  if (!date) return null;
  skipSpaces(c);
  const close = c.text.charCodeAt(c.pos) === 40 ? matchingParen(c.text, c.pos, Math.min(c.end, c.pos + 40)) : -1;
  if (close <= c.pos + 1) {
    c.pos = start;
    return null;
  }
  const source = { start: c.pos + 1, end: close, text: c.text.slice(c.pos + 1, close) };
  c.pos = close + 1;
  const beforeDash = c.pos;
  skipSpaces(c);
  if (readDash(c) < 0) c.pos = beforeDash;
  return { start, end: c.pos, place: null, date, source };
}

function lonePlaceLine(text: string, line: Line): Dateline | null {
  const content = shortLineText(text, line, 40);
  if (content === null || content.length < 3) return null;
  const span = trimmedSpan(text, line);
  const c: Cursor = { text, pos: span.start, end: span.end };
  const place = readPlace(c);
  if (!place || c.pos !== span.end || hasLowercase(place.text)) return null;
  return { start: span.start, end: span.end, place, date: null, source: null };
}

/** "On Tuesday, March 11, a warning was issued": a story's opening day, read as a place, is no dateline's. */
function namesDay(place: string): boolean {
  for (const word of place.split(' ')) if (WEEKDAYS.has(word.toLowerCase())) return true;
  return false;
}

/** Up to five capitalised words, and one more such group after a comma ("BAKU, Azerbaijan"). */
function readPlace(c: Cursor): (Span & { text: string }) | null {
  const start = c.pos;
  let end = readCapitalisedWords(c);
  if (end < 0) return null;
  if (c.text.charCodeAt(c.pos) === 44) {
    c.pos++;
    skipSpaces(c);
    if (!startsShortDate(c)) {
      const more = readCapitalisedWords(c);
      const next = c.text.charCodeAt(c.pos);
      if (more > 0 && (next === 44 || isSourceOrDashAhead(c))) end = more;
    }
  }
  c.pos = end;
  return { start, end, text: c.text.slice(start, end) };
}

function readCapitalisedWords(c: Cursor): number {
  let words = 0;
  let end = -1;
  while (words < 5 && c.pos < c.end) {
    const code = c.text.charCodeAt(c.pos);
    if (!isUpper(code)) break;
    let i = c.pos + 1;
    while (i < c.end && i - c.pos < 24 && isWordChar(c.text.charCodeAt(i))) {
      // A hyphen belongs to the name only between letters ("AL-QUDS"), never before the dateline's dash.
      if (c.text.charCodeAt(i) === 45 && !isLetter(c.text.charCodeAt(i + 1))) break;
      i++;
    }
    words++;
    end = i;
    c.pos = i;
    // Words go on after a space, or after a slash between two places ("NEW YORK/MUMBAI", "WASHINGTON/LONDON").
    if ((c.text.charCodeAt(i) === 32 || c.text.charCodeAt(i) === 47) && isUpper(c.text.charCodeAt(i + 1))) c.pos = i + 1;
    // "CHICAGO and LEXINGTON, Ky.,": two places in capitals joined by "and" (a joint release's dateline).
    else if (c.text.startsWith(' and ', i) && isUpper(c.text.charCodeAt(i + 5)) && isUpper(c.text.charCodeAt(i + 6)) && isUpper(c.text.charCodeAt(i - 1)) && isUpper(c.text.charCodeAt(i - 2))) c.pos = i + 5;
    else break;
  }
  if (end > 0) c.pos = end;
  return end;
}

function startsShortDate(c: Cursor): boolean {
  const save = c.pos;
  const date = readShortDate(c);
  c.pos = save;
  return date !== null;
}

/** "Nov 24", "Nov. 24", "June 26", "March 3, 2025", "24 November", "3rd March, 2025". */
function readShortDate(c: Cursor): (Span & { text: string }) | null {
  const start = c.pos;
  const month = readMonth(c);
  if (month) {
    skipOneSpace(c);
    if (readDay(c) < 0) {
      c.pos = start;
      return null;
    }
    readYearTail(c);
    return { start, end: c.pos, text: c.text.slice(start, c.pos) };
  }
  if (readDay(c) < 0) return null;
  skipOneSpace(c);
  if (!readMonth(c)) {
    c.pos = start;
    return null;
  }
  readYearTail(c);
  return { start, end: c.pos, text: c.text.slice(start, c.pos) };
}

function readMonth(c: Cursor): boolean {
  let i = c.pos;
  while (i < c.end && i - c.pos < 10 && isAsciiLetter(c.text.charCodeAt(i))) i++;
  if (i === c.pos || !isUpper(c.text.charCodeAt(c.pos)) || !MONTHS.has(c.text.slice(c.pos, i).toLowerCase())) return false;
  if (c.text.charCodeAt(i) === 46) i++;
  c.pos = i;
  return true;
}

function readDay(c: Cursor): number {
  let i = c.pos;
  while (i < c.end && i - c.pos < 2 && isDigit(c.text.charCodeAt(i))) i++;
  if (i === c.pos || isDigit(c.text.charCodeAt(i))) return -1;
  const day = Number(c.text.slice(c.pos, i));
  if (day < 1 || day > 31) return -1;
  const suffix = c.text.slice(i, i + 2).toLowerCase();
  if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') i += 2;
  c.pos = i;
  return day;
}

/** An optional `, 2025` or ` 2025` after a short date. */
function readYearTail(c: Cursor): void {
  let i = c.pos;
  if (c.text.charCodeAt(i) === 44) i++;
  if (c.text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < c.end && j - i < 4 && isDigit(c.text.charCodeAt(j))) j++;
  if (j - i === 4 && !isDigit(c.text.charCodeAt(j))) c.pos = j;
}

/** How long a press wire's slug between slashes may be ("/PRNewswire/", "/EINPresswire.com/"). */
const SLUG_REACH = 40;

/**
 * A press wire's slug after a release's date ("BOSTON, Feb 10, 2027 /PRNewswire/ --"): the wire is
 * the dateline's source, so the story starts after its dash. Only with a dash after it.
 */
function readWireSlug(c: Cursor): (Span & { text: string }) | null {
  let i = c.pos;
  while (i < c.end && c.text.charCodeAt(i) === 32) i++;
  if (c.text.charCodeAt(i) !== 47) return null;
  let j = i + 1;
  while (j < c.end && j - i <= SLUG_REACH && c.text.charCodeAt(j) !== 47 && c.text.charCodeAt(j) > 32) j++;
  if (j >= c.end || c.text.charCodeAt(j) !== 47 || j === i + 1) return null;
  let k = j + 1;
  while (k < c.end && c.text.charCodeAt(k) === 32) k++;
  const dash = c.text.charCodeAt(k);
  if (dash !== 45 && dash !== 0x2014 && dash !== 0x2013) return null;
  c.pos = j + 1;
  return { start: i + 1, end: j, text: c.text.slice(i + 1, j) };
}

/** `--`, `-`, `—`, `–` or `:` after the dateline; returns the end or -1. */
function readDash(c: Cursor): number {
  const code = c.text.charCodeAt(c.pos);
  if (code === 45) {
    let i = c.pos;
    while (i < c.end && i - c.pos < 3 && c.text.charCodeAt(i) === 45) i++;
    c.pos = i;
    return i;
  }
  if (code === 0x2014 || code === 0x2013 || code === 58) {
    c.pos++;
    return c.pos;
  }
  return -1;
}

/** Longest agency's initials read after a dateline's comma ("CMC", "AFP"). */
const AGENCY_INITIALS = 6;

/** An agency's initials in capitals followed by a dash; the cursor is left after the initials. */
function readCommaAgency(c: Cursor): (Span & { text: string }) | null {
  const start = c.pos;
  let i = start;
  while (i < c.end && i - start <= AGENCY_INITIALS && isUpper(c.text.charCodeAt(i))) i++;
  if (i - start < 2 || i - start > AGENCY_INITIALS || isWordChar(c.text.charCodeAt(i))) return null;
  const at = c.pos;
  c.pos = i;
  if (!dashAhead(c)) {
    c.pos = at;
    return null;
  }
  return { start, end: i, text: c.text.slice(start, i) };
}

function endsWithYear(s: string): boolean {
  return s.length >= 4 && isDigit(s.charCodeAt(s.length - 1)) && isDigit(s.charCodeAt(s.length - 4));
}

/** Whether a colon or a dash comes next, after spaces. */
function dashAhead(c: Cursor): boolean {
  let i = c.pos;
  while (i < c.end && c.text.charCodeAt(i) === 32) i++;
  const code = c.text.charCodeAt(i);
  return code === 58 || code === 45 || code === 0x2014 || code === 0x2013;
}

function isSourceOrDashAhead(c: Cursor): boolean {
  let i = c.pos;
  while (i < c.end && c.text.charCodeAt(i) === 32) i++;
  const code = c.text.charCodeAt(i);
  return code === 40 || code === 45 || code === 0x2014 || code === 0x2013;
}

function matchingParen(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 40) depth++;
    else if (code === 41 && --depth === 0) return i;
    else if (code === 10) return -1;
  }
  return -1;
}

function skipSpaces(c: Cursor): void {
  while (c.pos < c.end && isSpace(c.text.charCodeAt(c.pos)) && c.text.charCodeAt(c.pos) !== 10) c.pos++;
}

function skipOneSpace(c: Cursor): void {
  if (c.text.charCodeAt(c.pos) === 32 || c.text.charCodeAt(c.pos) === 0xa0) c.pos++;
}

/** Whether the next word after the cursor starts with a lower-case letter. */
function opensLowercase(c: Cursor): boolean {
  let i = c.pos;
  while (i < c.end && isSpace(c.text.charCodeAt(i))) i++;
  const code = c.text.charCodeAt(i);
  return i < c.end && code >= 97 && code <= 122;
}

function hasLowercase(s: string): boolean {
  return s !== s.toUpperCase();
}

function isUpper(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0 || Number.isNaN(code)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0xc0 && isWordChar(code) && code !== 0x2019);
}

/** Letters, and the dots, hyphens and apostrophes inside place names ("ST. LOUIS", "AL-QUDS"). */
function isWordChar(code: number): boolean {
  if (isAsciiLetter(code) || code === 46 || code === 45 || code === 39 || code === 0x2019) return true;
  if (code < 0xc0 || Number.isNaN(code)) return false;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase();
}
