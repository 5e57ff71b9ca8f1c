import { isDigitCode, isLetterCode, isSpaceCode, isWordCode, lowerWordAt } from './claimTokens';
import type { Span } from './types';

/**
 * How a cue attributes a statement:
 * - `speech`: a finite reporting verb whose speaker stands before it ("Lee said") or after it ("said Lee");
 * - `participle`: "adding", "noting": its speaker is the clause's subject;
 * - `source`: the speaker follows ("according to", "as reported by", "citing");
 * - `document`: a verb only a document says ("the statement read");
 * - `agreement`: "agreed", a joint undertaking rather than one speaker's words.
 */
export type CueRole = 'speech' | 'participle' | 'source' | 'document' | 'agreement';

/** Cue forms that are also plural nouns ("Treasury notes", "insurance claims"): they need a speaker the text resolves. */
export const NOUN_LIKE_CUES: ReadonlySet<string> = new Set([
  'notes', 'claims', 'reports', 'states', 'reads', 'promises', 'voices', 'highlights', 'vows', 'pledges', 'warns', 'remarks', 'says', 'hints', 'signals',
]);

/** A reporting verb or phrase found in the text. */
export interface Cue extends Span {
  text: string;
  role: CueRole;
  /**
   * Strong cues ("said", "according to") attribute even to a group ("officials said"); a strong
   * participle ("adding") reports words, a weak one ("welcoming") may report an act.
   */
  strong: boolean;
}

interface CueWord {
  role: CueRole;
  strong: boolean;
  /** The words that must follow to make it a cue ("according" needs "to"). */
  needs?: readonly string[];
  /** A following "by" turns it into a source cue ("as reported by", "confirmed by"). */
  byTurnsSource?: boolean;
  /** Objects that show the verb is not about speech ("added 500 jobs", "reported a loss"). */
  notBefore?: ReadonlySet<string>;
  /** Without its needed words, a quotation soon after still makes it a cue ('called the sales "impressive"'). */
  orQuoted?: boolean;
  /** An expectation: a cue only with an object and its "to" a few words on ("expected exports to rise"). */
  expectation?: boolean;
  /** Its "on" must name a platform, not a day ("posted on X", not "posted on Monday"). */
  platform?: boolean;
  /** A cue only where a comma, a stop or a colon follows at once ('," she continued.'). */
  closing?: boolean;
  /** A cue only with this word a few words on ("reminded investors that", "characterized the deal as"). */
  soon?: string;
}

/** How far after "called" its quoted verdict may open ('called the quarter's sales "impressive."'). */
const VERDICT_REACH = 48;

const NOT_SPEECH_OBJECT = new Set(['a', 'an', 'to', 'up', 'more', 'another', 'new', 'its', 'their', 'his', 'her', 'some', 'about', 'nearly', 'almost', 'over']);

const NOT_ADDED_OBJECT = new Set([...NOT_SPEECH_OBJECT, 'time']);

const NOT_CREDIT_OBJECT = new Set(['with', 'to', 'into', 'back', 'the', 'a', 'an', 'up', 'as']);

const NOT_CONCEDED_OBJECT = new Set([...NOT_SPEECH_OBJECT, 'only', 'just', 'the', 'two', 'three', 'four', 'five', 'six', 'goals', 'runs', 'defeat', 'ground', 'possession', 'penalties']);

const NOT_REPORTED_OBJECT = new Set([...NOT_SPEECH_OBJECT, 'from']);

const NOT_RULING_OBJECT = new Set(['the', 'a', 'an', 'over', 'for', 'from', 'since', 'until', 'by', 'with', 'in', 'out', 'its', 'their', 'his', 'her']);

const STRONG_SPEECH = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'reported', 'reports',
  'announced', 'announces', 'claimed', 'claims', 'confirmed', 'confirms', 'wrote', 'writes', 'warned', 'warns', 'insisted',
  'insists', 'argued', 'argues', 'explained', 'explains', 'declared', 'declares', 'asserted', 'asserts', 'quoted',
  'tweeted', 'commented',
];
const WEAK_SPEECH = [
  'remarked', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'underlined', 'underlines', 'highlighted', 'highlights', 'expressed', 'expresses', 'voiced', 'voices', 'welcomed',
  'welcomes', 'acknowledged', 'acknowledges', 'reiterated', 'reiterates', 'urged', 'urges', 'underscored', 'underscores',
  'mentioned', 'revealed', 'reveals', 'indicated', 'indicates', 'affirmed', 'affirms', 'reaffirmed', 'reaffirms',
  'recalled', 'recalls', 'described', 'describes', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises',
  'assured', 'cautioned', 'criticized', 'criticised', 'condemned', 'praised', 'hailed', 'lauded', 'conveyed',
  'denied', 'denies', 'admitted', 'admits', 'suggested', 'suggests', 'proposed',
  'disclosed', 'informed', 'briefed', 'replied', 'answered', 'asked', 'questioned', 'observed', 'opined', 'wished',
  'ruled', 'rubbished', 'slammed', 'contended', 'lamented', 'apologized', 'apologised', 'apologizes', 'apologises',
  'advised', 'advises', 'believes', 'believed', 'contends', 'cautions', 'clarified', 'recounted', 'quipped', 'joked', 'exclaimed',
  'thinks', 'reckons',
];
const PARTICIPLES = [
  'saying', 'adding', 'noting', 'stressing', 'emphasizing', 'emphasising', 'underlining', 'highlighting', 'expressing',
  'stating', 'telling', 'explaining', 'warning', 'urging', 'insisting', 'arguing', 'underscoring', 'reiterating',
  'describing', 'recalling', 'acknowledging', 'confirming', 'announcing', 'voicing', 'welcoming', 'vowing', 'pledging',
  'claiming', 'asserting', 'affirming', 'reaffirming', 'mentioning', 'revealing', 'suggesting', 'declaring', 'remarking',
  'commenting', 'writing', 'replying', 'praising', 'criticizing', 'criticising', 'condemning', 'assuring', 'promising',
];

/** Participles that report words rather than acts ("welcoming him", "calling for"): only these make a person's sentence a claim. */
const SPEECH_PARTICIPLES = new Set([
  'saying', 'adding', 'noting', 'stating', 'stressing', 'emphasizing', 'emphasising', 'underlining', 'highlighting',
  'expressing', 'explaining', 'warning', 'insisting', 'arguing', 'claiming', 'asserting', 'affirming', 'reaffirming',
  'reiterating', 'telling', 'urging', 'underscoring', 'remarking', 'declaring',
]);

let lexicon: { words: Map<string, CueWord>; pattern: RegExp } | null = null;

function cueLexicon(): { words: Map<string, CueWord>; pattern: RegExp } {
  if (lexicon) return lexicon;
  const m = new Map<string, CueWord>();
  for (const w of STRONG_SPEECH) m.set(w, { role: 'speech', strong: true });
  for (const w of WEAK_SPEECH) m.set(w, { role: 'speech', strong: false });
  for (const w of PARTICIPLES) m.set(w, { role: 'participle', strong: SPEECH_PARTICIPLES.has(w) });
  for (const w of ['added', 'adds', 'reported', 'reports', 'announced']) {
    m.set(w, { ...(m.get(w) as CueWord), notBefore: NOT_SPEECH_OBJECT });
  }
  // "a winner in added time": the stoppage a match adds, not words.
  for (const w of ['added', 'adds']) m.set(w, { ...(m.get(w) as CueWord), notBefore: NOT_ADDED_OBJECT });
  // "Taxin reported from Santa Ana": a reporter's credit line; "cases reported from the north" are counted, not said.
  for (const w of ['reported', 'reports']) m.set(w, { ...(m.get(w) as CueWord), notBefore: NOT_REPORTED_OBJECT });
  // "believed to be in his forties", "believed 40 people died" tell of no one's belief.
  m.set('believed', { ...(m.get('believed') as CueWord), notBefore: new Set([...NOT_SPEECH_OBJECT, 'by']) });
  // '"...," she continued.': only closing its clause; "prices continued to rise" goes on doing, not saying.
  m.set('continued', { role: 'speech', strong: false, closing: true });
  for (const w of ['declared', 'declares']) m.set(w, { ...(m.get(w) as CueWord), notBefore: NOT_DECLARED_OBJECT });
  // A court rules that or rules on; a party "ruled the country for decades" or "ruled over" says nothing.
  m.set('ruled', { ...(m.get('ruled') as CueWord), notBefore: NOT_RULING_OBJECT });
  for (const w of ['reported', 'confirmed', 'stated', 'announced', 'declared', 'quoted', 'cited', 'issued', 'released', 'published', 'posted']) {
    m.set(w, { ...(m.get(w) ?? { role: 'speech', strong: false }), byTurnsSource: true });
  }
  // Without "by" these only mean publication, not speech.
  for (const w of ['cited', 'issued', 'released', 'published']) m.set(w, { ...(m.get(w) as CueWord), needs: ['by'] });
  // "posted on X that", "posted on Facebook": words put on a platform; not "posted a loss" or "posted on Monday its best result".
  m.set('posted', { ...(m.get('posted') as CueWord), needs: ['by', 'on', 'that'], platform: true });
  m.set('according', { role: 'source', strong: true, needs: ['to'] });
  // Sentence-initial forms that still attribute what follows.
  m.set('According', { role: 'source', strong: true, needs: ['to'] });
  m.set('Citing', { role: 'source', strong: true });
  m.set('citing', { role: 'source', strong: true });
  m.set('quoting', { role: 'source', strong: true });
  m.set('pointed', { role: 'speech', strong: false, needs: ['out'] });
  m.set('points', { role: 'speech', strong: false, needs: ['out'] });
  // "singled out the bowlers", "credited his bowlers for": praise a speaker gives; not "credited with" or "credited to" an account.
  m.set('singled', { role: 'speech', strong: false, needs: ['out'] });
  m.set('credited', { role: 'speech', strong: false, notBefore: NOT_CREDIT_OBJECT });
  // "conceded that", 'conceded: "We were poor"'; not "conceded 29 runs", "conceded a goal", "conceded only two".
  m.set('conceded', { role: 'speech', strong: false, notBefore: NOT_CONCEDED_OBJECT });
  m.set('pointing', { role: 'participle', strong: false, needs: ['out', 'to'] });
  m.set('called', { role: 'speech', strong: false, needs: ['for', 'on'], orQuoted: true });
  // "Kelby has blamed the attack on the Varn group": an accusation, a claim of whoever makes it.
  for (const w of ['blamed', 'blames']) m.set(w, { role: 'speech', strong: false });
  // "describes a legless skink", "described 153 new species": a find named and set down, not words reported.
  for (const w of ['described', 'describes']) m.set(w, { ...(m.get(w) as CueWord), notBefore: NOT_DESCRIBED_OBJECT });
  // "Roe talked about how robots will run the docks": a talk's subject reported; not "talked to" or "talked with".
  m.set('talked', { role: 'speech', strong: false, needs: ['about'] });
  // "reminded investors that ...": words said to remind; not "reminded of" the past.
  for (const w of ['reminded', 'reminds']) m.set(w, { role: 'speech', strong: false, soon: 'that' });
  // "characterized the offer as "an insult"": a verdict given; not "characterized by steep slopes".
  for (const w of ['characterized', 'characterised', 'characterizes', 'characterises']) m.set(w, { role: 'speech', strong: false, soon: 'as' });
  // "has hinted at new models", "signalled that rates may rise", "shared insights into the plans": words given out in part.
  for (const w of ['hinted', 'hints']) m.set(w, { role: 'speech', strong: false, needs: ['at', 'that'] });
  for (const w of ['signalled', 'signaled', 'signals']) m.set(w, { role: 'speech', strong: false, needs: ['that'] });
  // Not "shared the lead", "shared a photo" or "shared costs": only what a speaker shares of their mind.
  m.set('shared', { role: 'speech', strong: false, needs: ['that', 'insights', 'details', 'thoughts', 'views'] });
  m.set('calling', { role: 'participle', strong: false, needs: ['for', 'on'] });
  // Verbs of argument and testimony report words only with their "that" ("submitted that", not "submitted a plan").
  for (const w of ['submitted', 'maintained', 'maintains', 'alleged', 'testified', 'countered', 'responded', 'complained', 'estimated', 'estimates']) m.set(w, { role: 'speech', strong: false, needs: ['that'] });
  // A judge or a court "held that" in a ruling; "held talks" or "held a meeting" says nothing.
  for (const w of ['held', 'holds']) m.set(w, { role: 'speech', strong: false, needs: ['that'] });
  m.set('read', { role: 'document', strong: true });
  m.set('reads', { role: 'document', strong: true });
  // "the study found", "the report concluded": findings speak only through a document ("police found a car" is no claim).
  for (const w of ['found', 'finds', 'concluded', 'concludes']) m.set(w, { role: 'document', strong: false });
  // "official data showed", "the figures show": numbers a document reports ("the video showed smoke" names no document).
  for (const w of ['showed', 'shows', 'show']) m.set(w, { role: 'document', strong: false });
  // A forecast is a claim of whoever makes it, a group's too ("analysts predicted that", "officials expected outages to last").
  for (const w of ['predicted', 'predicts']) m.set(w, { role: 'speech', strong: true });
  // "expected exports to double", not "is expected to" (passive), "than expected" or "the expected rise".
  for (const w of ['expected', 'expects']) m.set(w, { role: 'speech', strong: true, expectation: true });
  // "agreed to / that / on": not "the agreed plan" or "as agreed".
  for (const w of ['agreed', 'agree', 'agrees']) m.set(w, { role: 'agreement', strong: true, needs: ['to', 'that', 'on', 'upon'] });
  // Every entry in one shape, all fields set and in one order: entries of a dozen shapes made the code reading them slow.
  for (const [w, e] of m) m.set(w, { role: e.role, strong: e.strong, needs: e.needs, byTurnsSource: e.byTurnsSource, notBefore: e.notBefore, orQuoted: e.orQuoted, expectation: e.expectation ?? false, platform: e.platform ?? false, closing: e.closing ?? false, soon: e.soon ?? '' });
  // One alternation of plain words: the native scan is several times faster than a word loop, and linear.
  const alternatives = [...m.keys()].sort((a, b) => b.length - a.length).join('|');
  lexicon = { words: m, pattern: new RegExp(`\\b(?:${alternatives})\\b`, 'g') };
  return lexicon;
}

/** Reporting verbs and phrases, in text order. */
export function findCues(text: string): Cue[] {
  const { words, pattern } = cueLexicon();
  const cues: Cue[] = [];
  pattern.lastIndex = 0;
  // test() rather than exec(): no match object per word. Cue words are letters only, so the match
  // is the run of letters before lastIndex.
  while (pattern.test(text)) {
    const end = pattern.lastIndex;
    let i = end;
    while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const next = end < text.length ? text.charCodeAt(end) : -1;
    // "so-called", "Lee's", "é-said" are not cue words.
    if (prev === 45 || prev === 0x2019 || prev === 0x27 || isWordCode(prev) || isWordCode(next) || next === 45) continue;
    const word = text.slice(i, end);
    const entry = words.get(word);
    if (!entry) continue;
    // "previously reported revenue", "the originally announced date": a participle describing a noun.
    // "had previously stated that" is still a verb with its auxiliary.
    if (PARTICIPIAL_FORMS.has(word) && PARTICIPLE_ADVERBS.has(wordBefore(text, i)) && !PERFECT_AUXILIARIES.has(wordBefore(text, i - wordBefore(text, i).length - 1))) continue;
    // "the proposed levy", "its stated aim", "a reported 40 dead": after a determiner the form qualifies a noun.
    if (DETERMINERS.has(wordBefore(text, i)) && word.endsWith('ed')) continue;
    // "Stay informed", "well informed", "remain assured": a state, not words reported.
    if (STATE_BEFORE.has(wordBefore(text, i)) && word.endsWith('ed')) continue;
    const cue = makeCue(text, i, end, text.length, entry);
    if (cue) cues.push(cue);
  }
  return cues;
}

/** Cue forms that, after "previously" or "originally", describe a noun rather than report words. */
const PARTICIPIAL_FORMS = new Set(['reported', 'announced', 'stated', 'disclosed', 'confirmed', 'published', 'released']);
const PARTICIPLE_ADVERBS = new Set(['previously', 'originally', 'initially']);
const PERFECT_AUXILIARIES = new Set(['had', 'has', 'have']);
/** Words after which a cue form in -ed names a state ("stay informed", "well briefed", "rest assured"). */
const STATE_BEFORE = new Set(['stay', 'keep', 'remain', 'remains', 'well', 'rest', 'feel', 'feels', 'felt', 'fully', 'better']);
/** Words after which a cue form in -ed is an adjective. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'our', 'my', 'your']);
/** Objects that make "described" a find set down rather than words ("described a new frog", "described 12 species"). */
const NOT_DESCRIBED_OBJECT = new Set(['a', 'an']);
/** Objects that make "declared" an act ("declared a state of emergency", "declared war", "declared bankruptcy"). */
const NOT_DECLARED_OBJECT = new Set(['a', 'an', 'war', 'bankruptcy', 'independence', 'martial', 'emergency', 'dividend', 'dividends', 'insolvency']);

/** Whether one of the next few words is an act "declared" performs ("its first-ever quarterly dividend"). */
function declaredAct(text: string, pos: number, to: number): boolean {
  const words = text.slice(pos, Math.min(to, pos + DECLARED_REACH)).split(/[.,;:\n]/, 1)[0].toLowerCase().split(/[\s-]+/);
  for (let k = 0; k < words.length && k < 6; k++) if (NOT_DECLARED_OBJECT.has(words[k])) return true;
  return false;
}

/** How far after "declared its" the act's noun may come. */
const DECLARED_REACH = 48;

/** The lower-cased word of at most 12 letters just before `at` across one space, or ''. */
function wordBefore(text: string, at: number): string {
  const e = at - 1;
  if (e <= 0 || text.charCodeAt(e) !== 32) return '';
  let b = e;
  while (b > 0 && e - b < 12 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return text.slice(b, e).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function makeCue(text: string, start: number, end: number, to: number, entry: CueWord): Cue | null {
  if (entry.closing) {
    const c = text.charCodeAt(end);
    return c === 44 || c === 46 || c === 58 ? { start, end, text: text.slice(start, end), role: entry.role, strong: entry.strong } : null;
  }
  const next = nextWord(text, end, to);
  if (entry.byTurnsSource && next && next.word === 'by') {
    return { start, end: next.end, text: text.slice(start, next.end), role: 'source', strong: true };
  }
  if (entry.soon) return wordSoon(text, end, to, entry.soon) ? { start, end, text: text.slice(start, end), role: entry.role, strong: entry.strong } : null;
  if (entry.needs) {
    if (entry.orQuoted && !(next && entry.needs.includes(next.word)) && quotationSoon(text, end, to)) return { start, end, text: text.slice(start, end), role: entry.role, strong: entry.strong };
    // "Prosecutors have called it the largest fraud": a verdict, whoever gives it; not "called it a day" or "called it quits".
    if (entry.orQuoted && next && VERDICT_OBJECTS.has(next.word) && verdictAfter(text, next.end, to)) return { start, end, text: text.slice(start, end), role: entry.role, strong: true };
    if (!next || !(entry.needs.includes(next.word) || (entry.role === 'agreement' && neededAfterTime(text, next, to, entry.needs)))) return null;
    if (entry.platform && next.word === 'on' && !platformAfter(text, next.end, to)) return null;
    // "according to" is one phrase; "agreed" keeps its complement ("to continue") as content.
    const cueEnd = entry.role === 'agreement' ? end : next.end;
    return { start, end: cueEnd, text: text.slice(start, cueEnd), role: entry.role, strong: entry.strong };
  }
  if (entry.notBefore && next && (entry.notBefore.has(next.word) || next.digit)) return null;
  // "the firm declared its first-ever quarterly dividend": an act on a possession, not words.
  if (entry.notBefore === NOT_DECLARED_OBJECT && next && (next.word === 'its' || next.word === 'their') && declaredAct(text, next.end, to)) return null;
  if (entry.expectation && !(next && !next.digit && (next.word === 'that' || (!NOT_EXPECTED_OBJECT.has(next.word) && toAhead(text, next.end, to))))) return null;
  return { start, end, text: text.slice(start, end), role: entry.role, strong: entry.strong };
}

/** Objects a verdict is given on ("called it the worst", "called this a betrayal"). */
const VERDICT_OBJECTS: ReadonlySet<string> = new Set(['it', 'this']);
/** Idioms "called it" makes that give no verdict. */
const NOT_VERDICT: ReadonlySet<string> = new Set(['day', 'night', 'quits', 'off', 'in', 'out']);

/** Whether a verdict's noun phrase follows "called it": an article, then a word that is no idiom's. */
function verdictAfter(text: string, pos: number, to: number): boolean {
  const article = nextWord(text, pos, to);
  if (!article || !(article.word === 'a' || article.word === 'an' || article.word === 'the')) return false;
  const word = nextWord(text, article.end, to);
  return word !== null && !word.digit && !NOT_VERDICT.has(word.word);
}

/** How far after a cue its "that" or "as" may come ("reminded investors that", "reminds the board and staff that"). */
const THAT_SOON_REACH = 40;

/** A lone `word` a few words after `pos`, before any punctuation or line end. */
function wordSoon(text: string, pos: number, to: number, word: string): boolean {
  let at = pos;
  for (let k = 0; k < 6 && at - pos < THAT_SOON_REACH; k++) {
    const w = nextWord(text, at, to);
    if (!w || w.digit) return false;
    if (w.word === word) return true;
    if (w.word === 'of' || w.word === 'about') return false;
    at = w.end;
  }
  return false;
}

/** Words after "expected" that show no one holding the expectation ("expected to", "expected by", "expected in May"). */
const NOT_EXPECTED_OBJECT = new Set(['to', 'by', 'in', 'on', 'at', 'for', 'from', 'and', 'or', 'but', 'as', 'than', 'this', 'next', 'later', 'soon']);
/** How far after an expectation's object its "to" may come ("expected the yen to", "expected operating expenses to"). */
const EXPECTED_OBJECT_REACH = 40;

/** A lone word "to" within a few words after `pos`, before any punctuation. */
function toAhead(text: string, pos: number, to: number): boolean {
  const reach = Math.min(to, pos + EXPECTED_OBJECT_REACH);
  for (let i = pos; i < reach; i++) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(c) && !isSpaceCode(c) && c !== 45) return false;
    if (c === 116 && text.charCodeAt(i + 1) === 111 && isSpaceCode(text.charCodeAt(i - 1)) && i + 2 < to && isSpaceCode(text.charCodeAt(i + 2))) return true;
  }
  return false;
}

/** Words that open a time or a manner between "agreed" and its "to" or "on" ("agreed in July 2024 on", "agreed last week to", "agreed in principle to"). */
const AGREED_WHEN = new Set(['in', 'last', 'this', 'earlier', 'late', 'early']);
const AGREED_WHEN_REACH = 32;

/** Whether one of the needed words follows within a few words of a time phrase opened by `next`. */
function neededAfterTime(text: string, next: { word: string; end: number }, to: number, needs: readonly string[]): boolean {
  if (!AGREED_WHEN.has(next.word)) return false;
  const words = text.slice(next.end, Math.min(to, next.end + AGREED_WHEN_REACH)).split(/[.,;:\n]/, 1)[0].trim().toLowerCase().split(' ');
  for (let k = 0; k < words.length && k < 4; k++) if (needs.includes(words[k])) return true;
  return false;
}

/** Words after "posted on" that name a time, not a platform. */
const NOT_PLATFORM = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'its', 'their', 'his', 'her',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'top', 'average', 'behalf', 'time',
]);
/** Nouns that, after "the", make "posted on the ..." a platform ("the platform X", "the social media site"). */
const PLATFORM_NOUNS = new Set(['platform', 'social', 'site', 'website', 'network', 'app', 'forum', 'page', 'account', 'channel', 'blog']);

/** Whether the word after "posted on" names a platform ("X", "Facebook", "social media", "the platform X", "his Instagram account"). */
function platformAfter(text: string, pos: number, to: number): boolean {
  const word = nextWord(text, pos, to);
  if (!word || word.digit) return false;
  if (!NOT_PLATFORM.has(word.word)) return true;
  if (!['the', 'its', 'their', 'his', 'her'].includes(word.word)) return false;
  // "the platform X", "its website", "her Instagram account": a platform noun within the next three words.
  let at = word.end;
  for (let k = 0; k < 3; k++) {
    const w = nextWord(text, at, to);
    if (!w || w.digit) return false;
    if (PLATFORM_NOUNS.has(w.word)) return true;
    at = w.end;
  }
  return false;
}

/** A double quotation mark opening within a few words after `pos`, before the sentence or line ends. */
function quotationSoon(text: string, pos: number, to: number): boolean {
  for (let i = pos; i < to && i - pos < VERDICT_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c) return i > pos + 1;
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 44) return false;
  }
  return false;
}

/** The next word after `pos` on the same line, lower-cased, if only spaces come between. */
function nextWord(text: string, pos: number, to: number): { word: string; end: number; digit: boolean } | null {
  let i = pos;
  while (i < to && i - pos < 4) {
    const c = text.charCodeAt(i);
    if (c === 10 || !isSpaceCode(c)) break;
    i++;
  }
  if (i === pos || i >= to) return null;
  const first = text.charCodeAt(i);
  if (isDigitCode(first) || first === 36 || first === 0x20ac || first === 0xa3) return { word: '', end: i + 1, digit: true };
  let j = i;
  while (j < to && j - i < 16 && isLetterCode(text.charCodeAt(j))) j++;
  if (j === i) return null;
  return { word: lowerWordAt(text, i, j), end: j, digit: false };
}
