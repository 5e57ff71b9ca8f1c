/** Reading the on-disk caches, which hold typed arrays as raw bytes. */
import * as fs from 'node:fs';

/**
 * Fills `into` from an open file of `size` bytes at offset `at`, reading until it is
 * full; false when the file ends first (a cache cut short), never a partial view.
 */
export function readAt(fd: number, size: number, at: number, into: NodeJS.ArrayBufferView): boolean {
  if (at + into.byteLength > size) return false;
  for (let done = 0; done < into.byteLength; ) {
    const n = fs.readSync(fd, into, done, into.byteLength - done, at + done);
    if (n <= 0) return false;
    done += n;
  }
  return true;
}

/** This machine's byte order: typed arrays are cached as their raw bytes, readable only in the same order. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
