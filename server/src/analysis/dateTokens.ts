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

/**
 * One token list's buffers. A list owns its set until released: a second list made while the
 * first is still read (a caption's date inside the article's scan) gets a set of its own.
 */
interface Buffers {
  starts: Int32Array;
  ends: Int32Array;
  flags: Int32Array;
  hashes: Int32Array;
  // Lowercased words by token, valid where the stamp is the current tokenizing's. They grow
  // only as far as words are asked for: a megabyte of punctuation never asks.
  keys: string[];
  keyStamps: Int32Array;
  generation: number;
}

// The sets the last released lists gave back, reused by the next ones to spare the garbage collector
// a few arrays per text; null while a list holds them. Short texts (a line, the words around a year)
// have a set of their own size, so that one never released never takes the article's large set.
let spare: Buffers | null = null;
let spareShort: Buffers | null = null;

/** Texts shorter than this take the short set. */
const SHORT_TEXT = 256;

function newBuffers(size: number): Buffers {
  return { starts: new Int32Array(size), ends: new Int32Array(size), flags: new Int32Array(size), hashes: new Int32Array(size), keys: [], keyStamps: new Int32Array(0), generation: 0 };
}

/** Buffers for a text of `n` characters: a spare set when free, else a new one. */
function takeBuffers(n: number): Buffers {
  if (n < SHORT_TEXT) {
    // A text of n characters has at most n tokens: the short set never grows.
    const b = spareShort ?? newBuffers(SHORT_TEXT);
    spareShort = null;
    return b;
  }
  const b = spare;
  spare = null;
  // A huge article grew the spare set; give the memory back once articles are small again.
  if (b === null || (b.starts.length > 1 << 17 && n < 1 << 16)) return newBuffers(1024);
  return b;
}

function giveBack(b: Buffers): void {
  if (b.starts.length === SHORT_TEXT) spareShort = b;
  else if (spare === null || spare.starts.length < b.starts.length) spare = b;
}

const EMPTY: Buffers = newBuffers(0);

// Lowercased ASCII words by their hash, shared by every call: a word seen before is compared in
// place instead of sliced and lowercased again, and lexicon lookups reuse its string's hash.
const KEY_CACHE_BITS = 12;
const KEY_CACHE_MASK = (1 << KEY_CACHE_BITS) - 1;
const cachedKeys: (string | undefined)[] = new Array<string | undefined>(1 << KEY_CACHE_BITS).fill(undefined);

/** The hash `DateTokens` gives a lowercase word; lexicons are keyed by it. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

export class DateTokens {
  readonly text: string;
  /** How the page writes all-numeric dates, where it tells (see numericDateOrder). */
  dayOrder: 'dmy' | 'mdy' | null = null;
  #count = 0;
  #buffers: Buffers;
  // The set's arrays in fields of their own: read at every token, one step nearer than through the set.
  #starts: Int32Array;
  #ends: Int32Array;
  #flags: Int32Array;
  #hashes: Int32Array;
  readonly #generation: number;

  constructor(text: string) {
    this.text = text;
    const n = text.length;
    const b = takeBuffers(n);
    b.generation = (b.generation + 1) | 0;
    if (b.generation === 0) {
      b.keyStamps.fill(0);
      b.generation = 1;
    }
    this.#generation = b.generation;
    let k = 0;
    let gap = 0;
    let i = 0;
    let st = b.starts;
    let en = b.ends;
    let fl = b.flags;
    let hs = b.hashes;
    const ascii = ASCII_CLASS;
    while (i < n) {
      const code = text.charCodeAt(i);
      const cls = code < 128 ? (ascii[code] as number) : isLetter(code) ? C_LETTER : isSpace(code) ? C_SPACE : C_PUNCT;
      if (cls === C_SPACE) {
        if (code === 10 || code === 13) gap = SPACE_BEFORE | BREAK_BEFORE;
        else gap |= SPACE_BEFORE;
        i++;
        continue;
      }
      if (k === st.length) {
        grow(b, k * 2, k);
        st = b.starts;
        en = b.ends;
        fl = b.flags;
        hs = b.hashes;
      }
      const start = i;
      st[k] = i;
      if (cls === C_DIGIT) {
        i++;
        while (i < n && (text.charCodeAt(i) ^ 48) < 10) i++;
        fl[k] = NUMBER | gap;
        hs[k] = 0;
      } else if (cls === C_LETTER) {
        let h = 0;
        for (; i < n; i++) {
          const c = text.charCodeAt(i);
          if (c < 128 ? ascii[c] !== C_LETTER : !isLetter(c)) break;
          h = (Math.imul(h, 31) + (c | 32)) | 0;
        }
        fl[k] = WORD | gap;
        hs[k] = i - start > MAX_KEY ? 0 : h;
      } else {
        i++;
        fl[k] = PUNCT | gap;
        hs[k] = 0;
      }
      en[k] = i;
      k++;
      gap = 0;
    }
    this.#count = k;
    this.#buffers = b;
    this.#starts = st;
    this.#ends = en;
    this.#flags = fl;
    this.#hashes = hs;
  }

  /**
   * Gives the buffers back for the next list to reuse. Call it once the list is no longer read;
   * after it the list is empty. A list never released is simply collected.
   */
  release(): void {
    const b = this.#buffers;
    if (b === EMPTY) return;
    this.#buffers = EMPTY;
    this.#count = 0;
    this.#starts = this.#ends = this.#flags = this.#hashes = EMPTY.starts;
    giveBack(b);
  }

  get length(): number {
    return this.#count;
  }

  start(i: number): number {
    return this.#starts[i];
  }

  end(i: number): number {
    return this.#ends[i];
  }

  /** The word's hash (0 for long words and other tokens), for lexicon lookups without slicing. */
  hash(i: number): number {
    return i < this.#count ? this.#hashes[i] : 0;
  }

  kind(i: number): number {
    return i >= 0 && i < this.#count ? this.#flags[i] & 3 : -1;
  }

  /** True when token `i` directly touches the token before it. */
  glued(i: number): boolean {
    return i > 0 && i < this.#count && (this.#flags[i] & SPACE_BEFORE) === 0;
  }

  /** True when a line break separates token `i` from the one before. */
  broken(i: number): boolean {
    return i < this.#count && (this.#flags[i] & BREAK_BEFORE) !== 0;
  }

  /** Number of characters between token `i - 1` and token `i`. */
  gapBefore(i: number): number {
    return i > 0 && i < this.#count ? this.#starts[i] - this.#ends[i - 1] : 0;
  }

  /** The lowercased word, or '' for other tokens and long words. */
  key(i: number): string {
    const starts = this.#starts;
    const ends = this.#ends;
    if (i < 0 || i >= this.#count || (this.#flags[i] & 3) !== WORD || ends[i] - starts[i] > MAX_KEY) return '';
    const b = this.#buffers;
    if (i < b.keyStamps.length && b.keyStamps[i] === this.#generation) return b.keys[i] as string;
    const slot = this.#hashes[i] & KEY_CACHE_MASK;
    const cached = cachedKeys[slot];
    let k: string;
    if (cached !== undefined && lowersTo(this.text, starts[i], ends[i], cached)) k = cached;
    else {
      k = this.text.slice(starts[i], ends[i]).toLowerCase();
      if (isAscii(k)) cachedKeys[slot] = k;
    }
    if (i >= b.keyStamps.length) growKeys(b, i + 1);
    b.keys[i] = k;
    b.keyStamps[i] = this.#generation;
    return k;
  }

  /** True when word `i` starts with a capital letter. */
  capitalised(i: number): boolean {
    const code = this.text.charCodeAt(this.#starts[i]);
    return code >= 65 && code <= 90;
  }

  /** True when token `i` is the punctuation mark `ch`. */
  is(i: number, ch: string): boolean {
    return i >= 0 && i < this.#count && (this.#flags[i] & 3) === PUNCT && this.text.charCodeAt(this.#starts[i]) === ch.charCodeAt(0);
  }

  /** The number token's digit count, or 0 for other tokens. */
  digits(i: number): number {
    return i >= 0 && i < this.#count && (this.#flags[i] & 3) === NUMBER ? this.#ends[i] - this.#starts[i] : 0;
  }

  /** The number token's value (at most 4 digits), or -1. */
  num(i: number): number {
    const d = this.digits(i);
    if (d === 0 || d > 4) return -1;
    let v = 0;
    const end = this.#ends[i];
    for (let k = this.#starts[i]; k < end; k++) v = v * 10 + this.text.charCodeAt(k) - 48;
    return v;
  }
}

/** Whether the ASCII word `key` is text[start, end) lowercased (`key` holds letters only). */
function lowersTo(text: string, start: number, end: number, key: string): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if ((text.charCodeAt(start + k) | 32) !== key.charCodeAt(k)) return false;
  return true;
}

function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x80) return false;
  return true;
}

function grow(b: Buffers, size: number, keep: number): void {
  const copy = (a: Int32Array) => {
    const c = new Int32Array(size);
    if (keep > 0) c.set(a.subarray(0, keep));
    return c;
  };
  b.starts = copy(b.starts);
  b.ends = copy(b.ends);
  b.flags = copy(b.flags);
  b.hashes = copy(b.hashes);
}

function growKeys(b: Buffers, min: number): void {
  const stamps = new Int32Array(Math.max(min, b.keyStamps.length * 2, 1024));
  stamps.set(b.keyStamps);
  b.keyStamps = stamps;
  // Pushed one by one so the array stays a packed one, whatever its size.
  while (b.keys.length < stamps.length) b.keys.push('');
}

const C_PUNCT = 0;
const C_SPACE = 1;
const C_DIGIT = 2;
const C_LETTER = 3;

/** Character classes of ASCII, looked up instead of compared in the tokenizer's inner loop. */
const ASCII_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if (c >= 48 && c <= 57) table[c] = C_DIGIT;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) table[c] = C_LETTER;
    else if (c === 32 || (c >= 9 && c <= 13)) table[c] = C_SPACE;
  }
  return table;
})();
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x202f || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/** ASCII letters, and any non-ASCII character outside the punctuation and space blocks. */
function isLetter(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 0xc0) return false;
  return !(code >= 0x2000 && code <= 0x206f) && code !== 0x3000 && code !== 0xfeff && !(code >= 0x3001 && code <= 0x303f) && !(code >= 0xff01 && code <= 0xff0f);
}
