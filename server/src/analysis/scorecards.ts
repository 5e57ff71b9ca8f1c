// Sports scorecards in brackets: "Leeds 287 (Abbott 104, Carr 55, Pike 3-41)". Each item is a
// player's surname and a score or bowling figure, so a bare surname there is a person and the
// number after it is no model number ("Abbott 104" is no product).

/** Characters searched on either side of a name for the brackets around its list. */
const WINDOW = 240;
/** Fewest items that make a bracketed list a scorecard. */
const MIN_ITEMS = 2;

const OPEN = 0x28;
const CLOSE = 0x29;

/**
 * The name at [start, end) is a player in a bracketed scorecard list: every item of the list is
 * one to three capitalized words and a score ("104", "55*") or figures ("3-41", "2/30"), and the
 * list follows a total ("287 (") or holds figures, which a list of bodies' counts never does.
 */
export function scorecardName(text: string, start: number, end: number): boolean {
  const open = bracketNear(text, start - 1, -1, OPEN, CLOSE);
  if (open < 0) return false;
  const close = bracketNear(text, end, 1, CLOSE, OPEN);
  if (close < 0) return false;
  const items = text.slice(open + 1, close).split(',');
  if (items.length < MIN_ITEMS) return false;
  let figures = false;
  let at = open + 1;
  let mine = false;
  for (const raw of items) {
    const item = raw.trim();
    const space = item.lastIndexOf(' ');
    if (space <= 0) return false;
    const score = item.slice(space + 1);
    if (FIGURES.test(score)) figures = true;
    else if (!SCORE.test(score)) return false;
    const words = item.slice(0, space).split(' ');
    if (words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return false;
    const itemStart = at + raw.indexOf(item);
    if (start >= itemStart && end <= itemStart + space) mine = true;
    at += raw.length + 1;
  }
  return mine && (figures || totalBefore(text, open));
}

/**
 * The nearest `want` bracket from `from` walking by `step` within the window, or -1 when the
 * other bracket or a line break comes first (the name is then outside any bracketed list).
 */
function bracketNear(text: string, from: number, step: 1 | -1, want: number, other: number): number {
  for (let k = from, n = 0; k >= 0 && k < text.length && n <= WINDOW; k += step, n++) {
    const c = text.charCodeAt(k);
    if (c === want) return k;
    if (c === other || c === 0x0a) return -1;
  }
  return -1;
}

/** A total right before the bracket: "287 (", "6 for 245 (". */
function totalBefore(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  const c = text.charCodeAt(k);
  return c >= 0x30 && c <= 0x39;
}

/** Runs or goals, maybe not out: "104", "55*". */
const SCORE = /^\d{1,3}\*?$/;
/** Wickets and runs conceded: "3-41", "2/30". */
const FIGURES = /^\d{1,2}[-/]\d{1,3}$/;
/** One capitalized word of a player's name: "Carr", "O'Neill", "de". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|van|da|du|von)$/u;
