import type { WorkspaceIndex } from '../workspace/workspaceIndex';

const SCOPED_TO_ONE_ARTICLE = 'article-';

/**
 * The name to show for an entity in lists and cards: its canonical name, with
 * the country a generic body belongs to ("Ministry of Foreign Affairs
 * (Japan)"), since every country's ministry has the same name. A body known
 * only within one article keeps its bare name: where it is says which.
 */
export function displayNameOf(index: WorkspaceIndex, id: string, canonical = index.canonicalOf(id)): string {
  const at = id.indexOf('@');
  if (at < 0) return canonical;
  const scope = id.slice(at + 1);
  if (!scope || scope.startsWith(SCOPED_TO_ONE_ARTICLE)) return canonical;
  const country = `location:${scope}`;
  const place = index.entity(country) ? index.canonicalOf(country) : scope.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return canonical.includes(place) ? canonical : `${canonical} (${place})`;
}
