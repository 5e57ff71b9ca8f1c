import { foldForIdentity } from '../analysis/normalize';

/**
 * Folds text for matching that ignores case and diacritics: "Türkiye",
 * "turkiye" and its mojibake "TÃ¼rkiye" fold alike, as the analysis folds
 * names for identity (one fold for the whole product).
 */
export function fold(text: string): string {
  return foldForIdentity(text);
}

/** Splits folded text into word tokens (letters and digits), in one linear scan. */
export function words(folded: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const c of folded) {
    const code = c.charCodeAt(0);
    const wordChar = code < 0x80 ? (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : /[\p{L}\p{N}]/u.test(c);
    if (wordChar) current += c;
    else if (current) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}
