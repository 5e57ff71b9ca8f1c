import type { Candidate } from './identity';
import { foldForIdentity } from './normalize';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';

/** Full mentions that, with no short form anywhere, make a guessed person's name a body's. */
const MIN_FULL_MENTIONS = 3;

/**
 * "Aer Lingus has cancelled ... Aer Lingus said ... Aer Lingus added": news shortens a person's name
 * after its first mention ("Tighe said") but repeats a body's in full. A name guessed a person from
 * its shape alone, written in full at least three times while neither its first nor its last word
 * stands alone anywhere in the article, is a body's name. Returns the indexes of its candidates.
 */
export function bodiesByRepetition(text: string, t: readonly Token[], candidates: readonly Candidate[]): Set<number> | undefined {
  // Folded full name → how many guessed-person mentions; null once any mention of it says more than shape.
  let counts: Map<string, number | null> | undefined;
  for (const c of candidates) {
    if (c.first === c.last || c.type !== 'person') continue;
    const key = foldForIdentity(text.slice(c.start, c.end));
    counts ??= new Map();
    const old = counts.get(key);
    const shapeOnly = c.status === 'guess' && !c.id && !roleAfter(text, t, c);
    counts.set(key, !shapeOnly || old === null ? null : (old ?? 0) + 1);
  }
  if (!counts) return undefined;
  // Most articles name no one that often by shape alone: the sets of words below are built only when one does.
  let repeated = false;
  for (const n of counts.values()) if (n !== null && n >= MIN_FULL_MENTIONS) repeated = true;
  if (!repeated) return undefined;
  const alone = new Set<string>();
  // "Bankman-Fried" after "Sam Bankman-Fried": the last words of a longer name are its short form.
  const tails = new Set<string>();
  for (const c of candidates) {
    if (c.first === c.last) alone.add((t[c.first] as Token).fold);
    else if (c.type === 'person') for (let k = c.first + 1; k <= c.last; k++) tails.add(foldForIdentity(text.slice((t[k] as Token).start, c.end)));
  }
  let found: Set<number> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.type !== 'person' || c.first === c.last) continue;
    const n = counts.get(foldForIdentity(text.slice(c.start, c.end)));
    if (n === null || n === undefined || n < MIN_FULL_MENTIONS) continue;
    if (alone.has((t[c.first] as Token).fold) || alone.has((t[c.last] as Token).fold) || tails.has(foldForIdentity(text.slice(c.start, c.end)))) continue;
    // "Bankman-Fried": a hyphenated surname is one word of a person's name, not a body's two.
    if (!spacedWords(t, c)) continue;
    (found ??= new Set()).add(k);
  }
  return found;
}

/** Every word of the name after its first follows a single space. */
function spacedWords(t: readonly Token[], c: Candidate): boolean {
  for (let k = c.first + 1; k <= c.last; k++) if ((t[k] as Token).gap !== Gap.Space) return false;
  return true;
}

/** "Wen Bo, General Manager of ...", "Wen Bo, a director at ...": a person's role set off after the name; a body's name takes none. */
function roleAfter(text: string, t: readonly Token[], c: Candidate): boolean {
  let role = t[c.last + 1];
  if (!role || text.charCodeAt(c.end) !== 0x2c || role.start !== c.end + 2) return false;
  if (role.lower && (role.fold === 'a' || role.fold === 'an' || role.fold === 'the')) role = t[c.last + 2];
  if (!role || role.upper) return false;
  return (role.cap && (role.flags & Lex.Title) !== 0) || (role.lower && (role.flags & Lex.LowercaseTitle) !== 0);
}
