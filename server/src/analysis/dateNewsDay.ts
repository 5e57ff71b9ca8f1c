import { firstSentenceEnd } from './dateStatedPeriod';
import type { ArticleStructure, DateMention } from './types';

const OPEN_TODAY = 'XXXX-XX-XX';
const OPEN_WEEKDAY = /^XXXX-WXX-[1-7]$/;

/**
 * In an article with no date of its own, "today" is the news day, which the lead names by its weekday
 * ("A builder was jailed on Friday ... 'what brought me here today'"): `XXXX-WXX-5`. Only a bare weekday
 * in the lead's first sentence counts, and only a bare "today" takes it.
 */
export function settleTodayByLeadWeekday(text: string, structure: ArticleStructure, dates: DateMention[]): void {
  const leadEnd = firstSentenceEnd(text, structure.headline?.end ?? 0);
  let newsDay: string | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (newsDay === null) {
      if (d.start >= leadEnd) return;
      if (OPEN_WEEKDAY.test(d.value) && d.text.indexOf(' ') < 0) newsDay = d.value;
      continue;
    }
    if (d.value === OPEN_TODAY && d.text.toLowerCase() === 'today') dates[i] = { ...d, value: newsDay, resolution: 'presumed-weekday' };
  }
}
