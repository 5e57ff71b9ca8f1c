import { resolveMeaning, type DateMeaning } from './dateResolve';
import { isoWeekday, parseIsoDate, type CalendarDate, type Lean } from './timex';
import type { DateMention } from './types';

/** A bare weekday left open because the article states no date of its own. */
export interface OpenWeekday {
  index: number;
  meaning: Extract<DateMeaning, { t: 'weekday' }>;
  lean: Lean;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * An article with no date of its own that gives one full date with its
 * weekday ("Thursday, July 18, 2024") places its bare weekdays in that week,
 * counted from that day as from an article's date ("on Thursday" that day,
 * "Wednesday evening" the day before). Two such dates that differ leave them open.
 */
export function settleWeekdaysByStatedDate(dates: DateMention[], open: readonly OpenWeekday[]): void {
  if (open.length === 0) return;
  let stated: CalendarDate | null = null;
  for (const d of dates) {
    if (d.kind !== 'date' || d.value.length !== 10) continue;
    const date = parseIsoDate(d.value);
    if (!date) continue;
    let k = 0;
    while (k < d.text.length && k < 10 && /[A-Za-z]/.test(d.text.charAt(k))) k++;
    const wd = WEEKDAYS.indexOf(d.text.slice(0, k).toLowerCase()) + 1;
    if (wd === 0 || wd !== isoWeekday(date)) continue;
    if (stated && (stated.y !== date.y || stated.m !== date.m || stated.d !== date.d)) return;
    stated = date;
  }
  if (!stated) return;
  for (const w of open) {
    const mention = dates[w.index];
    if (!mention || !mention.value.startsWith('XXXX')) continue;
    dates[w.index] = { ...mention, ...resolveMeaning(w.meaning, { date: stated, yearKnown: true }, w.lean) };
  }
}
