import { DEFAULT_CORPUS_OPTIONS, generateCorpus } from './generateCorpus';

/** Inputs for the linearity and hostile-text measurements, each about `megabytes` MB of UTF-8. */
export type InputKind =
  | 'articles'
  | 'single-line'
  | 'capital-letters'
  | 'capitalized-words'
  | 'upper-case-words'
  | 'quote-marks'
  | 'quotes-and-words'
  | 'abbreviations';

export const INPUT_DESCRIPTIONS: Record<InputKind, string> = {
  articles: 'generated articles joined into one file',
  'single-line': 'the same text with every line break turned into a space',
  'capital-letters': '"AAAA…": capitals, no space or line break',
  'capitalized-words': '"Ankara Seoul Kim …": one endless run of capitalised words',
  'upper-case-words': '"ANKARA SEOUL KIM …": upper-case words',
  'quote-marks': '"""": nothing but double quotes',
  'quotes-and-words': "'\"Lee said \"that …': quotes opened and never closed",
  abbreviations: '"U.S. U.S. …": abbreviation after abbreviation',
};

const WORDS = ['Ankara', 'Seoul', 'Kim', 'Lee', 'Erdogan', 'Korea', 'President', 'Minister', 'Agency', 'Nov', 'Monday', 'South', 'United', 'Nations'];

/** Builds one input of about `megabytes` MB (10^6 bytes). */
export function buildInput(kind: InputKind, megabytes: number): string {
  const bytes = Math.round(megabytes * 1e6);
  switch (kind) {
    case 'articles':
      return articlesText(bytes);
    case 'single-line':
      return articlesText(bytes).replace(/\r?\n/g, ' ');
    case 'capital-letters':
      return 'A'.repeat(bytes);
    case 'capitalized-words':
      return repeatWords(bytes, (w) => w);
    case 'upper-case-words':
      return repeatWords(bytes, (w) => w.toUpperCase());
    case 'quote-marks':
      return '"'.repeat(bytes);
    case 'quotes-and-words':
      return repeatWords(bytes, (w, i) => (i % 2 ? `"${w.toLowerCase()}` : `${w} said`));
    case 'abbreviations':
      return 'U.S. '.repeat(Math.ceil(bytes / 5)).slice(0, bytes);
  }
}

function articlesText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const a of generateCorpus(0, Number.MAX_SAFE_INTEGER, DEFAULT_CORPUS_OPTIONS)) {
    if (size >= bytes) break;
    parts.push(a.text);
    size += Buffer.byteLength(a.text, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

function repeatWords(bytes: number, shape: (word: string, i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = shape(WORDS[(i * 7 + (i >> 3)) % WORDS.length]!, i);
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
}
