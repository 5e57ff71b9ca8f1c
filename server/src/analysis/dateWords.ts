/**
 * The words dates are made of: month and weekday names, number words and
 * time units, in lookup tables built once at module load.
 */

/** Month names and their abbreviations, lower case, to 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/**
 * Month words that are also ordinary English words ("may", "march") or too
 * short to trust alone: they count only beside a day or year.
 */
export const WEAK_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr']);

/** Weekday names to ISO weekday numbers (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Weekday abbreviations, trusted only at the head of a full date ("Tue, 02 Jan 2024"). */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

/** Cardinal number words; `null` stands for an unspecified quantity ("many", "several"). */
export const NUMBER_WORDS: ReadonlyMap<string, number | null> = new Map<string, number | null>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['many', null], ['several', null], ['few', null], ['some', null],
]);

/** Ordinals up to "fourth" for quarters, and up to 31 for "the 24th of November". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4],
]);

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE';

/** Time units, singular and plural, to their TIMEX3 duration letters. */
export const UNITS: ReadonlyMap<string, UnitCode> = new Map<string, UnitCode>([
  ['second', 'S'], ['seconds', 'S'],
  ['minute', 'MIN'], ['minutes', 'MIN'],
  ['hour', 'H'], ['hours', 'H'],
  ['day', 'D'], ['days', 'D'],
  ['week', 'W'], ['weeks', 'W'],
  ['month', 'M'], ['months', 'M'],
  ['year', 'Y'], ['years', 'Y'],
  ['decade', 'DE'], ['decades', 'DE'],
  ['century', 'CE'], ['centuries', 'CE'],
]);

/** Seasons to their TIMEX3 codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** TIMEX3 duration value for a count of units; an unknown count gives `X`. */
export function durationValue(count: number | null, unit: UnitCode): string {
  const n = count === null ? 'X' : String(count);
  switch (unit) {
    case 'S': return `PT${n}S`;
    case 'MIN': return `PT${n}M`;
    case 'H': return `PT${n}H`;
    case 'DE': return count === null ? 'PXDE' : `P${count * 10}Y`;
    case 'CE': return count === null ? 'PXCE' : `P${count * 100}Y`;
    default: return `P${n}${unit}`;
  }
}

/**
 * Month and day from a short date such as "Nov 24", "Nov. 24", "June 26",
 * "24 November" or "March 3, 2025"; the year when the text gives one.
 */
export function parseShortDate(text: string): { m: number; d: number; y: number | null } | null {
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  let m = 0;
  let d = 0;
  let y: number | null = null;
  for (const w of words) {
    const month = MONTHS.get(w);
    if (month !== undefined) {
      m = month;
      continue;
    }
    const digits = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(w);
    if (!digits) continue;
    const n = Number(digits[1]);
    if (digits[1].length === 4) y = n;
    else if (d === 0 && n >= 1 && n <= 31) d = n;
  }
  return m > 0 && d > 0 ? { m, d, y } : null;
}
