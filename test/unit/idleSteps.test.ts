import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputArrived, runWhenQuiet } from '../../server/src/workspace/idleSteps';

/** Keeps the thread busy for `ms`, as a long background step does. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

test('two background runners take turns: the long steps of one do not hold the other back', async () => {
  const order: string[] = [];
  const long = runWhenQuiet(150, () => {
    order.push('long');
    spin(3);
  });
  const short = runWhenQuiet(6, () => order.push('short'));
  await Promise.all([long, short]);
  const lastShort = order.lastIndexOf('short');
  const lastLong = order.lastIndexOf('long');
  assert.ok(lastShort < lastLong, `expected the short runner done while the long one still ran, got ${order.filter((s) => s === 'short').length} short steps by the end`);
});

test('no background step runs while messages keep coming in, and the steps go on once they pause', async () => {
  let arriving = true;
  const timer = setInterval(inputArrived, 5);
  setTimeout(() => {
    clearInterval(timer);
    arriving = false;
  }, 400);
  inputArrived();
  const seen: boolean[] = [];
  const done = await runWhenQuiet(3, () => seen.push(arriving));
  assert.equal(done, 3, 'expected every step done once the messages paused');
  assert.deepEqual(seen, [false, false, false], 'expected no step while messages came in');
});

test('a background runner stops when told', async () => {
  let steps = 0;
  const done = await runWhenQuiet(Number.POSITIVE_INFINITY, () => steps++, { stopped: () => steps >= 4 });
  assert.equal(done, 4);
});

test('once the transport reports messages as they arrive, other work between two steps is no reason to wait', async () => {
  inputArrived();
  let late = false;
  const timer = setTimeout(() => (late = true), 600);
  const seen: boolean[] = [];
  await runWhenQuiet(6, () => {
    seen.push(late);
    // Something else takes the thread between this step and the next, as a busy machine does.
    setImmediate(() => spin(3));
  });
  clearTimeout(timer);
  assert.deepEqual(seen, [false, false, false, false, false, false], 'expected the steps one after another, not a pause after each');
});
