import type { Span } from './types';

/** One line of the article: `end` excludes the line break and a trailing CR. */
export type Line = Span;

/** The article's lines, at most `limit` of them, in one pass. */
export function splitLines(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length && lines.length < limit) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end });
    start = nl + 1;
  }
  return lines;
}

/** Space, tab, CR, NBSP, BOM and the other Unicode spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0 || code === 0xfeff || code === 0x3000 ||
    code === 0x200b || code === 0x202f || code === 0x205f || code === 11 || code === 12 || (code >= 0x2000 && code <= 0x200a)
  );
}

/** The line with surrounding spaces removed; an empty span at the line start for a blank line. */
export function trimmedSpan(text: string, line: Line): Span {
  let start = line.start;
  let end = line.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function isBlankLine(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The trimmed text of a line, or null when it is longer than `max` (long lines are never chrome). */
export function shortLineText(text: string, line: Line, max: number): string | null {
  const span = trimmedSpan(text, line);
  return span.end - span.start > max ? null : text.slice(span.start, span.end);
}
