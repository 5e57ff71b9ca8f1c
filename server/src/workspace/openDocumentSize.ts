/**
 * Whether an open document is small enough to analyse: `articleLens.maxFileSize` holds for the
 * editor's text as it does for the files on disk. Analysing an open document runs on the server's
 * main thread, and a document of tens of megabytes would hold up every other request for a minute.
 */
export class OpenDocumentSize {
  /** The last verdict per document, by version: counting UTF-8 bytes reads the whole text. */
  readonly #verdicts = new Map<string, { version: number; maxBytes: number; fits: boolean }>();
  readonly #tell: (message: string) => void;

  constructor(tell: (message: string) => void) {
    this.#tell = tell;
  }

  fits(uri: string, version: number, text: string, maxBytes: number): boolean {
    // UTF-8 takes at least one byte per UTF-16 unit and at most three.
    if (text.length * 3 <= maxBytes) return true;
    const hit = this.#verdicts.get(uri);
    if (hit && hit.version === version && hit.maxBytes === maxBytes) return hit.fits;
    const fits = text.length <= maxBytes && Buffer.byteLength(text, 'utf8') <= maxBytes;
    if (!fits && !(hit && !hit.fits)) this.#tell(`Not analysing ${uri}: larger than ${maxBytes} bytes (articleLens.maxFileSize)`);
    this.#verdicts.set(uri, { version, maxBytes, fits });
    return fits;
  }

  delete(uri: string): void {
    this.#verdicts.delete(uri);
  }
}
