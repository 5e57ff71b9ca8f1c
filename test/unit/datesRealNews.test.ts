import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { numericDateOrder } from '../../server/src/analysis/numericDateOrder';

/** "text=value" for each date the analysis finds. */
const datesOf = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

test('a page that writes the day first reads its numeric dates day first', () => {
  const stamp = 'Rivers rise across the north, agency warns\nPublished on: 04/02/2025 - 17:05\nLyon (AFP) - Rivers rose sharply, forecasters said Tuesday.';
  const analysis = analyze(stamp);
  assert.equal(analysis.dct, '2025-02-04', 'a 24-hour clock and the lead\'s Tuesday both say 4 February');
  assert.ok(datesOf(stamp).includes('04/02/2025 - 17:05=2025-02-04T17:05'), `found ${datesOf(stamp).join(', ')}`);
  assert.equal(numericDateOrder('Filed 04/02/2025. Hearing set for 19/03/2025.'), 'dmy', 'another date with a day over 12');
  assert.equal(numericDateOrder('Filed 04/02/2025. Hearing set for 03/19/2025.'), 'mdy');
  assert.equal(numericDateOrder('Tuesday, 04/02/2025: the vote.'), 'dmy', 'a weekday beside the date fits 4 February only');
  assert.equal(numericDateOrder('Updated 04/02/2025 5:05 PM. The mayor spoke.'), null, 'nothing tells');
  assert.deepEqual(datesOf('The filing of 04/02/2025 was late.', '2025-05-01'), ['04/02/2025=2025-04-02'], 'month first where the page does not tell');
});

test('day-month-year with dashes is a date, its clock a time', () => {
  const found = datesOf('Court lifts ban\nLegal Desk | Updated: 21-11-2025 11:05 IST\n\nThe court ruled on Thursday.');
  assert.ok(found.includes('21-11-2025 11:05=2025-11-21T11:05'), `found ${found.join(', ')}`);
});

test('a case number is no clock', () => {
  const found = datesOf('The suit is Doe v. Acme, No. 4:18-cv-07669, filed in federal court.', '2024-03-07');
  assert.deepEqual(found, [], `found ${found.join(', ')}`);
  assert.deepEqual(datesOf('The meeting starts at 4:18 p.m. sharp.', '2024-03-07'), ['4:18 p.m.=2024-03-07T16:18']);
});
