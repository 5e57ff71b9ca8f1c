import type { ArticleStructure, DateMention } from './types';

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Finds dates, times and durations, normalized against the article's date. */
export function findDates(text: string, _structure: ArticleStructure, _dct: string | null): DateMention[] {
  const dates: DateMention[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    dates.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'date', value: m[0], resolution: 'absolute' });
  }
  return dates;
}
