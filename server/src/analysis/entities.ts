import type { ArticleStructure, EntityMention } from './types';

// Runs of capitalized words; bounded quantifiers keep it linear on hostile text.
const CAPITALIZED_RUN = /\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,4}\b/g;

/** Finds entity mentions in the article body. */
export function findEntities(text: string, _structure: ArticleStructure): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const m of text.matchAll(CAPITALIZED_RUN)) {
    const start = m.index;
    const words = m[0];
    mentions.push({
      start,
      end: start + words.length,
      text: words,
      type: 'other',
      entity: `other:${words.toLowerCase().replace(/\s+/g, '-')}`,
      canonical: words,
    });
  }
  return mentions;
}
