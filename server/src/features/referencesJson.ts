import type { Location } from 'vscode-languageserver';
import { lineOf } from '../textPositions';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** One entity's references as JSON text, with where each article's stretch of it lies. */
interface Serialized {
  version: number;
  /** How often it was asked for: what decides which answers stay. */
  asks: number;
  /** The articles, in uri order. */
  uris: string[];
  /** Where each article's locations start and end in `text` (commas between articles lie outside). */
  starts: Int32Array;
  ends: Int32Array;
  /** The array's elements, without the brackets. */
  text: string;
}

/** Characters of JSON kept in all: the answers for the most recently asked entities, about 130 per location. */
const DEFAULT_BUDGET = 12_000_000;
/** Answers this short are rebuilt every time: cheaper than the bookkeeping. */
const KEPT_FROM = 20_000;

function jsonLocations(uri: string, lineStarts: Int32Array, spans: readonly number[]): string {
  const head = `{"uri":${JSON.stringify(uri)},"range":{"start":{"line":`;
  let out = '';
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const sl = lineOf(lineStarts, start);
    const next = lineStarts[sl + 1];
    const el = next !== undefined && next <= end ? lineOf(lineStarts, end) : sl;
    if (i > 0) out += ',';
    out += `${head}${sl},"character":${start - lineStarts[sl]!}},"end":{"line":${el},"character":${end - lineStarts[el]!}}}}`;
  }
  return out;
}

/**
 * References answers written straight from the index as JSON text, the
 * largest kept (until their entity changes) within a character budget: a
 * common entity's answer is megabytes that would otherwise be built as
 * objects and serialized again on every request.
 */
export class ReferencesJson {
  readonly #index: WorkspaceIndex;
  readonly #budget: number;
  /** Oldest asked first. */
  readonly #kept = new Map<string, Serialized>();
  #keptChars = 0;
  /** How often each entity not kept was asked for (bounded: a count only decides between big answers). */
  readonly #asks = new Map<string, number>();

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
  parts(id: string, open: { uri: string; locations: readonly Location[] } | null = null): string[] {
    const s = this.#serialized(id);
    if (!open) return ['[', s.text, ']'];
    let lo = 0;
    let hi = s.uris.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.uris[mid]! < open.uri) lo = mid + 1;
      else hi = mid;
    }
    const found = lo < s.uris.length && s.uris[lo] === open.uri;
    const parts: string[] = [];
    if (lo > 0) parts.push(s.text.slice(0, s.ends[lo - 1]));
    if (open.locations.length > 0) parts.push(open.locations.map((l) => JSON.stringify(l)).join(','));
    const next = found ? lo + 1 : lo;
    if (next < s.uris.length) parts.push(s.text.slice(s.starts[next]));
    const out = ['['];
    parts.forEach((p, i) => out.push(i > 0 ? ',' : '', p));
    out.push(']');
    return out;
  }

  #serialized(id: string): Serialized {
    const version = this.#index.answerVersion(id);
    const hit = this.#kept.get(id);
    let asks = (this.#asks.get(id) ?? 0) + 1;
    if (hit) {
      hit.asks++;
      this.#kept.delete(id);
      if (hit.version === version) {
        this.#kept.set(id, hit);
        return hit;
      }
      asks = hit.asks;
      this.#keptChars -= hit.text.length;
    }
    const uris: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const chunks: string[] = [];
    let at = 0;
    for (const { uri, lineStarts, spans } of this.#index.mentionSpansOf(id)) {
      if (spans.length === 0) continue;
      const chunk = jsonLocations(uri, lineStarts, spans);
      if (chunks.length > 0) at++; // the comma
      uris.push(uri);
      starts.push(at);
      at += chunk.length;
      ends.push(at);
      chunks.push(chunk);
    }
    const s: Serialized = { version, asks, uris, starts: Int32Array.from(starts), ends: Int32Array.from(ends), text: chunks.join(',') };
    if (s.text.length >= KEPT_FROM && this.#admit(s)) {
      this.#asks.delete(id);
      this.#kept.set(id, s);
      this.#keptChars += s.text.length;
    } else if (s.text.length >= KEPT_FROM) {
      if (this.#asks.size >= 10_000) this.#asks.clear();
      this.#asks.set(id, asks);
    }
    return s;
  }

  /**
   * Makes room for `s` by letting go of answers asked for less often (least
   * recently asked first); keeps them all, and not `s`, when that is not
   * enough. Plain recency would drop every answer in turn when a user cycles
   * through more entities than fit; this way the most asked stay.
   */
  #admit(s: Serialized): boolean {
    if (s.text.length > this.#budget) return false;
    let free = this.#budget - this.#keptChars;
    if (free >= s.text.length) return true;
    const victims: string[] = [];
    for (const [id, kept] of this.#kept) {
      if (kept.asks >= s.asks) continue;
      victims.push(id);
      free += kept.text.length;
      if (free >= s.text.length) break;
    }
    if (free < s.text.length) return false;
    for (const id of victims) {
      const kept = this.#kept.get(id)!;
      this.#kept.delete(id);
      this.#keptChars -= kept.text.length;
      this.#asks.set(id, kept.asks);
    }
    return true;
  }
}
