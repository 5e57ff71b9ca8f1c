import type { Scan } from './entityScan';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

// Words of a web page's furniture that are capitalized like names: a listing's page number, a section's
// label over its date, a link's call to action. None of them names an entity.

/** Most capitalized words of a section's label ("General News", "Business and Finance"). */
const MAX_LABEL_WORDS = 4;

/** Newspaper sections written in capitals as a label over or beside the story ("BUSINESS", "SPORTS"). */
const SECTION_NAMES = new Set([
  'business', 'sports', 'sport', 'world', 'nation', 'national', 'opinion', 'politics', 'entertainment', 'technology', 'tech', 'science',
  'health', 'lifestyle', 'news', 'economy', 'markets', 'culture', 'local', 'metro', 'features', 'editorial',
]);

/** Verbs of a call to action that open a link's text before the site's name ("Get Varna Times updates"). */
const ACTION_VERBS = new Set(['get', 'follow', 'subscribe', 'download', 'click', 'sign']);

/** Capitalized words that open a link's short label at a line's end ("More Info", "Read More"). */
const LINK_OPENERS = new Set(['more', 'read', 'view', 'see', 'show', 'load']);

/** Words of a law's provisions that a number follows ("Section 23(1)", "Article 16"). */
const PROVISIONS = new Set(['section', 'sections', 'article', 'articles', 'clause', 'clauses', 'paragraph', 'paragraphs', 'schedule', 'chapter', 'regulation', 'act']);

/** Tokens a..b are on one line and b is its last token. */
function endsLine(t: readonly Token[], b: number): boolean {
  const next = t[b + 1];
  return !next || next.line !== (t[b] as Token).line;
}

/** Token k is made of digits only. */
function digits(tok: Token): boolean {
  return tok.text.length > 0 && tok.text.length <= 4 && /^[0-9]+$/.test(tok.text);
}

/**
 * The last token of page furniture that starts at token i, or -1:
 * "Home Blog Page 39" (a line of capitalized words closed by "Page" and its number);
 * "General News of Wednesday, 20 March 2019" (a label over a weekday: the label's words);
 * "BUSINESS" (a section's name in capitals closing its line, alone or after the date);
 * "More Info" (a link's label closing its line); "Get" in "Get Varna Times updates" (the verb alone);
 * "Section" or "Article" before its number.
 */
export function furnitureAt(s: Scan, i: number): number {
  const t = s.t;
  const tok = t[i] as Token;
  const next = t[i + 1];
  if (!tok.cap) return -1;
  if (next && next.gap === Gap.Space && !tok.upper && PROVISIONS.has(tok.fold) && digits(next)) return i;
  if (tok.upper && SECTION_NAMES.has(tok.fold) && endsLine(t, i)) {
    const prev = t[i - 1];
    if (!prev || prev.line !== tok.line || digits(prev)) return i;
  }
  if (!tok.sentenceStart || tok.upper) return -1;
  // "Sign in to unlock ...", "Sign-up/manage ...", "Follow us on": a call to action opening its sentence.
  if (next && next.lower && (next.gap === Gap.Space || next.gap === Gap.Hyphen) && ACTION_VERBS.has(tok.fold)) return i;
  if (next && next.gap === Gap.Space && next.cap && !next.upper) {
    if (LINK_OPENERS.has(tok.fold) && endsLine(t, i + 1)) return i + 1;
    // The site's name after the verb stays a name; the verb does not join it.
    if (ACTION_VERBS.has(tok.fold)) return i;
  }
  const first = s.tk.lines[tok.line]?.firstToken === i;
  if (!first) return -1;
  let j = i;
  while (j + 1 < t.length && j - i < MAX_LABEL_WORDS && (t[j + 1] as Token).line === tok.line && (t[j + 1] as Token).gap === Gap.Space && (t[j + 1] as Token).cap) j++;
  const after = t[j + 1];
  // "Home Blog Page 39".
  if ((t[j] as Token).fold === 'page' && after && after.gap === Gap.Space && digits(after) && endsLine(t, j + 1)) return j + 1;
  // "General News of Wednesday, 20 March 2019".
  const day = t[j + 2];
  if (after && day && after.fold === 'of' && after.lower && day.cap && (day.flags & Lex.Calendar) !== 0 && s.text.charCodeAt(day.end) === 0x2c) return j;
  return -1;
}
