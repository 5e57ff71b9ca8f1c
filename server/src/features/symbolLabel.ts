import { fold } from '../workspace/textFold';

/**
 * Whether VS Code's symbol picker (Ctrl+T) keeps a symbol named `label` for
 * `query`. The picker filters the server's answer again on its own: the
 * query's characters, lower-cased and without spaces, must occur in order in
 * the label, with no folding of diacritics or aliases.
 */
export function pickerKeeps(label: string, query: string): boolean {
  const l = label.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ' || ch === '\t' || ch === '*') continue;
    at = l.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** `text` without its combining marks: "Erdoğan" → "Erdogan", "Türkiye" → "Turkiye". */
function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * The name to answer a search for `query` with: the entity's `name` where the
 * picker keeps it; otherwise the name with the spelling the search matched in
 * brackets ("Recep Tayyip Erdoğan (Erdogan)", "South Korea (ROK)"), so that an
 * entity found through an alias or without its diacritics is not filtered out
 * of the picker again. `spellings` come most used first.
 */
export function searchLabel(name: string, spellings: Iterable<string>, query: string): string {
  if (!query.trim() || pickerKeeps(name, query)) return name;
  const candidates = [...spellings];
  for (const shown of [(s: string) => s, withoutMarks, fold]) {
    for (const s of candidates) {
      const spelling = shown(s);
      if (spelling !== name && pickerKeeps(spelling, query)) return `${name} (${spelling})`;
    }
  }
  return name;
}
