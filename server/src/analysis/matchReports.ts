import type { Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import type { Candidate } from './identity';
import { CLUB_WORDS, Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// A match report calls clubs by nicknames in the plural ("the Blues slumped", "a dent in the Blues' title push")
// and its players by surname alone after the play they made ("a corner hoisted in by Brennick", "a cut-back from
// Oskarov"): read as a place or a body elsewhere, they are the club and the player where the article is a match's.

/** Words of a match's play before "by" or "from" that make the lone name after it a player. */
const PLAY_WORDS = new Set([
  'cross', 'corner', 'pass', 'back', 'header', 'ball', 'shot', 'strike', 'kick', 'assist', 'effort', 'delivery', 'finish', 'volley', 'chip', 'flick', 'area',
  'hoisted', 'delivered', 'crossed', 'headed', 'scored', 'struck', 'fired', 'saved', 'fouled', 'tackled', 'flicked', 'whipped', 'swung', 'cleared', 'converted',
]);
/** Tokens looked back from "by" or "from" for a play word. */
const PLAY_REACH = 4;
/** Shortest plural nickname ("Reds"). */
const MIN_NICKNAME = 4;

/** Retypes nicknames and players' lone surnames in a match report; a pass to tell the report, one over the candidates. */
export function matchReportNames(s: Scan): void {
  if (!matchReport(s)) return;
  const t = s.t;
  for (let k = 0; k < s.out.length; k++) {
    const c = s.out[k] as Candidate;
    if (c.first !== c.last || c.id !== undefined || c.type === 'person') continue;
    const tok = t[c.first] as Token;
    if (!tok.cap || tok.upper) continue;
    const prev = t[c.first - 1];
    if (!prev || (!prev.lower && prev.fold !== 'the')) continue;
    let type: 'organization' | 'person' | null = null;
    if (prev.fold === 'the' && tok.gap === Gap.Space && nickname(s, c.first)) type = 'organization';
    else if ((prev.fold === 'by' || prev.fold === 'from') && tok.gap === Gap.Space && !gazAt(s, c.first, c.first) && afterPlay(t, c.first - 1)) type = 'person';
    if (type && type !== c.type) s.out[k] = { first: c.first, last: c.last, start: c.start, end: c.end, type, status: c.status === 'weak' ? 'strong' : c.status, id: undefined, canonical: undefined };
  }
}

/** "Reds", "Toffees": a plural word no list knows and no head noun of a place, an event or a building. */
function nickname(s: Scan, k: number): boolean {
  const tok = s.t[k] as Token;
  if (tok.text.length < MIN_NICKNAME || !tok.fold.endsWith('s') || tok.fold.endsWith('ss')) return false;
  if ((tok.flags & (Lex.LocationHead | Lex.EventHead | Lex.FacilityHead | Lex.OrgHead | Lex.Title | Lex.Stop | Lex.Calendar)) !== 0) return false;
  return !gazAt(s, k, k) && !s.tk.lowercaseWords.has(tok.fold);
}

/** A play word within a few tokens before "by" or "from" at `by`, in the same sentence. */
function afterPlay(t: readonly Token[], by: number): boolean {
  for (let k = by - 1; k >= 0 && by - k <= PLAY_REACH; k--) {
    const w = t[k] as Token;
    if (w.lower && PLAY_WORDS.has(w.fold)) return true;
    if (w.sentenceStart || w.gap === Gap.Break) return false;
  }
  return false;
}

/** A score between two capitalized names ("Rovers 2-0 Leeds") and a club's word or a goal: the article reports a match. */
function matchReport(s: Scan): boolean {
  const t = s.t;
  // The score first: most articles have none, and its test reads no word list.
  let score = false;
  for (let k = 1; k + 2 < t.length && !score; k++) {
    const w = t[k] as Token;
    if (scoreDigits(w) && (t[k - 1] as Token).cap && w.gap === Gap.Space) {
      const other = t[k + 1] as Token;
      const name = t[k + 2] as Token;
      score = other.gap === Gap.Hyphen && scoreDigits(other) && name.cap && name.gap === Gap.Space;
    }
  }
  if (!score) return false;
  for (let k = 1; k + 2 < t.length; k++) {
    const w = t[k] as Token;
    if (w.fold === 'goal' || w.fold === 'goals' || (w.cap && CLUB_WORDS.has(w.fold))) return true;
  }
  return false;
}

const scoreDigits = (w: Token): boolean => w.text.length <= 2 && w.text.charCodeAt(0) >= 0x30 && w.text.charCodeAt(0) <= 0x39 && (w.text.length === 1 || (w.text.charCodeAt(1) >= 0x30 && w.text.charCodeAt(1) <= 0x39));
