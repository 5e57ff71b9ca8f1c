/**
 * Scores a system's output against gold annotations: entities, cross-article
 * linking, dates, claims and article dates. Pure: records in, figures out, so
 * any system (the analysis core, another library) can be scored on the same gold.
 *
 * Counting rules, the same for every measure:
 * - an item (gold or system) that overlaps a gold `boilerplate` region is left out on both sides;
 * - a gold item with `optional: true` counts neither as found nor as missed, and the
 *   system item matched to it is not a false positive either;
 * - matching is one-to-one and maximises the number of counted matches.
 */
import type { EvalSpan, GoldArticle, GoldEntity, SystemArticle, SystemEntity } from './evalRecords';

export type { EvalSpan, GoldArticle, GoldEntity, GoldQuote, GoldTimex, SystemArticle, SystemClaim, SystemDate, SystemEntity } from './evalRecords';
export { parseGoldJsonl, parseJsonSafely, systemArticleFromCliJson } from './evalRecords';
export { formatEvalTable } from './evalTable';

/** The coarse entity types entities are scored on. */
export type CoarseType = 'PERSON' | 'ORG' | 'LOC' | 'OTHER';
export const COARSE_TYPES: readonly CoarseType[] = ['PERSON', 'ORG', 'LOC', 'OTHER'];

/**
 * Maps a gold or system type to a coarse type: person → PERSON,
 * organization/org → ORG, location/loc/gpe/place → LOC (any case); everything else
 * (NORP, EVENT, FAC, MISC, nationality, product, ...) → OTHER.
 */
export function coarseType(type: string): CoarseType {
  switch (type.toLowerCase()) {
    case 'person':
    case 'per':
      return 'PERSON';
    case 'organization':
    case 'organisation':
    case 'org':
      return 'ORG';
    case 'location':
    case 'loc':
    case 'gpe':
    case 'place':
      return 'LOC';
    default:
      return 'OTHER';
  }
}

/** Precision, recall and F1 with their counts. With nothing to find or nothing found, the empty side scores 1. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A share: `accuracy` is null when there was nothing to judge. */
export interface Ratio {
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface LinkingScore {
  /** Counted gold entity mentions (outside boilerplate, not optional). */
  goldMentions: number;
  /** Of those, the ones a system mention matches by exact span (type ignored). */
  foundMentions: number;
  foundShare: number | null;
  /**
   * Pairs of found gold mentions in different articles: true positives are pairs
   * with the same system entity id and the same gold chain; unfound mentions are left out.
   */
  pairs: Prf;
  /**
   * Recall over every cross-article pair of gold mentions with the same chain,
   * unfound mentions counted as not linked.
   */
  recallOverAllGoldPairs: number;
}

export interface ArticleScore {
  id: string;
  /** False when the system gave no record for this gold article. */
  hasSystemRecord: boolean;
  entitiesExact: Prf;
  datesOverlap: Prf;
  claimsOverlap: Prf;
  dctRight: boolean;
}

export interface EvalSummary {
  articles: number;
  entities: {
    /** Exact span and coarse type. */
    exact: Prf;
    byType: Record<CoarseType, Prf>;
    /** Exact span, any type. */
    span: Prf;
    /** Overlapping spans, any type. */
    overlap: Prf;
  };
  linking: LinkingScore;
  dates: {
    overlap: Prf;
    /** Over matched (counted) date pairs: the system's value equals the gold `value`. */
    value: Ratio;
  };
  claims: {
    overlap: Prf;
    /**
     * Over matched (counted) claim pairs: the system speaker's entity maps to the gold
     * speaker chain (each system entity id maps to the chain most of its exactly
     * matching mentions carry), or both are null.
     */
    speaker: Ratio;
  };
  dct: Ratio;
  perArticle: ArticleScore[];
  /** Gold ids without a system record, and system ids without a gold article. */
  missingSystem: string[];
  unknownSystem: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Builds precision, recall and F1 from counts. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function ratio(correct: number, total: number): Ratio {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

const overlaps = (a: EvalSpan, b: EvalSpan) => a.start < b.end && b.start < a.end;
const sameSpan = (a: EvalSpan, b: EvalSpan) => a.start === b.start && a.end === b.end;
const overlapLength = (a: EvalSpan, b: EvalSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Maximum one-to-one matching (Kuhn's augmenting paths). Candidates are tried
 * by decreasing overlap so that, among maximum matchings, larger overlaps win.
 * Returns for each gold index the matched system index or -1.
 */
function maximumMatching<G extends EvalSpan, S extends EvalSpan>(
  gold: readonly G[],
  system: readonly S[],
  fits: (g: G, s: S) => boolean,
  usable: (systemIndex: number) => boolean = () => true,
): number[] {
  const candidates = gold.map((g) =>
    system
      .map((_s, j) => j)
      .filter((j) => usable(j) && fits(g, system[j]))
      .sort((a, b) => overlapLength(g, system[b]) - overlapLength(g, system[a]) || a - b),
  );
  const goldOf = new Array<number>(system.length).fill(-1);
  const systemOf = new Array<number>(gold.length).fill(-1);
  const tryAssign = (gi: number, visited: Uint8Array): boolean => {
    for (const sj of candidates[gi]) {
      if (visited[sj]) continue;
      visited[sj] = 1;
      if (goldOf[sj] === -1 || tryAssign(goldOf[sj], visited)) {
        goldOf[sj] = gi;
        systemOf[gi] = sj;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) tryAssign(gi, new Uint8Array(system.length));
  return systemOf;
}

interface MatchResult<G, S> extends Counts {
  /** Counted matches: required gold item with its system item. */
  pairs: Array<[G, S]>;
}

/**
 * Matches counted gold first (maximising true positives), then lets optional
 * gold absorb leftover system items so they are not false positives.
 */
function matchItems<G extends EvalSpan & { optional?: boolean }, S extends EvalSpan>(
  gold: readonly G[],
  system: readonly S[],
  fits: (g: G, s: S) => boolean,
): MatchResult<G, S> {
  const required = gold.filter((g) => !g.optional);
  const optional = gold.filter((g) => g.optional);
  const requiredMatch = maximumMatching(required, system, fits);
  const used = new Set(requiredMatch.filter((j) => j >= 0));
  const optionalMatch = maximumMatching(optional, system, fits, (j) => !used.has(j));
  const absorbed = optionalMatch.filter((j) => j >= 0).length;
  const pairs: Array<[G, S]> = [];
  requiredMatch.forEach((j, i) => {
    if (j >= 0) pairs.push([required[i], system[j]]);
  });
  return { pairs, tp: pairs.length, fn: required.length - pairs.length, fp: system.length - used.size - absorbed };
}

/** One article's gold and system items with everything in boilerplate removed. */
interface Prepared {
  gold: GoldArticle;
  system: SystemArticle;
  hasSystemRecord: boolean;
}

function withoutBoilerplate<T extends EvalSpan>(items: readonly T[], boilerplate: readonly EvalSpan[]): T[] {
  return boilerplate.length === 0 ? [...items] : items.filter((i) => !boilerplate.some((b) => overlaps(i, b)));
}

function prepare(gold: GoldArticle, system: SystemArticle | undefined): Prepared {
  const b = gold.boilerplate;
  const sys = system ?? { id: gold.id, dct: null, entities: [], dates: [], claims: [] };
  return {
    hasSystemRecord: system !== undefined,
    gold: {
      ...gold,
      entities: withoutBoilerplate(gold.entities, b),
      timexes: withoutBoilerplate(gold.timexes, b),
      quotes: withoutBoilerplate(gold.quotes, b),
    },
    system: {
      ...sys,
      entities: withoutBoilerplate(sys.entities, b),
      dates: withoutBoilerplate(sys.dates, b),
      claims: withoutBoilerplate(sys.claims, b),
    },
  };
}

/** Number of unordered pairs in different articles that share a key. */
function crossArticlePairs<T>(items: readonly T[], keyOf: (item: T) => string, articleOf: (item: T) => number): number {
  const groups = new Map<string, Map<number, number>>();
  for (const item of items) {
    const key = keyOf(item);
    const perArticle = groups.get(key) ?? new Map<number, number>();
    const a = articleOf(item);
    perArticle.set(a, (perArticle.get(a) ?? 0) + 1);
    groups.set(key, perArticle);
  }
  let pairs = 0;
  for (const perArticle of groups.values()) {
    let n = 0;
    let within = 0;
    for (const c of perArticle.values()) {
      n += c;
      within += c * c;
    }
    pairs += (n * n - within) / 2;
  }
  return pairs;
}

/** The system mention with exactly the gold mention's span, if any. */
function exactMention(g: EvalSpan, system: readonly SystemEntity[]): SystemEntity | undefined {
  return system.find((s) => sameSpan(g, s));
}

function scoreLinking(articles: readonly Prepared[]): LinkingScore {
  interface Found {
    article: number;
    chain: string;
    entity: string;
  }
  const all: Array<{ article: number; chain: string }> = [];
  const found: Found[] = [];
  articles.forEach((a, article) => {
    for (const g of a.gold.entities) {
      if (g.optional) continue;
      all.push({ article, chain: g.chain });
      const s = exactMention(g, a.system.entities);
      if (s) found.push({ article, chain: g.chain, entity: s.entity });
    }
  });
  const articleOf = (f: { article: number }) => f.article;
  const both = crossArticlePairs(found, (f) => JSON.stringify([f.chain, f.entity]), articleOf);
  const systemSame = crossArticlePairs(found, (f) => f.entity, articleOf);
  const goldSame = crossArticlePairs(found, (f) => f.chain, articleOf);
  const goldSameAll = crossArticlePairs(all, (f) => f.chain, articleOf);
  return {
    goldMentions: all.length,
    foundMentions: found.length,
    foundShare: all.length === 0 ? null : found.length / all.length,
    pairs: prf({ tp: both, fp: systemSame - both, fn: goldSame - both }),
    recallOverAllGoldPairs: goldSameAll === 0 ? 1 : both / goldSameAll,
  };
}

/**
 * Maps each system entity id to the gold chain that most of its exactly
 * matching mentions carry (ties go to the alphabetically first chain).
 */
export function chainOfSystemEntities(articles: ReadonlyArray<{ gold: readonly GoldEntity[]; system: readonly SystemEntity[] }>): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const g of a.gold) {
      for (const s of a.system) {
        if (!sameSpan(g, s)) continue;
        const v = votes.get(s.entity) ?? new Map<string, number>();
        v.set(g.chain, (v.get(g.chain) ?? 0) + 1);
        votes.set(s.entity, v);
      }
    }
  }
  const chains = new Map<string, string>();
  for (const [entity, v] of votes) {
    const best = [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0];
    chains.set(entity, best[0]);
  }
  return chains;
}

/** Scores system articles against gold articles, matched by `id`. */
export function scoreCorpus(gold: readonly GoldArticle[], system: readonly SystemArticle[]): EvalSummary {
  const systemById = new Map(system.map((s) => [s.id, s]));
  const goldIds = new Set(gold.map((g) => g.id));
  const articles = gold.map((g) => prepare(g, systemById.get(g.id)));

  let exact = ZERO;
  let span = ZERO;
  let overlap = ZERO;
  let dates = ZERO;
  let claims = ZERO;
  const byType = Object.fromEntries(COARSE_TYPES.map((t) => [t, ZERO])) as Record<CoarseType, Counts>;
  let valueRight = 0;
  let valueTotal = 0;
  let dctRight = 0;
  const claimPairs: Array<[string | null, string | null]> = [];
  const perArticle: ArticleScore[] = [];

  for (const { gold: g, system: s, hasSystemRecord } of articles) {
    const exactMatch = matchItems(g.entities, s.entities, (ge, se) => sameSpan(ge, se) && coarseType(ge.type) === coarseType(se.type));
    exact = addCounts(exact, exactMatch);
    for (const t of COARSE_TYPES) {
      const ofType = matchItems(
        g.entities.filter((e) => coarseType(e.type) === t),
        s.entities.filter((e) => coarseType(e.type) === t),
        sameSpan,
      );
      byType[t] = addCounts(byType[t], ofType);
    }
    span = addCounts(span, matchItems(g.entities, s.entities, sameSpan));
    overlap = addCounts(overlap, matchItems(g.entities, s.entities, overlaps));

    const dateMatch = matchItems(g.timexes, s.dates, overlaps);
    dates = addCounts(dates, dateMatch);
    valueTotal += dateMatch.pairs.length;
    valueRight += dateMatch.pairs.filter(([gd, sd]) => gd.value === sd.value).length;

    const claimMatch = matchItems(g.quotes, s.claims, overlaps);
    claims = addCounts(claims, claimMatch);
    for (const [gq, sc] of claimMatch.pairs) claimPairs.push([gq.speaker, sc.speaker]);

    const dctOk = g.dct === s.dct;
    if (dctOk) dctRight++;
    perArticle.push({
      id: g.id,
      hasSystemRecord,
      entitiesExact: prf(exactMatch),
      datesOverlap: prf(dateMatch),
      claimsOverlap: prf(claimMatch),
      dctRight: dctOk,
    });
  }

  const chains = chainOfSystemEntities(articles.map((a) => ({ gold: a.gold.entities, system: a.system.entities })));
  const speakerRight = claimPairs.filter(([goldSpeaker, systemSpeaker]) =>
    systemSpeaker === null ? goldSpeaker === null : goldSpeaker !== null && chains.get(systemSpeaker) === goldSpeaker,
  ).length;

  return {
    articles: gold.length,
    entities: {
      exact: prf(exact),
      byType: Object.fromEntries(COARSE_TYPES.map((t) => [t, prf(byType[t])])) as Record<CoarseType, Prf>,
      span: prf(span),
      overlap: prf(overlap),
    },
    linking: scoreLinking(articles),
    dates: { overlap: prf(dates), value: ratio(valueRight, valueTotal) },
    claims: { overlap: prf(claims), speaker: ratio(speakerRight, claimPairs.length) },
    dct: ratio(dctRight, gold.length),
    perArticle,
    missingSystem: articles.filter((a) => !a.hasSystemRecord).map((a) => a.gold.id),
    unknownSystem: system.filter((s) => !goldIds.has(s.id)).map((s) => s.id),
  };
}
