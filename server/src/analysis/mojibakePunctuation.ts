/**
 * Punctuation of UTF-8 text decoded as Windows-1252 or Latin-1 ("â€œ" for “, "â€™" for ’),
 * common in scraped news. Claims are read on a copy with each such sequence turned back
 * into its mark, padded with zero-width spaces to the same length so offsets hold: an
 * opening mark keeps its place beside the word after it, any other beside the word before.
 */

const ZWSP = '\u200b';

/** The mark a sequence's third code unit stands for, with whether it opens. */
const THIRD: ReadonlyMap<number, { mark: string; opens: boolean }> = new Map([
  [0x0153, { mark: '\u201c', opens: true }], // â€œ → “
  [0x009c, { mark: '\u201c', opens: true }],
  [0x009d, { mark: '\u201d', opens: false }], // â€ + an undefined byte → ”
  [0xfffd, { mark: '\u201d', opens: false }],
  [0x2122, { mark: '\u2019', opens: false }], // â€™ → ’
  [0x0099, { mark: '\u2019', opens: false }],
  [0x02dc, { mark: '\u2018', opens: true }], // â€˜ → ‘
  [0x0098, { mark: '\u2018', opens: true }],
  [0x201d, { mark: '\u2014', opens: false }], // â€” → —
  [0x0094, { mark: '\u2014', opens: false }],
  [0x201c, { mark: '\u2013', opens: false }], // â€“ → –
  [0x0093, { mark: '\u2013', opens: false }],
  [0x00a6, { mark: '\u2026', opens: false }], // â€¦ → …
]);

/** The text with mojibake punctuation repaired in place (same length); the text itself when it has none. */
export function foldMojibakePunctuation(text: string): string {
  let i = text.indexOf('\u00e2');
  if (i < 0) return text;
  let out = '';
  let from = 0;
  for (; i >= 0 && i + 1 < text.length; i = text.indexOf('\u00e2', i + 1)) {
    const second = text.charCodeAt(i + 1);
    if (second !== 0x20ac && second !== 0x80) continue;
    const third = THIRD.get(i + 2 < text.length ? text.charCodeAt(i + 2) : -1);
    if (third) {
      out += text.slice(from, i) + (third.opens ? ZWSP + ZWSP + third.mark : third.mark + ZWSP + ZWSP);
      from = i + 3;
      i += 2;
    } else if (i + 2 >= text.length || !isLetterOrDigit(text.charCodeAt(i + 2))) {
      // The closing quote's last byte was dropped: "â€" before a space or a mark.
      out += text.slice(from, i) + '\u201d' + ZWSP;
      from = i + 2;
      i += 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}
