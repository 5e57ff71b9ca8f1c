import { chronoParse, noonOf } from './chronoDates';
import { wordHash, type DateTokens } from './dateTokens';
import type { Anchor } from './dateResolve';
import { MONTHS } from './dateWords';
import { formatMonth } from './timex';
import type { DateMention } from './types';

const END = wordHash('end');
const OF = wordHash('of');
const MONTH = wordHash('month');
const DETERMINERS = new Set(['the', 'this', 'next', 'last'].map(wordHash));

/** How far chrono-node reads from "end": "end of next month", "end of September". */
const WINDOW = 32;

/** Whether token `i` starts "end of ...", the one phrase here that the rules leave to chrono-node. */
export function startsPeriodEnd(t: DateTokens, i: number): boolean {
  if (t.hash(i) !== END || i + 2 >= t.length || t.hash(i + 1) !== OF || t.broken(i + 1) || t.broken(i + 2)) return false;
  // "end of March", "end of the month", "end of next month"; never "end of the war".
  if (MONTHS.has(t.key(i + 2))) return true;
  return DETERMINERS.has(t.hash(i + 2)) && t.hash(i + 3) === MONTH && !t.broken(i + 3);
}

/**
 * "end of the month", "end of next month", "end of March" from token `i`,
 * read by chrono-node: the month it names, resolved against the article's
 * date (open when the year is unknown). chrono places such a phrase on the
 * month's last day; the value names the month, since the text names no day.
 */
export function periodEndAt(text: string, t: DateTokens, i: number, anchor: Anchor | null): DateMention | null {
  const start = t.start(i);
  let stop = start;
  const limit = Math.min(text.length, start + WINDOW);
  while (stop < limit && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
  // A leap year's mid-year noon when the article's date is unknown: only a named month is kept then.
  const reference = anchor ? noonOf(anchor.date.y, anchor.date.m, anchor.date.d) : noonOf(2000, 6, 15);
  const result = chronoParse(text.slice(start, stop), reference)[0];
  if (!result || result.index !== 0 || result.end || !result.start.isCertain('month')) return null;
  const m = result.start.get('month');
  const y = result.start.get('year');
  if (m === null || y === null) return null;
  const end = start + result.text.length;
  const mention = { start, end, text: text.slice(start, end), kind: 'date' as const };
  const named = MONTHS.has(t.key(i + 2));
  if (!named && !anchor) return { ...mention, value: 'XXXX-XX', resolution: 'unresolved' };
  if (result.start.isCertain('year') && named) return { ...mention, value: formatMonth(y, m), resolution: 'absolute' };
  if (anchor?.yearKnown) return { ...mention, value: formatMonth(y, m), resolution: 'article-date' };
  return { ...mention, value: `XXXX-${String(m).padStart(2, '0')}`, resolution: 'unresolved' };
}
