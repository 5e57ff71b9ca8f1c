import { isLetterCode, nextToken, prevToken } from './claimTokens';
import { plainIdOf } from './identity';
import { bodyWordAlternatives, headClassOf, ROLE_MODIFIERS } from './speakerWords';
import type { EntityMention } from './types';

/** The title around a person mention, as role nouns and modifiers read in it. */
export interface PersonTitle {
  /** Lower-cased words before the name ("Turkish President") and in an appositive after it (", French governor,"). */
  words: string[];
  /** Where the words before the name start; the name's own start when there are none. */
  start: number;
}

/** Reads the title around a person mention: a few capitalized or role words before it, and an appositive after a comma. */
export function titleAround(text: string, m: EntityMention): PersonTitle {
  const words: string[] = [];
  const floor = Math.max(0, m.start - 120);
  let start = m.start;
  let p = prevToken(text, m.start, floor);
  for (let k = 0; p && k < 7; k++) {
    if (!p.isWord) {
      if (p.word === "'" || p.word === '’' || p.word === '-') {
        p = prevToken(text, p.start, floor);
        continue;
      }
      break;
    }
    if (!(p.capitalized || ROLE_MODIFIERS.has(p.word) || headClassOf(p.word) || p.word === 's' || p.word === 'of' || p.word === 'counterpart')) break;
    words.push(p.word);
    start = p.start;
    p = prevToken(text, p.start, floor);
  }
  const comma = nextToken(text, m.end, m.end + 3);
  if (comma && comma.word === ',') {
    let q = nextToken(text, comma.end, comma.end + 120);
    for (let k = 0; q && q.isWord && k < 10; k++) {
      words.push(q.word);
      q = nextToken(text, q.end, q.end + 40);
      if (q && !q.isWord && (q.word === "'" || q.word === '’')) q = nextToken(text, q.end, q.end + 4);
    }
  }
  return { words, start };
}

const sourceIds = new Map<string, string>();

/**
 * The id of an organization the text names only by common nouns ("the presidential office"),
 * made the way the entity finder makes ids, so the same office named properly elsewhere is the same entity.
 */
export function sourceIdOf(words: string): string {
  let id = sourceIds.get(words);
  if (id === undefined) {
    if (sourceIds.size > 10_000) sourceIds.clear();
    id = plainIdOf('organization', words);
    sourceIds.set(words, id);
  }
  return id;
}

/** Whether a body's name holds the head and every modifier of a description, in any of their equivalent words. */
export function containsWords(name: string, head: string, modifiers: readonly string[]): boolean {
  const lower = name.toLowerCase();
  if (!bodyWordAlternatives(head).some((w) => hasWord(lower, w))) return false;
  for (const m of modifiers) if (!bodyWordAlternatives(m).some((w) => hasWord(lower, w))) return false;
  return true;
}

function hasWord(haystack: string, w: string): boolean {
  let i = haystack.indexOf(w);
  while (i >= 0) {
    const before = i === 0 ? -1 : haystack.charCodeAt(i - 1);
    const after = i + w.length >= haystack.length ? -1 : haystack.charCodeAt(i + w.length);
    if (!isLetterCode(before) && !isLetterCode(after)) return true;
    i = haystack.indexOf(w, i + 1);
  }
  return false;
}
