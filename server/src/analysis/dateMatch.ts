import type { DateMeaning } from './dateResolve';
import type { DateTokens } from './dateTokens';

export interface DateMatch {
  /** First and last token of the expression, inclusive. */
  first: number;
  last: number;
  meaning: DateMeaning;
}

/** Token `j` exists and continues the same line. */
export function on(t: DateTokens, j: number): boolean {
  return j < t.length && !t.broken(j);
}

/** A match whose value the text states in full. */
export function fixed(first: number, last: number, value: string, kind: 'date' | 'time' | 'duration' | 'set'): DateMatch {
  return { first, last, meaning: { t: 'fixed', value, kind } };
}
