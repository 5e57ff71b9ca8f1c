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
  }, { stopped: () => stop });
  const done = await steps;
  assert.ok(between >= 3, 'expected callbacks queued by one step to run before the next step');
  assert.ok(done < 100, `expected the warm-up to stop early, it ran ${done} times`);
});

test('the warm-up with no texts does nothing', async () => {
  assert.equal(await warmUp([], 10, () => assert.fail('expected no step')), 0);
});

test('the warm-up runs no step while work is being served, and goes on once it pauses', async () => {
  let busy = true;
  setTimeout(() => (busy = false), 50);
  const seen: boolean[] = [];
  const done = await warmUp([{ uri: 'a', text: 'A' }], 3, () => seen.push(busy), { quietFor: () => (busy ? 0 : Number.POSITIVE_INFINITY) });
  assert.equal(done, 3, 'expected every run done once the work paused');
  assert.deepEqual(seen, [false, false, false], 'expected no step while work was being served');
});
