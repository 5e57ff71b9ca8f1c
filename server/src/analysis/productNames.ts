import type { Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { Lex } from './lexicon';
import { scorecardName } from './scorecards';
import { Gap, type Token } from './tokens';
import type { EntityType } from './types';

// Products named by a model number: a maker's name and its number ("Boeing 737 MAX 8",
// "Bayraktar TB2") or a code of capitals and digits alone ("A321XLR").

/**
 * "A321XLR", "TB2", "MQ9": one to three capitals, then digits, then maybe more capitals or
 * digits, with two capitals or three digits; a model's code, not a body's initials. "G20" is read before this.
 */
export function modelCode(word: string): boolean {
  if (word.length < 3 || word.length > 10) return false;
  let k = 0;
  while (k < word.length && k < 3 && isCapital(word.charCodeAt(k))) k++;
  if (k === 0 || k >= word.length || !isDigit(word.charCodeAt(k))) return false;
  const capitals = k;
  let digits = 0;
  for (; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (isDigit(c)) digits++;
    else if (!isCapital(c) && c !== 0x2d) return false;
  }
  // One capital and two digits is a group's or a road's name ("M23", "A14"), not a model's.
  return capitals >= 2 || digits >= 3;
}

/**
 * Token j + 1 is a model number that continues the name at j: three digits after a word no list
 * knows ("Boeing 737"), or one or two after the model's capitals ("737 MAX 8"). The number must
 * end the phrase or be followed by the model's own words, so "sent Varnia 150 tanks" stays apart.
 */
export function modelNumberAfter(s: Scan, j: number): boolean {
  const t = s.t;
  const cur = t[j] as Token;
  const next = t[j + 1];
  if (!next || next.gap !== Gap.Space || !isDigitsOnly(next.text)) return false;
  // "Kenya Adds 300 MW Of Power": a title-case heading capitalizes its verbs.
  const line = s.tk.lines[cur.line];
  if (line && (line.titleCase || line.allCaps)) return false;
  const prev = t[j - 1];
  if (cur.upper && next.text.length <= 2 && prev && prev.gap === Gap.Space && isDigitsOnly(prev.text) && prev.text.length === 3) return true;
  // "Boeing 757", "Airbus 350": an aircraft maker's name and a three-digit number.
  if (cur.cap && !cur.upper && MODEL_MAKERS.has(cur.fold) && next.text.charCodeAt(0) !== 0x30 && next.text.length === 3) return true;
  if (next.text.length !== 3 || next.text.charCodeAt(0) === 0x30 || !cur.cap || cur.upper || (cur.flags & (Lex.Stop | Lex.Calendar | Lex.Title)) !== 0) return false;
  if (s.gaz.get(cur.fold)) return false;
  // "(Abbott 104, Carr 55)": a player's score, not a model number.
  if (scorecardName(s.text, cur.start, cur.end)) return false;
  const after = t[j + 2];
  if (!after || after.gap === Gap.Break) return true;
  if (after.gap === Gap.Hyphen && isDigitsOnly(after.text)) return true;
  if (after.gap !== Gap.Space) return false;
  if (after.upper) return (after.flags & Lex.NonEntityAcronym) === 0;
  // "the Boeing 737 jets", "a fleet of Boeing 737 jets"; not "sent Varnia 150 tanks".
  return after.lower && (after.flags & Lex.ProductNoun) !== 0 && !!prev && prev.lower && MODEL_DETERMINERS.has(prev.fold);
}

/** Makers whose name and a number are a model ("Boeing 757", "Embraer 190", "Cessna 208"). */
const MODEL_MAKERS = new Set(['boeing', 'airbus', 'embraer', 'bombardier', 'cessna', 'antonov', 'tupolev', 'ilyushin', 'sukhoi', 'comac', 'fokker', 'lockheed', 'dassault', 'gulfstream', 'sikorsky', 'beechcraft', 'pilatus']);

/** Words before a maker's name that go with a product ("the Boeing 737 jets", "a fleet of Boeing 737 jets"). */
const MODEL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'of', 'new', 'more']);

/** "United Nations Environment Programme", "UN Development Programme", "World Food Programme": a programme of nations is a body, not a product. */
export function nationsProgramme(s: Scan, p: number, head: number, type: EntityType | null): EntityType | null {
  const word = (s.t[head] as Token).fold;
  if (type !== 'product' || (word !== 'programme' && word !== 'program')) return type;
  const first = s.t[p] as Token;
  const nations = first.fold === 'un' || first.fold === 'world' || (first.fold === 'united' && s.t[p + 1]?.fold === 'nations');
  return nations ? 'organization' : type;
}

function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isDigitsOnly(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) if (!isDigit(w.charCodeAt(k))) return false;
  return true;
}

/** "8A" in "P-8A", "130J" in "C-130J", "9B" in "MQ-9B": after a hyphen, digits and at most two capitals, a model's designation. */
export function designationAfterHyphen(tok: Token): boolean {
  const w = tok.text;
  if (tok.gap !== Gap.Hyphen || w.length < 2 || w.length > 6 || !isDigit(w.charCodeAt(0))) return false;
  let k = 0;
  while (k < w.length && isDigit(w.charCodeAt(k))) k++;
  const capitals = w.length - k;
  if (capitals < 1 || capitals > 2) return false;
  for (; k < w.length; k++) if (!isCapital(w.charCodeAt(k))) return false;
  return true;
}

/** Words a country's long-term plan is named with before its target year ("Vision 2030", "Agenda 2063"). */
const PLAN_WORDS = new Set(['vision', 'agenda']);
/** Most words of the place that may open a plan's name ("Saudi Arabia's" is not read; "Oman", "Saudi"). */
const MAX_PLAN_PLACE = 3;

/** Whether token k is a plan word followed by a target year: "Vision 2040". */
function planWordAt(t: readonly Token[], k: number): boolean {
  const w = t[k];
  const year = t[k + 1];
  return !!w && w.cap && PLAN_WORDS.has(w.fold) && !!year && year.gap === Gap.Space && year.text.length === 4 && isDigitsOnly(year.text) && year.text.startsWith('20');
}

/**
 * "Oman Vision 2040", "Saudi Vision 2030", "Agenda 2063": a plan word and its target year, with the
 * country or nationality right before it, name a programme. Returns the year's token, or -1.
 */
export function nationalPlan(s: Scan, i: number): number {
  const t = s.t;
  if (planWordAt(t, i)) return i + 1;
  let k = i + 1;
  while (k <= i + MAX_PLAN_PLACE && k < t.length && (t[k] as Token).gap === Gap.Space && !planWordAt(t, k)) k++;
  if (k > i + MAX_PLAN_PLACE || !planWordAt(t, k)) return -1;
  const place = gazAt(s, i, k - 1);
  return place && place.last === k - 1 && (place.entry.type === 'location' || place.entry.type === 'nationality') ? k + 1 : -1;
}
