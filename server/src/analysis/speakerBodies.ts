import { nextToken } from './claimTokens';
import { containsWords, sourceIdOf } from './speakerTitles';
import { followingMention, indexBefore, recentMention } from './speakerRoles';
import { bodyWordAlternatives, DETERMINERS, TRADE_MODIFIERS } from './speakerWords';
import type { SpeakerRef } from './speakerSearch';
import type { EntityMention, EntityType, Span } from './types';

// Which body a generic noun phrase stands for ("the union", "the agency", "the airline"): a name of
// that kind, the company last named, or the body that spoke last.

/**
 * The body a noun like "agency" or "airline" names, with its modifiers (`mods`) and owner
 * ("South Korea's spy agency"); `lastSource` is the last body to speak when the phrase is definite.
 */
export function bodyNamed(
  text: string,
  mentions: readonly EntityMention[],
  word: string,
  mods: readonly string[],
  span: Span,
  indefinite: boolean,
  owner: EntityMention | null,
  lastSource: { entity: string; type: EntityType | null } | null,
  sinceSource: number,
): SpeakerRef {
  // "the three-member panel": how many sit on it says nothing of which body it is.
  const lowerMods = mods.filter((w) => !DETERMINERS.has(w) && !isHeadcount(w));
  // "the Court of Appeal ... the three-member panel held": a panel or bench of judges speaks for the court last named.
  const bench = !indefinite && lowerMods.length === 0 && (word === 'panel' || word === 'bench') ? recentMention(mentions, span.start, isCourt) : null;
  if (bench) return { kind: 'source', span, entity: bench.entity, type: bench.type };
  // "the union" after "the Unite union": a name the noun followed is of that kind too.
  // "the electoral body", "the audit panel": a noun any body goes by, so its modifiers alone must be in the name
  // ("the National Electoral Council"), and so must a trade that names its body whatever the noun ("the weather office").
  const anyBody = ((word === 'body' || word === 'panel') && lowerMods.length > 0) || lowerMods.some((w) => TRADE_MODIFIERS.has(w));
  const fits = (x: EntityMention): boolean =>
    x.type === 'organization' && (containsWords(x.text, word, lowerMods) || (anyBody && lowerMods.every((w) => containsWords(x.text, w, []))) || (lowerMods.length === 0 && nextToken(text, x.end, x.end + word.length + 2)?.word === word));
  // "South Korea's spy agency ... the National Intelligence Service said": a country's body named
  // generically is the body of that kind the text names, before or shortly after.
  const named = recentMention(mentions, span.start, fits);
  // "Meanwhile, NASA's Europa Clipper ... is on course to reach Jupiter, the agency said": a body the
  // sentence opens with is the body of its closing cue, not an older "Canadian Space Agency".
  const opening = !indefinite && lowerMods.length === 0 && !owner ? sentenceOpeningBody(text, mentions, span.start) : null;
  // "The Federal Prosecutor's Office ... opened an inquiry, the agency said": a body named as another kind is not it.
  const opener = opening && otherKind(opening.text, word) ? null : opening;
  // "the university said": a body of that kind named before outranks a sentence's opening name of no kind at all.
  if (opener && (!named || (named.start < opener.start && !KIND_NOUNS.has(word)))) return { kind: 'source', span, entity: opener.entity, type: opener.type };
  const m = named ?? (owner && owner.type === 'location' && lowerMods.length > 0 ? followingMention(mentions, span.end, fits) : null);
  if (m) return { kind: 'source', span, entity: m.entity, type: m.type };
  // "In the Realmeter survey ..., the pollster said": the pollster is the body a poll or survey is named after.
  const pollster = !indefinite && word === 'pollster' ? recentMention(mentions, span.start, (x) => x.type === 'organization' && POLL_NOUNS.has(nextToken(text, x.end, x.end + 10)?.word ?? '')) : null;
  if (pollster) return { kind: 'source', span, entity: pollster.entity, type: pollster.type };
  // "the Irish airline said": a company named by its trade is the company (or a name taken for a person's) a
  // sentence or clause opens with ("Aer Lingus will start ..., the Irish airline said"), not one it mentions
  // in passing ("flying Airbus's new A321XLR", "(Reuters)", "as EU regulators clear").
  const trade = !indefinite && TRADE_NOUNS.has(word) ? recentMention(mentions, span.start, (x) => (x.type === 'organization' || x.type === 'person') && !isApostropheCode(text.charCodeAt(x.end)) && opensClause(text, x.start)) : null;
  if (trade) return { kind: 'source', span, entity: trade.entity, type: trade.type };
  if (lowerMods.length > 0 && !indefinite) {
    return { kind: 'source', span, entity: sourceIdOf([...lowerMods, word].join(' ')), type: 'organization' };
  }
  if (!indefinite && COMPANY_NOUNS.has(word)) {
    // "NovaMed ... announced ... at the American Society of Nephrology's meeting, the company added": the
    // company that spoke last, or one a clause opens with since ("Lilly said ... Novo has also been hit ...
    // The company said"), not a body named in passing.
    const spoke = lastSource && lastSource.type === 'organization' ? recentMention(mentions, span.start, (x) => x.entity === lastSource.entity) : null;
    // "Peel Hunt analyst Imran Qureshi said": a commentator's employer is not the body the story is about.
    const opens = recentMention(mentions, span.start, (x) => x.type === 'organization' && opensClause(text, x.start) && !COMMENTATORS.has(nextToken(text, x.end, x.end + 24)?.word ?? ''));
    const org = (spoke && opens && opens.start > spoke.start ? opens : (spoke ?? opens)) ?? recentMention(mentions, span.start, (x) => x.type === 'organization');
    if (org) return { kind: 'source', span, entity: org.entity, type: org.type };
  }
  if (lowerMods.length === 0 && lastSource) {
    // "The NIS said ... The agency also said": the body last named, when it was the last to speak
    // (or spoke a claim ago: "WHO said ... its expert told ... The agency said").
    const org = recentMention(mentions, span.start, (x) => x.type === 'organization');
    if (org && org.entity === lastSource.entity) return { kind: 'source', span, entity: org.entity, type: org.type };
    if (sinceSource <= 1 && lastSource.type === 'organization') return { kind: 'source', span, entity: lastSource.entity, type: lastSource.type };
  }
  return { kind: 'source', span, entity: null, type: null };
}

/** Last words of a headcount before a body's noun: "three-member", "five-judge", "seven-man". */
const HEADCOUNT_TAILS = ['-member', '-judge', '-man', '-person', '-strong'];

function isHeadcount(word: string): boolean {
  return HEADCOUNT_TAILS.some((tail) => word.endsWith(tail) && word.length > tail.length);
}

function isCourt(x: EntityMention): boolean {
  return x.type === 'organization' && (containsWords(x.text, 'court', []) || containsWords(x.text, 'tribunal', []));
}

/** How far back a cue's sentence may open, and how long the lead-in before its opening body may be. */
const SENTENCE_REACH = 600;
const LEAD_IN_REACH = 16;

/**
 * The organization a sentence opens with, itself or as an owner ("NASA's spacecraft"), after at most
 * "The" or one lead word and its comma ("Meanwhile,"); null when the sentence opens otherwise.
 */
function sentenceOpeningBody(text: string, mentions: readonly EntityMention[], pos: number): EntityMention | null {
  let start = pos;
  const floor = Math.max(0, pos - SENTENCE_REACH);
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || (text.charCodeAt(start) === 32 && (c === 46 || c === 33 || c === 63))) break;
    start--;
  }
  if (start === floor && floor > 0) return null;
  let i = indexBefore(mentions, start) + 1;
  while (i < mentions.length && mentions[i].start < start) i++;
  const first = i < mentions.length && mentions[i].start < pos ? mentions[i] : null;
  if (!first || first.type !== 'organization' || first.start - start > LEAD_IN_REACH) return null;
  const lead = text.slice(start, first.start).trim();
  if (lead !== '' && lead !== 'The' && !(lead.endsWith(',') && !lead.includes(' '))) return null;
  return first;
}

/** Kinds of body a name can end in that no other noun stands for ("the agency" is no office, court or university). */
const KIND_NOUNS: ReadonlySet<string> = new Set([
  'office', 'ministry', 'department', 'court', 'tribunal', 'university', 'hospital', 'embassy', 'consulate', 'police',
  'parliament', 'council', 'commission', 'party', 'union', 'club', 'school', 'college',
]);

/** Whether a body's name ends in a kind noun that is not `word` nor one of its equivalents. */
function otherKind(name: string, word: string): boolean {
  const space = name.lastIndexOf(' ');
  const last = (space < 0 ? name : name.slice(space + 1)).toLowerCase();
  return KIND_NOUNS.has(last) && !bodyWordAlternatives(word).includes(last);
}

const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey', 'polls', 'surveys']);

function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/**
 * Whether `pos` opens a line, a sentence or the story after its dateline dash or colon ("Muscat: Omantel")
 * (spaces and "The" skipped); a feed's name after its tag ("(MENAFN- Times of Oman)") opens nothing.
 */
function opensClause(text: string, pos: number): boolean {
  let i = pos;
  if (i >= 4 && text.startsWith('The ', i - 4)) i -= 4;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 45) return i < 2 || text.charCodeAt(i - 2) === 32;
  return c === 10 || c === 46 || c === 58 || c === 0x2014 || c === 0x2013;
}

/** Nouns for a body that is the one the story last spoke of: "the company", "the club". */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'organization', 'corporation', 'club']);

/** People who comment on a company from outside it. */
const COMMENTATORS: ReadonlySet<string> = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);

/** Nouns that name a company by its trade ("the airline", "the drugmaker", "the pollster"). */
const TRADE_NOUNS: ReadonlySet<string> = new Set(['airline', 'drugmaker', 'carmaker', 'automaker', 'retailer', 'pollster']);
