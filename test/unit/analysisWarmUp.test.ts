import assert from 'node:assert/strict';
import { test } from 'node:test';
import { warmUp } from '../../server/src/features/analysisWarmUp';

test('the warm-up cycles through the texts for the runs asked, one per step', async () => {
  const seen: string[] = [];
  const done = await warmUp([{ uri: 'a', text: 'A' }, { uri: 'b', text: 'B' }], 5, (uri) => seen.push(uri));
  assert.equal(done, 5, 'expected five runs');
  assert.deepEqual(seen, ['a', 'b', 'a', 'b', 'a'], 'expected the texts taken in turn');
});

test('the warm-up lets other work run between its steps and stops when told', async () => {
  let between = 0;
  let stop = false;
  const steps = warmUp([{ uri: 'a', text: 'A' }], 100, () => {
    setImmediate(() => between++);
    if (between >= 3) stop = true;
  }, () => stop);
  const done = await steps;
  assert.ok(between >= 3, 'expected callbacks queued by one step to run before the next step');
  assert.ok(done < 100, `expected the warm-up to stop early, it ran ${done} times`);
});

test('the warm-up with no texts does nothing', async () => {
  assert.equal(await warmUp([], 10, () => assert.fail('expected no step')), 0);
});

test('the warm-up waits while work is being served and goes on once it pauses', async () => {
  // Served work stands for the last 150 ms before `busyUntil`: quiet enough only from then on.
  const busyUntil = performance.now() + 400;
  const steps: number[] = [];
  const done = await warmUp([{ uri: 'a', text: 'A' }], 3, () => steps.push(performance.now()), undefined, () => performance.now() - busyUntil + 150);
  assert.equal(done, 3, 'expected every run done once the work paused');
  assert.ok(steps.every((t) => t >= busyUntil - 1), 'expected no step while work was being served');
});

test('the warm-up waits after other work ran between two of its steps', async () => {
  const steps: number[] = [];
  let busyAt = 0;
  const done = await warmUp([{ uri: 'a', text: 'A' }], 3, () => {
    steps.push(performance.now());
    if (steps.length === 1) {
      // Other work, queued during the first step, runs before the second and takes a while.
      setImmediate(() => {
        const until = performance.now() + 10;
        while (performance.now() < until);
        busyAt = performance.now();
      });
    }
  });
  assert.equal(done, 3, 'expected every run done');
  assert.ok(steps[1]! - busyAt >= 140, `expected the second step about 150 ms after the other work, it came ${(steps[1]! - busyAt).toFixed(0)} ms after`);
});
