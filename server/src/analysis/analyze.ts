import { overlapsAny } from './boilerplate';
import { findClaims } from './claims';
import { findDates } from './dates';
import { findEntities } from './entities';
import { withoutModelYears } from './modelNames';
import { withQualifiedSpeakers } from './genericBodies';
import { analyzeStructure, documentDate, openDocumentDate } from './structure';
import type { Analysis, AnalysisOptions, ArticleStructure, IndexAnalysis, Span } from './types';

/** Analyses one article: text in, structure, entities, dates and claims out. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const { dct, dctSource, openDct, structure, entities, claims } = analyzeForIndex(text, options);
  const dates = withoutModelYears(findDates(text, structure, dct).filter(outside(structure)), entities);
  return { dct, dctSource, ...(openDct ? { openDct } : {}), structure, entities, dates, claims: withQualifiedSpeakers(text, claims, entities, structure.dateline?.place ?? null) };
}

/**
 * The part of `analyze` the workspace index stores, for indexing thousands of
 * articles: the dates are about a seventh of the analysis's time, and an
 * article's dates are found again when it is opened.
 */
export function analyzeForIndex(text: string, options: AnalysisOptions = {}): IndexAnalysis {
  const structure = analyzeStructure(text);
  const own = documentDate(text, structure);
  const dct = options.documentDate ?? own.date;
  const dctSource = options.documentDate ? (options.documentDateSource ?? 'annotation') : own.source;
  const openDct = own.date === null ? openDocumentDate(structure) : null;
  const isOutside = outside(structure);
  const entities = findEntities(text, structure).filter(isOutside);
  const claims = findClaims(text, structure, entities).filter(isOutside);
  return { dct, dctSource, ...(openDct ? { openDct } : {}), structure, entities, claims };
}

function outside(structure: ArticleStructure): (s: Span) => boolean {
  return (s) => !overlapsAny(structure.boilerplate, s);
}
