import { casual, strict, type ParsedResult } from 'chrono-node/en';
import { isValidDate } from './timex';

/** A calendar day chrono read, with whether the text itself named the year. */
export interface ChronoDay {
  y: number;
  m: number;
  d: number;
  yearStated: boolean;
}

/**
 * chrono-node's English parse of a short text, or nothing when it throws
 * (it does on some inputs). Callers pass short windows only: chrono is
 * several times slower than the in-text scanner. The strict parser knows
 * only formal dates and is the quicker; the casual one also reads phrases
 * such as "end of the month".
 */
export function chronoParse(text: string, reference: Date, mode: 'casual' | 'strict' = 'casual'): ParsedResult[] {
  try {
    return (mode === 'strict' ? strict : casual).parse(text, reference);
  } catch {
    return [];
  }
}

/** The day a chrono result starts on, when it names a valid day and month. */
export function chronoDay(result: ParsedResult): ChronoDay | null {
  const start = result.start;
  if (!start.isCertain('day') && !start.isCertain('weekday')) return null;
  const y = start.get('year');
  const m = start.get('month');
  const d = start.get('day');
  if (y === null || m === null || d === null || !isValidDate(y, m, d)) return null;
  return { y, m, d, yearStated: start.isCertain('year') };
}

/** A reference instant for chrono: noon UTC of a calendar day, so no time zone moves it across midnight. */
export function noonOf(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d, 12));
}
