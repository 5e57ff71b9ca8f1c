import { type LinkContribution, type ShortFormMemo, shortFormsBySpelling, vouchedShortForms } from '../analysis/corpus';
import { type Analysis, ENTITY_TYPES, type EntityMention, type EntityType, type IndexAnalysis } from '../analysis/types';
import { lineStartsOf } from '../textPositions';
import { claimSignatureInto, SIGNATURE_SIZE } from './claimFingerprint';

/** An entity as one article's analysis names it (before corrections and linking). */
export interface RecordEntity {
  id: string;
  type: EntityType;
  canonical: string;
}

/**
 * The compact stored form of one article in the workspace index: what
 * cross-article features need, without the text. Flat arrays and typed
 * arrays, not objects per mention, keep ten thousand of them small and fast
 * to serialize for the on-disk cache.
 */
export interface ArticleRecord {
  uri: string;
  /** File size in bytes and modification time, the cheap half of cache validation. */
  size: number;
  mtimeMs: number;
  /** Content hash, the certain half of cache validation; empty for an editor's unsaved text. */
  hash: string;
  headline: string | null;
  /** The article's date as an open document's analysis gives it: recorded by an analyst, its own, or the collection's. */
  dct: string | null;
  dctSource: Analysis['dctSource'];
  /** The article's own date when it names no year (`XXXX-11-23`), for the collection to complete. */
  openDct: string | null;
  /** The date an analyst recorded for the article when the record was built: a different one now means analysing it again. */
  recordedDate: string | null;
  /** Offsets where lines start (`\n`, `\r\n`, `\r`), for offset → position. */
  lineStarts: Int32Array;
  /** Entities named in this article (id, canonical name, type), referenced by index from `mentions`. */
  entityIds: string[];
  entityCanonicals: string[];
  /** Index into `ENTITY_TYPES` per entity. */
  entityTypes: Uint8Array;
  /** Distinct spellings, referenced by index from `mentions`. */
  spellings: string[];
  /** Four integers per mention, sorted by start: start, end, entity index, spelling index. */
  mentions: Int32Array;
  /** Three integers per claim: start, end, 1 when it has a signature. */
  claimSpans: Int32Array;
  /** `SIGNATURE_SIZE` MinHash values per claim (zeros for claims too short to link). */
  claimSignatures: Uint32Array;
  /**
   * Alias id, full id, ...: the short forms this article vouches for (see
   * `CorpusLinker`), worked out where the article is analysed so that the
   * index only counts them.
   */
  linkAliases: string[];
}

const SPELLING_KEYS = 2 ** 24;

/**
 * The record's contribution to the corpus linker, the same as
 * `linkContributionOf` of the record's mentions without redoing the short
 * forms: each local entity has one id and canonical name, in order of first mention.
 */
export function linkContributionOfRecord(record: ArticleRecord): LinkContribution {
  const names = new Array<string>(record.entityIds.length * 2);
  for (let k = 0; k < record.entityIds.length; k++) {
    names[2 * k] = record.entityIds[k]!;
    names[2 * k + 1] = record.entityCanonicals[k]!;
  }
  return { aliases: record.linkAliases, names };
}

/** Short forms by entity, kept across the records one thread builds: the same names recur in thousands of articles. */
const shortFormMemo: ShortFormMemo = new Map();

/** Replaces each name a record holds (ids, canonical names, spellings, link aliases) by `share`'s copy of it. */
export function shareRecordNames(record: ArticleRecord, share: (s: string) => string): void {
  for (const list of [record.entityIds, record.entityCanonicals, record.spellings, record.linkAliases]) {
    for (let i = 0; i < list.length; i++) list[i] = share(list[i]!);
  }
}

/** The entity at local index `k` of a record. */
export function recordEntity(record: ArticleRecord, k: number): RecordEntity {
  return { id: record.entityIds[k]!, type: ENTITY_TYPES[record.entityTypes[k]!] ?? 'other', canonical: record.entityCanonicals[k]! };
}

export function claimCount(record: ArticleRecord): number {
  return record.claimSpans.length / 3;
}

export function claimSpan(record: ArticleRecord, i: number): { start: number; end: number } {
  return { start: record.claimSpans[i * 3]!, end: record.claimSpans[i * 3 + 1]! };
}

/** The MinHash signature of claim `i`, or null for a claim too short to link. */
export function claimSignatureAt(record: ArticleRecord, i: number): Uint32Array | null {
  if (!record.claimSpans[i * 3 + 2]) return null;
  return record.claimSignatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE);
}

/** A name the analysts declared (or an alias they added): its occurrences become mentions. */
export interface DeclaredName {
  text: string;
  entity: string;
  type: EntityType;
  canonical: string;
}

export const MENTION_STRIDE = 4;

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000)
  );
}

/**
 * Where `name` occurs in `text` as whole words (case-sensitive), by a linear
 * `indexOf` walk.
 */
export function occurrencesOf(text: string, name: string): number[] {
  const out: number[] = [];
  if (!name) return out;
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return out;
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + name.length < text.length ? text.charCodeAt(at + name.length) : 32;
    if (!isWordChar(before) && !isWordChar(after)) out.push(at);
    from = at + 1;
  }
}

interface Mention {
  start: number;
  end: number;
  entity: RecordEntity;
  text: string;
}

/**
 * Mentions of an analysis plus the occurrences of declared names. A declared
 * occurrence at least as long as the analysis mentions it overlaps replaces them
 * (the analyst knows better); a shorter one inside a longer mention is dropped.
 */
export function mentionsWithDeclared(text: string, analysis: IndexAnalysis, declared: readonly DeclaredName[]): Mention[] {
  const mentions: Mention[] = analysis.entities.map((e) => ({
    start: e.start,
    end: e.end,
    text: e.text,
    entity: { id: e.entity, type: e.type, canonical: e.canonical },
  }));
  if (declared.length === 0) return mentions;
  const extra: Mention[] = [];
  for (const d of declared) {
    for (const at of occurrencesOf(text, d.text)) {
      extra.push({ start: at, end: at + d.text.length, text: d.text, entity: { id: d.entity, type: d.type, canonical: d.canonical } });
    }
  }
  if (extra.length === 0) return mentions;
  extra.sort((a, b) => a.start - b.start || b.end - a.end);
  mentions.sort((a, b) => a.start - b.start);
  // One sweep over both sorted lists: analysis mentions do not overlap each other.
  const kept: Mention[] = [];
  const replaced = new Set<number>();
  let lastEnd = -1;
  let j = 0;
  for (const x of extra) {
    if (x.start < lastEnd) continue;
    while (j < mentions.length && mentions[j]!.end <= x.start) j++;
    const overlapping: number[] = [];
    for (let k = j; k < mentions.length && mentions[k]!.start < x.end; k++) overlapping.push(k);
    if (overlapping.some((k) => mentions[k]!.end - mentions[k]!.start > x.end - x.start)) continue;
    for (const k of overlapping) replaced.add(k);
    kept.push(x);
    lastEnd = x.end;
  }
  if (kept.length === 0) return mentions;
  return [...mentions.filter((_, k) => !replaced.has(k)), ...kept].sort((a, b) => a.start - b.start);
}

function flatMention(m: Mention): EntityMention {
  return { start: m.start, end: m.end, text: m.text, entity: m.entity.id, type: m.entity.type, canonical: m.entity.canonical };
}

/** Whether two arrays (plain or typed) hold the same values in the same order. */
export function sameValues(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two records of an article say the same about it (whatever file
 * state each was built from): an article opened or saved as it was indexed
 * then changes no answer about the workspace.
 */
export function sameRecordContent(a: ArticleRecord, b: ArticleRecord): boolean {
  return (
    a.uri === b.uri &&
    a.headline === b.headline &&
    a.dct === b.dct &&
    a.dctSource === b.dctSource &&
    a.openDct === b.openDct &&
    a.recordedDate === b.recordedDate &&
    sameValues(a.lineStarts, b.lineStarts) &&
    sameValues(a.mentions, b.mentions) &&
    sameValues(a.entityIds, b.entityIds) &&
    sameValues(a.entityCanonicals, b.entityCanonicals) &&
    sameValues(a.entityTypes, b.entityTypes) &&
    sameValues(a.spellings, b.spellings) &&
    sameValues(a.claimSpans, b.claimSpans) &&
    sameValues(a.claimSignatures, b.claimSignatures) &&
    sameValues(a.linkAliases, b.linkAliases)
  );
}

/** Builds an article's stored form from its text and analysis. */
export function buildRecord(
  file: { uri: string; size: number; mtimeMs: number; hash: string },
  text: string,
  analysis: IndexAnalysis,
  declared: readonly DeclaredName[] = [],
): ArticleRecord {
  const entityIndex = new Map<string, number>();
  const entityIds: string[] = [];
  const entityCanonicals: string[] = [];
  const types: number[] = [];
  const spellingIndex = new Map<string, number>();
  const spellings: string[] = [];
  // Without declared names the analysis's mentions are the record's, as they are: no copy of each.
  const mentions: readonly EntityMention[] = declared.length === 0 ? analysis.entities : mentionsWithDeclared(text, analysis, declared).map(flatMention);
  const flat = new Int32Array(mentions.length * MENTION_STRIDE);
  // The short forms each (entity, spelling) vouches for, in order of first mention, as `linkContributionOf` gives them.
  if (shortFormMemo.size > 100_000) shortFormMemo.clear();
  const aliases = new Map<string, string>();
  const pairs = new Set<number>();
  const shortForms: (Map<string, readonly string[]> | null)[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const id = m.entity;
    let e = entityIndex.get(id);
    if (e === undefined) {
      e = entityIds.length;
      entityIndex.set(id, e);
      entityIds.push(id);
      entityCanonicals.push(m.canonical);
      types.push(Math.max(0, ENTITY_TYPES.indexOf(m.type)));
      shortForms.push(id.includes('@') ? null : shortFormsBySpelling(shortFormMemo, id, m.canonical));
    }
    let s = spellingIndex.get(m.text);
    if (s === undefined) {
      s = spellings.length;
      spellingIndex.set(m.text, s);
      spellings.push(m.text);
    }
    const byText = shortForms[e];
    const pair = e * SPELLING_KEYS + s;
    if (byText && !pairs.has(pair)) {
      pairs.add(pair);
      const forms = vouchedShortForms(byText, { entity: id, canonical: entityCanonicals[e]!, text: m.text });
      for (const alias of forms) aliases.set(alias, id);
    }
    const at = i * MENTION_STRIDE;
    flat[at] = m.start;
    flat[at + 1] = m.end;
    flat[at + 2] = e;
    flat[at + 3] = s;
  }
  const linkAliases: string[] = [];
  for (const [alias, full] of aliases) linkAliases.push(alias, full);
  const headlineSpan = analysis.structure.headline;
  const headline = headlineSpan ? text.slice(headlineSpan.start, headlineSpan.end).trim().slice(0, 200) || null : null;
  const claimSpans = new Int32Array(analysis.claims.length * 3);
  const claimSignatures = new Uint32Array(analysis.claims.length * SIGNATURE_SIZE);
  analysis.claims.forEach((c, i) => {
    claimSpans[i * 3] = c.start;
    claimSpans[i * 3 + 1] = c.end;
    claimSpans[i * 3 + 2] = claimSignatureInto(text, c.content.start, c.content.end, claimSignatures, i * SIGNATURE_SIZE) ? 1 : 0;
  });
  return {
    ...file,
    headline,
    dct: analysis.dct,
    dctSource: analysis.dctSource,
    openDct: analysis.openDct ?? null,
    recordedDate: analysis.dctSource === 'annotation' ? analysis.dct : null,
    lineStarts: lineStartsOf(text),
    entityIds,
    entityCanonicals,
    entityTypes: Uint8Array.from(types),
    spellings,
    mentions: flat,
    claimSpans,
    claimSignatures,
    linkAliases,
  };
}
