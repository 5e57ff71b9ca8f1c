import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

/** "text=value" for each date the analysis finds. */
const datesOf = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

/** A Wednesday. */
const wednesday = '2031-03-05';

test('a page\'s view, share and comment counters are no years', () => {
  assert.deepEqual(datesOf('Lowland Derby Ends Level\n\n0\n2031\n\nThe two clubs drew on Tuesday.', wednesday), ['Tuesday=2031-03-04']);
  assert.deepEqual(datesOf('Ferry fares rise\nViews: 2027\nFares rose on Tuesday.', wednesday), ['Tuesday=2031-03-04']);
  assert.deepEqual(datesOf('Ferry fares rise\n2027 Views | 14 Comments\nFares rose on Tuesday.', wednesday), ['Tuesday=2031-03-04']);
  assert.deepEqual(datesOf('The plant opened in\n2027\nand closed later.', wednesday), ['2027=2027']);
});

test('a weekday and a month/day without a year ("Friday 3/7") is that day of the article\'s year', () => {
  assert.deepEqual(datesOf('Valley Roundup, Friday 3/7 - Road works begin in Marlow', '2031-03-07'), ['Friday 3/7=2031-03-07']);
  assert.deepEqual(datesOf('Valley Roundup, Tuesday 12/30 - Snow closes the pass', '2031-01-02'), ['Tuesday 12/30=2030-12-30']);
  assert.deepEqual(datesOf('Scores from Friday 3/7/2031 are in.', '2031-03-08'), ['Friday 3/7/2031=2031-03-07']);
});

test('a weekday at the end of a stretch "until midnight on" it, in a sentence about what will be, is the coming one', () => {
  assert.deepEqual(datesOf('The council said the pool would stay shut and the gym closed until midnight on Sunday.', wednesday), ['midnight=2031-03-09T24:00', 'Sunday=2031-03-09']);
  assert.deepEqual(datesOf('Tolls will stay off until 6pm on Saturday.', wednesday), ['6pm=2031-03-08T18:00', 'Saturday=2031-03-08']);
  assert.deepEqual(datesOf('He stayed in the shelter until midnight on Sunday.', wednesday), ['midnight=2031-03-02T24:00', 'Sunday=2031-03-02']);
});

test('tens and units joined by a hyphen are one count ("Twenty-seven minutes", "forty-five years")', () => {
  assert.deepEqual(datesOf('Twenty-seven minutes later the ferry sank.', wednesday), ['Twenty-seven minutes=PT27M']);
  assert.deepEqual(datesOf('The mill ran for forty-five years.', wednesday), ['forty-five years=P45Y']);
  assert.deepEqual(datesOf('The twenty-first century began.', wednesday), []);
});

test('"over the next year", "in the coming month" are lengths of time; "next year" is the next one', () => {
  assert.deepEqual(datesOf('The council will hold hearings over the next year.', wednesday), ['next year=P1Y']);
  assert.deepEqual(datesOf('Fares will rise in the coming month.', wednesday), ['coming month=P1M']);
  assert.deepEqual(datesOf('The council will hold hearings next year.', wednesday), ['next year=2032']);
});

test('"the coming year", "the upcoming year" and "the year ahead" are the next calendar year; "over the coming year" a stretch', () => {
  assert.deepEqual(datesOf('In the coming year, the brewer expects sales to rise.', wednesday), ['coming year=2032']);
  assert.deepEqual(datesOf('The mill set out its plans for the upcoming year.', wednesday), ['upcoming year=2032']);
  assert.deepEqual(datesOf('Growers are hopeful about the year ahead.', wednesday), ['the year ahead=2032']);
  assert.deepEqual(datesOf('Prices will ease over the coming year.', wednesday), ['coming year=P1Y']);
  assert.deepEqual(datesOf('Prices will ease over the year ahead.', wednesday), ['the year ahead=P1Y']);
});

test('a month one prepares for is ahead; one prepared for is past', () => {
  assert.deepEqual(datesOf('"As we prepare now for the summit in November, the region has recommitted to its plan," he said.', '2031-10-13'), ['November=2031-11']);
  assert.deepEqual(datesOf('Officials are preparing for the vote in June.', '2031-10-13'), ['June=2032-06']);
  assert.deepEqual(datesOf('Officials prepared for the vote in June.', '2031-10-13'), ['June=2031-06']);
});

test('a bare "midnight" the sentence looks back on is the one that opened the article\'s day; one ahead closes it', () => {
  assert.deepEqual(datesOf('The clerk said the ballots had not all been counted at midnight.', wednesday), ['midnight=2031-03-05T00:00']);
  assert.deepEqual(datesOf('The new fares will apply from midnight.', wednesday), ['midnight=2031-03-05T24:00']);
  assert.deepEqual(datesOf('The bar stayed open until midnight.', wednesday), ['midnight=2031-03-05T24:00'], 'a stretch "until midnight" runs to the end of the day');
});
