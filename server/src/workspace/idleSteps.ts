/**
 * Background work in short steps, run only while the client asks nothing:
 * the server's idle-time work after indexing (claim bands, the symbol
 * search's entries, the warm-up, entity answers) goes through here, so that
 * the runners take turns instead of waiting on each other, and every one
 * steps aside for a message from the client.
 */

/** A step waits until nothing was served for this long: requests come in bursts, and background work must not delay them. */
export const QUIET_MS = 150;
/**
 * Where the transport does not report messages as they arrive: a step that follows the one before this much later
 * than asked, not counting other runners' steps, guesses that a request ran between them. Only a guess: on a loaded
 * machine the thread is often put aside for longer, and idle work would crawl.
 */
const BUSY_GAP_MS = 2;

/** Milliseconds spent in every runner's steps so far: one runner's step is no reason for another to wait. */
let stepsMs = 0;
/** When a message from the client last came in (`performance.now()`), handled yet or not. */
let lastInput = Number.NEGATIVE_INFINITY;
/** Whether the transport reports messages as they arrive. */
let inputReported = false;

/**
 * Marks a message from the client as just come in. Called as its bytes
 * arrive, before the protocol library queues it for handling: a step
 * already queued would otherwise run first and keep the request waiting.
 */
export function inputArrived(): void {
  lastInput = performance.now();
  inputReported = true;
}

/** When the runner may step, besides `runs`. */
export interface QuietOptions {
  /** Stops the runner early. */
  stopped?: () => boolean;
  /** Milliseconds since requests were last served. */
  quietFor?: () => number;
}

/**
 * Runs `step(0)` … `step(runs - 1)`, letting other work through between
 * steps. A step runs only once `quietFor()` and the time since a message last
 * came in (or, where the transport does not say, since other work seemed to
 * run between two steps) reach `QUIET_MS`; until then the runner waits.
 * Resolves with the number of steps done.
 */
export function runWhenQuiet(runs: number, step: (i: number) => void, options: QuietOptions = {}): Promise<number> {
  const { stopped = () => false, quietFor = () => Number.POSITIVE_INFINITY } = options;
  return new Promise((resolve) => {
    let done = 0;
    // It begins with a wait: whatever made it start (the index ready) brings requests at once.
    let lastBusy = performance.now();
    // When the last step asked for the next (null after a timer wait, whose lateness says nothing), and the steps' total then.
    let askedAt: number | null = performance.now();
    let stepsAtAsk = stepsMs;
    const next = () => {
      const now = performance.now();
      if (!inputReported && askedAt !== null && now - askedAt - (stepsMs - stepsAtAsk) > BUSY_GAP_MS) lastBusy = now;
      if (done >= runs || stopped()) {
        resolve(done);
        return;
      }
      const quiet = Math.min(quietFor(), now - lastBusy, now - lastInput);
      if (quiet < QUIET_MS) {
        askedAt = null;
        setTimeout(next, QUIET_MS - quiet);
        return;
      }
      step(done);
      done++;
      askedAt = performance.now();
      stepsMs += askedAt - now;
      stepsAtAsk = stepsMs;
      setImmediate(next);
    };
    setImmediate(next);
  });
}
