/** The extension's settings as the server reads them, with their defaults. */
export interface ArticleLensSettings {
  /**
   * Globs (relative to a workspace folder) of the files that are articles.
   * Empty means the automatic rule of `articleFiles.ts`.
   */
  corpus: string[];
  /** Files larger than this many bytes are not analysed. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: ArticleLensSettings = {
  corpus: [],
  maxFileSize: 32 * 1024 * 1024,
};

/** Reads an untrusted settings object into typed settings, falling back to defaults. */
export function parseSettings(raw: unknown): ArticleLensSettings {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const corpus = Array.isArray(source.corpus) ? source.corpus.filter((g): g is string => typeof g === 'string') : [];
  const maxFileSize =
    typeof source.maxFileSize === 'number' && Number.isFinite(source.maxFileSize) && source.maxFileSize > 0
      ? source.maxFileSize
      : DEFAULT_SETTINGS.maxFileSize;
  return { corpus, maxFileSize };
}
