import type { Analysis, EntityMention } from '../analysis/types';
import { mentionsWithDeclared } from './articleRecord';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * An open document's analysis with the analysts' corrections applied and the
 * workspace's canonical names and types: what tokens, hovers and symbols of
 * that document show, so that they agree with cross-article answers.
 */
export function correctAnalysis(text: string, analysis: Analysis, index: WorkspaceIndex, articlePath: string): Analysis {
  const resolver = index.resolver;
  const entities: EntityMention[] = [];
  for (const m of mentionsWithDeclared(text, analysis, resolver.declaredNames)) {
    const id = resolver.resolve(index.linkedId(m.entity.id), m.text, articlePath);
    if (!id) continue;
    const known = index.entity(id) !== undefined;
    entities.push({
      start: m.start,
      end: m.end,
      text: m.text,
      entity: id,
      type: resolver.typeOf(id) ?? (known ? index.typeOf(id) : m.entity.type),
      canonical: resolver.nameOf(id) ?? (known ? index.canonicalOf(id) : m.entity.canonical),
    });
  }
  const claims = analysis.claims.map((c) => {
    if (!c.speaker) return c;
    const spoken = c.speakerSpan ? text.slice(c.speakerSpan.start, c.speakerSpan.end) : '';
    const speaker = resolver.resolve(index.linkedId(c.speaker), spoken, articlePath);
    return speaker === c.speaker ? c : { ...c, speaker };
  });
  return { ...analysis, entities, claims };
}
