import type { Scan } from './entityScan';
import type { Candidate } from './identity';
import type { Line, Token } from './tokens';

// A title-case heading capitalizes every word, so its names cannot be told from its verbs by their
// capitals ("Kuwait Oil Company To Cut Gas Flaring", "As UNEP Warns Over Shrinking Tana River").
// The story below names them in running text: a name found there is the same name in the heading.

/** Most words of a name looked for in a heading. */
const MAX_HEADING_NAME = 6;

/** Names the body of the article gives in full, found again in its title-case or all-caps headings. */
export function headingNames(s: Scan): void {
  const t = s.t;
  // Only a name whose first word opens a capitalized word of a heading can be found there: most are sliced for no heading.
  const headingWords = new Set<string>();
  const lines = s.tk.lines;
  // Line by line: a few heading lines' tokens are read, not every token of the story.
  for (let l = 0; l < lines.length; l++) {
    if (!(lines[l] as Line).titleCase) continue;
    for (let k = (lines[l] as Line).firstToken; k < t.length && (t[k] as Token).line === l; k++) if ((t[k] as Token).cap) headingWords.add((t[k] as Token).fold);
  }
  if (headingWords.size === 0) return;
  let names: Map<string, Candidate> | undefined;
  for (const c of s.out) {
    const line = s.tk.lines[(t[c.first] as Token).line];
    // A body's name of several words, or its acronym: one word alone may be a heading's verb elsewhere.
    if (!line || line.titleCase || line.allCaps) continue;
    // A one-word club or firm is found too ("Harbury Down Kelvo"), where the text never writes it in lowercase.
    const word = c.last === c.first && !(t[c.first] as Token).upper;
    if (word ? c.type !== 'organization' || (c.status !== 'strong' && c.status !== 'guess') || s.tk.lowercaseWords.has((t[c.first] as Token).fold) : c.status !== 'strong' && c.status !== 'acronym') continue;
    if (!headingWords.has((t[c.first] as Token).fold)) continue;
    const key = s.text.slice(c.start, c.end);
    if (!names?.has(key)) (names ??= new Map()).set(key, c);
  }
  if (!names) return;
  const found: Candidate[] = [];
  for (let l = 0; l < lines.length; l++) {
    if ((lines[l] as Line).titleCase) headingLineNames(s, names, l, found);
  }
  if (found.length === 0) return;
  const kept = s.out.filter((c) => !overlapsAny(found, c));
  s.out = [...kept, ...found].sort((x, y) => x.start - y.start);
}

/** The names the story gives, found in heading line `l`, longest first at each word. */
function headingLineNames(s: Scan, names: ReadonlyMap<string, Candidate>, l: number, found: Candidate[]): void {
  const t = s.t;
  for (let k = (s.tk.lines[l] as Line).firstToken; k < t.length && (t[k] as Token).line === l; k++) {
    const tok = t[k] as Token;
    if (!tok.cap) continue;
    let best: Candidate | undefined;
    let bestLast = -1;
    for (let n = 0; n < MAX_HEADING_NAME && k + n < t.length && (t[k + n] as Token).line === tok.line; n++) {
      const name = names.get(s.text.slice(tok.start, (t[k + n] as Token).end));
      if (name) {
        best = name;
        bestLast = k + n;
      }
    }
    if (!best) continue;
    const last = t[bestLast] as Token;
    found.push({ first: k, last: bestLast, start: tok.start, end: last.end, type: best.type, status: 'strong', id: best.id, canonical: best.canonical });
    k = bestLast;
  }
}

/** Whether `c` overlaps one of `spans`, which are in text order and apart: a binary search, as headings can be many. */
function overlapsAny(spans: readonly Candidate[], c: Candidate): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Candidate).end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && (spans[lo] as Candidate).start < c.end;
}
