import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string): string[] => analyze(text).dates.map((d) => `${text.slice(d.start, d.end)}=${d.value}`);

test('a stamp after a source\'s name and a spaced separator dates the article ("VARNA WIRE - Mar 2, 2026 - 10:15")', () => {
  const dash = 'Kelby Mills lifts its sales outlook\nVARNA WIRE - Mar 2, 2026 - 10:15 | Business\nKELBY - Kelby Mills said Monday it expects higher sales.';
  assert.equal(analyze(dash).dct, '2026-03-02');
  assert.ok(found(dash).includes('Mar 2, 2026 - 10:15=2026-03-02T10:15'), `the dash joins the date and its clock: ${found(dash).join(', ')}`);
  assert.ok(found(dash).includes('Monday=2026-03-02'), found(dash).join(', '));
  const slash = 'Floods close ports in the south\nVarna Evening Post / 04:40 PM March 2, 2026\nPort officials said on Sunday that ferries would stay docked.';
  assert.equal(analyze(slash).dct, '2026-03-02');
  const prose = 'Floods close ports in the south\nPrices rose sharply - March 2, 2026 was the worst day\nPort officials said on Sunday that ferries would stay docked.';
  assert.equal(analyze(prose).dct, null, 'lowercase words before the separator are prose, no source');
});

test('a title line that ends in a dash and a full date dates the article ("Flood relief plan 2027 - 9 March 2026")', () => {
  const text = 'Flood relief plan 2027 - 9 March 2026\n\nEarlier this week, the Varna Relief Fund asked donors for $2 million, its director told reporters on Friday.';
  assert.equal(analyze(text).dct, '2026-03-09');
  assert.ok(found(text).includes('Friday=2026-03-06'), found(text).join(', '));
  const prose = 'Flood relief plan 2027 - 9 March 2026 was the day it began\n\nThe fund asked donors for $2 million.';
  assert.equal(analyze(prose).dct, null, 'a date with words after it is no stamp');
});

test('a day, month and year joined by hyphens is one date ("04-Mar-2026"), and a dotted clock before a zone is a time ("00.05 GMT")', () => {
  const text = 'Rain stops play at the Oval\nReport by Ann Roe\n04-Mar-2026\nRain washed out the morning session on Wednesday.';
  assert.ok(found(text).includes('04-Mar-2026=2026-03-04'), found(text).join(', '));
  assert.equal(analyze(text).dct, '2026-03-04');
  const stamp = 'Study links noise to poor sleep\nAnn Roe Health editor\nWed 4 Mar 2026 00.05 GMT\nThe study, published on Tuesday, followed 900 adults.';
  assert.ok(found(stamp).includes('Wed 4 Mar 2026 00.05 GMT=2026-03-04T00:05Z'), found(stamp).join(', '));
  assert.ok(!found('Shares rose 2.40 points on Tuesday.').some((d) => d.startsWith('2.40')), 'a dotted number with no zone or meridiem is no clock');
});

test('a dateline without a year takes the year of the item\'s copyright notice', () => {
  const text = 'Kelby votes for a new mayor\nKelby, Mar 2 (Varna Wire).- Voters in Kelby chose a new mayor this Sunday (1), the electoral board said.\nThe mayor takes office on April 10.\n(c) Varna Wire 2026';
  const a = analyze(text);
  assert.equal(a.dct, '2026-03-02');
  assert.ok(found(text).includes('this Sunday=2026-03-01'), found(text).join(', '));
  assert.ok(found(text).includes('April 10=2026-04-10'), found(text).join(', '));
  const none = 'Kelby votes for a new mayor\nKelby, Mar 2 (Varna Wire).- Voters in Kelby chose a new mayor on Sunday.';
  assert.equal(analyze(none).dct, null, 'no notice, no year');
});

test('a weekday that closes what a passive says stays in force is ahead ("were suspended until Thursday")', () => {
  const text = 'Storm shuts schools\nMarch 2, 2026\nClasses in three towns were suspended until Thursday, officials said.';
  assert.ok(found(text).includes('Thursday=2026-03-05'), found(text).join(', '));
});

test('a page stamp whose date and time a bullet sets apart ("Mar 4, 2027 \u2022 9:05 am CST") is a date mention, no menu', () => {
  const text = 'Orchard News\n\nOrchard news from Pell Media.\n\nMar 4, 2027 \u2022 9:05 am CST\n\nThe Dunmere growers board reported a late frost.';
  assert.equal(analyze(text).dct, '2027-03-04');
  assert.ok(found(text).includes('Mar 4, 2027=2027-03-04'), found(text).join(', '));
  assert.deepEqual(analyze(text).structure.boilerplate, []);
});

test('a day counted from a yearless date across the end of February stays open, no leap day invented', () => {
  const text = 'TARVELL, Feb 28 (Agencia) - The port board met on Friday. It will meet again the following day.';
  assert.ok(found(text).includes('following day=XXXX-XX-XX'), found(text).join(', '));
  const before = 'TARVELL, Feb 20 (Agencia) - The port board met on Friday. It will meet again the following day.';
  assert.ok(found(before).includes('following day=XXXX-02-21'), found(before).join(', '));
});

test('the story\'s own stamp under the headline dates it, not the site header\'s date above the headline', () => {
  const text =
    'Tuesday, March 24, 2026\n\nHarbour board backs a new ferry route\n\nFrom Varna Wire | 19.03.2026 07:40:12\n\n' +
    'Members approved the route late on Wednesday, a few hours after the chair said she would vote for it.';
  assert.equal(analyze(text).dct, '2026-03-19');
  assert.ok(found(text).includes('Wednesday=2026-03-18'), found(text).join(', '));
  const alone = 'Tuesday, March 24, 2026\n\nHarbour board backs a new ferry route\n\nThe board voted for the route on Wednesday evening.';
  assert.equal(analyze(alone).dct, '2026-03-24', 'with no stamp of the story, the page\'s date still dates it');
  const updated = 'Tuesday, March 24, 2026\n\nHarbour board backs a new ferry route\n\nUpdated: March 26, 2026\n\nThe board voted for the route on Wednesday.';
  assert.equal(analyze(updated).dct, '2026-03-24', 'a later update is not the story\'s own date');
});

test('a story that opens "On Tuesday, March 11, ..." has no dateline there: the page\'s date line dates it', () => {
  const text =
    'Valley News, Friday 3/14 - Floods close the river road\n\nFriday, March 14, 2031\n\n' +
    'On Tuesday, March 11, a flood warning was issued for the valley. On Thursday, March 13, the road reopened.';
  const a = analyze(text);
  assert.equal(a.structure.dateline, null);
  assert.equal(a.dct, '2031-03-14');
});

test('a section\'s name in capitalised words before a page\'s stamp ("All News 09:15 March 03, 2026") dates the page', () => {
  const text = 'Varna Wire Digest\n\nAll News 09:15 March 03, 2026\n\nThe following stories were moved by the agency on Tuesday.';
  assert.equal(analyze(text).dct, '2026-03-03');
  assert.ok(found(text).includes('Tuesday=2026-03-03'), found(text).join(', '));
  const prose = 'Varna Wire Digest\n\nPrices rose 9% on March 03, 2026\n\nThe following stories were moved by the agency on Tuesday.';
  assert.equal(analyze(prose).dct, null, 'lowercase words and numbers before the date are prose');
});

test('a clock a bullet or a bar sets after a full date on a listing\'s stamp is on that date ("Mar 3, 2027 \u2022 5:40 am")', () => {
  const text =
    'Orchard News\n\nMar 4, 2027 \u2022 9:05 am CST\n\nThe Dunmere growers board reported a late frost.\n\n' +
    'Mar 3, 2027 \u2022 5:40 am CST\n\nPear prices rose in the valley markets.';
  assert.equal(analyze(text).dct, '2027-03-04');
  assert.ok(found(text).includes('5:40 am=2027-03-03T05:40'), found(text).join(', '));
  assert.ok(found(text).includes('9:05 am=2027-03-04T09:05'), found(text).join(', '));
});
