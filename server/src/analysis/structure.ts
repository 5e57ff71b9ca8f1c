import type { ArticleStructure } from './types';

/** Finds headline, header line, dateline and boilerplate regions. */
export function analyzeStructure(text: string): ArticleStructure {
  const firstLineEnd = text.indexOf('\n');
  const end = firstLineEnd < 0 ? text.length : firstLineEnd;
  return {
    headline: end > 0 ? { start: 0, end } : null,
    header: null,
    dateline: null,
    boilerplate: [],
  };
}

/** The article's own date from its structure, ISO `YYYY-MM-DD`, or null. */
export function documentDateOf(_text: string, _structure: ArticleStructure): string | null {
  return null;
}
