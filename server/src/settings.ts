/** The extension's settings as the server reads them, with their defaults. */
export interface ArticleLensSettings {
  /**
   * Globs (relative to a workspace folder) of the files that are articles.
   * Empty means the automatic rule of `articleFiles.ts`.
   */
  corpus: string[];
  /** Files larger than this many bytes are not analysed. */
  maxFileSize: number;
  /** Where entity mention counts appear as code lenses. */
  entityMentionLenses: EntityMentionLenses;
}

/**
 * `headline`: one lens line on the headline with the article's most mentioned
 * entities; `firstMention`: a lens above each entity's first mention; `off`: none.
 */
export type EntityMentionLenses = 'headline' | 'firstMention' | 'off';

const ENTITY_MENTION_LENSES: readonly EntityMentionLenses[] = ['headline', 'firstMention', 'off'];

export const DEFAULT_SETTINGS: ArticleLensSettings = {
  corpus: [],
  // An open document is analysed on the main thread (about 0.4 s a MB): 4 MiB keeps any wait under two seconds.
  maxFileSize: 4 * 1024 * 1024,
  entityMentionLenses: 'headline',
};

/** Reads an untrusted settings object into typed settings, falling back to defaults. */
export function parseSettings(raw: unknown): ArticleLensSettings {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const corpus = Array.isArray(source.corpus) ? source.corpus.filter((g): g is string => typeof g === 'string') : [];
  const maxFileSize =
    typeof source.maxFileSize === 'number' && Number.isFinite(source.maxFileSize) && source.maxFileSize > 0
      ? source.maxFileSize
      : DEFAULT_SETTINGS.maxFileSize;
  const codeLens = (typeof source.codeLens === 'object' && source.codeLens !== null ? source.codeLens : {}) as Record<string, unknown>;
  const lenses = codeLens.entityMentions;
  const entityMentionLenses = ENTITY_MENTION_LENSES.find((l) => l === lenses) ?? DEFAULT_SETTINGS.entityMentionLenses;
  return { corpus, maxFileSize, entityMentionLenses };
}
