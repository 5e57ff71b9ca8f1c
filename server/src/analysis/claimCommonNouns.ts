import { isLetterCode, isSpaceCode, lowerWordAt, wordEndAt, wordStartBefore } from './claimTokens';
import type { SpeakerRef } from './speakerSearch';

const PLAIN_SAYING = new Set(['said', 'says', 'say', 'told']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "Later, the harbour master said the port will stay open", "The farmer said ...": a clause opened by an
 * article and one or two lowercase nouns no role list knows, right before a plain verb of saying, is someone
 * speaking, unnamed. Without it the words had no claim at all, only because the noun was not a known role.
 */
export function commonNounSpeaker(text: string, cueStart: number, cueText: string, start: number): SpeakerRef | null {
  if (!PLAIN_SAYING.has(cueText.toLowerCase())) return null;
  const head = wordStartBefore(text, cueStart, start, 20);
  if (head < 0 || !lowercaseNoun(text, head)) return null;
  let b = wordStartBefore(text, head, start, 20);
  if (b < 0) return null;
  let article = lowerWordAt(text, b, wordEndAt(text, b));
  if (!ARTICLES.has(article)) {
    // "the harbour master": one lowercase noun before the head.
    if (!lowercaseNoun(text, b)) return null;
    b = wordStartBefore(text, b, start, 20);
    if (b < 0) return null;
    article = lowerWordAt(text, b, wordEndAt(text, b));
    if (!ARTICLES.has(article)) return null;
  }
  if (!opensClause(text, b, start)) return null;
  return { kind: 'unknown', span: { start: b, end: wordEndAt(text, head) }, entity: null, type: null };
}

function lowercaseNoun(text: string, b: number): boolean {
  const e = wordEndAt(text, b);
  if (e - b < 3) return false;
  for (let k = b; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  // An adverb ends no noun phrase: "the family recently said" is left to the role lists.
  return !(text.endsWith('ly', e) && !text.endsWith('ply', e));
}

/** The article starts its unit or follows a comma: the noun phrase is the clause's subject, not an object. */
function opensClause(text: string, b: number, start: number): boolean {
  let p = b;
  while (p > start && isSpaceCode(text.charCodeAt(p - 1))) p--;
  if (p <= start) return true;
  const c = text.charCodeAt(p - 1);
  return c === 44 || (!isLetterCode(c) && c !== 39 && c !== 0x2019 && c !== 45);
}
