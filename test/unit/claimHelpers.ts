import assert from 'node:assert/strict';
import type { Analysis } from '../../server/src/analysis/types';

/** A first paragraph that names nobody, so the claim under test is not the article's lead. */
export const BODY = 'Officials met on Monday.\n\n';

/** The claim starting with `words`, with a message listing every claim when there is none. */
export function claimStarting(a: Analysis, words: string): Analysis['claims'][number] {
  const c = a.claims.find((x) => x.text.startsWith(words));
  assert.ok(c, `a claim starts with "${words}"; found ${JSON.stringify(a.claims.map((x) => x.text))}`);
  return c;
}

/** The entity id of the first mention written `name`. */
export const idOf = (a: Analysis, name: string): string | undefined => a.entities.find((m) => m.text === name)?.entity;
