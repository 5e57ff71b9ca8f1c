import type { Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words before a city that make a weekday after it the day something happened there ("in Sheffield Wednesday"). */
const PLACING = new Set(['in', 'at', 'on', 'from', 'to', 'into', 'near', 'outside', 'since', 'until', 'by', 'across', 'around']);

/** Words after a weekday that make it a time: "Sheffield Wednesday night". */
const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening', 'and', 'or', 'through', 'to']);

/** Times the same city and weekday must be written for the pair to be a club's name. */
const MIN_CLUB_MENTIONS = 2;

/**
 * "Sheffield Wednesday 2-0 Brighton ... put Sheffield Wednesday in front": a known city and a weekday written
 * together twice or more, neither placed by a preposition nor followed by a part of the day or a date, are
 * one club's name, so the weekday joins the city's run instead of being a date. Two passes over the tokens.
 */
export function nameWeekdayClubs(s: Scan): void {
  const t = s.t;
  let counts: Map<string, number> | undefined;
  for (let k = 1; k < t.length; k++) {
    if (clubDay(s, k)) {
      const key = (t[k - 1] as Token).fold;
      (counts ??= new Map()).set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (!counts) return;
  for (let k = 1; k < t.length; k++) {
    if ((counts.get((t[k - 1] as Token).fold) ?? 0) >= MIN_CLUB_MENTIONS && clubDay(s, k)) (t[k] as Token).flags &= ~Lex.Calendar;
  }
}

/** Token k is a capitalized weekday right after a city the lists know, no preposition placing the city and no day part or date after. */
function clubDay(s: Scan, k: number): boolean {
  const t = s.t;
  const day = t[k] as Token;
  if (!day.cap || day.upper || day.gap !== Gap.Space || !WEEKDAYS.has(day.fold)) return false;
  const city = t[k - 1] as Token;
  if (!city.cap || city.upper || (city.flags & Lex.Calendar) !== 0) return false;
  const before = t[k - 2];
  if (before && before.lower && PLACING.has(before.fold)) return false;
  const next = t[k + 1];
  if (next && next.gap === Gap.Space && DAY_PARTS.has(next.fold)) return false;
  // "Wednesday 5 June" is a date; "Wednesday 2-0" a score.
  if (next && next.gap === Gap.Space && /^\d/.test(next.text) && !/^ \d{1,2}-\d{1,2}\b/.test(s.text.slice(day.end, day.end + 7))) return false;
  const place = gazAt(s, k - 1, k - 1);
  return !!place && place.entry.type === 'location' && place.last === k - 1;
}
