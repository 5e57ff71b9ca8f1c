import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numericDateOrder } from '../../server/src/analysis/numericDateOrder';

// The scan jumps from one "digits and separator" to the next; these are the places a reading
// from every character treated specially.

test('a numeric date at the very start of the text is read', () => {
  assert.equal(numericDateOrder('21/03/2025 was the day.'), 'dmy');
});

test('digits that continue a word or a longer number open no date', () => {
  assert.equal(numericDateOrder('Form A21/03/2025 was filed on 03/19/2025.'), 'mdy', 'a letter before the day');
  assert.equal(numericDateOrder('Batch 121/03/2025 shipped on 03/19/2025.'), 'mdy', 'three digits before the separator');
  assert.equal(numericDateOrder('Form A21/03/2025 and batch 121/03/2025.'), null);
});

test('a date right after another is read from where the first ends', () => {
  assert.equal(numericDateOrder('Valid 04/02/2025/19/03/2025 only.'), 'dmy', 'the second date has a day over 12');
  assert.equal(numericDateOrder('On 1.2.2025 and 13.2.2025 the lake froze.'), 'dmy');
  assert.equal(numericDateOrder('Dated 2-13-2025, filed 12-1-2025.'), 'mdy');
});
