import { nextToken, prevToken } from './claimTokens';
import type { EntityMention } from './types';

/** Nouns for gatherings whose names may be taken for a person's ("the Coastal Economies Partnership forum"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'meeting', 'summit', 'forum', 'conference', 'dialogue', 'roundtable', 'symposium', 'seminar', 'workshop', 'congress',
  'expo', 'festival', 'convention', 'retreat', 'session',
]);

/** How far before a mention its event noun and colon may stand. */
const REACH = 24;

/**
 * Whether a mention typed as a person is the name of a meeting or event: the subtitle after an event noun's colon
 * ("the Ministerial Meeting: Coastal Economies Partnership") or a name between "the" and an event noun ("the
 * Coastal Economies Partnership forum"). Such a name says nothing, and "he" does not stand for it.
 */
export function namesEvent(text: string, m: EntityMention): boolean {
  if (m.type !== 'person') return false;
  const before = prevToken(text, m.start, Math.max(0, m.start - REACH));
  if (before && before.word === ':') {
    const noun = prevToken(text, before.start, Math.max(0, before.start - REACH));
    if (noun && noun.isWord && EVENT_NOUNS.has(noun.word)) return true;
  }
  const after = nextToken(text, m.end, Math.min(text.length, m.end + REACH));
  return before !== null && before.isWord && before.word === 'the' && after !== null && after.isWord && EVENT_NOUNS.has(after.word);
}

/** The mentions without the event names taken for people. */
export function withoutEventNames(text: string, mentions: readonly EntityMention[]): readonly EntityMention[] {
  let found = false;
  for (const m of mentions) if (namesEvent(text, m)) found = true;
  return found ? mentions.filter((m) => !namesEvent(text, m)) : mentions;
}
