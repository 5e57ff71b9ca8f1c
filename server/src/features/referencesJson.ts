import type { Location } from 'vscode-languageserver';
import type { JsonPart } from '../rawJson';
import { lineOf } from '../textPositions';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** One entity's references as UTF-8 JSON, with where each article's stretch of it lies. */
interface Serialized {
  version: number;
  /** How often it was asked for: what decides which answers stay. */
  asks: number;
  /** The articles, in uri order. */
  uris: string[];
  /** Where each article's locations start and end in `bytes` (commas between articles lie outside). */
  starts: Int32Array;
  ends: Int32Array;
  /** The array's elements, without the brackets. */
  bytes: Uint8Array;
}

/** Bytes of JSON kept in all, outside the JavaScript heap: the answers for the most asked entities, about 150 per location. */
const DEFAULT_BUDGET = 24_000_000;
/** Answers this short are rebuilt every time: cheaper than the bookkeeping. */
const KEPT_FROM = 20_000;

/** Bytes a location takes at least (a one-letter uri, one-digit numbers): an entity this many times below `KEPT_FROM` is not readied. */
const MIN_LOCATION_BYTES = 70;
/** Share of the budget that answers readied before anyone asks may take. */
const READY_SHARE = 0.5;
/** Articles written between two looks at the clock while readying. */
const READY_ARTICLES = 64;

const ASCII = (text: string) => Buffer.from(text, 'latin1');
const AFTER_START_LINE = ASCII(',"character":');
const AFTER_START_CHARACTER = ASCII('},"end":{"line":');
const AFTER_END_CHARACTER = ASCII('}}}');
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * Writes locations as JSON straight into bytes: a common entity has
 * thousands, and building strings for them costs more than their search.
 */
class LocationWriter {
  bytes: Buffer;
  at = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(Math.max(capacity, 256));
  }

  #room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + n));
    this.bytes.copy(grown, 0, 0, this.at);
    this.bytes = grown;
  }

  #constant(c: Buffer): void {
    const out = this.bytes;
    let at = this.at;
    for (let i = 0; i < c.length; i++) out[at++] = c[i]!;
    this.at = at;
  }

  #int(n: number): void {
    let digits = 1;
    for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let v = n;
    do {
      this.bytes[--at] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
  }

  /** One article's locations, each `{"uri":…,"range":…}`, commas between them. */
  article(uri: string, lineStarts: Int32Array, spans: readonly number[], count: number): void {
    const head = `{"uri":${JSON.stringify(uri)},"range":{"start":{"line":`;
    // Uris are percent-encoded, so one byte per character; anything else takes the general path.
    const ascii = ASCII_ONLY.test(head);
    const headBytes = ascii ? head.length : Buffer.byteLength(head);
    // A location is the head, four numbers of at most ten digits and the constants.
    this.#room((count / 2) * (headBytes + 100));
    const out = this.bytes;
    let headAt = -1;
    for (let i = 0; i < count; i += 2) {
      const start = spans[i]!;
      const end = spans[i + 1]!;
      const sl = lineOf(lineStarts, start);
      const next = lineStarts[sl + 1];
      const el = next !== undefined && next <= end ? lineOf(lineStarts, end) : sl;
      if (i > 0) out[this.at++] = 44;
      if (headAt < 0) {
        headAt = this.at;
        this.at += out.write(head, this.at, ascii ? 'latin1' : 'utf8');
      } else {
        out.copyWithin(this.at, headAt, headAt + headBytes);
        this.at += headBytes;
      }
      this.#int(sl);
      this.#constant(AFTER_START_LINE);
      this.#int(start - lineStarts[sl]!);
      this.#constant(AFTER_START_CHARACTER);
      this.#int(el);
      this.#constant(AFTER_START_LINE);
      this.#int(end - lineStarts[el]!);
      this.#constant(AFTER_END_CHARACTER);
    }
  }

  comma(): void {
    this.#room(1);
    this.bytes[this.at++] = 44;
  }
}

/** One entity's answer being written, a stretch of its articles at a time. */
class AnswerBuilder {
  readonly id: string;
  readonly version: number;
  readonly writer: LocationWriter;
  /** Readied for an open article (see `ReferencesJson.setOpen`), or else where it stands in the queue of all entities. */
  front = false;
  queued = -1;
  readonly #index: WorkspaceIndex;
  readonly #uris: string[] = [];
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  /** Articles visited so far. */
  #next = 0;

  constructor(index: WorkspaceIndex, id: string, version: number) {
    this.#index = index;
    this.id = id;
    this.version = version;
    this.writer = new LocationWriter((index.entity(id)?.mentions ?? 0) * 160);
  }

  /** Writes up to `articles` more articles; true once every one is written. */
  advance(articles: number): boolean {
    const writer = this.writer;
    const total = this.#index.visitMentionSpans(
      this.id,
      (uri, lineStarts, spans, count) => {
        if (count === 0) return;
        if (this.#uris.length > 0) writer.comma();
        this.#uris.push(uri);
        this.#starts.push(writer.at);
        writer.article(uri, lineStarts, spans, count);
        this.#ends.push(writer.at);
      },
      this.#next,
      this.#next + articles,
    );
    this.#next = Math.min(this.#next + articles, total);
    return this.#next >= total;
  }

  /** The answer written; a kept one gets a buffer of its own size, another is written once and let go. */
  finish(asks: number, kept: boolean): Serialized {
    const size = this.writer.at;
    const bytes = kept ? new Uint8Array(this.writer.bytes.subarray(0, size)) : this.writer.bytes.subarray(0, size);
    return { version: this.version, asks, uris: this.#uris, starts: Int32Array.from(this.#starts), ends: Int32Array.from(this.#ends), bytes };
  }
}

/**
 * References answers written straight from the index as UTF-8 JSON, the
 * largest kept (until their entity changes) within a byte budget: a common
 * entity's answer is megabytes that would otherwise be built as objects and
 * serialized again on every request.
 */
export class ReferencesJson {
  readonly #index: WorkspaceIndex;
  readonly #budget: number;
  /** Oldest asked first. */
  readonly #kept = new Map<string, Serialized>();
  #keptBytes = 0;
  /** How often each entity not kept was asked for (bounded: a count only decides between big answers). */
  readonly #asks = new Map<string, number>();
  /** The entities to ready, most mentioned first, and the next to take. */
  #readyQueue: string[] | null = null;
  #readyNext = 0;
  /** An answer being readied, part written. */
  #building: AnswerBuilder | null = null;
  /** The articles open in the editor, most recently opened first. */
  #open: readonly string[] = [];
  /** Their entities still to ready, next last, and the index generation they were listed at. */
  #front: string[] = [];
  #frontOf = new Set<string>();
  #frontAt = -1;

  constructor(index: WorkspaceIndex, budget = DEFAULT_BUDGET) {
    this.#index = index;
    this.#budget = budget;
  }

  /**
   * The JSON array of every location of entity `id`, in uri then position
   * order, in pieces to write one after the other; when `open` is given, that
   * article's locations are replaced by it (the live text of an open document
   * may be ahead of the index).
   */
  parts(id: string, open: { uri: string; locations: readonly Location[] } | null = null): JsonPart[] {
    const { s, stale } = this.#serialized(id);
    // Articles whose stretch is replaced: the open one by its live text, one edited since the answer was written by the index.
    const replaced: { uri: string; json: string }[] = [];
    if (open) replaced.push({ uri: open.uri, json: open.locations.map((l) => JSON.stringify(l)).join(',') });
    if (stale !== null && stale !== open?.uri) {
      replaced.push({ uri: stale, json: this.#index.mentionsIn(stale, id).map(({ uri, range }) => JSON.stringify({ uri, range })).join(',') });
    }
    if (replaced.length === 0) return ['[', s.bytes, ']'];
    replaced.sort((a, b) => (a.uri < b.uri ? -1 : 1));
    const parts: JsonPart[] = [];
    let from = 0;
    for (const r of replaced) {
      let lo = from;
      let hi = s.uris.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (s.uris[mid]! < r.uri) lo = mid + 1;
        else hi = mid;
      }
      if (lo > from) parts.push(s.bytes.subarray(s.starts[from], s.ends[lo - 1]));
      if (r.json) parts.push(r.json);
      from = lo < s.uris.length && s.uris[lo] === r.uri ? lo + 1 : lo;
    }
    if (from < s.uris.length) parts.push(s.bytes.subarray(s.starts[from]));
    const out: JsonPart[] = ['['];
    parts.forEach((p, i) => out.push(i > 0 ? ',' : '', p));
    out.push(']');
    return out;
  }

  /**
   * The kept answer of `id` if it is still right: written at the entity's
   * version, or (`stale`) since when a single article alone changed it, whose
   * stretch must then be taken from the index. An edit of an open article
   * changes every entity it names; their answers stay, but for that article.
   */
  #usable(id: string): { s: Serialized; stale: string | null } | null {
    const hit = this.#kept.get(id);
    if (!hit) return null;
    const version = this.#index.answerVersion(id);
    if (hit.version === version) return { s: hit, stale: null };
    const changed = this.#index.answerChangedSince(id);
    // Versions count up, the corrections' generation in the low bits: the same generation compares as numbers.
    if (changed && hit.version % 1024 === version % 1024 && hit.version >= changed.since && hit.version <= version) return { s: hit, stale: changed.uri };
    return null;
  }

  #serialized(id: string): { s: Serialized; stale: string | null } {
    const version = this.#index.answerVersion(id);
    const hit = this.#kept.get(id);
    let asks = (this.#asks.get(id) ?? 0) + 1;
    if (hit) {
      const usable = this.#usable(id);
      hit.asks++;
      this.#kept.delete(id);
      if (usable) {
        this.#kept.set(id, hit);
        return usable;
      }
      asks = hit.asks;
      this.#keptBytes -= hit.bytes.length;
    }
    const building = this.#building?.id === id && this.#building.version === version ? this.#building : new AnswerBuilder(this.#index, id, version);
    if (building === this.#building) this.#building = null;
    building.advance(Number.POSITIVE_INFINITY);
    const size = building.writer.at;
    const kept = size >= KEPT_FROM && this.#admit(size, asks);
    const s = building.finish(asks, kept);
    if (kept) {
      this.#asks.delete(id);
      this.#kept.set(id, s);
      this.#keptBytes += size;
    } else if (size >= KEPT_FROM) {
      if (this.#asks.size >= 10_000) this.#asks.clear();
      this.#asks.set(id, asks);
    }
    return { s, stale: null };
  }

  /**
   * Readies the answers of the most mentioned entities before they are asked
   * for, for about `budgetMs` at a time, a few articles per check: the first
   * ask of a common entity otherwise waits for its megabyte to be written.
   * Uses only free room, up to `READY_SHARE` of the budget, so what users ask
   * for still has room. Returns false once there is nothing more to ready.
   */
  ready(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    this.#readyQueue ??= [...this.#index.entities()].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1)).map((e) => e.id);
    while (performance.now() < until) {
      let b = this.#building;
      if (b && b.version !== this.#index.answerVersion(b.id)) b = this.#building = null;
      if (!b?.front && this.#frontWaiting()) {
        // An open article's entity goes first; the answer put aside is begun again after.
        if (b) this.#readyNext = b.queued;
        b = this.#building = this.#nextFront();
        if (!b) continue;
      }
      if (!b) {
        const id = this.#readyQueue[this.#readyNext];
        // Most mentioned first: once an entity's answer would be too short to keep, so are all the rest.
        if (id === undefined || (this.#index.entity(id)?.mentions ?? 0) * MIN_LOCATION_BYTES < KEPT_FROM) return false;
        if (this.#keptBytes + (this.#index.entity(id)?.mentions ?? 0) * MIN_LOCATION_BYTES > this.#budget * READY_SHARE) return false;
        this.#readyNext++;
        if (this.#usable(id)) continue;
        b = this.#building = new AnswerBuilder(this.#index, id, this.#index.answerVersion(id));
        b.queued = this.#readyNext - 1;
      }
      if (!b.advance(READY_ARTICLES)) continue;
      this.#building = null;
      const size = b.writer.at;
      if (b.front) {
        this.#keepReadied(b, size);
        continue;
      }
      if (size < KEPT_FROM || this.#keptBytes + size > this.#budget * READY_SHARE || this.#kept.has(b.id)) continue;
      // Asked for by no one yet: the first answer a user asks for and that needs the room lets it go.
      this.#kept.set(b.id, b.finish(0, true));
      this.#keptBytes += size;
    }
    return true;
  }

  /**
   * Sets the articles open in the editor, most recently opened first: the
   * answers of the entities they mention are readied before all others, and
   * again once an edit has changed them, since those are what a reader asks for.
   */
  setOpen(uris: readonly string[]): void {
    this.#open = [...uris];
    this.#frontAt = -1;
  }

  /** Whether an open article's entity waits to be readied; lists them again when the index has changed since. */
  #frontWaiting(): boolean {
    if (this.#frontAt !== this.#index.generation) {
      this.#frontAt = this.#index.generation;
      const listed = new Set<string>();
      const front: string[] = [];
      for (const uri of this.#open) {
        const ids = this.#index.entityIdsIn(uri).filter((id) => !listed.has(id) && this.#worthReadying(id));
        ids.sort((a, b) => (this.#index.entity(b)?.mentions ?? 0) - (this.#index.entity(a)?.mentions ?? 0) || (a < b ? -1 : 1));
        for (const id of ids) {
          listed.add(id);
          front.push(id);
        }
      }
      this.#frontOf = listed;
      // Taken from the end: the first listed is readied first.
      this.#front = front.reverse();
    }
    return this.#front.length > 0;
  }

  /** An entity whose answer would be kept and is not yet, as the index stands. */
  #worthReadying(id: string): boolean {
    const mentions = this.#index.entity(id)?.mentions ?? 0;
    return mentions * MIN_LOCATION_BYTES >= KEPT_FROM && this.#usable(id) === null;
  }

  #nextFront(): AnswerBuilder | null {
    const id = this.#front.pop();
    if (id === undefined || !this.#worthReadying(id)) return null;
    const b = new AnswerBuilder(this.#index, id, this.#index.answerVersion(id));
    b.front = true;
    return b;
  }

  /**
   * Keeps an open article's answer readied, within the whole budget: answers
   * readied for no open article and asked by no one make room for it, answers
   * users asked for never do.
   */
  #keepReadied(b: AnswerBuilder, size: number): void {
    if (size < KEPT_FROM || size > this.#budget) return;
    // An answer kept from before the edit is replaced, and keeps its count of asks.
    const before = this.#kept.get(b.id);
    if (before && this.#usable(b.id)) return;
    if (before) {
      this.#kept.delete(b.id);
      this.#keptBytes -= before.bytes.length;
    }
    let free = this.#budget - this.#keptBytes;
    const victims: string[] = [];
    for (const [id, kept] of this.#kept) {
      if (free >= size) break;
      if (kept.asks > 0 || this.#frontOf.has(id)) continue;
      victims.push(id);
      free += kept.bytes.length;
    }
    if (free < size) {
      if (before) this.#asks.set(b.id, before.asks);
      return;
    }
    for (const id of victims) {
      this.#keptBytes -= this.#kept.get(id)!.bytes.length;
      this.#kept.delete(id);
    }
    this.#kept.set(b.id, b.finish(before?.asks ?? 0, true));
    this.#keptBytes += size;
  }

  /**
   * Makes room for `size` bytes asked `asks` times by letting go of answers
   * asked for less often (least recently asked first); keeps them all, and
   * answers false, when that is not enough. Plain recency would drop every
   * answer in turn when a user cycles through more entities than fit; this way
   * the most asked stay.
   */
  #admit(size: number, asks: number): boolean {
    if (size > this.#budget) return false;
    let free = this.#budget - this.#keptBytes;
    if (free >= size) return true;
    const victims: string[] = [];
    for (const [id, kept] of this.#kept) {
      if (kept.asks >= asks) continue;
      victims.push(id);
      free += kept.bytes.length;
      if (free >= size) break;
    }
    if (free < size) return false;
    for (const id of victims) {
      const kept = this.#kept.get(id)!;
      this.#kept.delete(id);
      this.#keptBytes -= kept.bytes.length;
      this.#asks.set(id, kept.asks);
    }
    return true;
  }
}
