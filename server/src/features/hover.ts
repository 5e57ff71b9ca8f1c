import type { Hover } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import { escapeMarkdown } from './markdown';

/** Hover card for whatever the analysis found at `offset`. */
export function provideHover(analysis: Analysis, offset: number): Hover | null {
  const entity = analysis.entities.find((e) => e.start <= offset && offset < e.end);
  if (entity) {
    return {
      contents: { kind: 'markdown', value: `**${escapeMarkdown(entity.canonical)}** · ${entity.type}` },
    };
  }
  const date = analysis.dates.find((d) => d.start <= offset && offset < d.end);
  if (date) {
    return { contents: { kind: 'markdown', value: `**${escapeMarkdown(date.text)}** → \`${date.value}\`` } };
  }
  return null;
}
