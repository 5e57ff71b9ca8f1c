import nlp from 'compromise';

/** An entity compromise found, mapped to the analysis's types and UTF-16 offsets. */
export interface CompromiseEntity {
  start: number;
  end: number;
  text: string;
  type: 'person' | 'location' | 'organization';
}

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

interface OffsetView {
  json(options: { offset: true }): unknown;
}

// Characters compromise leaves at the edges of a match ("Google,", "Lee.").
const EDGE = /[\s.,;:!?"'“”‘’()[\]]/;

/**
 * People, places and organisations as compromise finds them. Punctuation it
 * leaves at a match's edges is trimmed, which can only help its scores.
 */
export function compromiseEntities(text: string): CompromiseEntity[] {
  const doc = nlp(text);
  const out: CompromiseEntity[] = [];
  const take = (view: OffsetView, type: CompromiseEntity['type']) => {
    for (const m of view.json({ offset: true }) as CompromiseMatch[]) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (start < end && EDGE.test(text.charAt(start))) start++;
      while (end > start && EDGE.test(text.charAt(end - 1))) end--;
      // a trailing possessive belongs to the grammar, not the name
      if (text.slice(end - 2, end) === "'s" || text.slice(end - 2, end) === '’s') end -= 2;
      if (end > start) out.push({ start, end, text: text.slice(start, end), type });
    }
  };
  take(doc.people(), 'person');
  take(doc.places(), 'location');
  take(doc.organizations(), 'organization');
  return out.sort((a, b) => a.start - b.start);
}
