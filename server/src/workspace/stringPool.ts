import type { ArticleRecord } from './articleRecord';
import { detached } from '../analysis/detachedString';

/**
 * One copy of each entity id, name and spelling, however many articles carry
 * it: ten thousand articles name the same few thousand entities, and each
 * arrives with its own copies.
 */
export class StringPool {
  readonly #strings = new Map<string, string>();

  /** The pool's copy of `s`, if it holds one. */
  get(s: string): string | undefined {
    return this.#strings.get(s);
  }

  /** The pool's copy of `s`, kept from now on. */
  share(s: string): string {
    let shared = this.#strings.get(s);
    if (shared === undefined) {
      // A copy of its own: a slice would keep the whole text it was cut from alive.
      shared = detached(s);
      this.#strings.set(shared, shared);
    }
    return shared;
  }

  /** Replaces the names a record holds by the pool's copies. */
  intern(record: ArticleRecord): void {
    this.#internList(record.entityIds);
    this.#internList(record.entityCanonicals);
    this.#internList(record.spellings);
    this.#internList(record.linkAliases);
  }

  #internList(list: string[]): void {
    // A record built from an open document holds slices of its text: `share` keeps its own copies.
    for (let i = 0; i < list.length; i++) list[i] = this.share(list[i]!);
  }
}
