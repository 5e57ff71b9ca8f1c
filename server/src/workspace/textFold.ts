const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/**
 * Folds text for matching that ignores case and diacritics: "Türkiye" and
 * "turkiye", "Erdoğan" and "ERDOGAN" fold alike. Letters that do not
 * decompose (ı, ø, ß, ł, ...) are mapped by hand.
 */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose or map: most text is, and this is the cost of every claim signature.
  let ascii = true;
  for (let i = 0; ascii && i < text.length; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.toLowerCase();
  let out = '';
  for (const c of text.normalize('NFD')) {
    const code = c.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += SPECIAL[c] ?? c;
  }
  return out.toLowerCase();
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
