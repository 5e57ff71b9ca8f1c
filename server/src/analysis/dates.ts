import { captionDate } from './captionDate';
import { settleTodayByLeadWeekday } from './dateNewsDay';
import { settleByStatedPeriod, settleSameQuarter, type OpenPeriod } from './dateStatedPeriod';
import { periodEndAt, startsPeriodEnd } from './datePeriodEnd';
import { endsDayRange, startsRange, widenBackToRange, widenToRange } from './dateRanges';
import { leanAround, resolveMeaning, weekdayOffset, type Anchor, type DateMeaning, type Resolved } from './dateResolve';
import { matchDate } from './dateRules';
import { settleWeekdaysByStatedDate, type OpenWeekday } from './dateStatedWeekday';
import { DateTokens } from './dateTokens';
import { parseShortDate } from './dateWords';
import { foldMojibakePunctuation } from './mojibakePunctuation';
import { addDays, formatDate, formatOpenMonthDay, isValidDate, parseIsoDate, settleUsZone, US_ZONE_MARK, type CalendarDate, type Lean } from './timex';
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
export function findDates(source: string, structure: ArticleStructure, dct: string | null): DateMention[] {
  // Dates are read with mojibake punctuation repaired (same offsets): "Sundayâ€™s election" is a Sunday's.
  const text = foldMojibakePunctuation(source);
  const anchor = anchorOf(structure, text, dct);
  const tokens = new DateTokens(text);
  tokens.dayOrder = structure.dayOrder ?? null;
  const dates: DateMention[] = [];
  const count = tokens.length;
  let chronoReads = 0;
  // A yearless dateline's weekday, presumed from the lead's first weekday (see fromPresumedWeekday).
  let presumedWeekday: number | null = null;
  let weekdaySeen = false;
  const openWeekdays: OpenWeekday[] = [];
  const openPeriods: OpenPeriod[] = [];
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
    if (match.meaning.t === 'fixed' && match.meaning.kind === 'set') {
      // "every week", "each Monday": a recurrence is no date, duration or time of its own, and its words are no other date.
      i = match.last + 1;
      continue;
    }
    const start = tokens.start(match.first);
    const end = tokens.end(match.last);
    // "the Fed's December meeting", "the March summit": a meeting named by its month is the nearest one, whatever the tense.
    const scheduled = match.meaning.t === 'month' && match.meaning.shift === null && SCHEDULED_EVENTS.has(wordAfter(text, end));
    const lean = needsLean(match.meaning) && !scheduled ? leanAround(text, start, end, match.meaning.t === 'weekday' || match.meaning.t === 'weekend') : 'none';
    let resolved = resolveMeaning(match.meaning, anchor, lean);
    if (match.meaning.t === 'weekday' && anchor && !anchor.yearKnown) {
      if (!weekdaySeen && match.meaning.shift !== 1 && lean !== 'future' && inLead(text, structure, start)) presumedWeekday = match.meaning.wd;
      weekdaySeen = true;
      if (presumedWeekday !== null) resolved = fromPresumedWeekday(match.meaning, anchor, presumedWeekday, lean) ?? resolved;
    }
    const before = yearBefore(text, dates.at(-1), match.meaning, start, end) ?? dayBefore(text, dates.at(-1), match.meaning, start, end);
    if (before !== null) resolved = { ...resolved, value: before, resolution: 'absolute' };
    const year = match.meaning.t === 'monthDay' && resolved.resolution === 'article-date' ? sentenceYear(text, dates, start) : null;
    if (year !== null) resolved = { ...resolved, value: year + resolved.value.slice(4) };
    // "Monday morning" stays the day alone: its value is the date an analyst looks for.
    let mention: DateMention = { start, end, text: text.slice(start, end), ...resolved };
    i = match.last + 1;
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
    if (!anchor && match.meaning.t === 'weekday' && mention.start === start) openWeekdays.push({ index: dates.length, meaning: match.meaning, lean });
    if (resolved.resolution === 'unresolved' && match.meaning.t === 'offset' && (match.meaning.unit === 'Y' || match.meaning.unit === 'Q') && !match.meaning.part && mention.start === start) {
      openPeriods.push({ index: dates.length, unit: match.meaning.unit, n: match.meaning.n });
    }
    dates.push(mention.value.includes(US_ZONE_MARK) ? { ...mention, value: settleUsZone(mention.value) } : mention);
  }
  tokens.release();
  settleWeekdaysByStatedDate(dates, openWeekdays);
  settleByStatedPeriod(text, structure, dates, openPeriods);
  settleSameQuarter(dates);
  bindClocksToDays(text, dates, anchor);
  if (!anchor) {
    bindOpenClocksToNamedDays(text, dates);
    settleTodayByLeadWeekday(text, structure, dates);
  }
  openPastMidnights(text, dates, anchor);
  if (anchor?.fromPhoto) for (const d of dates) if (d.resolution === 'article-date') d.resolution = 'photo-date';
  if (text !== source) for (const d of dates) d.text = source.slice(d.start, d.end);
  return dates;
}

const BRACKET_OPEN = /^ ?\($/;
const STAMP_SEPARATOR = /^ ?[\u2022\u00b7|] ?$/;

/** How far after the day it last named a story's clock may stand to be on that day. */
const NAMED_DAY_REACH = 600;
const OPEN_CLOCK = 'XXXX-XX-XXT';

/**
 * "The assault happened on the evening of 14 March ... 'At about 8.40pm, the woman was approached'": in an
 * article with no date of its own, a clock the story looks back on, with no other date between, is on the day
 * it last named. A clock ahead (a briefing "at 9am") is left on no day.
 */
function bindOpenClocksToNamedDays(text: string, dates: DateMention[]): void {
  for (let i = 1; i < dates.length; i++) {
    const clock = dates[i];
    const day = dates[i - 1];
    if (clock.kind !== 'time' || !clock.value.startsWith(OPEN_CLOCK) || !OPEN_OR_FULL_DAY.test(day.value)) continue;
    if (clock.start - day.end > NAMED_DAY_REACH || leanAround(text, clock.start, clock.end, true) !== 'past') continue;
    dates[i] = { ...clock, value: day.value + clock.value.slice(OPEN_CLOCK.length - 1) };
  }
}

const OPEN_OR_FULL_DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;

/** "until midnight", "till midnight": a stretch that runs to the end of the day. */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;

/**
 * "had not been made public at midnight": a bare midnight the sentence looks back on is the one that opened
 * the article's day (`T00:00`), not the one that will close it (`T24:00`). A midnight bound to another day,
 * a stretch "until midnight" and one ahead keep the day's end.
 */
function openPastMidnights(text: string, dates: DateMention[], anchor: Anchor | null): void {
  const today = !anchor ? 'XXXX-XX-XX' : anchor.yearKnown ? formatDate(anchor.date) : formatOpenMonthDay(anchor.date.m, anchor.date.d);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d.kind !== 'time' || d.resolution === 'absolute' || d.value !== `${today}T24:00` || d.end - d.start !== 8) continue;
    if (text.slice(d.start, d.end).toLowerCase() !== 'midnight') continue;
    if (UNTIL_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))) continue;
    if (leanAround(text, d.start, d.end, true) !== 'past') continue;
    dates[i] = { ...d, value: `${today}T00:00` };
  }
}

/**
 * "at 14:00 GMT on Thursday", "on Thursday at 2 p.m.": a clock read on the article's day takes the day
 * written beside it. Values are rewritten in place; offsets stay.
 */
function bindClocksToDays(text: string, dates: DateMention[], anchor: Anchor | null): void {
  if (!anchor || !anchor.yearKnown) return;
  const today = formatDate(anchor.date);
  for (let i = 0; i < dates.length; i++) {
    const clock = dates[i];
    if (clock.kind !== 'time' || clock.resolution === 'absolute' || !clock.value.startsWith(`${today}T`)) continue;
    const next = dates[i + 1];
    const prev = dates[i - 1];
    let day: DateMention | undefined;
    // "at 2 p.m. ET Wednesday (3 a.m. Thursday Seoul time)": a weekday right after the clock is its day too.
    if (next && DAY_VALUE.test(next.value) && next.start - clock.end <= 4 && ONLY_ON.test(text.slice(clock.end, next.start))) day = next;
    else if (prev && DAY_VALUE.test(prev.value) && clock.start - prev.end <= PART_AT_REACH && PART_OF_DAY_AT.test(text.slice(prev.end, clock.start))) day = prev;
    // "Game 2 is on Wednesday, with first pitch at 8:08 p.m.": the clause that follows the day times it.
    else if (prev && DAY_VALUE.test(prev.value) && clock.start - prev.end <= WITH_AT_REACH && WITH_CLAUSE_AT.test(text.slice(prev.end, clock.start))) day = prev;
    // "on Saturday (3pm kick-off)": a clock in brackets right after a day is that day's.
    else if (prev && DAY_VALUE.test(prev.value) && clock.start - prev.end <= 2 && BRACKET_OPEN.test(text.slice(prev.end, clock.start))) day = prev;
    // "Mar 3, 2027 \u2022 5:40 am CST": a listing's stamp sets its clock after its date with a bullet or a bar.
    else if (prev && prev.resolution === 'absolute' && DAY_VALUE.test(prev.value) && clock.start - prev.end <= 5 && STAMP_SEPARATOR.test(text.slice(prev.end, clock.start))) day = prev;
    if (day) dates[i] = { ...clock, value: day.value + clock.value.slice(today.length) };
  }
  // "from 9 a.m. to 1 p.m. on Saturday": a clock that opens a range is on the day its other end was bound to.
  for (let i = dates.length - 2; i >= 0; i--) {
    const clock = dates[i];
    const other = dates[i + 1];
    if (clock.kind !== 'time' || clock.resolution === 'absolute' || !clock.value.startsWith(`${today}T`) || other.kind !== 'time') continue;
    const day = other.value.slice(0, 10);
    if (day === today || !DAY_VALUE.test(day) || other.value.charAt(10) !== 'T' || other.start - clock.end > 8) continue;
    if (!CLOCK_RANGE_JOIN.test(text.slice(clock.end, other.start))) continue;
    dates[i] = { ...clock, value: day + clock.value.slice(today.length) };
  }
  bindClocksToEventDays(text, dates, anchor.date);
  bindClocksToPastDays(text, dates, anchor.date);
}

/** How many days back a weekday the article names may lie for a clock in its sentence to be on it. */
const PAST_DAYS_BACK = 7;
/** How far after the day a past clock may stand, and in how many sentences after the day's own, to be on it. */
const PAST_CLOCK_REACH = 300;
const PAST_CLOCK_SENTENCES = 2;
/** How close after a clock another date may name its day. */
const NEXT_DATE_REACH = 20;

/**
 * "Police on Tuesday night said they were investigating the shooting that occurred at 4:30 p.m.": a clock in
 * the past tense, in a sentence that names one day of the past week and no other date, is on that day. So is
 * one a sentence or two on that names no date ("... assault on Saturday. Police were called at around
 * midday."), unless a heading between starts another story.
 */
function bindClocksToPastDays(text: string, dates: DateMention[], anchor: CalendarDate): void {
  const today = formatDate(anchor);
  const weekAgo = formatDate(addDays(anchor, -PAST_DAYS_BACK));
  for (let i = 1; i < dates.length; i++) {
    const d = dates[i];
    const prev = dates[i - 1];
    if (d.kind !== 'time' || d.resolution === 'absolute' || !d.value.startsWith(`${today}T`)) continue;
    if (!DAY_VALUE.test(prev.value) || prev.value >= today || prev.value < weekAgo || d.start - prev.end > PAST_CLOCK_REACH) continue;
    const sentences = sentencesBetween(text, prev.end, d.start);
    if (sentences > PAST_CLOCK_SENTENCES) continue;
    const before = dates[i - 2];
    const next = dates[i + 1];
    if (before && DAY_VALUE.test(before.value) && before.end > prev.start - SENTENCE_REACH && !sentenceBetween(text, before.end, prev.start)) continue;
    // Another date close after the clock may be its day ("3 a.m. Thursday"): leave it.
    if (next && next.kind !== 'time' && next.start - d.end <= NEXT_DATE_REACH) continue;
    // "He spoke on Saturday, and we met at 7 p.m.": a clause of its own tells another event.
    const between = text.slice(prev.end, d.start);
    if (sentences === 0 && (between.includes(', and ') || between.includes(', but ') || between.includes(';'))) continue;
    // A sentence on from the day, a clock with no tense near it ("About 4pm in the town centre, a man ...") goes on telling the day's story.
    const lean = leanAround(text, d.start, d.end, true);
    if (lean !== 'past' && (sentences === 0 || lean === 'future')) continue;
    dates[i] = { ...d, value: prev.value + d.value.slice(today.length) };
  }
}

/**
 * How many sentences start after `from` and up to `to`; more than any bound where a line between ends
 * without a stop, a heading that opens another story.
 */
function sentencesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from + 1; k <= to; k++) {
    const c = text.charCodeAt(k - 1);
    if (c === 10) {
      let p = k - 2;
      while (p >= from && (text.charCodeAt(p) === 13 || text.charCodeAt(p) === 32)) p--;
      const last = p >= from ? text.charCodeAt(p) : 46;
      if (isLetterOrDigit(last)) return Infinity;
    }
    const at = text.charCodeAt(k);
    if (sentenceBreakBefore(text, k) && at !== 10 && at !== 13 && at !== 32) count++;
  }
  return count;
}

function isLetterOrDigit(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/** Whether a sentence break lies between `from` and `to`. */
function sentenceBetween(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (sentenceBreakBefore(text, k)) return true;
  return false;
}

/** How far back the day of the event a bare clock belongs to may be named. */
const EVENT_DAY_REACH = 1500;
/** A bare clock's event is in the coming week: "after Christmas" a fortnight on is no match's day. */
const EVENT_DAYS_AHEAD = 7;
/** How far a clock's sentence is searched for its ends. */
const SENTENCE_REACH = 200;

/**
 * "The derby is on Sunday. ... Kickoff is at 8pm", "polling stations would open at 7am": a clock in a sentence
 * that names no day and looks ahead is on the day ahead the article last named, not the article's own.
 */
function bindClocksToEventDays(text: string, dates: DateMention[], anchor: CalendarDate): void {
  const today = formatDate(anchor);
  const weekOn = formatDate(addDays(anchor, EVENT_DAYS_AHEAD));
  let ahead: DateMention | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (DAY_VALUE.test(d.value)) {
      if (d.value > today && d.value <= weekOn) ahead = d;
      continue;
    }
    if (d.kind !== 'time' || d.resolution === 'absolute' || !d.value.startsWith(`${today}T`) || !ahead || d.start - ahead.end > EVENT_DAY_REACH) continue;
    let from = d.start;
    while (from > 0 && d.start - from < SENTENCE_REACH && !sentenceBreakBefore(text, from)) from--;
    let to = d.end;
    while (to < text.length && to - d.end < SENTENCE_REACH && text.charCodeAt(to) !== 10 && !(text.charCodeAt(to) === 46 && (to + 1 >= text.length || text.charCodeAt(to + 1) === 32 || text.charCodeAt(to + 1) === 10))) to++;
    const prev = i > 0 ? dates[i - 1] : null;
    const next = i + 1 < dates.length ? dates[i + 1] : null;
    // Another clock in the sentence ("open at 7am and close at 7pm") names no day of its own.
    if ((prev && prev.end > from && prev.kind !== 'time') || (next && next.start < to && next.kind !== 'time')) continue;
    if (leanAround(text, d.start, d.end, true) !== 'future') continue;
    dates[i] = { ...d, value: ahead.value + d.value.slice(today.length) };
  }
}

/** Whether a sentence starts at `pos`: after a line break, or after a stop and a space. */
function sentenceBreakBefore(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos - 1);
  return c === 10 || (c === 32 && pos >= 2 && (text.charCodeAt(pos - 2) === 46 || text.charCodeAt(pos - 2) === 33 || text.charCodeAt(pos - 2) === 63));
}

/** What joins the two clocks of a range ("9 a.m. to 1 p.m.", "10:00-12:00", "9 and 11 a.m."). */
const CLOCK_RANGE_JOIN = /^\s*(?:to|until|till|and|-|–|—)\s*$/;

/** Nouns for events held on a timetable, which a month before them names ("December meeting"). */
const SCHEDULED_EVENTS = new Set(['meeting', 'summit', 'election', 'elections', 'session', 'vote', 'talks', 'conference', 'deadline', 'auction', 'review']);

/** The lower-cased word of at most 12 letters right after `pos` across one space, or ''. */
function wordAfter(text: string, pos: number): string {
  if (text.charCodeAt(pos) !== 32) return '';
  let e = pos + 1;
  while (e < text.length && e - pos <= 12 && ((text.charCodeAt(e) | 32) >= 97 && (text.charCodeAt(e) | 32) <= 122)) e++;
  return text.slice(pos + 1, e).toLowerCase();
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** "Thursday at 2 p.m.", "Monday morning at 9:30 a.m.", "Tuesday midnight": the words between a day and its clock. */
const PART_OF_DAY_AT = /^\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:at\s+)?$/;
const PART_AT_REACH = 14;
/** "on", or nothing but a space, between a clock and the day after it. */
const ONLY_ON = /^\s*(?:on\s+)?$/;
/** ", with first pitch at", ", with kickoff at": a clause of a few lowercase words joined to a day. */
const WITH_CLAUSE_AT = /^,\s+with\s+(?:[a-z-]+\s+){0,3}at\s+$/;
const WITH_AT_REACH = 40;

/**
 * "in 2024, up 14 percent from a year earlier" (or "two years earlier"): earlier than the year
 * the sentence has just named, not than the article's. With no year named
 * before it in the sentence, "a year earlier" stays the year before the article's.
 */
function yearBefore(text: string, previous: DateMention | undefined, meaning: DateMeaning, start: number, end: number): string | null {
  if (meaning.t !== 'offset' || meaning.unit !== 'Y' || meaning.n >= 0 || !previous || !/^\d{4}$/.test(previous.value)) return null;
  if (!text.slice(start, end).toLowerCase().endsWith('earlier') || start - previous.end > SAME_CLAUSE_SPAN) return null;
  for (let k = previous.end; k < start; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 59 || (code === 46 && text.charCodeAt(k + 1) === 32)) return null;
  }
  return String(Number(previous.value) + meaning.n);
}

/** How far back in its sentence a day may be for "three days earlier" to count from it. */
const DAY_CLAUSE_SPAN = 160;
const OPEN_WEEKDAY = /^XXXX-WXX-([1-7])$/;

/**
 * "sacked their coach on Thursday, after a board vote to drop him three days earlier": earlier than the day
 * the sentence has just named (a date, or a weekday of unknown date), not than the article's.
 */
function dayBefore(text: string, previous: DateMention | undefined, meaning: DateMeaning, start: number, end: number): string | null {
  if (meaning.t !== 'offset' || meaning.unit !== 'D' || meaning.n >= 0 || meaning.part || !previous || start - previous.end > DAY_CLAUSE_SPAN) return null;
  if (!text.slice(start, end).toLowerCase().endsWith('earlier')) return null;
  for (let k = previous.end; k < start; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 59 || ((code === 46 || code === 33 || code === 63) && text.charCodeAt(k + 1) === 32)) return null;
  }
  const weekday = OPEN_WEEKDAY.exec(previous.value);
  if (weekday) return `XXXX-WXX-${((((Number(weekday[1]) - 1 + meaning.n) % 7) + 7) % 7) + 1}`;
  const day = DAY_VALUE.test(previous.value) ? parseIsoDate(previous.value) : null;
  return day ? formatDate(addDays(day, meaning.n)) : null;
}

/**
 * "Last year's event, held from June 3 to June 5", "In 2019, on March 5, ...": a month and day without a year
 * in a sentence that has named the year before them, as "last year", "next year" or "in 2019", is in that year.
 * Only the latest few mentions are looked at, within the sentence.
 */
function sentenceYear(text: string, dates: readonly DateMention[], start: number): string | null {
  for (let k = dates.length - 1; k >= 0 && k >= dates.length - 3; k--) {
    const d = dates[k];
    if (start - d.end > SENTENCE_YEAR_REACH) return null;
    for (let p = d.end; p < start; p++) {
      const code = text.charCodeAt(p);
      if (code === 10 || code === 59 || ((code === 46 || code === 33 || code === 63) && text.charCodeAt(p + 1) === 32)) return null;
    }
    if (!/^\d{4}$/.test(d.value)) {
      // "from June 3 to June 5": another month and day of the same year passes the year on.
      if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
      return null;
    }
    const head = d.text.slice(0, 5).toLowerCase();
    const relative = head.startsWith('last ') || head.startsWith('next ');
    const afterIn = d.start >= 3 && text.slice(d.start - 3, d.start).toLowerCase() === 'in ';
    return relative || afterIn ? d.value : null;
  }
  return null;
}

const SENTENCE_YEAR_REACH = 120;

/** How far back in its sentence a year may be for "a year earlier" to count from it. */
const SAME_CLAUSE_SPAN = 80;

function needsLean(meaning: DateMeaning): boolean {
  return meaning.t === 'monthDay' || meaning.t === 'nthWeekday' || meaning.t === 'month' || meaning.t === 'weekday' || meaning.t === 'weekend' || meaning.t === 'quarter' || (meaning.t === 'half' && meaning.shift === null) || (meaning.t === 'season' && meaning.shift === null);
}

/**
 * The article's date, else the month and day of a dateline that gives no year, else the day of a credited
 * lead photo's caption.
 */
function anchorOf(structure: ArticleStructure, text: string, dct: string | null): Anchor | null {
  const date = parseIsoDate(dct);
  if (date) return { date, yearKnown: true };
  const datelineDate = structure.dateline?.date;
  if (!datelineDate || datelineDate.end > text.length) {
    // Failing the article's own date, the day of its lead photo, which shows the event it reports.
    const photo = captionDate(text, structure.dayOrder ?? null);
    return photo ? { date: photo, yearKnown: true, fromPhoto: true } : null;
  }
  const short = parseShortDate(text.slice(datelineDate.start, datelineDate.end));
  if (!short) return null;
  if (short.y !== null && isValidDate(short.y, short.m, short.d)) return { date: { y: short.y, m: short.m, d: short.d }, yearKnown: true };
  // A leap year, so that a dateline of February 29 stays a valid day.
  return isValidDate(2000, short.m, short.d) ? { date: { y: 2000, m: short.m, d: short.d }, yearKnown: false } : null;
}

/** How far past the dateline the lead's weekday may stand, in characters. */
const LEAD_REACH = 400;

/**
 * Whether a date stands in the dateline's own sentence: the lead, which in
 * wire copy reports the day's news ("ZAGREB, Feb 3 (Hina) - The president on
 * Saturday toured ..."). Reads at most `LEAD_REACH` characters, once an article.
 */
function inLead(text: string, structure: ArticleStructure, start: number): boolean {
  const dateline = structure.dateline;
  if (!dateline?.date || start < dateline.end || start - dateline.end > LEAD_REACH) return false;
  for (let k = dateline.end; k < start; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 && (text.charCodeAt(k + 1) === 10 || text.charCodeAt(k + 1) === 13)) return false;
    const after = text.charCodeAt(k + 1);
    if ((code === 46 || code === 33 || code === 63) && (after === 32 || after === 10 || after === 13)) {
      const next = text.charCodeAt(after === 13 ? k + 3 : k + 2);
      // A sentence ends where a capital follows; "U.S. troops" reads on.
      if (next >= 65 && next <= 90 && !(text.charCodeAt(k - 2) === 46 || text.charCodeAt(k - 2) === 32)) return false;
    }
  }
  return true;
}

/**
 * A weekday in an article whose dateline gives month and day but no year:
 * the lead's first weekday is taken to be the dateline's own day, as wire
 * copy dates a story by the day it reports, and every weekday is counted from
 * that ("ZAGREB, Feb 3 ... on Saturday ... Thursday's blast": Saturday is
 * `XXXX-02-03`, Thursday `XXXX-02-01`). Left open (null) where the count
 * would cross the end of February, whose length needs the year.
 */
function fromPresumedWeekday(meaning: Extract<DateMeaning, { t: 'weekday' }>, anchor: Anchor, presumed: number, lean: Lean): Resolved | null {
  const offset = weekdayOffset(presumed, meaning.wd, meaning.shift, lean);
  const { m, d } = anchor.date;
  const leap = addDays({ y: 2000, m, d }, offset);
  if (isValidDate(2001, m, d)) {
    const common = addDays({ y: 2001, m, d }, offset);
    if (common.m !== leap.m || common.d !== leap.d) return null;
  } else if (offset !== 0) return null;
  return { value: formatOpenMonthDay(leap.m, leap.d), kind: 'date', resolution: 'presumed-weekday' };
}
