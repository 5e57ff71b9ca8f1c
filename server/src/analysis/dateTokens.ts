/**
 * A one-pass tokenizer for the date extractor: runs of letters, runs of
 * digits and single punctuation marks, with whether a space or a line break
 * separates each from the one before. Date rules then match short token
 * sequences instead of running regular expressions over the whole text.
 */

export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;

const SPACE_BEFORE = 4;
const BREAK_BEFORE = 8;

/** Words longer than this are never date words; they are not lowercased. */
const MAX_KEY = 12;

export class DateTokens {
  readonly text: string;
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly #flags: number[] = [];
  readonly #keys: (string | undefined)[] = [];

  constructor(text: string) {
    this.text = text;
    let gap = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isDigit(code)) {
        const s = i;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        this.#push(s, i, NUMBER | gap);
        gap = 0;
      } else if (isLetter(code)) {
        const s = i;
        while (i < n && isLetter(text.charCodeAt(i))) i++;
        this.#push(s, i, WORD | gap);
        gap = 0;
      } else if (isSpace(code)) {
        gap |= code === 10 || code === 13 ? SPACE_BEFORE | BREAK_BEFORE : SPACE_BEFORE;
        i++;
      } else {
        this.#push(i, i + 1, PUNCT | gap);
        gap = 0;
        i++;
      }
    }
  }

  #push(s: number, e: number, flags: number): void {
    this.start.push(s);
    this.end.push(e);
    this.#flags.push(flags);
  }

  get length(): number {
    return this.start.length;
  }

  kind(i: number): number {
    return i < this.start.length ? this.#flags[i] & 3 : -1;
  }

  /** True when token `i` directly touches the token before it. */
  glued(i: number): boolean {
    return i > 0 && i < this.start.length && (this.#flags[i] & SPACE_BEFORE) === 0;
  }

  /** True when a line break separates token `i` from the one before. */
  broken(i: number): boolean {
    return i < this.start.length && (this.#flags[i] & BREAK_BEFORE) !== 0;
  }

  /** Number of characters between token `i - 1` and token `i`. */
  gapBefore(i: number): number {
    return i > 0 && i < this.start.length ? this.start[i] - this.end[i - 1] : 0;
  }

  /** The lowercased word, or '' for other tokens and long words. */
  key(i: number): string {
    if (i >= this.start.length || (this.#flags[i] & 3) !== WORD) return '';
    let k = this.#keys[i];
    if (k === undefined) {
      const len = this.end[i] - this.start[i];
      k = len > MAX_KEY ? '' : this.text.slice(this.start[i], this.end[i]).toLowerCase();
      this.#keys[i] = k;
    }
    return k;
  }

  /** True when word `i` starts with a capital letter. */
  capitalised(i: number): boolean {
    const code = this.text.charCodeAt(this.start[i]);
    return code >= 65 && code <= 90;
  }

  /** True when token `i` is the punctuation mark `ch`. */
  is(i: number, ch: string): boolean {
    return i < this.start.length && (this.#flags[i] & 3) === PUNCT && this.text[this.start[i]] === ch;
  }

  /** The number token's digit count, or 0 for other tokens. */
  digits(i: number): number {
    return i < this.start.length && (this.#flags[i] & 3) === NUMBER ? this.end[i] - this.start[i] : 0;
  }

  /** The number token's value (at most 4 digits), or -1. */
  num(i: number): number {
    const d = this.digits(i);
    return d === 0 || d > 4 ? -1 : Number(this.text.slice(this.start[i], this.end[i]));
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x202f || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/** ASCII letters, and any non-ASCII character outside the punctuation and space blocks. */
function isLetter(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 0xc0) return false;
  return !(code >= 0x2000 && code <= 0x206f) && code !== 0x3000 && code !== 0xfeff && !(code >= 0x3001 && code <= 0x303f) && !(code >= 0xff01 && code <= 0xff0f);
}
