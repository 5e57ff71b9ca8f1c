import { nameShaped, type Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { isGivenName } from './givenNames';
import { Lex } from './lexicon';
import { timestampOf } from './timestampLine';
import { Gap, type Token } from './tokens';
import type { EntityType } from './types';

// A byline names its writers ("By ANN ROE and TOM LEE", "Edited by Ann Roe |
// Dorvan Ledger"); their roles after a comma ("Chief Football Reporter") are no
// one's name. Capitals and title case say little on such a line, the line's
// shape says who is named.

/** What the recogniser does with a byline's words from a token: a name to emit, or words to pass over. */
export interface BylinePart {
  last: number;
  type: EntityType | null;
}

/** Lines from the top of an article where a byline is looked for (blank lines count; a label, a headline and a caption given twice may come first). */
const HEADER_LINES = 12;
/** Most words in a writer's name. */
const MAX_NAME = 4;

/** Words before "by" that open a byline: "Edited by", "Written by". */
const BY_VERBS = new Set(['edited', 'written', 'reported', 'compiled', 'words', 'story', 'text', 'posted']);

/** Role nouns of a newsroom: "Chief Football Reporter", "Health Desk", "Staff Writer". */
const ROLE_NOUNS = new Set(['reporter', 'writer', 'editor', 'correspondent', 'columnist', 'journalist', 'staff', 'desk', 'contributor', 'producer', 'photographer', 'chief', 'senior', 'team', 'services', ...['editors', 'reporters', 'writers', 'correspondents']]);
/** Newsrooms as a whole after a paper's name: "By Dorvan Editors", "By Kelbury Staff". */
const NEWSROOMS = new Set(['editors', 'reporters', 'writers', 'correspondents', 'staff']);

/** Byline names and roles in the article's first lines, by their first token. */
export function findBylines(s: Scan): Map<number, BylinePart> {
  const parts = new Map<number, BylinePart>();
  const lines = s.tk.lines;
  for (let l = 0; l < lines.length && l < HEADER_LINES; l++) {
    const first = (lines[l] as { firstToken: number }).firstToken;
    const end = l + 1 < lines.length ? (lines[l + 1] as { firstToken: number }).firstToken : s.t.length;
    for (let k = first; k < end; k++) {
      const tok = s.t[k] as Token;
      if (tok.fold !== 'by') continue;
      const verb = s.t[k - 1];
      // "By Ann Roe" opening the line, or "Edited by Ann Roe" opening it or a field after a bar.
      const opens = k === first ? tok.cap : k - 1 >= first && tok.gap === Gap.Space && BY_VERBS.has((verb as Token).fold) && (k - 1 === first || barBefore(s, verb as Token));
      if (opens) {
        // "By" itself is passed over, so the capitalized names after it start their own runs.
        if (k === first) parts.set(k, { last: k, type: null });
        else parts.set(k - 1, { last: k - 1, type: null });
        readNames(s, k + 1, end, parts);
      }
      break;
    }
    // "VBS Report", "UNB Desk": a paper's or agency's initials and its desk's word, alone on a header line, credit the paper.
    if (l > 0 && end - first === 2 && deskCredit(s, first)) {
      parts.set(first, { last: first, type: 'organization' });
      parts.set(first + 1, { last: first + 1, type: null });
      continue;
    }
    if (l > 0 && first + 1 < end && end - first <= 3) shoutedLine(s, first, end, parts);
    // "Ann Roe Health Correspondent" alone on a header line.
    if (l > 0 && !parts.has(first) && writerBeforeBeat(s, first, end)) {
      parts.set(first, { last: first + 1, type: 'person' });
      parts.set(first + 2, { last: roleEnd(s, first + 2, end), type: null });
    }
  }
  sourceLines(s, parts);
  return parts;
}

/** Most words of a body credited on a source line. */
const MAX_SOURCE_WORDS = 6;

/** "Source: Velmora Police" on a line of its own: the body the page credits, whatever the line's title case says. */
function sourceLines(s: Scan, parts: Map<number, BylinePart>): void {
  const lines = s.tk.lines;
  for (let l = 0; l < lines.length; l++) {
    const first = (lines[l] as { firstToken: number }).firstToken;
    const end = l + 1 < lines.length ? (lines[l + 1] as { firstToken: number }).firstToken : s.t.length;
    const label = s.t[first];
    if (!label || label.fold !== 'source' || !label.cap || s.text.charCodeAt(label.end) !== 0x3a || end - first < 2 || end - first - 1 > MAX_SOURCE_WORDS) continue;
    let named = true;
    for (let k = first + 1; k < end && named; k++) {
      const w = s.t[k] as Token;
      named = (w.cap && !/^\d/.test(w.text)) || (w.lower && (w.fold === 'of' || w.fold === 'and' || w.fold === 'for'));
    }
    if (!named || !(s.t[first + 1] as Token).cap || !(s.t[end - 1] as Token).cap) continue;
    parts.set(first, { last: first, type: null });
    parts.set(first + 1, { last: end - 1, type: 'organization' });
  }
}

/** The run from `first` to `last` cut before a byline's part inside it ("PA | Chief Football Writer"). */
export function beforeByline(parts: ReadonlyMap<number, BylinePart>, first: number, last: number): number {
  for (let k = first + 1; k <= last && parts.size > 0; k++) if (parts.has(k)) return k - 1;
  return last;
}

/** Names after "by", joined by "and" or commas; a comma before a role ends them. */
function readNames(s: Scan, k: number, end: number, parts: Map<number, BylinePart>): void {
  while (k < end) {
    const role = roleAt(s, k, end);
    // "By Ann Roe Court Reporter": two names, then the role's words to the line's end, are a writer and her beat.
    if (role >= k + 2 && writerBeforeBeat(s, k, end)) {
      parts.set(k, { last: k + 1, type: 'person' });
      parts.set(k + 2, { last: roleEnd(s, k + 2, end), type: null });
      return;
    }
    if (role >= 0) {
      // "Health Desk" is a role as a whole; "PA Chief Football Writer" keeps its agency.
      const lead = s.t[k] as Token;
      // "By Dorvan Editors and Wire Services": one word no list knows before a whole newsroom is the paper.
      const paper = role === k + 1 && NEWSROOMS.has((s.t[role] as Token).fold) && nameWord(lead) && !lead.upper && !s.gaz.get(lead.fold);
      if (paper) parts.set(k, { last: k, type: 'organization' });
      const from = lead.upper && role > k ? k + 1 : paper || lead.upper || s.gaz.get(lead.fold) ? role : k;
      parts.set(from, { last: roleEnd(s, from, end), type: null });
      return;
    }
    let last = k - 1;
    while (last + 1 < end && last + 1 - k < MAX_NAME && nameWord(s.t[last + 1] as Token) && (last + 1 === k || (s.t[last + 1] as Token).gap !== Gap.Break) && !agencyBeforeRole(s, last + 1, end)) last++;
    if (last < k) return;
    const known = gazAt(s, k, last);
    if (last === k || (known && known.last === last)) return;
    parts.set(k, { last, type: 'person' });
    const next = s.t[last + 1];
    if (!next || last + 1 >= end) return;
    // "By Tom Albers AP Sports Writer": the agency and its role follow the name with no comma.
    if (next.upper && next.gap === Gap.Space && roleAt(s, last + 1, end) > last + 1) {
      k = last + 1;
      continue;
    }
    const between = s.text.slice((s.t[last] as Token).end, next.start);
    if (next.fold === 'and' && next.gap === Gap.Space) k = last + 2;
    else if (between === ', ') k = last + 1;
    else {
      // "By Ann Roe | Dorvan Ledger": the publication after a bar.
      if (between.trim() === '|') publication(s, last + 1, end, parts);
      return;
    }
  }
}

/** A newsroom role starting within a comma's words, "PA Chief Football Writer": its first role word, or -1. */
function roleAt(s: Scan, k: number, end: number): number {
  for (let w = k; w < end && w < k + MAX_NAME; w++) {
    const tok = s.t[w] as Token;
    if (w > k && tok.gap === Gap.Break) return -1;
    if (ROLE_NOUNS.has(tok.fold)) return w;
  }
  return -1;
}

/** "AP Sports Writer" after a writer's name: an agency's capitals right before a newsroom role. */
function agencyBeforeRole(s: Scan, k: number, end: number): boolean {
  const tok = s.t[k] as Token;
  // "LAURA ROE AP Health Writer": a shouted surname is followed by the agency's capitals, an agency by its desk or role.
  const after = s.t[k + 1];
  return tok.upper && tok.gap === Gap.Space && !!after && !after.upper && roleAt(s, k, end) > k;
}

/** The last word of a role: up to a bar or the line's end. */
function roleEnd(s: Scan, k: number, end: number): number {
  let last = k;
  while (last + 1 < end && (s.t[last + 1] as Token).gap !== Gap.Break) last++;
  return last;
}

/** Two or three capitalized words between bars or before the line's end name the publication. */
function publication(s: Scan, k: number, end: number, parts: Map<number, BylinePart>): void {
  let last = k;
  while (last + 1 < end && nameWord(s.t[last + 1] as Token) && (s.t[last + 1] as Token).gap === Gap.Space) last++;
  const after = s.t[last + 1];
  const closed = last + 1 >= end || (!!after && s.text.slice((s.t[last] as Token).end, after.start).trim() === '|');
  if (last > k && last - k < 3 && closed && nameWord(s.t[k] as Token) && roleAt(s, k, last + 1) < 0) parts.set(k, { last, type: 'organization' });
}

/** Words after a paper's initials that credit its newsroom, not a writer: "VBS Report", "UNB Desk". */
const DESK_WORDS = new Set(['report', 'desk']);
/** Longest initials of a paper read in such a credit. */
const MAX_PAPER_INITIALS = 6;

/** Token k is a paper's initials (no place the lists know) and the next its desk's word, in title case. */
function deskCredit(s: Scan, k: number): boolean {
  const paper = s.t[k] as Token;
  const desk = s.t[k + 1] as Token;
  if (!paper.upper || paper.text.length < 2 || paper.text.length > MAX_PAPER_INITIALS || paper.flags !== 0 || s.gaz.get(paper.fold)?.type === 'location') return false;
  return desk.gap === Gap.Space && desk.cap && !desk.upper && DESK_WORDS.has(desk.fold);
}

/** "NATALIE RUIZ" or "Deniz Arslan" alone on a header line: a given name and a surname, in capitals or title case. */
function shoutedLine(s: Scan, first: number, end: number, parts: Map<number, BylinePart>): void {
  const shouted = (s.t[first] as Token).upper;
  for (let k = first; k < end; k++) {
    const tok = s.t[k] as Token;
    const shaped = shouted ? tok.upper : tok.cap && !tok.upper;
    // "Local Democracy Reporter" over the stamp is the writer's role, no name.
    if (!shaped || tok.flags !== 0 || (k > first && tok.gap !== Gap.Space) || s.gaz.get(tok.fold) || s.tk.lowercaseWords.has(tok.fold) || ROLE_NOUNS.has(tok.fold)) return;
  }
  // A given name no English list knows ("Mehmet") is a writer's still on the line right above the dateline.
  const dateline = !shouted && s.datelinePlace !== null && (s.t[end] as Token | undefined)?.start === s.datelinePlace.start;
  // So is one right above the page's stamp ("Ann Roe" over "08 Mar 2026"): a writer's name heads the date of the story.
  if (dateline || isGivenName((s.t[first] as Token).fold) || stampBelow(s, end)) parts.set(first, { last: end - 1, type: 'person' });
}

/** Whether the line that opens with token `k` holds nothing but a date stamp. */
function stampBelow(s: Scan, k: number): boolean {
  const tok = s.t[k];
  if (!tok) return false;
  const newline = s.text.indexOf('\n', tok.start);
  return timestampOf(s.text, { start: tok.start, end: newline < 0 ? s.text.length : newline }) !== null;
}

/** Last words of a newsroom role that end a byline's line ("Court Reporter", "Health Correspondent"). */
const BEAT_ENDS = new Set(['reporter', 'writer', 'editor', 'correspondent', 'columnist', 'journalist', 'contributor', 'photographer']);

/** Two names from k, then one to three capitalized role words ending the line with a newsroom role. */
function writerBeforeBeat(s: Scan, k: number, end: number): boolean {
  const last = end - 1;
  if (last < k + 3 || last > k + 4 || !BEAT_ENDS.has((s.t[last] as Token).fold)) return false;
  const a = s.t[k] as Token;
  const b = s.t[k + 1] as Token;
  if (!nameWord(a) || !nameWord(b) || a.upper || b.upper || b.gap !== Gap.Space || s.gaz.get(a.fold) || s.gaz.get(b.fold)) return false;
  for (let w = k + 2; w <= last; w++) {
    const tok = s.t[w] as Token;
    // "Ann Roe Science correspondent": the beat's last word may be in lowercase, never its first.
    if ((!tok.cap && !(w === last && w > k + 2 && tok.lower)) || tok.upper || tok.gap !== Gap.Space) return false;
  }
  return true;
}

function nameWord(tok: Token): boolean {
  return (nameShaped(tok) || (tok.upper && tok.flags === 0)) && (tok.flags & Lex.Title) === 0;
}

/** A bar and spaces right before the token: "India News | Edited by". */
function barBefore(s: Scan, tok: Token): boolean {
  let at = tok.start - 1;
  while (at >= 0 && s.text.charCodeAt(at) === 0x20) at--;
  return at >= 0 && s.text.charCodeAt(at) === 0x7c;
}

/** Most words of a publisher's name in a feed's credit. */
const MAX_PUBLISHER = 6;

/**
 * "(MENAFN- Times of Oman)": the publisher a syndication feed credits, from "MENAFN- " to the
 * closing parenthesis, is one body ("Times" and "Oman" were two names). Returns its last token, or -1;
 * a credit with its own acronym in parentheses ("Kuwait News Agency (KUNA)") is left to the gazetteer.
 */
export function feedPublisher(s: Scan, i: number): number {
  const tok = s.t[i] as Token;
  const feed = s.t[i - 1];
  if (!feed || feed.fold !== 'menafn' || !tok.cap || s.text.charCodeAt(feed.end) !== 0x2d || tok.start !== feed.end + 2) return -1;
  let last = i;
  while (last + 1 < s.t.length && last + 1 - i < MAX_PUBLISHER && (s.t[last + 1] as Token).gap === Gap.Space) last++;
  return last > i && s.text.charCodeAt((s.t[last] as Token).end) === 0x29 ? last : -1;
}
