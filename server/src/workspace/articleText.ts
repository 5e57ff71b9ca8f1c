/** Why a file's bytes were not taken as an article's text. */
export type UnreadableReason = 'binary' | 'invalid-utf8' | 'too-large';

export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: UnreadableReason; message: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns a file's bytes into article text the way an editor shows it: UTF-8,
 * a leading byte-order mark dropped, line endings kept as they are (so offsets
 * count a CRLF as two code units, as the editor's own offsets do).
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = Number.POSITIVE_INFINITY): DecodedArticle {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: 'too-large', message: `larger than ${maxBytes} bytes (articleLens.maxFileSize)` };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, reason: 'invalid-utf8', message: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
