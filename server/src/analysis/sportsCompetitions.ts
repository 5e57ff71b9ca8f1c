import type { Scan } from './entityScan';
import { Gap, type Token } from './tokens';

// "the Premier League", "the Varnian Super League", "the Champions League": a league named for its rank or its
// entrants is a competition clubs play in (an event), as a cup is; a league of parties or states ("the Arab League",
// "the Awami League") is a body and keeps its type.

/** Words that name a league for its rank or its entrants. */
const COMPETITION_WORDS = new Set(['premier', 'super', 'champions', 'europa', 'conference', 'nations']);

/** Tokens p..last end in "League" with a word before it that makes it a competition. */
export function competitionLeague(s: Scan, p: number, last: number): boolean {
  const head = s.t[last] as Token;
  if (last <= p || head.fold !== 'league' || head.upper) return false;
  for (let k = p; k < last; k++) {
    const w = s.t[k] as Token;
    if (w.cap && !w.upper && COMPETITION_WORDS.has(w.fold)) return true;
  }
  return false;
}

/** Sports a wire names before a story's headline ("Tennis-Dravik wins") or a photo's caption ("Soccer Football - ..."). */
const SPORT_LABELS = new Set([
  'soccer', 'football', 'tennis', 'golf', 'cricket', 'rugby', 'athletics', 'cycling', 'basketball', 'baseball', 'boxing', 'swimming', 'hockey', 'motorsport', 'sailing',
  'skiing', 'rowing', 'volleyball', 'handball', 'snooker', 'darts', 'badminton', 'league', 'union',
]);
/** Most words of one label ("Rugby Union", "Soccer Football"). */
const MAX_LABEL_WORDS = 3;

/**
 * The last token of a wire's sport label opening line i's first token, or -1: "Tennis" before a hyphen and a name
 * ("Tennis-Dravik's wait ends"), or sport words alone before a spaced dash or the line's end ("Soccer Football - Cup").
 */
export function sportLabel(s: Scan, i: number): number {
  const t = s.t;
  const tok = t[i] as Token;
  if (s.tk.lines[tok.line]?.firstToken !== i || !labelWord(tok) || tok.fold === 'league' || tok.fold === 'union') return -1;
  const next = t[i + 1];
  if (next && next.gap === Gap.Hyphen && next.line === tok.line && next.cap && !labelWord(next)) return i;
  let j = i;
  while (j - i + 1 < MAX_LABEL_WORDS && t[j + 1]?.gap === Gap.Space && t[j + 1]?.line === tok.line && labelWord(t[j + 1] as Token)) j++;
  const after = t[j + 1];
  if (!after || after.line !== tok.line) return j;
  // A spaced dash: " - ", " – ".
  const gap = s.text.slice((t[j] as Token).end, after.start);
  return gap.length === 3 && gap.charCodeAt(0) === 0x20 && gap.charCodeAt(2) === 0x20 && (gap.charCodeAt(1) === 0x2d || gap.charCodeAt(1) === 0x2013) ? j : -1;
}

const labelWord = (w: Token): boolean => w.cap && !w.upper && SPORT_LABELS.has(w.fold);
