/**
 * Date rules that start at digits and read clock times: ISO dates and
 * timestamps, numeric dates, wire-service and colon clock times.
 */
import { fixed, on, type DateMatch } from './dateMatch';
import { NUMBER, PUNCT, WORD, type DateTokens } from './dateTokens';
import { formatClock, formatDate, isValidDate, US_ZONE_MARK } from './timex';

/** "2025-11-24", and with a clock "2025-06-26 05:05:38" or "2025-06-26T05:05Z". */
export function matchIso(t: DateTokens, i: number): DateMatch | null {
  if (!(t.is(i + 1, '-') && t.glued(i + 1) && t.digits(i + 2) === 2 && t.glued(i + 2) && t.is(i + 3, '-') && t.glued(i + 3) && t.digits(i + 4) === 2 && t.glued(i + 4))) return null;
  if ((t.glued(i + 5) && (t.kind(i + 5) === NUMBER || t.is(i + 5, '-'))) || (t.glued(i) && t.is(i - 1, '-'))) return null;
  const y = t.num(i);
  const m = t.num(i + 2);
  const dd = t.num(i + 4);
  if (!isValidDate(y, m, dd)) return null;
  const date = formatDate({ y, m, d: dd });
  let j = i + 5;
  if (t.key(j) === 't' && t.glued(j) && t.glued(j + 1)) j++;
  else if (!(on(t, j) && t.gapBefore(j) === 1)) return fixed(i, i + 4, date, 'date');
  const clock = readClock(t, j);
  if (!clock) return fixed(i, i + 4, date, 'date');
  return fixed(i, clock.last, date + clock.value, 'time');
}

/**
 * "11/24/2025", "24/11/2025", "24.11.2025", "21-11-2025", "2025/11/24", with
 * a clock "2020/8/10 15:38:41" or "06/03/2024 - 17:05". A day over 12 tells
 * the order; otherwise the page's own order where it tells (`dayOrder`),
 * else slashes and dashes are read month first (as English-language news
 * writes them) and dots day first.
 */
export function matchNumericDate(t: DateTokens, i: number): DateMatch | null {
  const sep = t.is(i + 1, '/') ? '/' : t.is(i + 1, '.') ? '.' : t.is(i + 1, '-') ? '-' : '';
  if (sep === '' || !(t.glued(i + 1) && t.glued(i + 2) && t.is(i + 3, sep) && t.glued(i + 3) && t.glued(i + 4))) return null;
  if (t.glued(i + 5) && (t.kind(i + 5) !== PUNCT || ((t.is(i + 5, sep) || t.is(i + 5, '.')) && t.kind(i + 6) === NUMBER && t.glued(i + 6)))) return null;
  // Dotted numbers are versions and decimals unless day and month have two digits each ("24.11.2025").
  if (sep === '.' && (t.digits(i) !== 2 || t.digits(i + 2) !== 2)) return null;
  if (t.glued(i) && (t.is(i - 1, sep) || t.is(i - 1, '.') || t.kind(i - 1) === WORD)) return null;
  const a = t.num(i);
  const b = t.num(i + 2);
  const c = t.num(i + 4);
  let y: number;
  let m: number;
  let dd: number;
  if (t.digits(i) === 4 && t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2 && sep !== '-') [y, m, dd] = [a, b, c];
  else if (t.digits(i) <= 2 && t.digits(i + 2) <= 2 && t.digits(i + 4) === 4) {
    y = c;
    const order = t.dayOrder ?? (sep === '.' ? 'dmy' : 'mdy');
    const dayFirst = a > 12 || (b <= 12 && order === 'dmy');
    [m, dd] = dayFirst ? [b, a] : [a, b];
  } else return null;
  if (y < 1900 || y > 2100 || !isValidDate(y, m, dd)) return null;
  const date = formatDate({ y, m, d: dd });
  // A time stamp: "2020/8/10 15:38:41", as the ISO form takes one, or "06/03/2024 - 17:05".
  let k = i + 5;
  if ((t.is(k, '-') || t.is(k, '–')) && t.gapBefore(k) === 1 && t.gapBefore(k + 1) === 1) k++;
  const clock = on(t, k) && t.gapBefore(k) === 1 ? readClock(t, k) : null;
  return clock ? fixed(i, clock.last, date + clock.value, 'time') : fixed(i, i + 4, date, 'date');
}

/** "1200 GMT", "0900 UTC": wire-service clock times. */
export function matchMilitaryTime(t: DateTokens, i: number): DateMatch | null {
  const zone = on(t, i + 1) ? t.key(i + 1) : '';
  if (zone !== 'gmt' && zone !== 'utc') return null;
  const v = t.num(i);
  const hour = Math.floor(v / 100);
  const minute = v % 100;
  if (hour > 23 || minute > 59) return null;
  return { first: i, last: i + 1, meaning: { t: 'clock', clock: formatClock(hour, minute, null, true) } };
}

/** `HH:MM[:SS]` with an optional "a.m."/"pm" and "GMT"/"UTC" at token `j`. */
export function readClock(t: DateTokens, j: number): { last: number; value: string } | null {
  const hd = t.digits(j);
  if (hd < 1 || hd > 2) return null;
  let hour = t.num(j);
  let minute = 0;
  let second: number | null = null;
  let last = j;
  if (t.is(j + 1, ':') && t.glued(j + 1) && t.digits(j + 2) === 2 && t.glued(j + 2)) {
    minute = t.num(j + 2);
    last = j + 2;
    if (t.is(j + 3, ':') && t.glued(j + 3) && t.digits(j + 4) === 2 && t.glued(j + 4)) {
      second = t.num(j + 4);
      last = j + 4;
    }
    if (t.glued(last + 1) && (t.is(last + 1, ':') || t.kind(last + 1) === NUMBER)) return null;
    // "4:18-cv-07669": a court's case number, not a clock.
    if (t.is(last + 1, '-') && t.glued(last + 1) && t.glued(last + 2) && t.kind(last + 2) === WORD) return null;
  }
  // "2.40am", British style: a dot between hour and minutes makes a clock only with "am" or "pm" after it.
  const dotted = last === j && t.is(j + 1, '.') && t.glued(j + 1) && t.digits(j + 2) === 2 && t.glued(j + 2);
  const meridiem = readMeridiem(t, dotted ? j + 3 : last + 1);
  if (dotted) {
    // "10.05 GMT", a British page's stamp: the zone after it makes the dotted pair a clock too.
    if (!meridiem && !readZone(t, j + 3)) return null;
    minute = t.num(j + 2);
    if (!meridiem) last = j + 2;
  }
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.pm ? 12 : 0);
    last = meridiem.last;
  } else if (last === j) {
    return null;
  }
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return null;
  const zone = readZone(t, last + 1);
  if (!zone) return { last, value: formatClock(hour, minute, second, false) };
  return { last: zone.last, value: formatClock(hour, minute, second, false) + zone.offset };
}

/**
 * Time zones of one fixed offset from UTC; "ET" or "PT" change with daylight
 * saving and "CST" is US Central or China's, so they are left out.
 */
const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
  ['gmt', 'Z'], ['utc', 'Z'], ['ist', '+05:30'], ['est', '-05:00'], ['edt', '-04:00'], ['cdt', '-05:00'],
  ['mst', '-07:00'], ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'], ['bst', '+01:00'], ['cet', '+01:00'],
  ['cest', '+02:00'], ['eet', '+02:00'], ['eest', '+03:00'], ['msk', '+03:00'], ['pkt', '+05:00'], ['hkt', '+08:00'],
  ['sgt', '+08:00'], ['jst', '+09:00'], ['kst', '+09:00'], ['aest', '+10:00'], ['aedt', '+11:00'], ['wib', '+07:00'],
]);

/** US zones that keep daylight saving time, by their standard offset in hours; settled once the day is known. */
const US_ZONES: ReadonlyMap<string, number> = new Map([['et', -5], ['ct', -6], ['mt', -7], ['pt', -8]]);

/** "GMT", "UTC", "Z", "IST", "GMT+8", "UTC-05:30", "ET" at token `j`: the zone's offset as TIMEX3 writes it. */
function readZone(t: DateTokens, j: number): { last: number; offset: string } | null {
  if (!on(t, j)) return null;
  const key = t.key(j);
  if (key === 'z' && t.glued(j)) return { last: j, offset: 'Z' };
  const us = US_ZONES.get(key);
  if (us !== undefined && t.text.slice(t.start(j), t.end(j)) === key.toUpperCase()) return { last: j, offset: `${US_ZONE_MARK}${us}` };
  const offset = ZONE_OFFSETS.get(key);
  // Upper case only: "ist" or "est" in running text is no zone.
  if (offset === undefined || (offset !== 'Z' && t.text.slice(t.start(j), t.end(j)) !== key.toUpperCase())) return null;
  if (offset !== 'Z' || !(t.is(j + 1, '+') || t.is(j + 1, '-')) || !t.glued(j + 1) || !t.glued(j + 2)) return { last: j, offset };
  // "GMT+8", "UTC+05:30": an offset from Greenwich.
  const hours = t.num(j + 2);
  if (t.digits(j + 2) > 2 || hours > 14) return { last: j, offset };
  let minutes = 0;
  let last = j + 2;
  if (t.is(j + 3, ':') && t.glued(j + 3) && t.glued(j + 4) && t.digits(j + 4) === 2) {
    minutes = t.num(j + 4);
    last = j + 4;
  }
  if (hours === 0 && minutes === 0) return { last, offset: 'Z' };
  const sign = t.is(j + 1, '+') ? '+' : '-';
  return { last, offset: `${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

/** "am", "pm", "a.m.", "p.m." at token `j`. */
function readMeridiem(t: DateTokens, j: number): { last: number; pm: boolean } | null {
  if (!on(t, j) || t.gapBefore(j) > 1) return null;
  const key = t.key(j);
  if (key === 'am' || key === 'pm') return { last: j, pm: key === 'pm' };
  if ((key === 'a' || key === 'p') && t.is(j + 1, '.') && t.glued(j + 1) && t.key(j + 2) === 'm' && t.glued(j + 2)) {
    return { last: t.is(j + 3, '.') && t.glued(j + 3) ? j + 3 : j + 2, pm: key === 'p' };
  }
  return null;
}

export function matchClockAlone(t: DateTokens, i: number): DateMatch | null {
  const clock = readClock(t, i);
  return clock ? { first: i, last: clock.last, meaning: { t: 'clock', clock: clock.value } } : null;
}
