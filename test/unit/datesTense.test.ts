import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

/** "text=value" for each date the analysis finds. */
const datesOf = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

/** A Thursday. */
const THURSDAY = '2025-02-20';

test('a vote in the present tense and a plan in reported speech look ahead', () => {
  assert.deepEqual(datesOf('Voters head to the polls on Sunday in an election called after the coalition fell.', THURSDAY), ['Sunday=2025-02-23']);
  assert.deepEqual(datesOf('Ruritania votes on Sunday.', THURSDAY), ['Sunday=2025-02-23']);
  assert.deepEqual(datesOf('The coach said the winger, who limped off, would have a scan on Tuesday.', THURSDAY), ['Tuesday=2025-02-25']);
  assert.deepEqual(datesOf('Voters went to the polls on Sunday.', THURSDAY), ['Sunday=2025-02-16']);
});

test('a cue beyond a comma yields to one in the date\'s own clause', () => {
  assert.deepEqual(datesOf('The party is on 29 percent, according to a poll published on Wednesday, ahead of its rival.', THURSDAY), ['Wednesday=2025-02-19']);
  assert.deepEqual(datesOf('Sales rose 6% in the three months to March 31, ahead of the forecast.', '2025-04-24'), ['three months=P3M', 'March 31=2025-03-31']);
  assert.deepEqual(datesOf('On Friday, the minister will visit the plant.', THURSDAY), ['Friday=2025-02-21']);
});

test('"the first half of this year" and "first-half results" are halves of a year; a match\'s first half is no date', () => {
  assert.deepEqual(datesOf('Losses will continue in the first half of this year.', '2025-03-12'), ['first half of this year=2025-H1']);
  assert.deepEqual(datesOf('Output fell in the second half of last year.', '2025-03-12'), ['second half of last year=2024-H2']);
  assert.deepEqual(datesOf('It will publish results for the first half of the year in August.', '2025-03-12'), ['first half of the year=2025-H1', 'August=2025-08']);
  assert.deepEqual(datesOf('The group will report first-half results on July 30.', '2025-04-24'), ['first-half=2025-H1', 'July 30=2025-07-30']);
  assert.deepEqual(datesOf('Its second-half profit rose 4%.', '2025-03-12'), ['second-half=2024-H2']);
  assert.deepEqual(datesOf('They led through a first-half header.', '2025-03-12'), []);
});

test('a plan\'s participle right after a verb in the past qualifies its object and leaves the past', () => {
  assert.deepEqual(datesOf('The mill had finished scheduled repairs in October, the owners said.', '2025-02-20'), ['October=2024-10']);
  assert.deepEqual(datesOf('Crews carried out planned upgrades in November.', '2025-02-20'), ['November=2024-11']);
  assert.deepEqual(datesOf('The mill is scheduled to reopen in October.', '2025-02-20'), ['October=2025-10']);
  assert.deepEqual(datesOf('Work begins after the last scheduled check on Oct. 3.', '2025-02-20'), ['Oct. 3=2025-10-03']);
});

test('"two years earlier" is a point before the year its sentence has named, or before the article\'s', () => {
  assert.deepEqual(datesOf('Debt fell to 40% of output in 2024 from 52% three years earlier.', '2025-03-04'), ['2024=2024', 'three years earlier=2021']);
  assert.deepEqual(datesOf('Two years earlier, the town had no clinic.', '2025-03-04'), ['Two years earlier=2023']);
  assert.deepEqual(datesOf('The bridge opened two months earlier than planned.', '2025-03-04'), ['two months=P2M']);
});

test('"a year earlier" counts from the year its sentence has just named', () => {
  assert.deepEqual(datesOf('Trade reached $1 billion in 2024, up 14 percent from a year earlier.', '2025-03-04'), ['2024=2024', 'a year earlier=2023']);
  assert.deepEqual(datesOf('Profit rose 11 percent from a year earlier.', '2025-03-04'), ['a year earlier=2024']);
  assert.deepEqual(datesOf('The plant opened in 2019. Output doubled from a year earlier.', '2025-03-04'), ['2019=2019', 'a year earlier=2024']);
});

test('a clock with a dot before its minutes is one only with "am" or "pm"', () => {
  assert.deepEqual(datesOf('Officers were called at about 2.40am on Sunday.', '2025-06-09'), ['2.40am=2025-06-08T02:40', 'Sunday=2025-06-08']);
  assert.deepEqual(datesOf('Shares rose 2.40 pence.', '2025-06-09'), []);
});

test('a timetable in the present tense looks ahead, and a clock beside a day is that day\'s', () => {
  const wednesday = '2025-03-12';
  assert.deepEqual(datesOf('The meeting starts at 14:00 GMT on Thursday.', wednesday), ['14:00 GMT=2025-03-13T14:00Z', 'Thursday=2025-03-13']);
  assert.deepEqual(datesOf('The vote was held on Monday at 2 p.m.', wednesday), ['Monday=2025-03-10', '2 p.m.=2025-03-10T14:00']);
  assert.deepEqual(datesOf('The strike ends on Friday, the union said.', wednesday), ['Friday=2025-03-14']);
  assert.deepEqual(datesOf('Polls open at 8 a.m. and the count starts later.', wednesday), ['8 a.m.=2025-03-12T08:00']);
});

test('the present tense of "be" puts a weekday ahead and a month at the nearest, unless another cue is nearer', () => {
  assert.deepEqual(datesOf('Kickoff is at 20:45 CET on Saturday.', THURSDAY), ['20:45 CET=2025-02-22T20:45+01:00', 'Saturday=2025-02-22']);
  assert.deepEqual(datesOf('Ruritania and Varnia are arranging to hold a summit in May, officials said on Thursday.', '2025-03-04'), ['May=2025-05', 'Thursday=2025-02-27']);
  assert.deepEqual(datesOf('Retail sales in May are up 3% on the year.', '2025-06-04'), ['May=2025-05']);
  assert.deepEqual(datesOf('The striker, who is fit again, scored on Saturday.', THURSDAY), ['Saturday=2025-02-15']);
});

test('"could" before a bare verb and "remain" before a participle look ahead; "could not" and a "that" clause after the date do not', () => {
  assert.deepEqual(datesOf('Rain could reach 300 millimetres in the hills through Tuesday morning, forecasters said.', THURSDAY), ['Tuesday=2025-02-25']);
  assert.deepEqual(datesOf('Schools will remain closed on Monday, the governor said in a post overnight.', THURSDAY), ['Monday=2025-02-24']);
  assert.deepEqual(datesOf('He said he could not attend on Tuesday.', THURSDAY), ['Tuesday=2025-02-18']);
  assert.deepEqual(datesOf('The agency said in a directive on Tuesday that airlines could resume flights.', THURSDAY), ['Tuesday=2025-02-18']);
});

test('a clock after "Monday morning at" is on that Monday', () => {
  assert.deepEqual(datesOf('Testimony will resume on Monday morning at 9:30 a.m., the judge said.', THURSDAY), ['Monday=2025-02-24', '9:30 a.m.=2025-02-24T09:30']);
});

test('a meeting named by its month is the nearest one, whatever the tense ("attention was shifting to the December meeting")', () => {
  assert.deepEqual(datesOf('Traders said attention was shifting to the central bank\'s December meeting.', '2025-11-19'), ['December=2025-12']);
  assert.deepEqual(datesOf('Sales in December were weak, the company said.', '2025-11-19'), ['December=2024-12']);
});

test('"a.m." and "p.m." end no sentence: the tense before a clock range reaches its day, and both clocks are on that day', () => {
  assert.deepEqual(datesOf('The clinics will be open from 9 a.m. to 1 p.m. on Saturday at the library.', THURSDAY), [
    '9 a.m.=2025-02-22T09:00',
    '1 p.m.=2025-02-22T13:00',
    'Saturday=2025-02-22',
  ]);
  assert.deepEqual(datesOf('The office opened from 8 a.m. until 4 p.m. on Monday.', THURSDAY), ['8 a.m.=2025-02-17T08:00', '4 p.m.=2025-02-17T16:00', 'Monday=2025-02-17']);
});

test('a capitalised word in -ed is a name, not a past verb: "to win against Dunmore United on Sunday" looks ahead', () => {
  assert.deepEqual(datesOf('The coach hopes his players are fit enough to win against Dunmore United on Sunday.', THURSDAY), ['Sunday=2025-02-23']);
  assert.deepEqual(datesOf('Dunmore United lost on Sunday.', THURSDAY), ['Sunday=2025-02-16']);
});

test('Christmas and Thanksgiving are days placed by the tense; a Christmas tree is no date', () => {
  assert.deepEqual(datesOf('The winger should be back after Christmas, the coach said.', '2025-12-05'), ['Christmas=2025-12-25']);
  assert.deepEqual(datesOf('The shops were busy on Christmas Eve and quiet on Christmas Day.', '2026-01-08'), ['Christmas Eve=2025-12-24', 'Christmas Day=2025-12-25']);
  assert.deepEqual(datesOf('Sales rose over the Thanksgiving weekend, the retailer said.', '2025-12-08'), ['Thanksgiving=2025-11-27']);
  assert.deepEqual(datesOf('Ruritania lit its Christmas tree.', '2025-12-08'), []);
});

test('a weekday before mojibake is read as the weekday it is ("Sundayâ€™s vote")', () => {
  assert.deepEqual(datesOf('Few voters intend to vote in Sunday\u00e2\u20ac\u2122s municipal elections.', THURSDAY), ['Sunday\u00e2\u20ac\u2122s'.slice(0, 6) + '=2025-02-23']);
});

test('a bare clock in a sentence that looks ahead is on the day ahead the story last named, within the week', () => {
  assert.deepEqual(datesOf('Dunmore host Kelby on Sunday. The game was moved for television. Kickoff is at 8pm.', THURSDAY), ['Sunday=2025-02-23', '8pm=2025-02-23T20:00']);
  assert.deepEqual(datesOf('Voters go to the polls on Sunday. Polling stations would open at 7am and close at 7pm.', THURSDAY), ['Sunday=2025-02-23', '7am=2025-02-23T07:00', '7pm=2025-02-23T19:00']);
  assert.deepEqual(datesOf('Voters go to the polls on Sunday. At 8 p.m. local time, the eye of the storm was 200 km away.', THURSDAY), ['Sunday=2025-02-23', '8 p.m.=2025-02-20T20:00']);
});

test('a clause opened by "after" or "because" after a date says nothing of its tense', () => {
  const text = 'Bridge news\n10 February 2027\nThe Elm Bridge will close from April after engineers found rust, the council has confirmed.\nThe hall closed in March after inspectors found damp.\n';
  const a = analyze(text);
  const months = a.dates.filter((d) => d.text === 'April' || d.text === 'March').map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(months, ['April=2027-04', 'March=2026-03']);
});

test('a report\'s day stays past whatever its "that" clause foretells, and "ahead of schedule" says early', () => {
  assert.deepEqual(datesOf('The cartel said in its monthly bulletin on Monday that demand would rise by 3 percent.', THURSDAY), ['Monday=2025-02-17']);
  assert.deepEqual(datesOf('The port said on Monday that it will reopen on Friday.', THURSDAY), ['Monday=2025-02-17', 'Friday=2025-02-21']);
  assert.deepEqual(datesOf('The crews finished the repairs in December ahead of schedule.', THURSDAY), ['December=2024-12']);
  assert.deepEqual(datesOf('The plant will reopen in December ahead of the holiday rush.', THURSDAY), ['December=2025-12']);
});

test('"due to" a cause says nothing of when; "due to" a timetable\'s verb looks ahead', () => {
  assert.deepEqual(datesOf('The rise in cases was due to heavy rain in January, the clinic said.', THURSDAY), ['January=2025-01']);
  assert.deepEqual(datesOf('Ferries stopped due to strong winds on Monday.', THURSDAY), ['Monday=2025-02-17']);
  assert.deepEqual(datesOf('The council is due to meet in March.', THURSDAY), ['March=2025-03']);
  assert.deepEqual(datesOf('The panel is due to rule on Monday.', THURSDAY), ['Monday=2025-02-24']);
});

test('a capitalised cue word inside a name ("the Northshore Open final") is no verb: the clause\'s own verb decides', () => {
  const tuesday = '2025-03-04';
  assert.deepEqual(datesOf('Mira Kolde beat her rival in three sets to reach the Northshore Open final on Monday.', tuesday), ['Monday=2025-03-03']);
  assert.deepEqual(datesOf('The Northshore Open starts on Monday.', tuesday), ['Monday=2025-03-10']);
  assert.deepEqual(datesOf('Will the rain stop on Monday?', tuesday), ['Monday=2025-03-10']);
});

test('a day after "following" or "after" under a verb in the present tense is the past event the present follows', () => {
  const tuesday = '2025-03-04';
  assert.deepEqual(datesOf('Two landlords are facing fines following a fire at their Carrow flats on Sunday.', tuesday), ['Sunday=2025-03-02']);
  assert.deepEqual(datesOf('Two men are in custody after a fight at the Tolley pub on Saturday.', tuesday), ['Saturday=2025-03-01']);
  assert.deepEqual(datesOf('The ferry is full on Saturday.', tuesday), ['Saturday=2025-03-08']);
  assert.deepEqual(datesOf('Talks will resume after the holiday on Monday.', tuesday), ['Monday=2025-03-10']);
  assert.deepEqual(datesOf('A driver faces charges after a crash near Oldbridge on Saturday.', tuesday), ['Saturday=2025-03-01']);
  assert.deepEqual(datesOf('The gallery is shut until the vote, and reopens on the following Monday.', tuesday), ['following Monday=2025-03-10']);
});
