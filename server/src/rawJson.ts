import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type ContentTypeEncoder, type ContentTypeEncoderOptions, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** A piece of JSON text: a string, or its UTF-8 bytes. */
export type JsonPart = string | Uint8Array;

/** The text of a piece. */
export function partText(part: JsonPart): string {
  return typeof part === 'string' ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8');
}

/**
 * An answer whose JSON text the server already holds (the references of a
 * common entity run to megabytes, asked for again and again): a stream
 * transport writes the text as it is instead of serializing the value anew.
 * Any other transport serializes the value it stands for, through `toJSON`.
 */
export class RawJson {
  /** The text in pieces, written one after the other: a spliced answer is never copied whole. */
  readonly parts: readonly JsonPart[];

  constructor(parts: readonly JsonPart[]) {
    this.parts = parts;
  }

  toJSON(): unknown {
    return JSON.parse(this.parts.map(partText).join(''));
  }
}

/**
 * Hands the JSON text `parts` (joined) to the protocol library as an answer of type `T`. Only for
 * connections written through `rawJsonEncoder`: elsewhere the value is parsed
 * back, which costs more than serializing it would have.
 */
export function rawAnswer<T>(parts: readonly JsonPart[]): T {
  return new RawJson(parts) as unknown as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The message as JSON text in pieces, with a raw result written as it is. */
export function encodeMessage(msg: Message): JsonPart[] {
  const m: unknown = msg;
  if (isObject(m) && m.result instanceof RawJson && !('error' in m)) {
    return [`{"jsonrpc":${JSON.stringify(m.jsonrpc)},"id":${JSON.stringify(m.id ?? null)},"result":`, ...m.result.parts, '}'];
  }
  return [JSON.stringify(msg)];
}

function toBuffer(parts: readonly JsonPart[], charset: BufferEncoding, header = false): Buffer {
  // Bytes are UTF-8, the only charset JSON-RPC over stdio uses; other charsets take the text.
  const utf8 = charset === 'utf8' || charset === 'utf-8';
  const pieces = utf8 ? parts : parts.map(partText);
  if (!header && pieces.length === 1 && typeof pieces[0] === 'string') return Buffer.from(pieces[0], charset);
  let size = 0;
  for (const p of pieces) size += typeof p === 'string' ? Buffer.byteLength(p, charset) : p.byteLength;
  const head = header ? `Content-Length: ${size}\r\n\r\n` : '';
  const out = Buffer.allocUnsafe(head.length + size);
  let at = out.write(head, 0, 'latin1');
  for (const p of pieces) {
    if (typeof p === 'string') {
      at += out.write(p, at, charset);
    } else {
      out.set(p, at);
      at += p.byteLength;
    }
  }
  return out;
}

/** The `application/json` encoder of a stream connection that writes `RawJson` results as they are. */
export const rawJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(toBuffer(encodeMessage(msg), options.charset));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};

/** Messages from this size on are written from their pieces (one gathering write of the corked stream), not copied into one buffer first. */
const GATHERED_FROM = 64 * 1024;

/**
 * Writes each message to a stream with its header in one write: the
 * library's writer sends the header and the body apart, a system call and a
 * wake-up of the client more per message, and waits between the two. Writes
 * keep their order, as the stream keeps the order of its writes. Bodies are
 * UTF-8, and `RawJson` results are written as they are; a large one (the
 * references of a common entity) is not copied.
 */
export class FramedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  readonly #out: Writable;
  #errors = 0;

  constructor(out: Writable) {
    super();
    this.#out = out;
    // As the library's writer does: a broken pipe is reported to the connection, never thrown.
    out.on('error', (error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const fail = (error: unknown) => {
        this.fireError(error, msg, ++this.#errors);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const done = (error: Error | null | undefined) => (error ? fail(error) : resolve());
      try {
        const parts = encodeMessage(msg);
        let size = 0;
        for (const p of parts) size += typeof p === 'string' ? Buffer.byteLength(p, 'utf8') : p.byteLength;
        if (size < GATHERED_FROM) {
          this.#out.write(toBuffer(parts, 'utf8', true), done);
          return;
        }
        this.#out.cork();
        this.#out.write(`Content-Length: ${size}\r\n\r\n`, 'latin1');
        parts.forEach((p, i) => {
          const last = i === parts.length - 1;
          if (typeof p === 'string') {
            if (p || last) this.#out.write(p, 'utf8', last ? done : undefined);
          } else if (p.byteLength > 0 || last) {
            this.#out.write(p, last ? done : undefined);
          }
        });
        this.#out.uncork();
      } catch (error) {
        fail(error);
      }
    });
  }

  end(): void {
    this.#out.end();
  }
}
