import type { Scan } from './entityScan';
import { Lex } from './lexicon';
import { Gap, type Token } from './tokens';
import type { DateMention, EntityMention } from './types';

// Products named by a series and a model number or generation: "Quasar 9 Gen 2", "Velo K22 5G",
// "Zentek Nova 12 Pro", "Helix 5040 chip". The number and what follows it belong to the name,
// which is one product, not a person's name cut at the number.

/** Most capitalized words of a series' name before its number ("Zentek Nova Lite" + "12"). */
const MAX_SERIES_WORDS = 3;
/** Most model words after the number ("12 Pro Max 5G"). */
const MAX_SUFFIXES = 3;

/** Words after a model number that belong to the model's name ("Pro", "Ultra", "5G"). */
const MODEL_SUFFIXES = new Set(['pro', 'max', 'ultra', 'plus', 'neo', 'lite', 'mini', 'fe', 'xl', 'se', '5g', '4g', 'lte']);

/** A product noun in the singular after a name and a number: the number is the model's, not a count. */
const MODEL_NOUNS = new Set(['chip', 'chipset', 'processor', 'soc', 'smartphone', 'phone', 'handset', 'tablet', 'laptop', 'smartwatch', 'console', 'variant', 'gpu', 'cpu']);

/** Capitalized words numbered without being products ("Flight 12", "Route 9 Plus" is not said, "Gate 5"). */
const NUMBERED_NON_PRODUCTS = new Set(
  'flight|route|highway|junction|bus|platform|gate|ward|room|unit|block|level|grade|class|category|stage|phase|zone|sector|section|article|chapter|lot|plot|exit|terminal|building|pier|berth|bay|road|train|line|channel|act|bill|district|precinct|division|group|season|game|round|day|week|episode|volume|issue|part|number|no|pages|page|figure|table|box|apartment|suite|floor|station|lane|street|avenue|interstate|state|county|province|region|area|camp|team|year|vision|agenda|covid'.split('|'),
);

export interface ModelName {
  /** First token of the product's name (after any maker's name the article writes apart). */
  first: number;
  last: number;
}

/** Words of a series' name that the article shows with a model number and a model's word elsewhere ("dimensity"). */
export type ModelSeries = Set<string>;

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** "12", "7030", "8a": one to five digits, no leading zero, maybe one lowercase letter after them. */
function modelNumber(tok: Token): boolean {
  const w = tok.text;
  if (w.length === 0 || w.length > 5 || !isDigitCode(w.charCodeAt(0)) || w.charCodeAt(0) === 0x30) return false;
  let k = 0;
  while (k < w.length && isDigitCode(w.charCodeAt(k))) k++;
  if (k === w.length) return true;
  const c = w.charCodeAt(k);
  return k === w.length - 1 && c >= 0x61 && c <= 0x7a && !MODEL_SUFFIXES.has(tok.fold);
}

/** "K22", "S24", "G7": one or two capitals then one to four digits; a model's code inside a series' name. */
function modelCode(tok: Token): boolean {
  const w = tok.text;
  if (w.length < 2 || w.length > 6) return false;
  let k = 0;
  while (k < w.length && k < 2 && w.charCodeAt(k) >= 0x41 && w.charCodeAt(k) <= 0x5a) k++;
  if (k === 0 || k === w.length) return false;
  const capitals = k;
  while (k < w.length && isDigitCode(w.charCodeAt(k))) k++;
  return k === w.length && k - capitals >= 1 && k - capitals <= 4;
}

/** A four-digit year ("2023"): after a series it is a model only where the article shows that series as a model. */
function yearNumber(tok: Token): boolean {
  return tok.text.length === 4 && (tok.text.startsWith('19') || tok.text.startsWith('20'));
}

/** A capitalized word that may name a series: no role, date, stopword or numbered thing, no known place. */
function seriesWord(s: Scan, tok: Token): boolean {
  if (!tok.cap || (tok.flags & (Lex.Stop | Lex.Calendar | Lex.Title | Lex.NonEntityAcronym)) !== 0) return false;
  if (NUMBERED_NON_PRODUCTS.has(tok.fold) || modelCode(tok)) return false;
  const known = s.gaz.get(tok.fold);
  return !known || known.type !== 'location';
}

/** The model words after the number at m ("Gen 3", "Pro Max", "5G"); returns the last one's token. */
function suffixEnd(t: readonly Token[], m: number): number {
  let e = m;
  for (let n = 0; n < MAX_SUFFIXES; n++) {
    const next = t[e + 1];
    if (!next || next.gap !== Gap.Space || next.lower) break;
    const gen = t[e + 2];
    if (next.fold === 'gen' && gen && gen.gap === Gap.Space && gen.text.length <= 2 && modelNumber(gen)) e += 2;
    else if (MODEL_SUFFIXES.has(next.fold)) e++;
    // "MAX 9", "Pro 2": a model word's own number.
    else if (e > m && next.text.length <= 2 && modelNumber(next) && MODEL_SUFFIXES.has((t[e] as Token).fold)) e++;
    else break;
  }
  return e;
}

/** A singular product noun right after token e ("chip", "SoC"). */
function modelNounAfter(t: readonly Token[], e: number): boolean {
  const next = t[e + 1];
  return !!next && next.gap === Gap.Space && MODEL_NOUNS.has(next.fold) && (next.lower || next.fold === 'soc');
}

/**
 * The product named from token i: up to three series words, then a model number or a capital's
 * code ("K22"), then its model words. Evidence that the number is a model's: model words after it,
 * a singular product noun after it, a code, or the series shown so elsewhere in the article.
 */
export function modelNameAt(s: Scan, i: number, series: ModelSeries | undefined): ModelName | null {
  const t = s.t;
  const first = t[i];
  if (!first || !seriesWord(s, first)) return null;
  const line = s.tk.lines[first.line];
  const heading = !!line && (line.titleCase || line.allCaps);
  for (let m = i + 1; m <= i + MAX_SERIES_WORDS && m < t.length; m++) {
    const tok = t[m] as Token;
    if (tok.gap !== Gap.Space) return null;
    const code = modelCode(tok);
    if (code || modelNumber(tok)) {
      const e = suffixEnd(t, m);
      const key = seriesKey(t, i, m - 1);
      if (e > m || (code && !heading)) return { first: i, last: e };
      if (heading) return null;
      if (!yearNumber(tok) && modelNounAfter(t, e)) return { first: i, last: e };
      if (!series) return null;
      if (series.has(key)) return { first: i, last: e };
      // "Velora Quasar 780": a maker's name before a series the article shows as a model.
      for (let f = i + 1; f < m; f++) if (series.has(seriesKey(t, f, m - 1))) return { first: f, last: e };
      return null;
    }
    // "the Velo S series": a series' letter before the word "series" is the model line's name.
    if (!heading && tok.text.length === 1 && tok.cap && LETTER_LINES.has(t[m + 1]?.lower ? (t[m + 1] as Token).fold : '') && (t[m + 1] as Token).gap === Gap.Space) return { first: i, last: m };
    if (!seriesWord(s, tok)) return null;
  }
  return null;
}

/** Lowercase words after a series' letter that make it a product line ("S series", "G lineup"). */
const LETTER_LINES = new Set(['series', 'lineup', 'line-up', 'range']);

function seriesKey(t: readonly Token[], a: number, b: number): string {
  let key = (t[a] as Token).fold;
  for (let k = a + 1; k <= b; k++) key += ' ' + (t[k] as Token).fold;
  return key;
}

/** Series names the article writes with a model number and evidence ("Quasar" of "Quasar 780 chip"), and their last words. */
export function modelSeries(s: Scan): ModelSeries | undefined {
  let found: ModelSeries | undefined;
  const t = s.t;
  for (let i = 0; i < t.length; i++) {
    if (!(t[i] as Token).cap) continue;
    const model = modelNameAt(s, i, undefined);
    if (!model) continue;
    let m = model.first;
    while (m <= model.last && !modelNumber(t[m] as Token) && !modelCode(t[m] as Token)) m++;
    if (m <= model.first) continue;
    found ??= new Set();
    // "Zentek Nova 12 Pro": "Zentek Nova" and "Nova" are the series.
    for (let f = model.first; f < m; f++) found.add(seriesKey(t, f, m - 1));
  }
  return found;
}

/**
 * "the Velora Nova 2022 debuted": a year that ends a product's name is the model's, not a date.
 * Both lists are in text order; one pass over each.
 */
export function withoutModelYears(dates: DateMention[], entities: readonly EntityMention[]): DateMention[] {
  let k = 0;
  return dates.filter((d) => {
    while (k < entities.length && (entities[k] as EntityMention).end < d.end) k++;
    // Entities may nest or repeat a span: look at the few that end where the date does.
    for (let n = k; n < entities.length && n < k + 4; n++) {
      const e = entities[n] as EntityMention;
      if (e.end !== d.end) break;
      if (e.type === 'product' && e.start < d.start && d.text.length === 4 && /^\d{4}$/.test(d.text)) return false;
    }
    return true;
  });
}
