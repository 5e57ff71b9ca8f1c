import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { detached } from '../../server/src/analysis/detachedString';
import { StringPool } from '../../server/src/workspace/stringPool';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap bytes still used after keeping what `keep` returns for twenty texts of a megabyte each. */
function heapKept(keep: (text: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let k = 0; k < 20; k++) kept.push(keep(`${'x'.repeat(1_000_000)}${k} Recep Tayyip Erdogan said`));
  gc();
  const after = process.memoryUsage().heapUsed;
  assert.equal(kept.length, 20);
  return after - before;
}

test('a detached copy equals its string and keeps no larger text alive', () => {
  const name = (text: string) => text.slice(text.length - 25, text.length - 5);
  assert.equal(detached(name('abc Recep Tayyip Erdogan said')), 'Recep Tayyip Erdogan');
  assert.equal(detached('Lee'), 'Lee');
  assert.ok(heapKept(name) > 15_000_000, 'expected plain slices to keep their texts (the reason for detached)');
  assert.ok(heapKept((text) => detached(name(text))) < 5_000_000, 'expected detached slices to keep only themselves');
});

test('the string pool keeps its own copies of the names a record brings', () => {
  const pool = new StringPool();
  assert.ok(heapKept((text) => pool.share(text.slice(text.length - 25, text.length - 5) + String(text.length % 7))) < 5_000_000);
  assert.equal(pool.share('Recep Tayyip Erdogan6'), pool.get('Recep Tayyip Erdogan6'));
});
