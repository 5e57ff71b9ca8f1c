import { overlapsAny } from './boilerplate';
import { findClaims } from './claims';
import { findDates } from './dates';
import { findEntities } from './entities';
import { withQualifiedSpeakers } from './genericBodies';
import { analyzeStructure, documentDate, openDocumentDate } from './structure';
import type { Analysis, AnalysisOptions, Span } from './types';

/** Analyses one article: text in, structure, entities, dates and claims out. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const structure = analyzeStructure(text);
  const own = documentDate(text, structure);
  const dct = options.documentDate ?? own.date;
  const dctSource = options.documentDate ? (options.documentDateSource ?? 'annotation') : own.source;
  const openDct = own.date === null ? openDocumentDate(structure) : null;
  const outside = (s: Span) => !overlapsAny(structure.boilerplate, s);
  const entities = findEntities(text, structure).filter(outside);
  const dates = findDates(text, structure, dct).filter(outside);
  const claims = withQualifiedSpeakers(text, findClaims(text, structure, entities).filter(outside), entities);
  return { dct, dctSource, ...(openDct ? { openDct } : {}), structure, entities, dates, claims };
}
