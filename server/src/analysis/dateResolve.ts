import {
  addDays,
  addMonths,
  dateForWeekday,
  formatDate,
  formatMonth,
  formatOpenMonthDay,
  formatWeek,
  formatYear,
  isoWeekday,
  isValidDate,
  yearForMonth,
  yearForMonthDay,
  type CalendarDate,
  type Lean,
} from './timex';
import { wordHash } from './dateTokens';
import type { DateKind, DateResolution } from './types';

/** What a date expression means before it is placed on the calendar. */
export type DateMeaning =
  /** Fully stated by the text ("2025-11-24", "1950/1953", "P2D"). */
  | { t: 'fixed'; value: string; kind: DateKind }
  /** A month and day without a year ("Nov. 24"). */
  | { t: 'monthDay'; m: number; d: number }
  /** A month without a year ("June", "last June"). */
  | { t: 'month'; m: number; shift: -1 | 0 | 1 | null }
  /** The n-th weekday of a month in a year the tense picks (Thanksgiving: the fourth Thursday of November). */
  | { t: 'nthWeekday'; m: number; wd: number; n: number }
  /** A weekday ("Monday", "next Friday"). */
  | { t: 'weekday'; wd: number; shift: -1 | 0 | 1 | null }
  /** "the weekend": the nearest one, past-leaning like a weekday. */
  | { t: 'weekend' }
  /** An offset in calendar units from the article's date ("yesterday", "last week", "two years ago"). */
  | { t: 'offset'; unit: OffsetUnit; n: number; part?: string }
  /** A clock time on the article's day ("12:17 GMT"). */
  | { t: 'clock'; clock: string }
  /** A season ("this summer", "summer 2025"). */
  | { t: 'season'; code: string; shift: -1 | 0 | 1 | null }
  /** A quarter of the article's year ("the third quarter"). */
  | { t: 'quarter'; q: number }
  /** A half of a year near the article's ("the first half of this year", "first-half results"). */
  | { t: 'half'; h: 1 | 2; shift: -1 | 0 | 1 | null };

export type OffsetUnit = 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE';

/** The article's date as far as known: a dateline without a year still fixes month and day. */
export interface Anchor {
  date: CalendarDate;
  yearKnown: boolean;
  /** The day of a lead photo, in an article that states no date of its own. */
  fromPhoto?: boolean;
}

export interface Resolved {
  value: string;
  kind: DateKind;
  resolution: DateResolution;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Places a date meaning on the calendar against the article's date, or leaves it open. */
export function resolveMeaning(meaning: DateMeaning, anchor: Anchor | null, lean: Lean): Resolved {
  if (meaning.t === 'fixed') return { value: meaning.value, kind: meaning.kind, resolution: 'absolute' };
  const kind: DateKind = meaning.t === 'clock' || (meaning.t === 'offset' && meaning.part) ? 'time' : 'date';
  if (anchor && anchor.yearKnown) return { value: anchored(meaning, anchor.date, lean), kind, resolution: 'article-date' };
  return { value: open(meaning, anchor), kind, resolution: 'unresolved' };
}

function anchored(meaning: Exclude<DateMeaning, { t: 'fixed' }>, a: CalendarDate, lean: Lean): string {
  switch (meaning.t) {
    case 'monthDay':
      return formatDate({ y: yearForMonthDay(a, meaning.m, meaning.d, lean), m: meaning.m, d: meaning.d });
    case 'month': {
      if (meaning.shift === 0) return formatMonth(a.y, meaning.m);
      if (meaning.shift === -1) return formatMonth(meaning.m < a.m ? a.y : a.y - 1, meaning.m);
      if (meaning.shift === 1) return formatMonth(meaning.m > a.m ? a.y : a.y + 1, meaning.m);
      return formatMonth(yearForMonth(a, meaning.m, lean), meaning.m);
    }
    case 'nthWeekday': {
      const y = yearForMonth(a, meaning.m, lean);
      const first = isoWeekday({ y, m: meaning.m, d: 1 });
      return formatDate({ y, m: meaning.m, d: 1 + ((meaning.wd - first + 7) % 7) + 7 * (meaning.n - 1) });
    }
    case 'weekday':
      return formatDate(addDays(a, weekdayOffset(isoWeekday(a), meaning.wd, meaning.shift, lean)));
    case 'weekend':
      return `${formatWeek(dateForWeekday(a, 6, lean === 'future' ? 'future' : 'past'))}-WE`;
    case 'offset':
      return offsetValue(meaning.unit, meaning.n, a) + (meaning.part ? `T${meaning.part}` : '');
    case 'clock':
      return formatDate(a) + meaning.clock;
    case 'season': {
      const start = SEASON_START[meaning.code] ?? 1;
      let y = a.y;
      if (meaning.shift === -1 && start >= a.m) y--;
      if (meaning.shift === 1 && start <= a.m) y++;
      // "in the fall": the coming one where the sentence looks ahead, the last one where it looks back.
      if (meaning.shift === null && lean === 'future' && start + 2 < a.m) y++;
      if (meaning.shift === null && lean === 'past' && start >= a.m) y--;
      return `${formatYear(y)}-${meaning.code}`;
    }
    case 'quarter': {
      // A quarter still ahead of the article's date is last year's where the sentence looks back,
      // or two quarters on with no tense ("fourth-quarter revenue" in a February story).
      const current = Math.floor((a.m - 1) / 3) + 1;
      const back = meaning.q > current && (lean === 'past' || (lean === 'none' && meaning.q - current >= 2));
      return `${formatYear(back ? a.y - 1 : a.y)}-Q${meaning.q}`;
    }
    case 'half': {
      if (meaning.shift !== null) return `${formatYear(a.y + meaning.shift)}-H${meaning.h}`;
      // "second-half profit rose" in a March story is last year's, as a quarter still ahead is.
      const back = meaning.h === 2 && a.m <= 6 && lean === 'past';
      return `${formatYear(back ? a.y - 1 : a.y)}-H${meaning.h}`;
    }
  }
}

/**
 * Days from a day of ISO weekday `today` to the weekday a text names:
 * "last Friday" the one before, "next Friday" the one after, a bare "Friday"
 * the latest past one unless the sentence looks ahead. "This Friday" is the
 * one of the sentence's tense, and with no tense the nearer one: "This
 * Sunday's image shows" in a Tuesday's story is two days back, not five on.
 */
export function weekdayOffset(today: number, wd: number, shift: -1 | 0 | 1 | null, lean: Lean): number {
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  if (shift === -1) return -(back || 7);
  if (shift === 1) return ahead || 7;
  if (shift === 0 && lean === 'none') return back <= ahead ? -back : ahead;
  return lean === 'future' ? ahead : -back;
}

function offsetValue(unit: OffsetUnit, n: number, a: CalendarDate): string {
  switch (unit) {
    case 'D':
      return formatDate(addDays(a, n));
    case 'W':
      return formatWeek(addDays(a, 7 * n));
    case 'WE':
      return `${formatWeek(addDays(a, 7 * n))}-WE`;
    case 'M': {
      const t = addMonths(a.y, a.m, n);
      return formatMonth(t.y, t.m);
    }
    case 'Q': {
      const t = addMonths(a.y, a.m, 3 * n);
      return `${formatYear(t.y)}-Q${Math.floor((t.m - 1) / 3) + 1}`;
    }
    case 'Y':
      return formatYear(a.y + n);
    case 'DE':
      return String(Math.floor(a.y / 10) + n);
  }
}

/** Month and day `n` days from a yearless month and day, or null where leap and common years differ. */
function openDayOffset(m: number, d: number, n: number): { m: number; d: number } | null {
  const leap = addDays({ y: 2000, m, d }, n);
  // Feb 29 itself names a leap year.
  if (!isValidDate(2001, m, d)) return leap;
  const common = addDays({ y: 2001, m, d }, n);
  return common.m === leap.m && common.d === leap.d ? leap : null;
}

/** The value with what the text leaves unknown written as `X`s. */
function open(meaning: Exclude<DateMeaning, { t: 'fixed' }>, anchor: Anchor | null): string {
  switch (meaning.t) {
    case 'monthDay':
      return formatOpenMonthDay(meaning.m, meaning.d);
    case 'month':
      return `XXXX-${String(meaning.m).padStart(2, '0')}`;
    case 'nthWeekday':
      return `XXXX-${String(meaning.m).padStart(2, '0')}-XX`;
    case 'weekday':
      return `XXXX-WXX-${meaning.wd}`;
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'offset': {
      const part = meaning.part ? `T${meaning.part}` : '';
      if (meaning.unit === 'D' && anchor) {
        // Month and day are known from the dateline, so a day offset stays exact but for the year,
        // unless it crosses the end of February, whose length needs the year: that day is left open.
        const t = openDayOffset(anchor.date.m, anchor.date.d, meaning.n);
        return (t ? formatOpenMonthDay(t.m, t.d) : 'XXXX-XX-XX') + part;
      }
      if (meaning.unit === 'M' && anchor) {
        const t = addMonths(anchor.date.y, anchor.date.m, meaning.n);
        return `XXXX-${String(t.m).padStart(2, '0')}`;
      }
      const shapes: Record<OffsetUnit, string> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX' };
      return shapes[meaning.unit] + part;
    }
    case 'clock':
      return (anchor ? formatOpenMonthDay(anchor.date.m, anchor.date.d) : 'XXXX-XX-XX') + meaning.clock;
    case 'season':
      return `XXXX-${meaning.code}`;
    case 'quarter':
      return `XXXX-Q${meaning.q}`;
    case 'half':
      return `XXXX-H${meaning.h}`;
  }
}

/** A fixture in the present tense is ahead: "City host Copenhagen on Wednesday", "Brentford travel to Newcastle on Wednesday". */
const PRESENT_FIXTURES = [
  'host', 'hosts', 'face', 'faces', 'travel', 'travels', 'welcome', 'welcomes', 'meet', 'meets', 'comes', 'resume', 'resumes', 'await', 'awaits',
  'opens', 'kicks', 'heads', 'returns', 'visits', 'plays', 'open',
];
const PRESENT_FIXTURE_CUES = hashSet(PRESENT_FIXTURES);
const FUTURE_CUES = hashSet([
  'will', 'shall', 'should', 'upcoming', 'scheduled', 'schedule', 'plans', 'planned', 'planning', 'expected', 'expects', 'expect',
  'ahead', 'next', 'due', 'slated', 'starting', 'begin', 'begins', 'coming', 'forthcoming', 'intend', 'intends', 'aims', 'll', 'tomorrow',
  ...PRESENT_FIXTURES,
  // So is a vote in the present tense ("voters head to the polls on Sunday", "Germany votes on Sunday"),
  // and a plan told in reported speech ("said he would have a scan on Tuesday").
  'head', 'go', 'votes', 'would',
  // A timetable in the present tense ("the meeting starts on Thursday", "the summit runs until Friday").
  'starts', 'runs', 'ends', 'closes', 'departs', 'arrives', 'launches',
  // One prepares for what is ahead: "as we prepare for the summit in November".
  'prepare', 'prepares', 'preparing',
]);
const PAST_CUES = hashSet([
  'said', 'says', 'was', 'were', 'had', 'did', 'took', 'held', 'met', 'told', 'reported', 'announced', 'signed', 'ago', 'last', 'earlier', 'since', 'agreed', 'visited', 'came', 'began', 'started', 'ended',
  // Irregular past tenses, which the "-ed" test misses ("sales rose 6% in the three months to March 31").
  'rose', 'fell', 'grew', 'won', 'lost', 'went', 'saw', 'gave', 'led', 'sold', 'paid', 'made', 'became', 'brought', 'got', 'left', 'beat',
  'drew', 'spent', 'kept', 'found', 'wrote', 'spoke', 'ran', 'sent', 'struck', 'shot', 'stood', 'knew', 'heard', 'chose', 'flew', 'broke',
  'fought', 'caught', 'bought', 'threw', 'drove', 'overtook', 'slid', 'sank', 'swung',
]);
/**
 * The present tense of "be" nearest a date ("Kickoff is at 20:45 on Saturday", "are arranging to hold a summit
 * in May") outweighs only a farther cue, and weighs less than any other: "was", "said" or "will" nearer the date
 * decides. A weekday it speaks of is ahead; a month is the nearest one, as "Sales in May are up" is the last.
 */
const PRESENT_BE = hashSet(['is', 'are']);
const PRESENT_BE_WEIGHT = 24;
/**
 * "is facing charges following an assault on Saturday", "are in custody after a fight on Sunday": a day in a
 * phrase opened by one of these, under a verb in the present tense, is the past event the present follows.
 */
const FOLLOWING_WORDS = hashSet(['after', 'following']);
/** "the following Monday" is ahead: "following" after an article is an adjective. */
const ARTICLES = hashSet(['the', 'a', 'an']);
/** A cue beyond a comma from the date belongs to another clause and counts only where no nearer one speaks. */
const OTHER_CLAUSE = 200;
const TRAILING_PARTICIPLE = 12;

/**
 * Words after a date that open a clause of its own: "will close from April after engineers found corrosion" is ahead,
 * whatever the engineers did; the clause's verbs count only where the date's own clause has none.
 */
const SUBORDINATORS = hashSet(['after', 'because', 'when', 'once', 'although', 'though', 'whereas']);

/** Verbs after which a participle is a state, not a past act: "will remain closed on Monday", "stay shut until Friday". */
const STATE_VERBS = hashSet(['be', 'remain', 'remains', 'stay', 'stays']);
/** "has extended the deadline until Friday", "has issued an alert till Sunday": a present perfect whose effect lasts until a day ahead. */
const PERFECT_AUXILIARIES = hashSet(['has', 'have']);
const UNTIL_WORDS = new Set(['until', 'till']);
const PASSIVE_PAST = hashSet(['was', 'were']);
/**
 * "could" and "might" before a bare verb speak of what may come ("rainfall could reach 300 mm through Tuesday");
 * before "not" or "have" they speak of the past ("he could not attend on Monday", "might have left").
 */
// "must" too: "Residents must sign up by noon Monday" is ahead, "must have left on Monday" is not.
const POSSIBILITY_MODALS = hashSet(['could', 'might', 'must']);
const NOT_POSSIBILITY = hashSet(['not', 'have', 'never', 'only', 'be']);
/** "completed in December ahead of schedule": "ahead of" a plan says early, not later. */
const AHEAD = wordHash('ahead');
const AHEAD_OF_PLAN = /^ of (?:schedule|plan|time|target)\b/;
/** "said in its report on Thursday that demand would grow": after the speech's "that", the reported words' tense is theirs. */
const THAT = wordHash('that');
/**
 * Participles of a plan that, right after a verb in the past, qualify its object and say nothing of when:
 * "had completed scheduled maintenance in December", "carried out planned repairs in March" are past.
 */
const PLAN_PARTICIPLES = hashSet(['scheduled', 'planned', 'expected', 'slated']);
/**
 * Past cues that are no verb governing such a participle: auxiliaries, after which it is the verb itself
 * ("had scheduled talks for May"), and adverbs ("the last scheduled inspection on Aug. 24").
 */
const NOT_GOVERNING = hashSet(['was', 'were', 'had', 'did', 'last', 'ago', 'earlier', 'since']);
/** A phrasal verb's particle keeps its verb governing: "carried out scheduled checks". */
const PARTICLES = hashSet(['out', 'up', 'off', 'through']);

/**
 * "is due to meet on Monday" looks ahead; "was due to heavy rain in February" gives a cause. After "due to",
 * a verb of a timetable makes the plan; any other word opens the cause, which says nothing of when.
 */
const DUE = wordHash('due');
const DUE_TO_VERBS = new Set(
  ('be|begin|start|take|meet|arrive|open|close|end|expire|return|hold|face|appear|visit|make|sign|travel|launch|vote|finish|' +
    'come|go|leave|resume|report|publish|release|announce|give|deliver|testify|hear|rule|decide|complete|retire|step|undergo|' +
    'land|depart|sail|fly|play|host|debut|enter|join|speak|address|present|submit|pay|receive|conclude|run|stand|attend|reopen').split('|'),
);

/** Whether the "due" that ends at `i` is "due to" and a cause, not a timetable's verb. */
function causalDue(text: string, i: number): boolean {
  if (text.slice(i, i + 4).toLowerCase() !== ' to ') return false;
  let j = i + 4;
  while (j < text.length && j - i < 20 && isAsciiLetterCode(text.charCodeAt(j))) j++;
  return !DUE_TO_VERBS.has(text.slice(i + 4, j).toLowerCase());
}

function hashSet(words: readonly string[]): Set<number> {
  return new Set(words.map(wordHash));
}

/** How far back from a day's "on" or "of" its "until" may stand ("until 11.59pm on", "until the end of"). */
const UNTIL_REACH = 24;

/** Whether a day closes a stretch: "until Sunday", "till Friday", "until midnight on Sunday", "until the end of Monday". */
function untilBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (UNTIL_WORDS.has(word)) return true;
  if (word !== 'on' && word !== 'of') return false;
  const to = start - word.length - 1;
  for (let i = to - 1; i >= 0 && to - i <= UNTIL_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10 || c === 59 || c === 34) return false;
    if (c === 32 && UNTIL_WORDS.has(wordBefore(text, i + 1))) return true;
  }
  return false;
}

/** The lower-cased word of at most 8 letters before `pos` across one space, or ''. */
function wordBefore(text: string, pos: number): string {
  if (text.charCodeAt(pos - 1) !== 32) return '';
  let b = pos - 1;
  while (b > 0 && pos - 1 - b < 8 && isAsciiLetterCode(text.charCodeAt(b - 1))) b--;
  return text.slice(b, pos - 1).toLowerCase();
}

/** Whether the period at `dot` closes "a.m.", "p.m." or "U.S.": letters and periods taking turns, which end no sentence before a date. */
function endsShortAbbreviation(text: string, dot: number): boolean {
  return dot >= 3 && text.charCodeAt(dot - 2) === 46 && isAsciiLetterCode(text.charCodeAt(dot - 1)) && isAsciiLetterCode(text.charCodeAt(dot - 3));
}

function isAsciiLetterCode(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/**
 * Which way the sentence around a date points: the cue nearest the date
 * decides, a future one ("will", "upcoming", "is scheduled") or a past one
 * ("said", "was", any word in -ed); no cue says nothing. The nearest wins so
 * that "said on Monday that he will go" stays past and "said he will go on
 * Friday" looks ahead. `dayLike` for a weekday or weekend, which the present tense puts ahead.
 * Words are compared by hash while scanning, so nothing is allocated.
 */
export function leanAround(text: string, start: number, end: number, dayLike = false): Lean {
  let from = start;
  while (from > 0 && start - from < 160) {
    const code = text.charCodeAt(from - 1);
    if (code === 10 || ((code === 46 || code === 33 || code === 63) && text.charCodeAt(from) === 32 && !endsShortAbbreviation(text, from - 1))) break;
    from--;
  }
  // A window cut inside a word would read its tail as a word of its own ("...pected" as a verb in -ed).
  if (from > 0 && isAsciiLetterCode(text.charCodeAt(from - 1))) while (from < start && isAsciiLetterCode(text.charCodeAt(from))) from++;
  let to = end;
  while (to < text.length && to - end < 40) {
    const code = text.charCodeAt(to);
    // '"... cutting twice next year, in February and in May," said Park': the verb after a quotation's close
    // attributes it and says nothing of the tense inside it.
    if (code === 10 || code === 46 || code === 33 || code === 63 || code === 34 || code === 0x201d) break;
    to++;
  }
  let commaBefore = -1;
  for (let i = start - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 44) {
      commaBefore = i;
      break;
    }
  }
  let commaAfter = to;
  for (let i = end; i < to; i++) {
    if (text.charCodeAt(i) === 44) {
      commaAfter = i;
      break;
    }
  }
  const lastsUntil = dayLike && untilBefore(text, start);
  let perfectUntil = false;
  let futureBefore = false;
  let nearestFuture = Infinity;
  let nearestPast = Infinity;
  let nearestPresent = Infinity;
  let previous = 0;
  let h = 0;
  let length = 0;
  let last = 0;
  let beforeLast = 0;
  let modal = -1;
  let capitalised = false;
  let subordinate = false;
  let aheadOfPlan = -1;
  let previousPastVerb = false;
  let nearestFixture = Infinity;
  let plainFuture = Infinity;
  let followingAt = Infinity;
  // Where the last word ended and whether it was capitalised: a capitalised word right after one is inside a name.
  let lastWordEnd = -2;
  let lastCapitalised = false;
  let inName = false;
  for (let i = from; i <= to; i++) {
    const raw = i < to ? text.charCodeAt(i) : 0;
    const code = raw | 32;
    if (code >= 97 && code <= 122) {
      if (length === 0) {
        capitalised = raw < 97;
        inName = capitalised && lastCapitalised && lastWordEnd === i - 1 && text.charCodeAt(i - 1) === 32;
      }
      h = (Math.imul(h, 31) + code) | 0;
      length++;
      beforeLast = last;
      last = code;
      continue;
    }
    if (length > 0) {
      const crossed = (i <= start ? i <= commaBefore : i - length >= commaAfter) || (i > end && subordinate);
      const distance = (i <= start ? start - i : i - length - end) + (crossed ? OTHER_CLAUSE : 0);
      if (i > end && SUBORDINATORS.has(h)) subordinate = true;
      if (modal >= 0 && !NOT_POSSIBILITY.has(h)) nearestFuture = Math.min(nearestFuture, modal);
      // After the date, a modal is as often a "that" clause of its own ("said on Tuesday that airlines could resume").
      modal = POSSIBILITY_MODALS.has(h) ? distance + (i > end ? TRAILING_PARTICIPLE : 0) : -1;
      if (h === THAT && i - length >= end && nearestPast < Infinity && nearestFuture === Infinity) break;
      const pastForm = PAST_CUES.has(h) || (length > 4 && beforeLast === 101 && last === 100 && !capitalised);
      const qualifiesObject = previousPastVerb && PLAN_PARTICIPLES.has(h);
      previousPastVerb = (pastForm && !NOT_GOVERNING.has(h)) || (previousPastVerb && PARTICLES.has(h));
      if (h === AHEAD && i > end && AHEAD_OF_PLAN.test(text.slice(i, i + 14))) aheadOfPlan = i + 4;
      // "the Northshore Open final on Monday": a cue word inside a name is no verb.
      else if (inName) previous = h;
      else if (i <= start && !crossed && distance > 1 && FOLLOWING_WORDS.has(h) && !ARTICLES.has(previous)) followingAt = Math.min(followingAt, distance);
      else if (i - length <= aheadOfPlan) previous = h;
      else if (qualifiesObject) previous = h;
      else if (h === DUE && causalDue(text, i)) previous = h;
      else if (FUTURE_CUES.has(h)) {
        nearestFuture = Math.min(nearestFuture, distance);
        if (i <= start) futureBefore = true;
        if (i <= start && PRESENT_FIXTURE_CUES.has(h)) nearestFixture = Math.min(nearestFixture, distance);
        else plainFuture = Math.min(plainFuture, distance);
      }
      else if (PRESENT_BE.has(h)) nearestPresent = Math.min(nearestPresent, distance + PRESENT_BE_WEIGHT);
      // A capitalised word in -ed is a name ("Harbridge United on Sunday"), not a past verb.
      else if (pastForm) {
        // A participle after "be" is passive and looks ahead: "will be held", "is to be signed"; after "remain" a state.
        if (STATE_VERBS.has(previous)) nearestFuture = Math.min(nearestFuture, distance);
        // The perfect decides for the day its "until" closes, whatever "said" follows: "has issued an alert till Sunday and said".
        // So does a passive's: "classes were suspended until Thursday" stay suspended up to a day ahead.
        else if (lastsUntil && i <= start && (PERFECT_AUXILIARIES.has(previous) || PASSIVE_PAST.has(previous))) perfectUntil = true;
        // A word in -ed after the date is as often a participle of a noun ("an election called after ..."):
        // it weighs a little less than a verb before the date.
        else nearestPast = Math.min(nearestPast, distance + (i > end && !PAST_CUES.has(h) ? TRAILING_PARTICIPLE : 0));
      }
      previous = h;
      lastWordEnd = i;
      lastCapitalised = capitalised;
    }
    h = 0;
    length = 0;
  }
  // "said tolls would be lifted and transport made free until midnight on Sunday": a stretch the sentence
  // looks ahead to runs to a day ahead, whatever past participle stands nearer the day.
  if (perfectUntil || (lastsUntil && futureBefore)) return 'future';
  const presentWins = nearestPresent < nearestFuture && nearestPresent < nearestPast;
  // The present tense farther from the day than "after" or "following": the day is the event that came before.
  // "will resume after the holiday on Monday": a fixture's verb under "will" is ahead.
  const fixtureWins = nearestFuture === nearestFixture && nearestFuture < nearestPast && plainFuture >= OTHER_CLAUSE;
  const present = presentWins ? nearestPresent - PRESENT_BE_WEIGHT : fixtureWins ? nearestFixture : -1;
  if (followingAt < present) return 'past';
  if (presentWins) return dayLike ? 'future' : 'none';
  if (nearestFuture < nearestPast) return 'future';
  return nearestPast < Infinity ? 'past' : 'none';
}
