import { isBlankLine, isSpace, shortLineText, trimmedSpan, type Line } from './textLines';
import { isTrailerLine } from './boilerplateTrailers';
import { timestampOf } from './timestampLine';
import type { Span } from './types';

/** Lines longer than this are prose, never a menu, a code or a heading. */
const MAX_CHROME_LINE = 400;

// "Legal Disclaimer:", "DISCLAIMER", "Disclaimer: ..." opening a disclaimer paragraph.
const DISCLAIMER_HEADING = /^(?:legal |important )?disclaimer\b/i;
// A wire's note to editors on a line of its own: "(ATTN: ADDS details in paras 3-6)", "(EDS: UPDATES with ...)".
const EDITORS_NOTE = /^\((?:ATTN|EDS|EDITORS' NOTE|EDITOR'S NOTE): [^()]*\)$/;

// Phrases only legal small print uses, a line holding one is not article content. Inner fragments,
// so that one indexOf finds "All rights reserved" and "all rights reserved" alike: far faster than a
// case-insensitive regular expression.
// The agencies' own notes: AP's on its funders ("AP is solely responsible for all content"), Anadolu's on its
// subscribers' service ("contains only a portion of the news stories"), Reuters' "Trust Principles".
// Each phrase is split before a letter that is rare in English ("y", "g", "p", "k", a capital): the search
// runs from that letter, as the native search stops wherever its first letter occurs, and "a", "i", "o",
// "n", "s" are everywhere. The part before it is checked in place.
const SMALL_PRINT_FRAGMENTS: readonly (readonly [string, string])[] = [
  ['arrant', 'y of any kind'], ['i', 'ghts reserved'], ['', 'RIGHTS RESERVED'], ['olely res', 'ponsible for all content'],
  ['nl', 'y a portion of the news stories'], ['', 'Reuters Trust Principles'],
  // A cookie notice: "We use cookies to improve your experience", "This site uses cookies".
  ['se coo', 'kies'],
];

/** Small print without a heading sits in the page chrome above or below the story: only there is it looked for. */
const SMALL_PRINT_HEAD = 600;
const SMALL_PRINT_TAIL = 2500;

/**
 * Regions that are not article content: site navigation menus (with the
 * short language-switch lines above them), tracking codes, legal
 * disclaimers with their paragraph, and copyright lines. Regions separated
 * only by blank lines are merged; the result is sorted and non-overlapping.
 */
export function findBoilerplate(text: string, lines: readonly Line[]): Span[] {
  const regions: Span[] = [];
  const smallPrint = smallPrintLines(text, lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (smallPrint.has(i)) {
      regions.push(trimmedSpan(text, line));
      continue;
    }
    if (line.end - line.start > MAX_CHROME_LINE) continue;
    const first = firstCharCode(text, line);
    if (first === -1) continue;
    if (isNavigationLine(text, line)) {
      let first = i;
      // A short line just above a menu ("عربي", "English") is the language switch of the same page chrome.
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (isBlankLine(text, lines[k])) continue;
        // Regions are found in text order, so only the latest can already hold the line.
        const latest = regions[regions.length - 1];
        if (isMenuWordLine(text, lines[k]) && !(latest && latest.end > lines[k].start)) first = k;
        break;
      }
      let last = i;
      while (last + 1 < lines.length && (isNavigationLine(text, lines[last + 1]) || isBlankLine(text, lines[last + 1]))) last++;
      while (last > i && isBlankLine(text, lines[last])) last--;
      const region = spanOfLines(text, lines[first], lines[last]);
      // "World | Health | November 28, 2025": the date that ends the line is the story's own.
      region.end = datedFieldStart(text, lines[last]) ?? region.end;
      if (region.end > region.start) regions.push(region);
      i = last;
      continue;
    }
    if (isChromeLabelLine(text, line)) {
      // "Also read:", "Related stories": the headlines listed under the label are links too.
      const last = linkListEnd(text, lines, i);
      regions.push(spanOfLines(text, line, lines[last]));
      i = last;
      continue;
    }
    if (isTrackingCodeLine(text, line) || isTrailerLine(text, line, first)) {
      regions.push(trimmedSpan(text, line));
      continue;
    }
    // Only the first character is looked at before anything is sliced: most lines are prose.
    const letter = first | 32;
    if (!(letter === 108 || letter === 100 || letter === 105 || letter === 99 || first === 40 || first === 0xa9)) continue;
    const content = shortLineText(text, line, MAX_CHROME_LINE);
    if (content === null) continue;
    if (DISCLAIMER_HEADING.test(content)) {
      // The heading, then its paragraph: every line up to the next blank line.
      let last = i;
      let k = i + 1;
      if (content.length < 25) while (k < lines.length && isBlankLine(text, lines[k])) k++;
      for (; k < lines.length && !isBlankLine(text, lines[k]); k++) last = k;
      regions.push(spanOfLines(text, line, lines[last]));
      i = last;
      continue;
    }
    if (isCopyrightLine(content) || (first === 40 && EDITORS_NOTE.test(content))) regions.push(trimmedSpan(text, line));
  }
  return mergeAcrossBlanks(text, regions);
}

/** Most headlines a list of links under a label holds. */
const MAX_LINKED_HEADLINES = 8;
/** A listed headline is short. */
const MAX_HEADLINE = 160;
/** Labels that open a list of links to other stories, not a control of their own. */
const LINK_LIST_LABELS: ReadonlySet<string> = new Set(['read more', 'also read', 'related articles', 'related stories', 'recommended', 'related', 'more stories', 'also see', 'see also']);

/**
 * The last line of the links a label at line `i` opens: the short lines right under a link-list label that
 * end no sentence, up to a blank line or another piece of chrome; the label's own line where none follows.
 */
function linkListEnd(text: string, lines: readonly Line[], i: number): number {
  const label = shortLineText(text, lines[i], MAX_CHROME_LABEL) ?? '';
  let end = label.length;
  while (end > 0 && (label.charCodeAt(end - 1) === 58 || label.charCodeAt(end - 1) === 46)) end--;
  if (!LINK_LIST_LABELS.has(label.slice(0, end).toLowerCase())) return i;
  let last = i;
  for (let k = i + 1; k < lines.length && k - i <= MAX_LINKED_HEADLINES; k++) {
    const content = shortLineText(text, lines[k], MAX_HEADLINE);
    if (content === null || content.length === 0 || isSentenceEnd(content.charCodeAt(content.length - 1))) break;
    // A headline has words: "--IANS" or "ab/", an agency's sign-off, ends the list.
    if (content.indexOf(' ') < 0 || content.charCodeAt(0) === 45 || content.charCodeAt(0) === 0x2014) break;
    if (isNavigationLine(text, lines[k]) || isChromeLabelLine(text, lines[k])) break;
    last = k;
  }
  return last;
}

/** Where the bar before a line's last field is, when that field holds nothing but a date; else null. */
function datedFieldStart(text: string, line: Line): number | null {
  const bar = text.lastIndexOf('|', line.end - 1);
  if (bar < line.start || timestampOf(text, { start: bar + 1, end: line.end }) === null) return null;
  let end = bar;
  while (end > line.start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function spanOfLines(text: string, first: Line, last: Line): Span {
  return { start: trimmedSpan(text, first).start, end: trimmedSpan(text, last).end };
}

function mergeAcrossBlanks(text: string, regions: Span[]): Span[] {
  const merged: Span[] = [];
  for (const r of regions) {
    if (r.end <= r.start) continue;
    const prev = merged[merged.length - 1];
    // A new span rather than a changed one: the first change to a span's field anywhere makes V8 drop optimised code that reads spans.
    if (prev && onlySpaceBetween(text, prev.end, r.start)) merged[merged.length - 1] = { start: prev.start, end: Math.max(prev.end, r.end) };
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A site menu line: two or more short items (a word or three each) set apart
 * by wide runs of spaces, no-break spaces or pipes, and no sentence in it.
 */
export function isNavigationLine(text: string, line: Line): boolean {
  if (line.end - line.start > MAX_CHROME_LINE) return false;
  // The menu's shape first: it stops within a few words of prose, where the header tests read the whole line.
  return menuShaped(text, line) && !isByline(text, line.start) && !bylineField(text, line) && !datedFirstField(text, line) && !isStampLine(text, line);
}

/** "Nov 3, 2027 \u2022 9:40 am CST": a stamp whose date and time a bullet sets apart is the story's date, no menu. */
// Bars are left to the field tests above: "World | Health | October 14, 2025" keeps its menu before the date.
function isStampLine(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (text.charCodeAt(i) === 124) return false;
  return timestampOf(text, line) !== null;
}

/** Two or more short items set apart by wide gaps or separators, none ending a sentence. */
function menuShaped(text: string, line: Line): boolean {
  let items = 0;
  let itemLength = 0;
  let itemWords = 0;
  let wideGaps = 0;
  let gap = 0;
  let pipe = false;
  let last = 0;
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    // Pipes, bullets and breadcrumb arrows ("Home » World") separate menu items.
    // A slash between spaces too ("Pulse Nigeria / News / Local"); "AP Photo/File" joins its words.
    const separator = code === 124 || code === 0x2022 || code === 0xb7 || code === 0xbb || code === 0x203a || code === 62 || (code === 47 && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1)));
    if (separator || isSpace(code)) {
      gap++;
      if (separator) pipe = true;
      continue;
    }
    if (gap > 0 && itemLength > 0) {
      if (gap >= 2 || pipe) {
        // An item ends: a menu item never ends a sentence.
        if (isSentenceEnd(last)) return false;
        items++;
        itemLength = 0;
        if (gap >= 3 || pipe) wideGaps++;
      } else {
        itemLength++;
        // Four words in a row make prose: stop before scanning the rest of the line.
        if (++itemWords > 3) return false;
      }
    }
    if (itemLength === 0) itemWords = 1;
    gap = 0;
    pipe = false;
    if (++itemLength > 30) return false;
    last = code;
  }
  if (itemLength > 0) {
    if (isSentenceEnd(last)) return false;
    items++;
  }
  return items >= 2 && wideGaps >= 1;
}

/** "21.05.2026 | Anadolu", "4 March 2026 | Politics": a line that opens with the story's date is its header, no menu. */
function datedFirstField(text: string, line: Line): boolean {
  // Within the line only: `indexOf` would read on to the next bar, through the whole text where there is none.
  let bar = line.start;
  while (bar < line.end && text.charCodeAt(bar) !== 124) bar++;
  return bar > line.start && bar < line.end && timestampOf(text, { start: line.start, end: bar }) !== null;
}

/** "By Ann Roe | Dorvan Ledger": a byline's fields are set apart like a menu's items. */
function isByline(text: string, start: number): boolean {
  const letter = text.charCodeAt(start + 3);
  return text.startsWith('By ', start) && letter >= 65 && letter <= 90;
}

/** "Politics | 13 Nov 2025 | By Ann Roe": a field after a bar that is a byline makes the line the story's header. */
function bylineField(text: string, line: Line): boolean {
  // Within the line only: a search past its end would make many short lines read the whole text.
  for (let bar = line.start; bar < line.end; bar++) {
    if (text.charCodeAt(bar) === 124 && text.charCodeAt(bar + 1) === 0x20 && isByline(text, bar + 2)) return true;
  }
  return false;
}

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 34 || code === 0x201d;
}

/** A line of one or two words and no sentence punctuation, as a menu or language switch holds. */
function isMenuWordLine(text: string, line: Line): boolean {
  const content = shortLineText(text, line, 20);
  if (content === null || content.length === 0) return false;
  let words = 1;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code === 32) words++;
    if (isSentenceEnd(code) || (code >= 48 && code <= 57)) return false;
  }
  return words <= 2;
}

/** Whole lines that are page controls and labels, never a story's words. */
const CHROME_LABELS: ReadonlySet<string> = new Set([
  'advertisement', 'advertisements', 'sponsored', 'share', 'share this', 'share this article', 'scroll to top', 'back to top',
  'post a comment', 'no comments', 'leave a comment', 'skip to main content', 'skip to content',
  'go to contents go to navigation', 'read more', 'also read', 'related articles', 'related stories', 'recommended',
  'print', 'email', 'subscribe', 'listen to this article', 'continue reading',
]);
const MAX_CHROME_LABEL = 40;

/** A short line holding nothing but a page control or label ("Advertisement", "Scroll to top", "No comments:"). */
function isChromeLabelLine(text: string, line: Line): boolean {
  const content = shortLineText(text, line, MAX_CHROME_LABEL);
  if (content === null || content.length < 4) return false;
  let end = content.length;
  while (end > 0 && (content.charCodeAt(end - 1) === 58 || content.charCodeAt(end - 1) === 46)) end--;
  return CHROME_LABELS.has(content.slice(0, end).toLowerCase());
}

/** A lone token of letters and many digits, like `MENAFN26062025000071011013ID1109726370`. */
function isTrackingCodeLine(text: string, line: Line): boolean {
  if (line.end - line.start < 16) return false;
  const span = trimmedSpan(text, line);
  if (span.end - span.start < 16 || span.end - span.start > 80) return false;
  let digits = 0;
  let letters = 0;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
    else return false;
  }
  return digits >= 10 && letters >= 2;
}

function isCopyrightLine(content: string): boolean {
  if (content.length > 160) return false;
  const head = content.slice(0, 12).toLowerCase();
  return head.startsWith('©') || head.startsWith('(c) ') || head.startsWith('copyright ') || head.startsWith('copyright©');
}

/** Indexes of the lines that hold small print, found in one pass over the text. */
function smallPrintLines(text: string, lines: readonly Line[]): Set<number> {
  const hits: number[] = [];
  const tail = Math.max(SMALL_PRINT_HEAD, text.length - SMALL_PRINT_TAIL);
  for (const [lead, rare] of SMALL_PRINT_FRAGMENTS) {
    // The first whole phrase starting within the head, then every one from the tail on, not overlapping.
    const head = phraseFrom(text, lead, rare, 0, SMALL_PRINT_HEAD);
    if (head >= 0) hits.push(head);
    const length = lead.length + rare.length;
    for (let at = phraseFrom(text, lead, rare, tail, text.length); at >= 0; at = phraseFrom(text, lead, rare, at + length, text.length)) hits.push(at);
  }
  const found = new Set<number>();
  if (hits.length === 0) return found;
  hits.sort((a, b) => a - b);
  let line = 0;
  for (const at of hits) {
    while (line < lines.length && lines[line].end < at) line++;
    if (line < lines.length) found.add(line);
  }
  return found;
}

/** Where the first phrase `lead` + `rare` starting at or after `from`, and at or before `last`, starts; -1 if none. */
function phraseFrom(text: string, lead: string, rare: string, from: number, last: number): number {
  const skip = lead.length;
  // A phrase starting by `last` ends before `bound`: the search need not read the rest of the text.
  const bound = last + skip + rare.length;
  const hay = bound < text.length ? text.slice(0, bound) : text;
  for (let at = hay.indexOf(rare, from + skip); at >= 0 && at - skip <= last; at = hay.indexOf(rare, at + 1)) {
    if (skip === 0 || text.startsWith(lead, at - skip)) return at - skip;
  }
  return -1;
}

function firstCharCode(text: string, line: Line): number {
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) return code;
  }
  return -1;
}

/** Whether a span overlaps one of the sorted, non-overlapping regions: a binary search, so hostile texts with thousands of regions stay fast. */
export function overlapsAny(regions: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = regions.length;
  // The first region that ends after the span starts is the only candidate.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (regions[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < regions.length && regions[lo].start < span.end;
}
