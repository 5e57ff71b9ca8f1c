/**
 * The date grammar: short token sequences matched at one token position.
 * Every rule looks a bounded number of tokens ahead, so matching is linear in
 * the text's length whatever the text holds.
 */
import { fixed, on, type DateMatch } from './dateMatch';
import { HOLIDAY_WORDS, matchHoliday } from './dateHolidays';
import type { OffsetUnit } from './dateResolve';
import { NUMBER, PUNCT, WORD, wordHash, type DateTokens } from './dateTokens';
import {
  durationValue,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  SEASONS,
  UNITS,
  WEAK_MONTHS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
  type UnitCode,
} from './dateWords';
import { joinSmallerUnit } from './compoundDurations';
import { isPageCounter } from './dateCounters';
import { matchClockAlone, matchIso, matchMilitaryTime, matchNumericDate, readClock } from './numericDateRules';
import { formatDate, formatMonth, formatYear, isValidDate } from './timex';

/** Words before a bare number that make it a year ("in 1985", "since 2010"). */
const YEAR_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'between', 'and', 'to', 'early', 'mid',
  'late', 'fiscal', 'year', 'through', 'around', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'beginning',
  'start', 'throughout', 'for', 'as', 'than', 'at', 'within', 'on', 'or',
]);

/** Lowercase words that may follow a year ("in 2024 when ..."); any other lowercase word makes the number a count. */
const AFTER_YEAR = new Set([
  'and', 'or', 'to', 'when', 'after', 'before', 'as', 'the', 'with', 'in', 'on', 'at', 'for', 'from', 'while', 'but', 'which',
  'that', 'was', 'were', 'is', 'will', 'until', 'through', 'a', 'an', 'amid', 'under', 'he', 'she', 'it', 'they', 'we', 'i',
  'had', 'has', 'have', 'saw', 'marked', 'elections', 'election', 'census', 'budget', 'season', 'levels', 'level', 'figures',
  'onwards', 'onward', 'alone', 'compared', 'versus', 'vs', 'if', 'because', 'due', 'following', 'amid', 'by', 'of',
  // Words in -s that are no plural noun: "in 2023 across 80 countries".
  'across', 'its', 'his', 'this', 'towards', 'unless', 'whereas', 'amongst', 'thanks',
]);

/** Nouns for events that "the" and a year before them date ("the 1984 riots", "the 2008 crisis"). */
const EVENT_NOUNS = new Set([
  'riots', 'riot', 'war', 'crisis', 'attack', 'attacks', 'massacre', 'earthquake', 'quake', 'olympics', 'games', 'protests',
  'uprising', 'revolution', 'coup', 'floods', 'flood', 'tsunami', 'pandemic', 'summit', 'accord', 'agreement', 'treaty',
  'referendum', 'polls', 'vote', 'invasion', 'bombing', 'bombings', 'crash', 'disaster', 'genocide', 'ceasefire', 'truce',
  'championship', 'tournament', 'cup', 'final', 'finals', 'conference', 'constitution', 'law', 'act', 'reform', 'reforms',
  'recession', 'crackdown', 'blast', 'monsoon', 'fire', 'famine', 'drought', 'hurricane', 'cyclone', 'typhoon', 'visit', 'deal',
  // Rulings and contests: "the 2016 arbitral award", "the 2019 ruling", "the 2024 election".
  'award', 'ruling', 'verdict', 'judgment', 'judgement', 'arbitration', 'election', 'elections', 'strike', 'outbreak', 'scandal',
  // Checks and documents: "the 2019 inspection", "the 2021 census", "the 2024 budget".
  'inspection', 'review', 'audit', 'census', 'budget', 'survey', 'report',
  // Programmes and timetables: "the 2024 program", "the 2025 road schedule", "the 2023 season".
  'program', 'programme', 'plan', 'schedule', 'season', 'edition', 'calendar', 'campaign',
]);

/** Words before a bare month that make "May" or "March" a month ("in May", "since March"). */
const MONTH_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'of', 'from', 'through', 'during', 'before', 'after', 'last', 'next', 'this', 'end', 'between', 'and', 'to', 'on', 'throughout']);

const MODIFIER_SHIFT: ReadonlyMap<string, -1 | 0 | 1> = new Map<string, -1 | 0 | 1>([
  ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['upcoming', 1], ['following', 1], ['last', -1], ['previous', -1], ['past', -1],
]);

/** Parts of the day and their TIMEX3 codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI']]);

/** What a word can start; most words start nothing and are passed over after one hash lookup. */
const enum Starter {
  Weekday = 1,
  Month,
  Today,
  Yesterday,
  Tomorrow,
  Tonight,
  EarlierLater,
  EveryEach,
  QuarterCode,
  Modifier,
  Ordinal,
  Season,
  NumberWord,
  Article,
  TheDay,
  ClockWord,
  Weekend,
  Holiday,
  Unit,
}

let starters: Map<number, [string, Starter][]> | null = null;
/** Low bits of every starter's hash: most words miss it and skip the map lookup. */
const STARTER_FILTER_BITS = 12;
const starterFilter = new Uint8Array(1 << STARTER_FILTER_BITS);

/** Built at first use: every word that can start a date, keyed by `wordHash`. */
function starterTable(): Map<number, [string, Starter][]> {
  if (starters) return starters;
  const table = new Map<number, [string, Starter][]>();
  const add = (word: string, kind: Starter) => {
    const h = wordHash(word);
    starterFilter[h & ((1 << STARTER_FILTER_BITS) - 1)] = 1;
    const list = table.get(h);
    if (list) list.push([word, kind]);
    else table.set(h, [[word, kind]]);
  };
  for (const w of WEEKDAYS.keys()) add(w, Starter.Weekday);
  for (const w of WEEKDAY_ABBREVIATIONS.keys()) add(w, Starter.Weekday);
  for (const w of MONTHS.keys()) add(w, Starter.Month);
  add('today', Starter.Today);
  add('yesterday', Starter.Yesterday);
  add('tomorrow', Starter.Tomorrow);
  add('tonight', Starter.Tonight);
  add('earlier', Starter.EarlierLater);
  add('later', Starter.EarlierLater);
  add('every', Starter.EveryEach);
  add('each', Starter.EveryEach);
  add('q', Starter.QuarterCode);
  for (const w of MODIFIER_SHIFT.keys()) add(w, Starter.Modifier);
  for (const w of ORDINAL_WORDS.keys()) add(w, Starter.Ordinal);
  for (const w of SEASONS.keys()) add(w, Starter.Season);
  for (const w of NUMBER_WORDS.keys()) add(w, Starter.NumberWord);
  add('a', Starter.Article);
  add('the', Starter.TheDay);
  add('noon', Starter.ClockWord);
  add('midday', Starter.ClockWord);
  add('midnight', Starter.ClockWord);
  add('weekend', Starter.Weekend);
  for (const w of HOLIDAY_WORDS) add(w, Starter.Holiday);
  add('an', Starter.Article);
  for (const w of UNITS.keys()) add(w, Starter.Unit);
  starters = table;
  return table;
}

function starterOf(t: DateTokens, i: number): Starter | 0 {
  const h = t.hash(i);
  if (h === 0) return 0;
  const table = starterTable();
  if (starterFilter[h & ((1 << STARTER_FILTER_BITS) - 1)] === 0) return 0;
  const list = table.get(h);
  if (!list) return 0;
  const key = t.key(i);
  for (const [word, kind] of list) if (word === key) return kind;
  return 0;
}

const UNIT_OFFSETS: Partial<Record<UnitCode, OffsetUnit>> = { D: 'D', W: 'W', M: 'M', Y: 'Y', DE: 'DE' };

/** The date expression that starts at token `i`, if any. */
export function matchDate(t: DateTokens, i: number): DateMatch | null {
  const kind = t.kind(i);
  if (kind === NUMBER) return matchNumber(t, i);
  if (kind === WORD) return matchWord(t, i);
  return null;
}

function matchNumber(t: DateTokens, i: number): DateMatch | null {
  // Digits glued to letters are codes and names ("G20", "MENAFN2606..."), never dates.
  if (t.glued(i) && t.kind(i - 1) === WORD) return null;
  if (t.glued(i) && (t.is(i - 1, ':') || t.is(i - 1, '/') || ((t.is(i - 1, '.') || t.is(i - 1, ',')) && t.kind(i - 2) === NUMBER && t.glued(i - 1)))) return null;
  const d = t.digits(i);
  if (d === 4) return matchIso(t, i) ?? matchNumericDate(t, i) ?? matchMilitaryTime(t, i) ?? matchYearRange(t, i) ?? matchDecade(t, i) ?? matchYear(t, i);
  if (d <= 2) return matchNumericDate(t, i) ?? matchClockThenDate(t, i) ?? matchDayMonth(t, i) ?? matchCountedUnits(t, i, t.num(i), i);
  if (d === 3) return matchCountedUnits(t, i, t.num(i), i);
  return null;
}

function matchWord(t: DateTokens, i: number): DateMatch | null {
  const starter = starterOf(t, i);
  if (starter === 0) return null;
  const key = t.key(i);
  switch (starter) {
    case Starter.Weekday: {
      const full = WEEKDAYS.get(key);
      const wd = full ?? WEEKDAY_ABBREVIATIONS.get(key);
      return wd !== undefined && t.capitalised(i) ? matchWeekday(t, i, wd, full !== undefined) : null;
    }
    case Starter.Month:
      return t.capitalised(i) ? matchMonthFirst(t, i) : null;
    case Starter.Today:
      // "USA Today", "BBC Today": a capitalised word before it makes it a name.
      if (t.capitalised(i) && i > 0 && on(t, i) && t.kind(i - 1) === WORD && t.capitalised(i - 1)) return null;
      return { first: i, last: i, meaning: { t: 'offset', unit: 'D', n: 0 } };
    case Starter.Yesterday:
      return { first: i, last: i, meaning: { t: 'offset', unit: 'D', n: -1 } };
    case Starter.Tomorrow:
      return { first: i, last: i, meaning: { t: 'offset', unit: 'D', n: 1 } };
    case Starter.Tonight:
      return { first: i, last: i, meaning: { t: 'offset', unit: 'D', n: 0, part: 'NI' } };
    case Starter.EarlierLater:
      return matchEarlierThis(t, i);
    case Starter.EveryEach:
      return matchSet(t, i);
    case Starter.QuarterCode:
      return matchQuarterCode(t, i);
    case Starter.Modifier:
      return matchModified(t, i, i, MODIFIER_SHIFT.get(key) ?? 0);
    case Starter.Ordinal:
      return matchQuarter(t, i, ORDINAL_WORDS.get(key) ?? 1);
    case Starter.Season:
      return matchSeasonYear(t, i);
    case Starter.NumberWord: {
      const count = NUMBER_WORDS.get(key) ?? null;
      // "twenty-seven minutes": tens and units joined by a hyphen are one count.
      const units = count !== null && count >= 20 && count < 100 && count % 10 === 0 && t.is(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2) ? NUMBER_WORDS.get(t.key(i + 2)) : undefined;
      if (count !== null && units !== undefined && units !== null && units < 10) return matchCountedUnits(t, i + 2, count + units, i);
      return matchCountedUnits(t, i, count, i);
    }
    case Starter.TheDay:
      return matchTheDay(t, i);
    case Starter.ClockWord:
      return { first: i, last: i, meaning: { t: 'clock', clock: key === 'midnight' ? 'T24:00' : 'T12:00' } };
    case Starter.Weekend:
      // "over the weekend": a bare weekend is the nearest one, as a bare weekday is.
      return t.key(i - 1) === 'the' && on(t, i) ? { first: i, last: i, meaning: { t: 'weekend' } } : null;
    case Starter.Holiday:
      return matchHoliday(t, i);
    case Starter.Article:
      return on(t, i + 1) ? (matchAgo(t, i) ?? matchLongSpan(t, i)) : null;
    case Starter.Unit:
      return matchUnitLong(t, i);
  }
}

/**
 * "a week-long trip", "month-long talks", "days-long fighting": a unit glued to "-long" is how long something
 * lasts, a count of one for a singular unit and an unstated count for a plural. After a glued count
 * ("two-week-long") the count's own rule has read the unit.
 */
function matchUnitLong(t: DateTokens, i: number): DateMatch | null {
  if (!(t.is(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2) && t.key(i + 2) === 'long')) return null;
  if (t.glued(i + 3) && t.kind(i + 3) !== PUNCT) return null;
  if (t.glued(i) && t.is(i - 1, '-')) return null;
  const key = t.key(i);
  const unit = UNITS.get(key);
  if (unit === undefined || unit === 'S') return null;
  return fixed(i, i + 2, durationValue(key.endsWith('s') ? null : 1, unit), 'duration');
}

/** Heads of a plan's or a law's name that a year closes: "Saudi Vision 2030", "the Energy Policy 2025-30", "Expo 2020". */
const NAMED_YEAR_HEADS = new Set([
  'vision', 'agenda', 'policy', 'plan', 'strategy', 'programme', 'program', 'act', 'expo', 'initiative', 'roadmap', 'framework',
  'mission', 'blueprint', 'charter',
]);

/** Most capitalised words looked back over for the start of a name a year closes. */
const MAX_NAME_WORDS = 8;

/** A word in capitals and small letters ("Kuwait"), not a sentence's capitalised cue nor a word in all capitals. */
function isTitleWord(t: DateTokens, j: number): boolean {
  if (j < 0 || !on(t, j) || t.kind(j) !== WORD || !t.capitalised(j)) return false;
  const second = t.text.charCodeAt(t.start(j) + 1);
  return second >= 97 && second <= 122;
}

/**
 * Whether the year at `i` closes a name rather than dating anything: after a plan's head ("Vision 2030",
 * "Policy 2025-30"), or after two capitalised words that a lowercase word opens in running text
 * ("be part of New Kuwait 2035"). Months, seasons and cues are no name ("In 2022", "Fiscal Year 2013").
 */
function yearClosesName(t: DateTokens, i: number): boolean {
  const p = i - 1;
  if (!isTitleWord(t, p) || t.glued(i)) return false;
  const key = t.key(p);
  if (YEAR_CUES.has(key) || MONTHS.has(key) || SEASONS.has(key) || WEEKDAYS.has(key) || UNITS.has(key) || HOLIDAY_WORDS.includes(key)) return false;
  if (key === 'quarter' || key === 'half' || key === 'copyright' || key === 'the') return false;
  if (NAMED_YEAR_HEADS.has(key)) return true;
  if (!isTitleWord(t, p - 1) || YEAR_CUES.has(t.key(p - 1)) || t.key(p - 1) === 'the') return false;
  // The run of capitals must open after a lowercase word of the same line: a headline in capitals says nothing.
  let k = p - 1;
  while (k > 0 && p - k < MAX_NAME_WORDS && isTitleWord(t, k - 1)) k--;
  return k > 0 && on(t, k) && t.kind(k - 1) === WORD && !t.capitalised(k - 1);
}

/** "1950-53", "2023-2024": a span of years; "2026/27": a financial year or a season. */
function matchYearRange(t: DateTokens, i: number): DateMatch | null {
  const slash = t.is(i + 1, '/');
  if (!((slash || t.is(i + 1, '-') || t.is(i + 1, '–')) && t.glued(i + 1) && t.glued(i + 2))) return null;
  if (yearClosesName(t, i)) return null;
  const d2 = t.digits(i + 2);
  if (d2 !== 2 && d2 !== 4) return null;
  if (t.glued(i + 3) && t.kind(i + 3) !== PUNCT) return null;
  if (t.glued(i + 3) && (t.is(i + 3, '-') || t.is(i + 3, '/'))) return null;
  const y1 = t.num(i);
  const tail = t.num(i + 2);
  const y2 = d2 === 2 ? Math.floor(y1 / 100) * 100 + tail : tail;
  if (y1 < 1000 || y1 > 2100 || y2 <= y1 || y2 - y1 > 100) return null;
  // A slash joins only a year to the next one; "2024/11" is a month, read elsewhere or not at all.
  if (slash && y2 !== y1 + 1) return null;
  return fixed(i, i + 2, `${formatYear(y1)}/${formatYear(y2)}`, 'date');
}

/** "the 1990s" as the decade `199`. */
function matchDecade(t: DateTokens, i: number): DateMatch | null {
  const y = t.num(i);
  if (y % 10 !== 0 || y < 1000 || y > 2100 || t.key(i + 1) !== 's' || !t.glued(i + 1)) return null;
  return fixed(i, i + 1, String(y / 10), 'date');
}

/** A bare year, when the words around it say it is one and not a count or an amount. */
function matchYear(t: DateTokens, i: number): DateMatch | null {
  const y = t.num(i);
  if (t.glued(i) && isMoneyOrNumberPunct(t, i - 1)) return null;
  const prevKey = i > 0 && !t.broken(i) ? t.key(i - 1) : '';
  if (prevKey === 'no' || prevKey === 'number' || prevKey === 'usd' || prevKey === 'rs') return null;
  // "Saudi Vision 2030", "Agenda 2063", "New Kuwait 2035": a plan's name, not the year.
  if (yearClosesName(t, i)) return null;
  if (isPageCounter(t, i)) return null;
  const cue = YEAR_CUES.has(prevKey) || (t.is(i - 1, '(') && t.glued(i)) || (t.is(i - 1, '-') && t.glued(i));
  const next = i + 1;
  if (t.glued(next)) {
    if (t.kind(next) !== PUNCT) return null;
    if (t.is(next, '%') || ((t.is(next, ',') || t.is(next, '.')) && t.kind(next + 1) === NUMBER && t.glued(next + 1))) return null;
  }
  const nextKey = on(t, next) ? t.key(next) : '';
  const nextOk = nextKey === '' || t.capitalised(next) || AFTER_YEAR.has(nextKey) || (prevKey === 'the' && namesEvent(t, next));
  const plausible = y >= 1900 && y <= 2099;
  if (!(nextOk || (cue && plausible && !nextKey.endsWith('s')))) return null;
  if (!plausible && !(cue && y >= 1000 && y <= 2100)) return null;
  return fixed(i, i, formatYear(y), 'date');
}

/**
 * Whether the words at `j` name an event a year before them dates: "the 1984
 * riots", "the 2008 financial crisis", "the 1984 anti-Sikh riots" (a
 * hyphenated or plain modifier first, at most two).
 */
function namesEvent(t: DateTokens, j: number): boolean {
  let k = j;
  for (let words = 0; words < 3 && on(t, k) && t.kind(k) === WORD; words++) {
    if (EVENT_NOUNS.has(t.key(k))) return true;
    k++;
    if (t.is(k, '-') && t.glued(k) && t.glued(k + 1)) k++;
  }
  return false;
}

function isMoneyOrNumberPunct(t: DateTokens, j: number): boolean {
  if (t.kind(j) !== PUNCT) return false;
  const ch = t.text[t.start(j)];
  if (ch === '$' || ch === '€' || ch === '£' || ch === '¥' || ch === '#' || ch === '+' || ch === '−') return true;
  return (ch === ',' || ch === '.') && t.kind(j - 1) === NUMBER && t.glued(j);
}

/** The month at token `j`, with a glued abbreviation dot: [month, last token] or null. */
function readMonth(t: DateTokens, j: number): [number, number] | null {
  // A month opening a line is read only before its day ("March 15, 2023" alone on a line), not as a verb ("March on").
  const opensLine = j < t.length && t.broken(j) && on(t, j + 1) && t.kind(j + 1) === NUMBER;
  if ((!on(t, j) && !opensLine) || t.kind(j) !== WORD || !t.capitalised(j)) return null;
  const key = t.key(j);
  const m = MONTHS.get(key);
  if (m === undefined) return null;
  const abbreviated = key.length <= 4 && key !== 'june' && key !== 'july' && key !== 'may';
  return [m, abbreviated && t.is(j + 1, '.') && t.glued(j + 1) ? j + 1 : j];
}

/** A day of the month at token `j` with its ordinal suffix: [day, last token] or null. */
function readDay(t: DateTokens, j: number, opening = false): [number, number] | null {
  // A day opening the expression may open its line too ("13 Apr 2019" under a headline).
  if (j >= t.length || (!opening && t.broken(j))) return null;
  const dd = t.digits(j);
  if (dd < 1 || dd > 2) return null;
  const day = t.num(j);
  if (day < 1 || day > 31) return null;
  const suffix = t.glued(j + 1) ? t.key(j + 1) : '';
  if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') return [day, j + 1];
  if (t.glued(j + 1) && (t.kind(j + 1) === WORD || t.kind(j + 1) === NUMBER || t.is(j + 1, ':'))) return null;
  return [day, j];
}

/** An optional ", 2025" after a day and month: [year, last token] or null. */
function readYearAfter(t: DateTokens, j: number): [number, number] | null {
  let k = j;
  if (t.is(k, ',') && t.glued(k)) k++;
  // "May of 2025", "the 24th of May of 2025": American usage may put "of" before the year.
  else if (t.key(k) === 'of' && on(t, k) && t.digits(k + 1) === 4 && t.gapBefore(k + 1) === 1) k++;
  if (!on(t, k) || t.digits(k) !== 4 || (t.glued(k + 1) && t.kind(k + 1) !== PUNCT)) return null;
  return [t.num(k), k];
}

/** An optional clock time after a full date ("12:17 GMT", ", 10:30 a.m."). */
function readTimeAfter(t: DateTokens, j: number): { last: number; value: string } | null {
  let k = j;
  if (t.is(k, ',') && t.glued(k)) k++;
  // "July 7, 2026 | 10:30 AM": a web page's byline sets date and time apart with a bar.
  else if (t.is(k, '|') && on(t, k) && t.gapBefore(k) >= 1 && t.gapBefore(k + 1) >= 1) k++;
  // "Feb 9, 2027 - 06:00": a spaced dash does the same; only a clock may follow it.
  else if ((t.is(k, '-') || t.is(k, '\u2013')) && on(t, k) && t.gapBefore(k) === 1 && t.gapBefore(k + 1) === 1) k++;
  if (t.key(k) === 'at') k++;
  return on(t, k) ? readClock(t, k) : null;
}

/** "18:35 November 02, 2017": a clock just before a full date is that date's time; alone, the clock. */
function matchClockThenDate(t: DateTokens, i: number): DateMatch | null {
  const clock = matchClockAlone(t, i);
  if (!clock || clock.meaning.t !== 'clock') return clock;
  const k = clock.last + 1;
  if (!on(t, k) || t.gapBefore(k) !== 1) return clock;
  const date = t.kind(k) === WORD ? matchMonthFirst(t, k) : matchDayMonth(t, k);
  if (date?.meaning.t === 'fixed' && date.meaning.kind === 'date') return fixed(i, date.last, date.meaning.value + clock.meaning.clock, 'time');
  return clock;
}

/** "02 January 2024 12:17 GMT", "24 Nov 2025", "3rd of March", "24 November". */
function matchDayMonth(t: DateTokens, i: number): DateMatch | null {
  const day = readDay(t, i, true);
  if (!day) return null;
  let j = day[1] + 1;
  if (t.is(j, '-') && t.glued(j) && t.glued(j + 1)) return matchHyphenedDayMonth(t, i, day[0], j + 1);
  if (t.key(j) === 'of' && on(t, j)) j++;
  const month = readMonth(t, j);
  if (!month) return null;
  return completeDate(t, i, month[0], day[0], month[1] + 1);
}

/** "21-Feb-2027", a page's stamp: day, month and year joined by hyphens, the year required. */
function matchHyphenedDayMonth(t: DateTokens, first: number, d: number, j: number): DateMatch | null {
  const month = readMonth(t, j);
  if (!month) return null;
  const k = month[1] + 1;
  if (!(t.is(k, '-') && t.glued(k) && t.glued(k + 1) && t.digits(k + 1) === 4)) return null;
  if (t.glued(k + 2) && t.kind(k + 2) !== PUNCT) return null;
  const y = t.num(k + 1);
  if (!isValidDate(y, month[0], d)) return null;
  const date = formatDate({ y, m: month[0], d });
  const time = readTimeAfter(t, k + 2);
  return time ? fixed(first, time.last, date + time.value, 'time') : fixed(first, k + 1, date, 'date');
}

/** After day and month: a year (absolute, perhaps with a time) or none (a month-day to resolve). */
function completeDate(t: DateTokens, first: number, m: number, d: number, next: number): DateMatch | null {
  const year = readYearAfter(t, next);
  if (year) {
    if (!isValidDate(year[0], m, d)) return null;
    const date = formatDate({ y: year[0], m, d });
    const time = readTimeAfter(t, year[1] + 1);
    return time ? fixed(first, time.last, date + time.value, 'time') : fixed(first, year[1], date, 'date');
  }
  if (!isValidDate(2000, m, d)) return null;
  return { first, last: next - 1, meaning: { t: 'monthDay', m, d } };
}

/** "November 24, 2025", "Nov. 24", "June 2025", "June". */
function matchMonthFirst(t: DateTokens, i: number): DateMatch | null {
  const month = readMonth(t, i);
  if (!month) return null;
  const [m, monthEnd] = month;
  const day = readDay(t, monthEnd + 1);
  if (day && t.gapBefore(monthEnd + 1) <= 2) return completeDate(t, i, m, day[0], day[1] + 1);
  const year = readYearAfter(t, monthEnd + 1);
  if (year && t.gapBefore(year[1]) <= 2) return fixed(i, year[1], formatMonth(year[0], m), 'date');
  // "the December quarter", "the September quarter 2025": a quarter named by its last month.
  // A range's end ("the October-December quarter") is left to the range.
  if (m % 3 === 0 && on(t, monthEnd + 1) && t.key(monthEnd + 1) === 'quarter' && !(t.is(i - 1, '-') && t.glued(i))) {
    const q = m / 3;
    const y = monthEnd + 2;
    if (on(t, y) && t.kind(y) === NUMBER && t.digits(y) === 4 && !t.glued(y)) return fixed(i, y, `${formatYear(t.num(y))}-Q${q}`, 'date');
    return { first: i, last: monthEnd + 1, meaning: { t: 'quarter', q } };
  }
  const key = t.key(i);
  const strong = !WEAK_MONTHS.has(key);
  if (!strong && !(key === 'may' || key === 'march')) return null;
  const cued = i > 0 && on(t, i) && MONTH_CUES.has(t.key(i - 1));
  if (!strong && !cued) return null;
  // "June Carter said": a month name before a capitalised word, with no "in" or "since", is a first name.
  if (!cued && on(t, i + 1) && t.kind(i + 1) === WORD && t.capitalised(i + 1)) return null;
  return { first: i, last: i, meaning: { t: 'month', m, shift: null } };
}

/**
 * "Friday 9/16": a month and day joined by a slash, with no year, after a weekday (the weekday makes the two numbers a
 * date, not a score or a fraction). Month first, as the form is American, unless the first cannot be a month or the
 * article writes its dates day first.
 */
function slashedMonthDay(t: DateTokens, j: number): DateMatch | null {
  if (!(t.is(j + 1, '/') && t.glued(j + 1) && t.kind(j + 2) === NUMBER && t.glued(j + 2)) || t.digits(j) > 2 || t.digits(j + 2) > 2) return null;
  if (t.glued(j + 3) && (t.is(j + 3, '/') || t.kind(j + 3) === NUMBER)) return null;
  const a = t.num(j);
  const b = t.num(j + 2);
  const dayFirst = a > 12 || (b <= 12 && t.dayOrder === 'dmy');
  const [m, d] = dayFirst ? [b, a] : [a, b];
  if (m < 1 || m > 12 || d < 1 || !isValidDate(2000, m, d)) return null;
  return { first: j, last: j + 2, meaning: { t: 'monthDay', m, d } };
}

function matchWeekday(t: DateTokens, i: number, wd: number, fullName: boolean): DateMatch | null {
  let j = i + 1;
  if (t.is(j, ',') && t.glued(j)) j++;
  if (on(t, j)) {
    const full = t.kind(j) === NUMBER ? (matchNumericDate(t, j) ?? matchDayMonth(t, j) ?? slashedMonthDay(t, j)) : matchMonthFirst(t, j);
    if (full && full.meaning.t !== 'month') return { ...full, first: i };
  }
  if (!fullName) return null;
  return { first: i, last: i, meaning: { t: 'weekday', wd, shift: null } };
}

/** "last week", "next year", "this month", "next Monday", "last June", "this summer", "last night". */
function matchModified(t: DateTokens, first: number, i: number, shift: -1 | 0 | 1): DateMatch | null {
  const j = i + 1;
  if (!on(t, j) || t.kind(j) !== WORD) return null;
  const key = t.key(j);
  const modifier = t.key(i);
  const wd = WEEKDAYS.get(key);
  if (wd !== undefined && t.capitalised(j)) return { first, last: j, meaning: { t: 'weekday', wd, shift } };
  const m = MONTHS.get(key);
  if (m !== undefined && t.capitalised(j) && (key.length > 3 || key === 'may')) return { first, last: j, meaning: { t: 'month', m, shift } };
  const season = SEASONS.get(key);
  if (season) return { first, last: j, meaning: { t: 'season', code: season, shift } };
  if (key === 'weekend') return { first, last: j, meaning: { t: 'offset', unit: 'WE', n: shift } };
  if (key === 'quarter') return { first, last: j, meaning: { t: 'offset', unit: 'Q', n: shift } };
  const part = PARTS_OF_DAY.get(key);
  if (part && (modifier === 'this' || (modifier === 'last' && key === 'night'))) {
    return { first, last: j, meaning: { t: 'offset', unit: 'D', n: modifier === 'last' ? -1 : 0, part } };
  }
  const unit = UNITS.get(key);
  if (unit === undefined || key.endsWith('s')) return null;
  if (modifier === 'past' || spanAhead(t, i, unit)) return { first, last: j, meaning: { t: 'fixed', value: durationValue(1, unit), kind: 'duration' } };
  const offset = UNIT_OFFSETS[unit];
  return offset ? { first, last: j, meaning: { t: 'offset', unit: offset, n: shift } } : null;
}

/** Prepositions that make "the next year" a stretch of time ("over the next year", "within the next month"). */
const ACROSS_WORDS = new Set(['over', 'within', 'in', 'during', 'throughout', 'for']);

/** Prepositions that keep "the coming year" a stretch of time: "over the coming year", not "in the coming year". */
const STRETCH_WORDS = new Set(['over', 'within', 'throughout']);

/**
 * "over the next year", "in the coming month": the whole unit ahead, a length of time, not the next calendar
 * year. "in the coming year" and "for the upcoming year" are the next calendar year, as a company's outlook
 * speaks of it; only "over" or "within" makes a coming year a stretch.
 */
function spanAhead(t: DateTokens, i: number, unit: UnitCode): boolean {
  const modifier = t.key(i);
  if (modifier !== 'next' && modifier !== 'coming' && modifier !== 'upcoming') return false;
  if (i < 2 || !on(t, i) || !on(t, i - 1) || t.key(i - 1) !== 'the') return false;
  return modifier !== 'next' && unit === 'Y' ? STRETCH_WORDS.has(t.key(i - 2)) : ACROSS_WORDS.has(t.key(i - 2));
}

/** "the year ahead": the next calendar year, or a stretch after "over" or "within"; "the year ahead of the vote" is neither. */
function matchYearAhead(t: DateTokens, i: number): DateMatch | null {
  if (t.key(i + 1) !== 'year' || !on(t, i + 1) || !on(t, i + 2) || t.key(i + 2) !== 'ahead') return null;
  if (on(t, i + 3) && t.key(i + 3) === 'of') return null;
  if (i > 0 && on(t, i) && STRETCH_WORDS.has(t.key(i - 1))) return fixed(i, i + 2, 'P1Y', 'duration');
  return { first: i, last: i + 2, meaning: { t: 'offset', unit: 'Y', n: 1 } };
}

/** "earlier this month", "later this year", "earlier this week". */
function matchEarlierThis(t: DateTokens, i: number): DateMatch | null {
  const key = t.key(i + 1);
  const shift = MODIFIER_SHIFT.get(key);
  if (!on(t, i + 1) || shift === undefined) return null;
  const inner = matchModified(t, i, i + 1, shift);
  return inner && inner.meaning.t === 'offset' ? inner : null;
}

/**
 * A count of units: a duration ("two-day", "three years", "24 hours", "many
 * years"), or with "ago" a date ("two days ago").
 */
function matchCountedUnits(t: DateTokens, i: number, count: number | null, first: number): DateMatch | null {
  if (count !== null && count <= 0) return null;
  if (t.kind(i) === NUMBER && t.glued(i) && isMoneyOrNumberPunct(t, i - 1)) return null;
  let j = i + 1;
  const hyphen = t.is(j, '-') && t.glued(j) && t.glued(j + 1);
  if (hyphen) j++;
  if (!on(t, j) || t.kind(j) !== WORD) return null;
  const key = t.key(j);
  const unit = UNITS.get(key);
  if (unit === undefined) return null;
  // "two year" without a hyphen is not English; "many day" neither.
  if (!hyphen && count !== 1 && !key.endsWith('s')) return null;
  if (count === null && (hyphen || !key.endsWith('s'))) return null;
  const after = on(t, j + 1) ? t.key(j + 1) : '';
  // Ages: "45 years old", "a 5-year-old boy".
  if (after === 'old' || (t.is(j + 1, '-') && t.glued(j + 1) && t.key(j + 2) === 'old')) return null;
  // "from 3% two years earlier": a point that many units before the time spoken of, as "ago" is before now;
  // "two days earlier than planned" is a length of time.
  const earlier = after === 'earlier' && !(on(t, j + 2) && t.key(j + 2) === 'than');
  if ((after === 'ago' || earlier) && count !== null) {
    const offset = UNIT_OFFSETS[unit];
    if (offset) return { first, last: j + 1, meaning: { t: 'offset', unit: offset, n: -count } };
    // "3 hours ago" under a stamp: the article's own day (a day back per 24 hours), its hour unknown.
    if ((unit === 'H' || unit === 'MIN') && after === 'ago') return { first, last: j + 1, meaning: { t: 'offset', unit: 'D', n: unit === 'H' ? -Math.floor(count / 24) : 0 } };
  }
  const joined = count !== null ? joinSmallerUnit(t, j, count, unit) : null;
  if (joined) return fixed(first, joined.last, joined.value, 'duration');
  return { first, last: j, meaning: { t: 'fixed', value: durationValue(count, unit), kind: 'duration' } };
}

/**
 * "a decade", "a century": a span of time in any sentence ("following a decade
 * of search efforts", "in a decade"). "a year" or "a week" are left alone: they
 * as often count as measure ("once a week", "a year of war").
 */
function matchLongSpan(t: DateTokens, i: number): DateMatch | null {
  const unit = UNITS.get(t.key(i + 1));
  if (unit === undefined || t.key(i + 1).endsWith('s')) return null;
  // "a decade", "a century" are spans; "an hour" or "a week" only after a word of length ("for nearly an hour"),
  // as "$15 an hour" and "twice a week" are rates.
  if (unit !== 'DE' && unit !== 'CE' && (unit === 'S' || !SPAN_OPENERS.has(t.key(i - 1))) && !spansToEvent(t, i, unit)) return null;
  // "a decade-old dispute", "a century-long rivalry": an age or a modifier, not a span of its own.
  if (t.is(i + 2, '-') && t.glued(i + 2)) return null;
  return fixed(i, i + 1, durationValue(1, unit), 'duration');
}

/**
 * "a week after temperatures peaked", "an hour before the vote": the time between two events. Not "a day
 * after", which news reads as the next day, nor a rate ("twice a week before school", "$15 an hour before tax").
 */
function spansToEvent(t: DateTokens, i: number, unit: UnitCode): boolean {
  if (unit === 'D' || unit === 'S' || !on(t, i + 2) || t.kind(i + 2) !== WORD) return false;
  const after = t.key(i + 2);
  if (after !== 'after' && after !== 'before') return false;
  return i > 0 && on(t, i) && t.kind(i - 1) === WORD && !RATE_WORDS.has(t.key(i - 1));
}

const RATE_WORDS = new Set(['once', 'twice', 'thrice', 'times', 'per']);

/** Words before "an hour" or "a week" that make it a length of time. */
const SPAN_OPENERS = new Set(['for', 'nearly', 'almost', 'about', 'around', 'roughly', 'over', 'within', 'lasted', 'lasting', 'than', 'barely']);

/** "a year ago", "a week ago", "a year earlier". */
function matchAgo(t: DateTokens, i: number): DateMatch | null {
  const unit = UNITS.get(t.key(i + 1));
  const after = t.key(i + 2);
  // "a year earlier" in news compares with the year before the article: "up 11% from a year earlier".
  if (unit === undefined || (after !== 'ago' && after !== 'earlier') || !on(t, i + 1) || !on(t, i + 2)) return null;
  const offset = UNIT_OFFSETS[unit];
  return offset ? { first: i, last: i + 2, meaning: { t: 'offset', unit: offset, n: -1 } } : null;
}

const DAY_HASH = wordHash('day');
const YEAR_HASH = wordHash('year');
const SAME_HASH = wordHash('same');

/**
 * "the same quarter last year", "the same quarter a year earlier", "the same quarter of the previous year":
 * four quarters back, from the quarter last named (see dateStatedPeriod) or else the article's.
 */
function matchSameQuarterYearBefore(t: DateTokens, i: number): DateMatch | null {
  if (t.key(i + 1) !== 'same' || t.key(i + 2) !== 'quarter' || !on(t, i + 1) || !on(t, i + 2)) return null;
  let k = i + 3;
  if (t.key(k) === 'of' && on(t, k)) k++;
  let last = -1;
  if (t.key(k) === 'last' && t.key(k + 1) === 'year') last = k + 1;
  else if (t.key(k) === 'a' && t.key(k + 1) === 'year' && (t.key(k + 2) === 'ago' || t.key(k + 2) === 'earlier')) last = k + 2;
  else if (t.key(k) === 'the' && (t.key(k + 1) === 'previous' || t.key(k + 1) === 'prior') && t.key(k + 2) === 'year') last = k + 2;
  for (let j = k; j <= last; j++) if (!on(t, j)) return null;
  return last < 0 ? null : { first: i, last, meaning: { t: 'offset', unit: 'Q', n: -4 } };
}
const SEASON_HASHES = new Set([...SEASONS.keys()].map(wordHash));

/** Words before "the fall" that make it the season: "begin in the fall", "by the summer". */
const SEASON_CUES = new Set(['in', 'by', 'during', 'until', 'till', 'through', 'over', 'since', 'for', 'before', 'after', 'throughout']);

/** Words after "the fall" that make it a drop ("the fall in prices", "the fall of the wall"). */
const NOT_SEASON_AFTER = new Set(['of', 'in', 'to', 'from', 'by', 'off', 'out']);

/**
 * "in the fall", "by the summer": the season nearest the article's date on
 * the side the sentence's tense points to ("should begin in the fall").
 * "summer of 2024" reads its year from the rule for seasons with years.
 */
function matchTheSeason(t: DateTokens, i: number): DateMatch | null {
  const code = SEASONS.get(t.key(i + 1));
  if (!code || !on(t, i + 1) || !on(t, i) || !SEASON_CUES.has(t.key(i - 1))) return null;
  if (on(t, i + 2) && (NOT_SEASON_AFTER.has(t.key(i + 2)) || t.digits(i + 2) > 0)) return null;
  if (t.glued(i + 2) && t.is(i + 2, '-')) return null;
  return { first: i, last: i + 1, meaning: { t: 'season', code, shift: null } };
}

/** "the day before yesterday", "the day after tomorrow". */
function matchTheDay(t: DateTokens, i: number): DateMatch | null {
  // "the" is everywhere: compare the next word's hash before slicing anything.
  if (SEASON_HASHES.has(t.hash(i + 1))) return matchTheSeason(t, i);
  if (t.hash(i + 1) === SAME_HASH) return matchSameQuarterYearBefore(t, i);
  if (t.hash(i + 1) === YEAR_HASH) return matchYearAhead(t, i);
  if (t.hash(i + 1) !== DAY_HASH || t.key(i + 1) !== 'day' || !on(t, i + 1) || !on(t, i + 2) || !on(t, i + 3)) return null;
  const relation = t.key(i + 2);
  const anchor = t.key(i + 3);
  if (relation === 'before' && anchor === 'yesterday') return { first: i, last: i + 3, meaning: { t: 'offset', unit: 'D', n: -2 } };
  if (relation === 'after' && anchor === 'tomorrow') return { first: i, last: i + 3, meaning: { t: 'offset', unit: 'D', n: 2 } };
  return null;
}

/** "every year", "each Monday", "every two weeks". */
function matchSet(t: DateTokens, i: number): DateMatch | null {
  const j = i + 1;
  if (!on(t, j)) return null;
  const key = t.key(j);
  const wd = WEEKDAYS.get(key);
  if (wd !== undefined && t.capitalised(j)) return fixed(i, j, `XXXX-WXX-${wd}`, 'set');
  const unit = UNITS.get(key);
  if (unit !== undefined && !key.endsWith('s')) return fixed(i, j, durationValue(1, unit), 'set');
  const count = t.kind(j) === NUMBER ? t.num(j) : (NUMBER_WORDS.get(key) ?? null);
  if (count === null || count <= 0) return null;
  const inner = matchCountedUnits(t, j, count, i);
  if (!inner || inner.meaning.t !== 'fixed') return null;
  return { ...inner, meaning: { ...inner.meaning, kind: 'set' } };
}

/** "the third quarter", "first quarter of 2025". */
function matchQuarter(t: DateTokens, i: number, q: number): DateMatch | null {
  // "first-quarter revenue" as well as "the first quarter".
  const word = t.is(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2) ? i + 2 : i + 1;
  // "the first half of 2025"; a bare "second half" is as often a match's.
  if (q <= 2 && word === i + 1 && t.key(word) === 'half' && t.key(word + 1) === 'of' && on(t, word + 2) && t.digits(word + 2) === 4) {
    return fixed(i, word + 2, `${formatYear(t.num(word + 2))}-H${q}`, 'date');
  }
  if (q <= 2 && t.key(word) === 'half' && on(t, word)) return matchHalf(t, i, word, q === 1 ? 1 : 2);
  if (!on(t, word) || t.key(word) !== 'quarter' || q > 4) return null;
  let k = word + 1;
  if (t.key(k) === 'of' && on(t, k)) k++;
  if (on(t, k) && t.digits(k) === 4) return fixed(i, k, `${formatYear(t.num(k))}-Q${q}`, 'date');
  return { first: i, last: word, meaning: { t: 'quarter', q } };
}

/** Words after "first-half" that make it a company's half year rather than a match's ("first-half header"). */
const HALF_YEAR_FIGURES = new Set([
  'results', 'result', 'profit', 'profits', 'sales', 'revenue', 'revenues', 'earnings', 'loss', 'losses', 'figures', 'growth', 'output',
  'net', 'operating', 'pretax', 'dividend', 'performance', 'turnover', 'deliveries', 'shipments', 'gdp',
]);
const YEAR_SHIFTS: ReadonlyMap<string, -1 | 0 | 1> = new Map([['this', 0], ['the', 0], ['last', -1], ['next', 1]]);

/** "the first half of this year" ("of the year": the article's), "first-half results"; a bare "second half" is as often a match's. */
function matchHalf(t: DateTokens, i: number, word: number, h: 1 | 2): DateMatch | null {
  const shift = YEAR_SHIFTS.get(t.key(word + 2));
  if (word === i + 1 && t.key(word + 1) === 'of' && shift !== undefined && t.key(word + 3) === 'year' && on(t, word + 3)) {
    return { first: i, last: word + 3, meaning: { t: 'half', h, shift } };
  }
  if (word === i + 2 && on(t, word + 1) && HALF_YEAR_FIGURES.has(t.key(word + 1))) return { first: i, last: word, meaning: { t: 'half', h, shift: null } };
  return null;
}

/** "Q3", "Q3 2025". */
function matchQuarterCode(t: DateTokens, i: number): DateMatch | null {
  if (!t.capitalised(i) || !t.glued(i + 1) || t.digits(i + 1) !== 1) return null;
  const q = t.num(i + 1);
  if (q < 1 || q > 4 || (t.glued(i + 2) && t.kind(i + 2) !== PUNCT)) return null;
  if (on(t, i + 2) && t.digits(i + 2) === 4) return fixed(i, i + 2, `${formatYear(t.num(i + 2))}-Q${q}`, 'date');
  return { first: i, last: i + 1, meaning: { t: 'quarter', q } };
}

/** "summer 2025", "spring of 2024". */
function matchSeasonYear(t: DateTokens, i: number): DateMatch | null {
  let k = i + 1;
  if (t.key(k) === 'of' && on(t, k)) k++;
  if (!on(t, k) || t.digits(k) !== 4) return null;
  return fixed(i, k, `${formatYear(t.num(k))}-${SEASONS.get(t.key(i))}`, 'date');
}
