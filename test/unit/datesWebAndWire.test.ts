import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

/** "text=value" for each date the analysis finds. */
const datesOf = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

const thursday = '2031-03-13';

test('a weekday right after a clock is the clock\'s day, and a clause "with ... at" times the day before it', () => {
  assert.deepEqual(datesOf('The Fed moved at 2 p.m. ET Wednesday (3 a.m. Thursday Lisbon time).', thursday), [
    '2 p.m. ET=2031-03-12T14:00-04:00',
    'Wednesday=2031-03-12',
    '3 a.m.=2031-03-13T03:00',
    'Thursday=2031-03-13',
  ]);
  assert.deepEqual(datesOf('Game 2 is on Saturday, with first pitch at 7:10 p.m., in Dover.', thursday), ['Saturday=2031-03-15', '7:10 p.m.=2031-03-15T19:10']);
  assert.deepEqual(datesOf('He spoke on Saturday, and we met at 7 p.m.', thursday), ['Saturday=2031-03-08', '7 p.m.=2031-03-13T19:00'], 'no "with": the clock keeps the article\'s day');
});

test('a length of time in two units is one duration', () => {
  assert.deepEqual(datesOf('The game lasted 3 hours, 21 minutes. Talks ran two hours and 15 minutes; he served two years and six months.'), [
    '3 hours, 21 minutes=PT3H21M',
    'two hours and 15 minutes=PT2H15M',
    'two years and six months=P2Y6M',
  ]);
  assert.deepEqual(datesOf('They met for two hours and 15-minute breaks followed.'), ['two hours=PT2H', '15-minute=PT15M'], 'a modifier of the next noun stays apart');
});

test('"a week after" an event is a length of time; "a day after" and rates are not', () => {
  assert.deepEqual(datesOf('The report comes a week after the floods. It came a day after the crash. She swims twice a week before school.'), ['a week=P1W']);
});

test('a plan named for its year is no date; a year before "monsoon" is', () => {
  assert.deepEqual(datesOf('The port is part of Tarvia Vision 2040 and the Agenda 2063 plan.', thursday), []);
  assert.deepEqual(datesOf('The 2030 monsoon came late.', thursday), ['2030=2030']);
  assert.deepEqual(datesOf('Grants come under the Varnia Textile Policy 2024-29 and help firms join Greater Dorvan 2040.', thursday), []);
  assert.deepEqual(datesOf('Fiscal Year 2013 ended. In 2022, floods came. By 2030 it ends. Output grew in 2019 and 2020.', thursday), ['2013=2013', '2022=2022', '2030=2030', '2019=2019', '2020=2020']);
});

test('a web byline\'s date and time set apart by a bar are one time', () => {
  assert.deepEqual(datesOf('Council backs pool repairs\nMarch 13, 2031 | 10:30 AM\nThe council voted on Wednesday.'), ['March 13, 2031 | 10:30 AM=2031-03-13T10:30', 'Wednesday=2031-03-12']);
});

test('"must" and a fixture\'s "open" look ahead', () => {
  assert.deepEqual(datesOf('Residents must sign up by Monday. He must have left on Monday.', thursday), ['Monday=2031-03-17', 'Monday=2031-03-10']);
  assert.deepEqual(datesOf('The Owls open the final at home on Tuesday.', thursday), ['Tuesday=2031-03-18']);
  assert.deepEqual(datesOf('They won the play-off final on Sunday.', thursday), ['Sunday=2031-03-09']);
});

test('a present perfect that lasts "until" a weekday looks ahead; a past that lasted until one looks back', () => {
  assert.deepEqual(datesOf('The weather office has issued an alert for the capital till Sunday and said rain was likely.', thursday), ['Sunday=2031-03-16']);
  assert.deepEqual(datesOf('The ministry has extended the deadline until Friday.', thursday), ['Friday=2031-03-14']);
  assert.deepEqual(datesOf('He stayed in hospital until Sunday.', thursday), ['Sunday=2031-03-09']);
});

test('a month and day after "last year" or "in 2019" in the same sentence are in that year', () => {
  assert.deepEqual(datesOf('Last year\'s fair, held from June 3 to June 5, drew 900 people.', thursday), ['Last year=2030', 'June 3=2030-06-03', 'June 5=2030-06-05']);
  assert.deepEqual(datesOf('In 2019, on March 5, the plant opened.', thursday), ['2019=2019', 'March 5=2019-03-05']);
  assert.deepEqual(datesOf('Sales fell last year. The fair opens on June 3.', thursday), ['last year=2030', 'June 3=2031-06-03'], 'another sentence keeps the article\'s year');
  assert.deepEqual(datesOf('The 2024 law takes effect on March 20.', thursday), ['2024=2024', 'March 20=2031-03-20'], 'a year that names a thing passes nothing on');
});

test('an agency byline\'s "09.02.2027 - Update : 09.02.2027" dates the article, and its weekdays by it', () => {
  const text = 'Minister says talks will resume\nMert Aksoy  |09.02.2027 - Update : 09.02.2027\nANKARA (AA) - The minister said on Monday that talks would resume in January.\n';
  const a = analyze(text);
  assert.equal(a.dct, '2027-02-09');
  assert.ok(datesOf(text).includes('Monday=2027-02-08'), JSON.stringify(datesOf(text)));
});

test('a year between "the" and an inspection, a census, a budget or a report dates it', () => {
  const text = 'Council news\n10 February 2027\nThe councillor said the 2019 inspection had found only surface rust and the 2021 census was out of date.\n';
  const found = datesOf(text);
  assert.ok(found.includes('2019=2019') && found.includes('2021=2021'), JSON.stringify(found));
});

test('a dateline with the date after the place and a colon dates the article', () => {
  const a = analyze('Grant for two sisters\n\nMERVALE 14 March 2029: The two sisters were handed their awards on Friday, officials said.');
  assert.equal(a.dct, '2029-03-14');
  assert.ok(a.dates.some((d) => d.text === 'Friday' && d.value === '2029-03-09'));
  assert.equal(analyze('Plans\n\nThe MERVALE 14 March 2029: no dateline in a sentence.').dct, null, 'not after a lowercase word');
  assert.equal(analyze('Plans\n\nMERVALE 14 March said the town would wait.').dct, null, 'no year and no colon: not a dateline');
});

test('a date over a byline, a digest titled with its date and a feed\'s machine stamp date the article', () => {
  const byline = analyze('Markets slip on Monday\n\n[April 7, 2031]  By Tova Rennick\n\nShares fell on Monday as traders sold banks.');
  assert.equal(byline.dct, '2031-04-07');
  const digest = analyze('Harbor Wire Digest: Jan. 15, 2031\nThe following is a list of summaries.\nThe ferry line said Wednesday it would add two boats.');
  assert.equal(digest.dct, '2031-01-15');
  assert.ok(digest.dates.some((d) => d.text === 'Wednesday' && d.value === '2031-01-15'));
  const feed = analyze('FEED http://example.org/ Ferry Sinks Off Coast http://example.org/n/1 2030-05-02T10:15:00+02:00\n\nA ferry sank on Thursday night, officials said.');
  assert.equal(feed.dct, '2030-05-02');
  assert.equal(analyze('Looking back\n\nThe flood came in the night: May 3, 1999 is remembered.\n\nIt rained.').dct, null, 'prose before a colon does not stamp');
  assert.equal(analyze('Looking back\n\nOn May 3, 1999 by Ann Roe\n\nIt rained.').dct, null, 'a lowercase "by" is prose');
});

test('a day, a month\'s name and a year joined by hyphens are one date ("30-Nov-2029")', () => {
  assert.deepEqual(datesOf('The pact was signed on 30-Nov-2029 in Arvel. Ticket AB-12-May-20245 is no date.'), ['30-Nov-2029=2029-11-30']);
  assert.equal(analyze('Report\n\nTova Rennick\n04-Dec-2029\nThe side won by eight wickets on Sunday.').dct, '2029-12-04');
});

test('a clock right after a weekday, and a past clock in a weekday\'s sentence, are on that weekday', () => {
  assert.deepEqual(datesOf('Thieves broke into the depot on Tuesday midnight.', thursday), ['Tuesday=2031-03-11', 'midnight=2031-03-11T24:00']);
  assert.deepEqual(datesOf('Police on Tuesday night said they were looking into the crash that happened at 4:30 p.m.', thursday), ['Tuesday=2031-03-11', '4:30 p.m.=2031-03-11T16:30']);
  assert.deepEqual(datesOf('The mayor said on Monday she will speak at 5 p.m.', thursday), ['Monday=2031-03-10', '5 p.m.=2031-03-13T17:00'], 'a clock ahead stays on the article\'s day');
});

test('a past clock a sentence or two after the day the story last named is on that day, within the same story', () => {
  assert.deepEqual(datesOf('The fire began on Monday. Crews left at 4 p.m.', thursday), ['Monday=2031-03-10', '4 p.m.=2031-03-10T16:00']);
  assert.deepEqual(datesOf('A bakery in Tollard was broken into on Tuesday.\n\nThe owner raised the alarm shortly before midday.', thursday), [
    'Tuesday=2031-03-11',
    'midday=2031-03-11T12:00',
  ]);
  assert.deepEqual(datesOf('Two thieves were caught at a depot in Arrin on Monday.\n\nThey were held by guards. The alarm, a manager says, went off around 3.10am.', thursday), [
    'Monday=2031-03-10',
    '3.10am=2031-03-10T03:10',
  ]);
  assert.deepEqual(datesOf('A van hit a wall in Pellow on Tuesday. Nobody was hurt.\n\nAround 4pm, outside the old mill, a second van stopped beside it.', thursday), [
    'Tuesday=2031-03-11',
    '4pm=2031-03-11T16:00',
  ]);
  assert.deepEqual(datesOf('The fire began on Monday.\n\nFerry times\n\nThe last ferry left at 4 p.m.', thursday), ['Monday=2031-03-10', '4 p.m.=2031-03-13T16:00'], 'not past a heading');
  assert.deepEqual(datesOf('The fire began on Monday. The mayor will speak at 4 p.m.', thursday), ['Monday=2031-03-10', '4 p.m.=2031-03-13T16:00'], 'not a clock ahead');
  assert.deepEqual(datesOf('The fire began on Monday. It spread fast. Homes burned. Crews left at 4 p.m.', thursday), ['Monday=2031-03-10', '4 p.m.=2031-03-13T16:00'], 'not three sentences on');
});

test('a quarter named by its last month ("the December quarter", "the September quarter 2031") is that quarter', () => {
  assert.deepEqual(datesOf('Waiting times grew in the December quarter, and in the September quarter 2029 they fell.', thursday), [
    'December quarter=2030-Q4',
    'September quarter 2029=2029-Q3',
  ]);
  assert.deepEqual(datesOf('Prices in December rose.', thursday), ['December=2030-12']);
});

test('a clock in brackets right after a day is that day\'s ("on Saturday (3pm kick-off)")', () => {
  assert.deepEqual(datesOf('Kelby travel to Harrow on Saturday (3pm kick-off).', thursday), ['Saturday=2031-03-15', '3pm=2031-03-15T15:00']);
});

test('an article with no date of its own places its bare weekdays in the week of the one full date it gives with its weekday', () => {
  assert.deepEqual(datesOf('On Thursday, Orvale closed its river ferries. A notice posted Wednesday evening said the floods expected on Thursday, May 15, 2031, made crossings unsafe. Tuesday sailings had been cut.'), [
    'Thursday=2031-05-15',
    'Wednesday=2031-05-14',
    'Thursday, May 15, 2031=2031-05-15',
    'Tuesday=2031-05-13',
  ]);
  assert.deepEqual(datesOf('On Thursday the court sat. It heard of Thursday, May 15, 2031 and of Friday, June 6, 2031.'), [
    'Thursday=XXXX-WXX-4',
    'Thursday, May 15, 2031=2031-05-15',
    'Friday, June 6, 2031=2031-06-06',
  ], 'two stated dates that differ leave the weekday open');
});

test('a joint release dated from two places in capitals joined by "and" gives the article its date', () => {
  const a = analyze('Varco and Brindle Form a Venture\nORVALE and DUNMORE, Ky., Sept. 23, 2031 — Varco and Brindle today announced a venture.');
  assert.equal(a.dct, '2031-09-23');
  assert.ok(a.dates.some((d) => d.text === 'today' && d.value === '2031-09-23'), JSON.stringify(a.dates));
});

test('in an article with no date of its own, a clock the story looks back on is on the day it last named', () => {
  const text =
    'Police seek a man after an assault in the old town\n\nThe assault happened on the evening of 14 March, police said.\n' +
    '"At about 8.40pm, the woman was approached by the man," a detective said.';
  assert.ok(datesOf(text).includes('8.40pm=XXXX-03-14T20:40'), datesOf(text).join(', '));
  const ahead = 'Police seek a man after an assault\n\nThe assault happened on 14 March. Police will hold a briefing at 9am.';
  assert.ok(datesOf(ahead).includes('9am=XXXX-XX-XXT09:00'), datesOf(ahead).join(', '));
});
