import { nextToken, prevToken, type Token } from './claimTokens';

// Sources a report names without naming who they are: "people familiar with the matter",
// and a document's author after its participle ("a poll published on Wednesday by the Centre").

/** Participles between a document and its "by" ("a poll published on Wednesday by", "a survey conducted by"). */
// "results declared by the election commission", "figures announced by the board".
export const PUBLISHING: ReadonlySet<string> = new Set(['issued', 'published', 'released', 'conducted', 'commissioned', 'compiled', 'carried', 'declared', 'announced']);
/** How many words a participle's date or place may take before "by" ("published late on Wednesday by"). */
const BY_REACH = 6;

/** The "by" token after a document's participle, a few words on and before any comma; null where there is none. */
export function byAfterParticiple(text: string, pos: number, end: number): Token | null {
  let t = nextToken(text, pos, end);
  for (let k = 0; t && t.isWord && k < BY_REACH; k++) {
    if (t.word === 'by') return t;
    t = nextToken(text, t.end, end);
  }
  return null;
}

/** Nouns an unnamed source is familiar with ("the matter", "the talks", "his thinking"). */
const FAMILIAR_OBJECTS: ReadonlySet<string> = new Set([
  'matter', 'talks', 'plans', 'plan', 'situation', 'discussions', 'negotiations', 'deal', 'decision', 'case', 'thinking',
  'process', 'investigation', 'probe', 'deliberations', 'proposal', 'transaction', 'bid', 'offer', 'issue', 'details',
]);
/** The preposition of a source's nearness to what it knows, and the word it follows. */
const NEAR_WORDS: ReadonlyMap<string, string> = new Map([
  ['with', 'familiar'],
  ['to', 'close'],
  ['on', 'briefed'],
]);
const POSSESSIVES: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their', 'these', 'those']);

/** Where "people familiar with the matter" (or "close to the deal") starts when `t` ends such a phrase, the word before "familiar" included; -1 otherwise. */
export function familiarSourceStart(text: string, t: Token, floor: number): number {
  if (!FAMILIAR_OBJECTS.has(t.word)) return -1;
  let p = prevToken(text, t.start, floor);
  if (p && p.isWord && POSSESSIVES.has(p.word)) p = prevToken(text, p.start, floor);
  // "familiar with the matter", "close to the deal", "briefed on the talks".
  const adjective = p && p.isWord ? NEAR_WORDS.get(p.word) : undefined;
  if (!p || adjective === undefined) return -1;
  p = prevToken(text, p.start, floor);
  if (!p || p.word !== adjective) return -1;
  // "directly familiar": an adverb may stand before it.
  let who = prevToken(text, p.start, floor);
  if (who && who.isWord && who.word.endsWith('ly')) who = prevToken(text, who.start, floor);
  return who && who.isWord ? who.start : p.start;
}
