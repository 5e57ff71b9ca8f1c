/**
 * "3 hours, 21 minutes", "two years and six months": a length of time told
 * in two units, the second the next smaller one, is one duration. Looks at
 * most four tokens past the first unit.
 */
import { on } from './dateMatch';
import { NUMBER, PUNCT, WORD, type DateTokens } from './dateTokens';
import { durationValue, NUMBER_WORDS, UNITS, type UnitCode } from './dateWords';

/** The unit that may follow each unit in one duration. */
const NEXT_SMALLER: Partial<Record<UnitCode, UnitCode>> = { H: 'MIN', MIN: 'S', Y: 'M' };

/**
 * The smaller unit joined to a duration of `count` `unit`s whose unit word is
 * token `j`: its last token and the whole value, or null.
 */
export function joinSmallerUnit(t: DateTokens, j: number, count: number, unit: UnitCode): { last: number; value: string } | null {
  const smaller = NEXT_SMALLER[unit];
  if (smaller === undefined) return null;
  let k = j + 1;
  if (t.kind(k) === PUNCT && t.is(k, ',') && t.glued(k)) k++;
  if (on(t, k) && t.kind(k) === WORD && t.key(k) === 'and') k++;
  if (k === j + 1 || !on(t, k)) return null;
  const second = t.kind(k) === NUMBER && t.digits(k) <= 2 ? t.num(k) : t.kind(k) === WORD ? (NUMBER_WORDS.get(t.key(k)) ?? null) : null;
  if (second === null || second <= 0 || !on(t, k + 1) || UNITS.get(t.key(k + 1)) !== smaller) return null;
  // "two hours and 15-minute breaks": a modifier of the next noun, not the rest of the span.
  if (t.is(k + 2, '-') && t.glued(k + 2)) return null;
  const head = durationValue(count, unit);
  const tail = durationValue(second, smaller);
  // Both halves share their "P" or "PT" opening: "PT3H" and "PT21M" make "PT3H21M".
  const shared = head.startsWith('PT') ? 2 : 1;
  return { last: k + 1, value: head + tail.slice(shared) };
}
