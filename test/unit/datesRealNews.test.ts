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
  assert.ok(found.includes('21-11-2025 11:05 IST=2025-11-21T11:05+05:30'), `found ${found.join(', ')}`);
});

test('a case number is no clock', () => {
  const found = datesOf('The suit is Doe v. Acme, No. 4:18-cv-07669, filed in federal court.', '2024-03-07');
  assert.deepEqual(found, [], `found ${found.join(', ')}`);
  assert.deepEqual(datesOf('The meeting starts at 4:18 p.m. sharp.', '2024-03-07'), ['4:18 p.m.=2024-03-07T16:18']);
});

test('a clock keeps its time zone\'s offset', () => {
  const found = datesOf('Talks opened at 2:37 PM GMT+8, resumed at 9:41 pm IST and closed at 17:10 CET.', '2024-03-08');
  assert.deepEqual(found, ['2:37 PM GMT+8=2024-03-08T14:37+08:00', '9:41 pm IST=2024-03-08T21:41+05:30', '17:10 CET=2024-03-08T17:10+01:00']);
  assert.deepEqual(datesOf('We met at 10:05 GMT.', '2024-03-08'), ['10:05 GMT=2024-03-08T10:05Z']);
  assert.deepEqual(datesOf('We met at 10:05 CST.', '2024-03-08'), ['10:05=2024-03-08T10:05'], 'US Central or China: no offset');
  const us = datesOf('Released Mar 07, 2024, 08:00 ET; trading opens July 5, 2024 at 9:30 a.m. ET; the call is at 1 p.m. PT.', '2024-11-04');
  assert.deepEqual(us, ['Mar 07, 2024, 08:00 ET=2024-03-07T08:00-05:00', 'July 5, 2024 at 9:30 a.m. ET=2024-07-05T09:30-04:00', '1 p.m. PT=2024-11-04T13:00-08:00']);
  assert.deepEqual(datesOf('Polls close at 8 p.m. ET.'), ['8 p.m. ET=XXXX-XX-XXT20:00'], 'no day, no offset');
});

test('"3 hours ago" is the article\'s day, "48 hours ago" two days back', () => {
  assert.deepEqual(datesOf('Updated 3 hours ago. The strike began 48 hours ago.', '2024-03-08'), ['3 hours ago=2024-03-08', '48 hours ago=2024-03-06']);
});

test('"first-quarter" and "the first quarter" are quarters of the article\'s year, a quarter still ahead looks back', () => {
  const found = datesOf('The firm forecast first-quarter sales and will report first quarter results in April.', '2025-02-10');
  assert.deepEqual(found, ['first-quarter=2025-Q1', 'first quarter=2025-Q1', 'April=2025-04']);
  assert.deepEqual(datesOf('Its fourth-quarter profit rose 8%.', '2025-02-10'), ['fourth-quarter=2024-Q4']);
  assert.deepEqual(datesOf('Sales rose in the first half of 2024 and he scored in the second half.', '2025-02-10'), ['first half of 2024=2024-H1']);
});

test('"in the fall" is the season on the side the sentence points to, "the fall in prices" is no date', () => {
  assert.deepEqual(datesOf('Work should begin in the fall and last a year.', '2025-04-02'), ['the fall=2025-FA']);
  assert.deepEqual(datesOf('The mill closed in the winter, workers said.', '2025-04-02'), ['the winter=2024-WI']);
  assert.deepEqual(datesOf('Prices rose in the spring, traders said.', '2025-03-05'), ['the spring=2024-SP'], 'a spring only begun is not yet told of in the past');
  assert.deepEqual(datesOf('The fall in prices and the fall of the regime surprised him.', '2025-04-02'), []);
  assert.deepEqual(datesOf('Sales rose this autumn.', '2025-10-02'), ['this autumn=2025-FA']);
});

test('a fixture in the present tense is the coming weekday, a report the past one', () => {
  const sunday = '2025-03-02';
  assert.deepEqual(datesOf('Rovers host Athletic in the cup on Wednesday, holding a two-goal lead.', sunday), ['Wednesday=2025-03-05']);
  assert.deepEqual(datesOf('United travel to Leeds on Wednesday.', sunday), ['Wednesday=2025-03-05']);
  assert.deepEqual(datesOf('The exhibition opens on Friday and the minister visits Kyiv on Thursday.', sunday), ['Friday=2025-03-07', 'Thursday=2025-03-06']);
  assert.deepEqual(datesOf('We must recover because Wednesday comes fast, the coach said.', sunday), ['Wednesday=2025-03-05']);
  assert.deepEqual(datesOf('The coach said on Wednesday that the team was tired.', sunday), ['Wednesday=2025-02-26']);
  assert.deepEqual(datesOf('The ministry expects the first plant to open by November.', '2025-03-02'), ['November=2025-11']);
});

test('a year before a word in -s that is no plural is still a year', () => {
  assert.deepEqual(datesOf('Cases hit a record in 2023 across 80 countries.', '2025-03-02'), ['2023=2023']);
  assert.deepEqual(datesOf('They counted 2023 homes.', '2025-03-02'), []);
});

test('a date that ends a line of fields set apart by bars is the story\'s, though the line looks like a menu', () => {
  const text = 'Health\nAgency warns of early flu season\nWorld | Health | October 14, 2025\nGENEVA - The agency said on Tuesday that cases rose.';
  const analysis = analyze(text);
  assert.equal(analysis.dct, '2025-10-14');
  assert.deepEqual(analysis.dates.map((d) => `${d.text}=${d.value}`), ['October 14, 2025=2025-10-14', 'Tuesday=2025-10-14']);
  assert.ok(analysis.structure.boilerplate.some((b) => text.slice(b.start, b.end) === 'World | Health'), 'the menu stays a menu');
});

test('a line opening with the story\'s date and its source ("21.05.2026 | Varna Wire") is the header, no site menu', () => {
  const a = analyze('Varna summons envoy after incident at sea\n21.05.2026 | Varna Wire\nVARNA - The ministry summoned the envoy on Thursday.');
  assert.equal(a.structure.boilerplate.length, 0);
  assert.deepEqual(datesOf('Varna summons envoy after incident at sea\n21.05.2026 | Varna Wire\nVARNA - The ministry summoned the envoy on Thursday.'), ['21.05.2026=2026-05-21', 'Thursday=2026-05-21']);
  assert.equal(analyze('Varna summons envoy\nHome | World | Politics\nVARNA - The ministry spoke.').structure.boilerplate.length, 1, 'a menu stays a menu');
});

test('"for nearly an hour" is a length of time, "$15 an hour" and "twice a week" are rates; "the 2016 arbitral award" is dated', () => {
  assert.deepEqual(datesOf('The boat was blocked for nearly an hour. He was jailed for a year. Cleaners earn $15 an hour and meet twice a week.'), ['an hour=PT1H', 'a year=P1Y']);
  assert.deepEqual(datesOf('Varna urged Ostland to respect the 2016 arbitral award and the 2019 ruling.'), ['2016=2016', '2019=2019']);
});
