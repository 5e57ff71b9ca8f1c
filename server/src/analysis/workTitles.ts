import type { Scan } from './entityScan';
import { Gap, type Token } from './tokens';
import type { EntityType } from './types';

// Titles of works and names of bands that open with "The" ("The Salt Orchard", "The Hollow
// Crowns"): the article is part of the title, so it stays in the name, where the text says the
// words are a work or a band.

/** Lowercase nouns of works: "the documentary The X", "The X, a debut feature by". */
const WORK_NOUNS = new Set(['film', 'feature', 'documentary', 'album', 'novel', 'book', 'play', 'series', 'drama', 'song', 'single', 'opera', 'musical', 'memoir', 'comedy', 'thriller']);
/** Lowercase nouns of performers' groups: "the indie band The X". */
const BAND_NOUNS = new Set(['band', 'group', 'trio', 'quartet', 'duo']);
/** Most words looked at after ", a" for the work's noun: "a debut feature", "a new BBC drama". */
const APPOSITIVE_WINDOW = 3;

/**
 * The type of "The ..." (tokens first..last) where the text names it a work or a band: a work or
 * band noun right before it, ", a <...> film" right after it, or single quotes around it; or null.
 */
export function workTitle(s: Scan, first: number, last: number): EntityType | null {
  const t = s.t;
  const the = t[first] as Token;
  if (the.fold !== 'the' || !the.cap || last < first + 1 || (t[first + 1] as Token).gap !== Gap.Space) return null;
  const prev = t[first - 1];
  if (prev && prev.lower && the.gap === Gap.Space) {
    if (WORK_NOUNS.has(prev.fold)) return 'other';
    if (BAND_NOUNS.has(prev.fold)) return 'organization';
  }
  const end = (t[last] as Token).end;
  // "'The Salt Orchard' wins": a title in single quotes.
  const open = s.text.charCodeAt(the.start - 1);
  const close = s.text.charCodeAt(end);
  if ((open === 0x27 || open === 0x2018) && (close === 0x27 || close === 0x2019)) return 'other';
  if (s.text.charCodeAt(end) !== 0x2c) return null;
  const article = t[last + 1];
  if (!article || !article.lower || (article.fold !== 'a' && article.fold !== 'an' && article.fold !== 'the')) return null;
  for (let k = last + 2; k < t.length && k <= last + 1 + APPOSITIVE_WINDOW; k++) {
    const tok = t[k] as Token;
    if (tok.gap === Gap.Break) return null;
    if (tok.lower && WORK_NOUNS.has(tok.fold)) return 'other';
  }
  return null;
}

/** Most words looked at before a single-quoted title for its noun: "the closing film will be 'X'". */
const NOUN_BEFORE_WINDOW = 3;
/** Most capitalized words of a single-quoted title read here. */
const MAX_QUOTED_WORDS = 6;

/**
 * "the series 'Harbor Lights'", "The closing film will be 'Winter Ferry,'": capitalized words in
 * single quotes, a work's noun just before the quote, are a work's title (a title with a lowercase
 * word inside is read by quotedTitle). The last token of the title at p, or -1.
 */
export function quotedWork(s: Scan, p: number): number {
  const t = s.t;
  const first = t[p] as Token;
  const open = s.text.charCodeAt(first.start - 1);
  if (first.gap !== Gap.Break || (open !== 0x27 && open !== 0x2018) || !first.cap) return -1;
  let noun = false;
  for (let k = p - 1; k >= 0 && k >= p - NOUN_BEFORE_WINDOW; k--) {
    const tok = t[k] as Token;
    if (tok.lower && WORK_NOUNS.has(tok.fold)) noun = true;
    if (noun || !tok.lower || (k < p - 1 && (t[k + 1] as Token).gap !== Gap.Space)) break;
  }
  if (!noun) return -1;
  for (let k = p; k < t.length && k < p + MAX_QUOTED_WORDS; k++) {
    const tok = t[k] as Token;
    if (!tok.cap || (k > p && tok.gap !== Gap.Space)) return -1;
    let after = s.text.charCodeAt(tok.end);
    if (after === 0x2c || after === 0x2e) after = s.text.charCodeAt(tok.end + 1);
    if (after === 0x27 || after === 0x2019) return k;
  }
  return -1;
}
