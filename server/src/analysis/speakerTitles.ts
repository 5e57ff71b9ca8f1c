import { isLetterCode, nextToken, prevToken } from './claimTokens';
import { plainIdOf } from './identity';
import { bodyWordAlternatives, headClassOf, ROLE_MODIFIERS } from './speakerWords';
import type { EntityMention } from './types';
import { detached } from './detachedString';

/** The title around a person mention, as role nouns and modifiers read in it. */
export interface PersonTitle {
  /** Lower-cased words before the name ("Turkish President") and in an appositive after it (", French governor,"). */
  words: string[];
  /** Where the words before the name start; the name's own start when there are none. */
  start: number;
}

/** Longest bracketed acronym read through inside a title, from its opening bracket. */
const ACRONYM_REACH = 10;

/** Most words read before a name as its title ("Turkish Minister of Food, Agriculture and Livestock"). */
const TITLE_WORDS = 9;

/** Reads the title around a person mention: a few capitalized or role words before it, and an appositive after a comma. */
export function titleAround(text: string, m: EntityMention): PersonTitle {
  const words: string[] = [];
  const floor = Math.max(0, m.start - 120);
  let start = m.start;
  let p = prevToken(text, m.start, floor);
  for (let k = 0; p && k < TITLE_WORDS; k++) {
    if (!p.isWord) {
      // "Minister of Food, Agriculture and Livestock Piotr Nemec": a comma between a department's capitalized words.
      const listed = p.word === ',' && words.length > 0 && (prevToken(text, p.start, floor)?.capitalized ?? false);
      // "Minister of State Dr. Khalid Omar": an abbreviated honorific's dot does not end the title.
      const before = p.word === '.' ? prevToken(text, p.start, floor) : null;
      const honorific = before !== null && before.isWord && before.capitalized && TITLE_ABBREVIATIONS.has(before.word);
      if (p.word === "'" || p.word === '’' || p.word === '-' || listed || honorific) {
        p = prevToken(text, p.start, floor);
        continue;
      }
      // "Canal Authority (CA) Chairman Ann Roe": a short bracketed acronym inside the title.
      const open = p.word === ')' ? text.lastIndexOf('(', p.start) : -1;
      if (open >= 0 && p.start - open <= ACRONYM_REACH && open > floor) {
        p = prevToken(text, open, floor);
        continue;
      }
      break;
    }
    const departmentAnd = p.word === 'and' && words.length > 0 && (prevToken(text, p.start, floor)?.capitalized ?? false);
    // "Minister for Health Services Ann Roe": "for" joins an office to its capitalized portfolio, like "of".
    const forDepartment = p.word === 'for' && words.length > 0 && (prevToken(text, p.start, floor)?.capitalized ?? false);
    if (!(p.capitalized || ROLE_MODIFIERS.has(p.word) || headClassOf(p.word) || p.word === 's' || p.word === 'of' || p.word === 'counterpart' || forDepartment || departmentAnd)) break;
    words.push(p.word);
    start = p.start;
    p = prevToken(text, p.start, floor);
  }
  const comma = nextToken(text, m.end, m.end + 3);
  if (comma && comma.word === ',') {
    let q = nextToken(text, comma.end, comma.end + 120);
    const appositive: string[] = [];
    for (let k = 0; q && q.isWord && k < 10; k++) {
      // "Ann Roe, the president said": words that run into a verb of speech are the subject of a new clause, not a title.
      if (CLAUSE_VERBS.has(q.word)) {
        appositive.length = 0;
        break;
      }
      appositive.push(q.word);
      q = nextToken(text, q.end, q.end + 40);
      if (q && !q.isWord && (q.word === "'" || q.word === '’')) q = nextToken(text, q.end, q.end + 4);
    }
    words.push(...appositive);
  }
  return { words, start };
}

/** Verbs of speech that end a subject rather than an appositive. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'declared', 'noted', 'warned']);

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
    sourceIds.set(detached(words), id);
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

/** Abbreviated titles whose dot stands inside a speaker's phrase, and honorifics that open a name set off by commas ("President, Comrade Ann Roe,"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'amb', 'rev', 'hon', 'pres', 'cllr', 'comrade', 'barrister']);
/** How many words may run between a role noun and the name that closes it. */
const CLOSING_ROLE_WORDS = 8;

/**
 * "UNSW researcher and study lead author Dr. James Dunn": more role words, an abbreviated
 * title, then the person the whole role describes; null when anything else comes first.
 */
export function nameClosingRole(
  text: string,
  pos: number,
  end: number,
  startingAt: (pos: number) => number | undefined,
  mentions: readonly EntityMention[],
): EntityMention | null {
  let t = nextToken(text, pos, end);
  let abbreviation = false;
  for (let k = 0; t && k < CLOSING_ROLE_WORDS; k++) {
    const mi = t.isWord ? startingAt(t.start) : undefined;
    if (mi !== undefined) {
      const m = mentions[mi] as EntityMention;
      if (m.type === 'person') return m;
      // "former Corvane controller Linda Sorensen": the body or place a role belongs to is part of the role.
      if (m.type !== 'organization' && m.type !== 'location' && m.type !== 'nationality') return null;
      t = nextToken(text, m.end, end);
      abbreviation = false;
      continue;
    }
    const w = t.word;
    const roleWord = t.isWord && (w === 'and' || w === 'lead' || w === 'co' || ROLE_MODIFIERS.has(w) || headClassOf(w) === 'person' || headClassOf(w) === 'document');
    const title = t.isWord && t.capitalized && TITLE_ABBREVIATIONS.has(w);
    if (!(roleWord || title || (w === '.' && abbreviation) || w === '-')) return null;
    abbreviation = title;
    t = nextToken(text, t.end, end);
  }
  return null;
}
