import { foldForIdentity } from '../analysis/normalize';

/**
 * Folds text for matching that ignores case and diacritics: "Türkiye",
 * "turkiye" and its mojibake "TÃ¼rkiye" fold alike, as the analysis folds
 * names for identity (one fold for the whole product).
 */
export function fold(text: string): string {
  return foldForIdentity(text);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Splits folded text into word tokens (letters and digits), in one linear scan. */
export function words(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const code = folded.charCodeAt(i);
    let width = 1;
    let wordChar: boolean;
    if (code < 0x80) {
      wordChar = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    } else {
      // Whole code points, as iterating the string gives them: a surrogate pair is one letter or none.
      const point = folded.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      wordChar = WORD_CHAR.test(String.fromCodePoint(point));
    }
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(folded.slice(start));
  return out;
}
