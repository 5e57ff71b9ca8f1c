import { Gap, type Token } from './tokens';

// "the Treaty of Amity and Cooperation in Southeast Asia", "the Convention on the Rights of the Child": a treaty's
// word and its "of" or "on" phrase are one name, an agreement (no body), with the "and" and the "in" of its title.

/** Words that open a treaty's or charter's name before "of" or "on". */
const TREATY_OPENERS = new Set(['treaty', 'convention', 'protocol', 'charter', 'covenant']);

/** Whether token `o` opens a treaty's name: the word in title case, then "of" or "on". */
export function treatyOpens(t: readonly Token[], o: number): boolean {
  const tok = t[o];
  const link = t[o + 1];
  return !!tok && !!link && tok.cap && !tok.upper && TREATY_OPENERS.has(tok.fold) && link.lower && link.gap === Gap.Space && (link.fold === 'of' || link.fold === 'on');
}
