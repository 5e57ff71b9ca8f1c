import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

const RESULTS =
  'Kelby Mills shares slid on Wednesday after the miller reported lower profit for the third quarter of 2031.\n' +
  'Profit per share fell to $1.10, down from $1.42 for the same quarter last year as costs rose.\n' +
  '"This quarter was hard for our mills," the chief executive said. "We earned less than we did last year."\n' +
  'Analysts said the current quarter would be no easier.';

test('"the same quarter last year" is the year before the quarter just named', () => {
  assert.ok(found(RESULTS).includes('the same quarter last year=2030-Q3'), found(RESULTS).join(', '));
  assert.ok(found(RESULTS, '2031-10-22').includes('the same quarter last year=2030-Q3'), found(RESULTS, '2031-10-22').join(', '));
  const alone = 'Each share earned less than the $1.42 of the same quarter last year at the mill.';
  assert.ok(found(alone, '2031-10-22').includes('the same quarter last year=2030-Q4'), 'with no quarter named, the article date\'s quarter a year back');
});

test('an undated story\'s lead that states the period it reports anchors "this quarter", "the current quarter" and "last year"', () => {
  const dates = found(RESULTS);
  for (const want of ['This quarter=2031-Q3', 'last year=2030', 'current quarter=2031-Q3']) assert.ok(dates.includes(want), `${want}: ${dates.join(', ')}`);
  const later = RESULTS.replace('Analysts said', 'Its mill at Harbridge, opened in 2033, will grow. Analysts said');
  assert.ok(found(later).includes('last year=XXXX'), 'a later year stated in the story leaves the lead\'s period no anchor');
  const lead = 'Kelby Mills, founded in 2011, said on Wednesday that profit rose.\nIt earned less than it did last year.';
  assert.ok(found(lead).includes('last year=XXXX'), 'a lead with no headline is no headline');
  const history = 'Kelby Mills profit rises\nKelby Mills, founded in 2011, said on Wednesday that profit rose.\nIt earned less than it did last year.';
  assert.ok(found(history).includes('last year=XXXX'), 'a year the lead gives in passing, before an act of the news day, is history');
});

test('a year in a title line above the story anchors "this year", whatever page furniture the page opens with', () => {
  const text =
    'Sign up for our newsletter and read more stories like this one from our team of writers on the coast:\n\nfact-checked\n\n' +
    'Harbour Trust plants 2,400 trees in 2031\n\n' +
    'Volunteers of the Harbour Trust planted 2,400 native trees along the river in 2031, the trust said in its yearly report. ' +
    'This year\'s planting was the largest since the trust began.';
  assert.ok(found(text).includes('This year=2031'), found(text).join(', '));
  const body = text.replace('Harbour Trust plants 2,400 trees in 2031\n\n', '');
  assert.ok(found(body).includes('This year=XXXX'), 'a year in the body\'s running text is no title\'s');
});
