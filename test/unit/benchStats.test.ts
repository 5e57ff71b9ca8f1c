import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fmt, markdownTable, median, percentile } from '../../bench/stats';

test('percentiles take the nearest rank, medians average the middle pair', () => {
  const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  assert.equal(percentile(xs, 50), 5);
  assert.equal(percentile(xs, 95), 10);
  assert.equal(percentile(xs, 0), 1);
  assert.equal(median(xs), 5.5);
  assert.equal(median([3]), 3);
  assert.ok(Number.isNaN(median([])), 'expected no samples to give NaN');
  assert.ok(Number.isNaN(percentile([], 50)), 'expected no samples to give NaN');
});

test('figures print with decimals that suit their size and a dash when missing', () => {
  assert.equal(fmt(1234.5), '1,235');
  assert.equal(fmt(12.345), '12.3');
  assert.equal(fmt(1.2345), '1.23');
  assert.equal(fmt(null), '–');
  assert.equal(fmt(Number.NaN), '–');
});

test('tables line up, first column left, figures right', () => {
  const table = markdownTable(['name', 'ms'], [['hover', '1.5'], ['references', '12.0']]);
  assert.deepEqual(table.split('\n'), ['| name       |   ms |', '|------------|-----:|', '| hover      |  1.5 |', '| references | 12.0 |']);
});
