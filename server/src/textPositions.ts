/**
 * Offset ↔ position conversion for text held outside a TextDocument (the
 * workspace index, semantic tokens): the one place that does it. Offsets and
 * characters count UTF-16 code units, as LSP positions do by default.
 */

/** Offsets where lines start, for `\n`, `\r\n` and `\r` breaks. */
export function lineStartsOf(text: string): Int32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return Int32Array.from(starts);
}

/** The zero-based line holding `offset`. */
export function lineOf(lineStarts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** LSP position (UTF-16) of an offset. */
export function positionOf(lineStarts: Int32Array, offset: number): { line: number; character: number } {
  const line = lineOf(lineStarts, offset);
  return { line, character: offset - lineStarts[line]! };
}
