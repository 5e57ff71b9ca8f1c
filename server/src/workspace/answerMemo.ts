/** Room for a few answers about every entity of a large workspace (they are readied ahead, in idle time). */
const DEFAULT_LIMIT = 60_000;

/**
 * Answers about entities, each kept with the version of its entity it was
 * computed at and served only while that version holds.
 */
export class AnswerMemo {
  readonly #answers = new Map<string, { version: number; value: unknown }>();
  readonly #limit: number;

  constructor(limit = DEFAULT_LIMIT) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#answers.size;
  }

  /** The answer under `key` computed at `version`, computing it if there is none. */
  get<T>(key: string, version: number, compute: () => T): T {
    const hit = this.#answers.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = compute();
    if (this.#answers.size > this.#limit) this.#answers.clear();
    this.#answers.set(key, { version, value });
    return value;
  }
}
