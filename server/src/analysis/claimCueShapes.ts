import type { Attribution } from './claims';

// The shapes of the words around a cue and its speaker that decide whose a sentence is.

/** ", he said." or ", said the director." ending the sentence: a speech verb and its speaker after a comma, nothing after them. */
export function closingSaid(text: string, a: Attribution, end: number): boolean {
  if (a.cue.role !== 'speech' || !a.cue.strong) return false;
  const from = Math.min(a.cue.start, a.ref.span.start);
  const to = Math.max(a.cue.end, a.ref.span.end);
  if (from < 2 || text.charCodeAt(from - 2) !== 0x2c || to > end || end - to > 3) return false;
  for (let i = to; i < end; i++) if (!'. \n\u201d"'.includes(text[i] as string)) return false;
  return true;
}

/** Nothing but an honorific ("Prince", "Dr"), or a quotation the name closes ('"...," Prince'), before a name. */
export function opensWithName(before: string): boolean {
  const t = before.trim();
  if (t === '' || HONORIFICS.has(t.toLowerCase())) return true;
  if (!t.startsWith('"') && !t.startsWith('\u201c')) return false;
  if (closesQuotation(t)) return true;
  const cut = t.lastIndexOf(' ');
  return cut > 0 && HONORIFICS.has(t.slice(cut + 1).toLowerCase()) && closesQuotation(t.slice(0, cut).trimEnd());
}

/** '...,"' or '...?”': words ending in punctuation and a closing quotation mark. */
function closesQuotation(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  return t.length >= 2 && (last === 0x22 || last === 0x201d) && ',.!?'.includes(t.charAt(t.length - 2));
}

/** Words of courtesy before a name that say nothing of a role. */
const HONORIFICS = new Set(['prince', 'princess', 'sheikh', 'sheikha', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame']);
