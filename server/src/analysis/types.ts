/**
 * The analysis contract: what the pure core finds in one article.
 *
 * Every offset counts UTF-16 code units into the article's text exactly as
 * read (BOM and CR characters included), `end` exclusive, so that
 * `text.slice(start, end)` is the span's text and the editor, the CLI and the
 * sidecars all agree on positions.
 */

export interface Span {
  start: number;
  end: number;
}

export type EntityType =
  | 'person'
  | 'organization'
  | 'location'
  | 'nationality'
  | 'event'
  | 'facility'
  | 'product'
  | 'other';

export const ENTITY_TYPES: readonly EntityType[] = [
  'person',
  'organization',
  'location',
  'nationality',
  'event',
  'facility',
  'product',
  'other',
];

export interface EntityMention extends Span {
  /** The words as they stand in the article. */
  text: string;
  type: EntityType;
  /**
   * Canonical entity id, equal for every mention of the same real-world
   * entity, across articles too: `type:slug-of-canonical-name`.
   */
  entity: string;
  /** The entity's canonical name ("Recep Tayyip Erdoğan", "South Korea"). */
  canonical: string;
}

export type DateKind = 'date' | 'time' | 'duration' | 'set';

/** How a date's value was obtained, for hover cards and inlay hints. */
export type DateResolution =
  /** The text names the date in full ("2025-11-24"). */
  | 'absolute'
  /** Relative or partial text resolved against the article's date. */
  | 'article-date'
  /** Relative or partial text with no article date: left open (`XXXX-11-24`). */
  | 'unresolved'
  /**
   * A weekday in an article whose dateline names month and day but no year:
   * the lead's first weekday taken to be the dateline's day, the others
   * counted from it (`XXXX-02-01`).
   */
  | 'presumed-weekday'
  /** "last year", "this quarter" in an undated article, counted from the period its lead states ("the second quarter of 2024"). */
  | 'stated-period'
  /** Relative or partial text in an article with no date of its own, resolved against the day its lead photo's caption gives. */
  | 'photo-date';

export interface DateMention extends Span {
  text: string;
  kind: DateKind;
  /** TIMEX3-style value: `2025-11-24`, `2025-06`, `XXXX-11-24`, `1950/1953`, `P2D`. */
  value: string;
  resolution: DateResolution;
}

export type ClaimKind = 'quote' | 'reported' | 'agreement';

export interface Claim extends Span {
  /** The whole attributed statement, cue and speaker included. */
  text: string;
  kind: ClaimKind;
  /** The quoted or reported content alone, without cue and speaker. */
  content: Span;
  /** The reporting verb or phrase ("said", "according to"), if any. */
  cue: (Span & { text: string }) | null;
  /** Entity id of the speaker, or null when the text does not say or it is a group. */
  speaker: string | null;
  /** The words that name the speaker for this claim (a name, a role noun, a pronoun). */
  speakerSpan: Span | null;
}

export interface Dateline extends Span {
  place: (Span & { text: string }) | null;
  date: (Span & { text: string }) | null;
  source: (Span & { text: string }) | null;
}

export interface ArticleStructure {
  headline: Span | null;
  /** A header line such as ` date 2025-11-24 403`. */
  header: Span | null;
  dateline: Dateline | null;
  /** Regions that are not article content: navigation, disclaimers, tracking codes. */
  boilerplate: Span[];
  /** How the page writes all-numeric dates ("06/03/2024"), where it tells: day or month first. */
  dayOrder?: 'dmy' | 'mdy' | null;
}

export interface AnalysisOptions {
  /**
   * The article's date as ISO `YYYY-MM-DD` when known from outside the text
   * (an analyst's annotation); it takes precedence over the text's own.
   */
  documentDate?: string | null;
  /**
   * Where `documentDate` comes from: an analyst's annotation (the default) or
   * the dates of the collection the article was analysed with.
   */
  documentDateSource?: 'annotation' | 'collection';
}

export interface Analysis {
  /** The article's own date (document creation time), ISO `YYYY-MM-DD`, or null. */
  dct: string | null;
  /** Where `dct` came from. */
  dctSource: 'header' | 'dateline' | 'text' | 'annotation' | 'collection' | null;
  /**
   * The article's own date when it states month and day but no year (a
   * dateline "Johannesburg, Nov 23"), as `XXXX-MM-DD`; absent otherwise. A
   * caller that analyses a collection can give it a year from the others.
   */
  openDct?: string | null;
  structure: ArticleStructure;
  entities: EntityMention[];
  dates: DateMention[];
  claims: Claim[];
}

/**
 * What the workspace index keeps of an article: no dates (only an open
 * article shows them) and claims whose speakers are not yet qualified by the
 * article's generic bodies (the index stores claims' spans, not speakers).
 */
export type IndexAnalysis = Omit<Analysis, 'dates'>;
