import { Gap, type Token } from './tokens';

// "Dorran's Road", "Velder’s Lane", "the Tenby Farmers’ Market": a street or market named after its owner
// keeps the possessive. The possessive stays in the name only when the street word ends the run of
// capitals: "Ireland's Road Safety Authority" is a country and a body, "Dublin's Grafton Street" a city
// and a street.

/** Street and market words that a possessive names ("Dorran's Road", "Farmers' Market"). */
const POSSESSED_STREETS = new Set([
  'road', 'street', 'lane', 'avenue', 'boulevard', 'drive', 'terrace', 'crescent', 'square', 'row', 'quay', 'wharf', 'bridge', 'market',
]);

/** Whether the capitalized word at `k` is a street word that ends the run (no capitalized word after it). */
export function streetEndsRun(t: readonly Token[], k: number): boolean {
  const head = t[k];
  if (!head || !head.cap || head.upper || !POSSESSED_STREETS.has(head.fold)) return false;
  const after = t[k + 1];
  return !after || !after.cap || after.gap !== Gap.Space;
}

/** Whether the street word at `k` follows a possessive ("Dorran's Road", "Farmers' Market"): the run names a street. */
export function possessedStreet(text: string, t: readonly Token[], k: number): boolean {
  const head = t[k];
  const before = t[k - 1];
  if (!head || !before || !streetEndsRun(t, k)) return false;
  if (before.fold === 's' && before.gap === Gap.Apostrophe && head.gap === Gap.Space) return true;
  return head.gap === Gap.Break && before.fold.endsWith('s') && head.start === before.end + 2 && isApostrophe(text.charCodeAt(before.end));
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}
