import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { findDates } from '../../server/src/analysis/dates';
import { analyzeStructure } from '../../server/src/analysis/structure';
import type { DateKind, DateMention, DateResolution } from '../../server/src/analysis/types';

function datesIn(text: string, dct: string | null): DateMention[] {
  return findDates(text, analyzeStructure(text), dct);
}

/** A Thursday: "Monday" in past-tense reporting is 2025-11-24, "Friday" ahead is 2025-11-28. */
const THURSDAY = '2025-11-27';

interface Case {
  text: string;
  dct: string | null;
  /** Every date expected, in order: span text, value, and optionally kind and resolution. */
  want: [string, string, DateKind?, DateResolution?][];
}

const CASES: Case[] = [
  // Absolute dates and times.
  { text: 'The accord was signed on 2025-11-24 in Ankara.', dct: null, want: [['2025-11-24', '2025-11-24', 'date', 'absolute']] },
  { text: 'Posted 2025-06-26 05:05:38 by the desk.', dct: null, want: [['2025-06-26 05:05:38', '2025-06-26T05:05:38', 'time', 'absolute']] },
  { text: 'Tuesday, 02 January 2024 12:17 GMT', dct: null, want: [['Tuesday, 02 January 2024 12:17 GMT', '2024-01-02T12:17Z', 'time', 'absolute']] },
  { text: 'It was signed on November 24, 2025 in Ankara.', dct: null, want: [['November 24, 2025', '2025-11-24', 'date', 'absolute']] },
  { text: 'It took effect on 24 Nov 2025.', dct: null, want: [['24 Nov 2025', '2025-11-24', 'date', 'absolute']] },
  { text: 'Trading resumed on Thursday, March 3, 2022.', dct: THURSDAY, want: [['Thursday, March 3, 2022', '2022-03-03', 'date', 'absolute']] },
  { text: 'Sales fell in March 2024.', dct: null, want: [['March 2024', '2024-03', 'date', 'absolute']] },
  // Partial dates: the dot of an abbreviation belongs to the span; "in" does not.
  { text: 'His two-day visit starts from Nov. 24.', dct: null, want: [['two-day', 'P2D', 'duration', 'absolute'], ['Nov. 24', 'XXXX-11-24', 'date', 'unresolved']] },
  { text: 'ANKARA, Nov 24 (KUNA) -- Talks.', dct: '2025-11-24', want: [['Nov 24', '2025-11-24', 'date', 'article-date']] },
  { text: 'Lee, who took office in June, spoke.', dct: '2025-11-24', want: [['June', '2025-06', 'date', 'article-date']] },
  { text: 'The summit will be held in June.', dct: '2025-11-24', want: [['June', '2026-06']] },
  { text: 'Lee, who took office in June, spoke.', dct: null, want: [['June', 'XXXX-06', 'date', 'unresolved']] },
  { text: 'Prices rose in May, the ministry said.', dct: '2025-11-24', want: [['May', '2025-05']] },
  { text: 'Prices rose last May and will rise next June.', dct: '2025-11-24', want: [['last May', '2025-05'], ['next June', '2026-06']] },
  { text: 'A New Year holiday falls on Jan. 1.', dct: '2025-12-30', want: [['Jan. 1', '2026-01-01']] },
  // Weekdays: past-leaning in reporting, forward when the sentence looks ahead.
  { text: 'Erdogan on Monday said the talks went well.', dct: THURSDAY, want: [['Monday', '2025-11-24', 'date', 'article-date']] },
  { text: 'Erdogan on Monday said the talks went well.', dct: '2025-11-24', want: [['Monday', '2025-11-24']] },
  { text: 'He will visit Seoul on Friday.', dct: THURSDAY, want: [['Friday', '2025-11-28']] },
  { text: 'He said on Monday that he will visit Seoul.', dct: THURSDAY, want: [['Monday', '2025-11-24']] },
  { text: 'He said he will visit Seoul on Friday.', dct: THURSDAY, want: [['Friday', '2025-11-28']] },
  { text: 'The team set a record on Tuesday.', dct: THURSDAY, want: [['Tuesday', '2025-11-25']] },
  { text: 'Yonhap News Agency reported Thursday, citing the office.', dct: '2025-06-26', want: [['Thursday', '2025-06-26']] },
  { text: 'In a separate session on Wednesday, Wi met Rutte.', dct: null, want: [['Wednesday', 'XXXX-WXX-3', 'date', 'unresolved']] },
  { text: 'Last Monday he quit; next Tuesday he returns.', dct: THURSDAY, want: [['Last Monday', '2025-11-24'], ['next Tuesday', '2025-12-02']] },
  // Relative expressions.
  { text: 'The anniversary will be celebrated next year.', dct: '2025-11-23', want: [['next year', '2026', 'date', 'article-date']] },
  { text: 'Yesterday the ministry said so; tomorrow it votes.', dct: THURSDAY, want: [['Yesterday', '2025-11-26'], ['tomorrow', '2025-11-28']] },
  { text: 'Officials met earlier this month.', dct: THURSDAY, want: [['earlier this month', '2025-11']] },
  { text: 'He resigned two days ago.', dct: THURSDAY, want: [['two days ago', '2025-11-25']] },
  { text: 'Rates were cut last week and sales fell last year.', dct: THURSDAY, want: [['last week', '2025-W47'], ['last year', '2024']] },
  { text: 'Rates were cut last week.', dct: null, want: [['last week', 'XXXX-WXX', 'date', 'unresolved']] },
  { text: 'The storm hit last night.', dct: THURSDAY, want: [['last night', '2025-11-26TNI', 'time']] },
  { text: 'Markets were shut over the weekend and reopen at noon.', dct: THURSDAY, want: [['weekend', '2025-W47-WE', 'date'], ['noon', '2025-11-27T12:00', 'time']] },
  { text: 'Sales rose 11% from a year earlier; the vote is the day after tomorrow.', dct: THURSDAY, want: [['a year earlier', '2024'], ['the day after tomorrow', '2025-11-29']] },
  // Years and ranges.
  { text: 'He was born in 1985 and moved in 1950.', dct: null, want: [['1985', '1985', 'date', 'absolute'], ['1950', '1950']] },
  { text: 'France fought in the Korean War (1950-53).', dct: null, want: [['1950-53', '1950/1953', 'date', 'absolute']] },
  { text: 'The 2023-2024 season was long.', dct: null, want: [['2023-2024', '2023/2024']] },
  { text: 'Levies rise in the 2031/32 financial year and the 2039/2040 season.', dct: null, want: [['2031/32', '2031/2032'], ['2039/2040', '2039/2040']] },
  { text: 'In 2031/07 and the 2031/35 plan the slash joins no span of years.', dct: null, want: [['2031', '2031'], ['2031', '2031']] },
  { text: 'Growth was fast in the 1990s.', dct: null, want: [['1990s', '199']] },
  { text: 'The mill shut in May of 2031 and on the 4th of June of 2031; it reopens March 9 of 2032.', dct: null, want: [['May of 2031', '2031-05'], ['4th of June of 2031', '2031-06-04'], ['March 9 of 2032', '2032-03-09']] },
  { text: 'Results for the first quarter of 2025 and Q3 2024.', dct: null, want: [['first quarter of 2025', '2025-Q1'], ['Q3 2024', '2024-Q3']] },
  // Ranges of days, read by chrono-node from the first day; "from" stays out of the span.
  { text: 'The summit runs Nov 24-26 in Ankara.', dct: THURSDAY, want: [['Nov 24-26', '2025-11-24/2025-11-26', 'date', 'article-date']] },
  { text: 'Talks will run from March 3 to March 5, officials said.', dct: THURSDAY, want: [['March 3', '2026-03-03'], ['March 5', '2026-03-05']] },
  { text: '"We see the bank cutting twice next year, in February and in May," said an economist.', dct: THURSDAY, want: [['next year', '2026'], ['February', '2026-02'], ['May', '2026-05']] },
  { text: 'The survey was conducted from November 28 to December 3.', dct: THURSDAY, want: [['November 28', '2025-11-28'], ['December 3', '2025-12-03']] },
  { text: 'The fair runs Nov. 28-Dec. 3 in the old town.', dct: THURSDAY, want: [['Nov. 28-Dec. 3', '2025-11-28/2025-12-03']] },
  { text: 'The fair runs March 3-5, 2026 in Seoul.', dct: null, want: [['March 3-5, 2026', '2026-03-03/2026-03-05', 'date', 'absolute']] },
  { text: 'The talks were held Nov. 24 through Nov. 26.', dct: null, want: [['Nov. 24', 'XXXX-11-24', 'date', 'unresolved'], ['Nov. 26', 'XXXX-11-26', 'date', 'unresolved']] },
  { text: 'Offices close Dec 30 to Jan 2.', dct: THURSDAY, want: [['Dec 30', '2025-12-30'], ['Jan 2', '2026-01-02']] },
  { text: 'Offices close Dec 30 to 31.', dct: THURSDAY, want: [['Dec 30 to 31', '2025-12-30/2025-12-31']] },
  { text: 'It rose on Nov 24 - 3 points up - and fell.', dct: THURSDAY, want: [['Nov 24', '2025-11-24']] },
  { text: 'On Nov 24 - 26 people were killed, police said.', dct: THURSDAY, want: [['Nov 24', '2025-11-24']] },
  { text: 'The summit was held 20-22 November in Johannesburg.', dct: THURSDAY, want: [['20-22 November', '2025-11-20/2025-11-22', 'date', 'article-date']] },
  { text: 'The fair runs 3\u20135 March 2026.', dct: null, want: [['3\u20135 March 2026', '2026-03-03/2026-03-05', 'date', 'absolute']] },
  { text: 'A 24-hour strike began 22 November.', dct: null, want: [['24-hour', 'PT24H', 'duration'], ['22 November', 'XXXX-11-22']] },
  // The end of a month, read by chrono-node; the value names the month.
  { text: 'The deal is due by the end of the month.', dct: THURSDAY, want: [['end of the month', '2025-11', 'date', 'article-date']] },
  { text: 'The deal is due by the end of next month.', dct: THURSDAY, want: [['end of next month', '2025-12']] },
  { text: 'The deal is due by the end of the month.', dct: null, want: [['end of the month', 'XXXX-XX', 'date', 'unresolved']] },
  { text: 'Elections are planned for the end of March 2026.', dct: null, want: [['end of March 2026', '2026-03', 'date', 'absolute']] },
  { text: 'At the end of the day the end of the war came.', dct: THURSDAY, want: [] },
  // A weekday with the part of it: the value is the day.
  { text: 'He arrived on Monday morning and left on Tuesday evening.', dct: THURSDAY, want: [['Monday', '2025-11-24', 'date'], ['Tuesday', '2025-11-25', 'date']] },
  { text: 'He arrived on Monday morning.', dct: null, want: [['Monday', 'XXXX-WXX-1', 'date', 'unresolved']] },
  // "This Sunday": the sentence's tense, else the nearer one.
  { text: "This Sunday's photo shows the wreckage.", dct: '2020-08-11', want: [['This Sunday', '2020-08-09']] },
  { text: 'The vote is scheduled for this Friday.', dct: THURSDAY, want: [['this Friday', '2025-11-28']] },
  { text: 'Talks ended this Monday, officials said.', dct: THURSDAY, want: [['this Monday', '2025-11-24']] },
  // Durations and sets.
  { text: 'A three-week tour after three years and 24 hours of talks.', dct: null, want: [['three-week', 'P3W', 'duration'], ['three years', 'P3Y', 'duration'], ['24 hours', 'PT24H', 'duration']] },
  { text: 'A 10-year plan after many years abroad.', dct: null, want: [['10-year', 'P10Y'], ['many years', 'PXY']] },
  // A recurrence is no date: neither "every year" nor its "year".
  { text: 'The fair opens every year, each Monday and every two weeks.', dct: null, want: [] },
  // Times.
  { text: 'The meeting starts at 10 a.m. and ends at 3:30 pm GMT.', dct: THURSDAY, want: [['10 a.m.', '2025-11-27T10:00', 'time'], ['3:30 pm GMT', '2025-11-27T15:30Z', 'time']] },
  { text: 'Talks resume at 1200 GMT on 11/24/2025, not 24/11/2025 or 24.11.2025.', dct: null, want: [['1200 GMT', 'XXXX-XX-XXT12:00Z', 'time'], ['11/24/2025', '2025-11-24'], ['24/11/2025', '2025-11-24'], ['24.11.2025', '2025-11-24']] },
  // Not dates.
  { text: 'They may meet again to march on.', dct: null, want: [] },
  { text: 'June Carter and Theresa May met; May God help them.', dct: null, want: [] },
  { text: 'USA Today said a 5-year-old found a 2,500-year-old coin.', dct: null, want: [] },
  { text: 'The G20 summit drew 2000 people and cost $2025; 1,950 troops; 2024% growth.', dct: null, want: [] },
  { text: 'The 140th anniversary is now, he said.', dct: THURSDAY, want: [] },
  { text: 'The score was 3:1 and the ratio 16:9; she is 45 years old.', dct: null, want: [] },
  { text: 'Version 1.2.2025 costs 3/4 of 10/20/30 and 1.5.', dct: null, want: [] },
  { text: 'MENAFN26062025000071011013ID1109726370', dct: null, want: [] },
  { text: 'The memorandum signed earlier was an important step.', dct: null, want: [] },
  // Real news forms: long spans with an article, years that date an event, slashed time stamps.
  { text: 'It marks a find following a decade of search efforts, the first in a decade.', dct: null, want: [['a decade', 'P10Y', 'duration'], ['a decade', 'P10Y', 'duration']] },
  { text: 'The rivalry took a century to settle.', dct: null, want: [['a century', 'P100Y', 'duration']] },
  // A unit glued to "-long" is how long something lasts; an age in "-old" is none.
  { text: 'It is a decade-old dispute and a decades-long feud.', dct: null, want: [['decades-long', 'PXDE', 'duration']] },
  { text: 'A week-long fair, month-long fasting, a year-long inquiry and days-long queues.', dct: null, want: [['week-long', 'P1W', 'duration'], ['month-long', 'P1M', 'duration'], ['year-long', 'P1Y', 'duration'], ['days-long', 'PXD', 'duration']] },
  { text: 'After a three-week-long stoppage and a long week, work resumed.', dct: null, want: [['three-week', 'P3W', 'duration']] },
  { text: 'He referred to the 1984 anti-Sikh riots and the 2008 financial crisis.', dct: null, want: [['1984', '1984', 'date'], ['2008', '2008', 'date']] },
  { text: 'The board amended the 2031 program and set out the 2032 road schedule.', dct: null, want: [['2031', '2031', 'date'], ['2032', '2032', 'date']] },
  { text: 'The 2000 soldiers and the 1500 workers went home.', dct: null, want: [] },
  { text: 'AFP\n2020/8/10 15:38:41\nGunmen killed eight people.', dct: null, want: [['2020/8/10 15:38:41', '2020-08-10T15:38:41', 'time', 'absolute']] },
  { text: 'On 11/24/2025 10 people were hurt.', dct: null, want: [['11/24/2025', '2025-11-24', 'date', 'absolute']] },
];

describe('findDates table', () => {
  for (const c of CASES) {
    test(`${c.text.slice(0, 60)} (dct ${c.dct})`, () => {
      const got = datesIn(c.text, c.dct);
      assert.deepEqual(
        got.map((d) => d.text),
        c.want.map((w) => w[0]),
        `spans in ${JSON.stringify(c.text)}`,
      );
      c.want.forEach(([span, value, kind, resolution], k) => {
        const d = got[k];
        assert.equal(c.text.slice(d.start, d.end), d.text, 'offsets point at the text');
        assert.equal(d.value, value, `value of ${JSON.stringify(span)}`);
        if (kind) assert.equal(d.kind, kind, `kind of ${JSON.stringify(span)}`);
        if (resolution) assert.equal(d.resolution, resolution, `resolution of ${JSON.stringify(span)}`);
      });
    });
  }
});

describe('dates and the article', () => {
  test('a dateline without a year still fixes relative days but leaves the year open', () => {
    const text = ['Headline', 'Johannesburg, Nov 23 (NationPress) Lee said yesterday that ties were strong.'].join('\n');
    const dates = analyze(text).dates;
    assert.deepEqual(
      dates.map((d) => [d.text, d.value, d.resolution]),
      [
        ['Nov 23', 'XXXX-11-23', 'unresolved'],
        ['yesterday', 'XXXX-11-22', 'unresolved'],
      ],
    );
  });

  test("a dateline without a year: the lead's weekday is taken to be the dateline's day, others count from it", () => {
    const text = [
      'VALMORA, Feb 3 (Agencia) - The mayor on Saturday visited the square where a bomb went off on Thursday evening.',
      'He said on Thursday that the police would act. Officials will meet on Monday.',
    ].join('\n');
    assert.deepEqual(
      analyze(text).dates.map((d) => [d.text, d.value, d.resolution]),
      [
        ['Feb 3', 'XXXX-02-03', 'unresolved'],
        ['Saturday', 'XXXX-02-03', 'presumed-weekday'],
        ['Thursday', 'XXXX-02-01', 'presumed-weekday'],
        ['Thursday', 'XXXX-02-01', 'presumed-weekday'],
        ['Monday', 'XXXX-02-05', 'presumed-weekday'],
      ],
    );
  });

  test('a dateline without a year: no weekday in the lead, or a count across the end of February, stays open', () => {
    const late = ['VALMORA, Nov 23 (Agencia) - Talks went well, the mayor said.', 'The vote was held on Tuesday.'].join('\n');
    assert.deepEqual(
      analyze(late).dates.map((d) => [d.text, d.value]),
      [
        ['Nov 23', 'XXXX-11-23'],
        ['Tuesday', 'XXXX-WXX-2'],
      ],
    );
    const march = 'VALMORA, March 1 (Agencia) - The mayor on Tuesday said the bomb went off on Sunday.';
    assert.deepEqual(
      analyze(march).dates.map((d) => [d.text, d.value]),
      [
        ['March 1', 'XXXX-03-01'],
        ['Tuesday', 'XXXX-03-01'],
        ['Sunday', 'XXXX-WXX-7'],
      ],
    );
  });

  test('the header date resolves the weekday and the dateline', () => {
    const text = [' date 2025-11-24 403', 'Headline', 'ANKARA, Nov 24 (KUNA) -- Erdogan on Monday said talks went well.'].join('\n');
    const a = analyze(text);
    assert.equal(a.dct, '2025-11-24');
    assert.deepEqual(
      a.dates.map((d) => [d.text, d.value]),
      [
        ['2025-11-24', '2025-11-24'],
        ['Nov 24', '2025-11-24'],
        ['Monday', '2025-11-24'],
      ],
    );
  });

  test('dates inside boilerplate are dropped by analyze', () => {
    const text = ['Headline', 'Lee met Macron on Saturday.', '', 'Legal Disclaimer:', 'Content as of 2025-01-01 without warranty of any kind.'].join('\n');
    assert.deepEqual(
      analyze(text).dates.map((d) => d.text),
      ['Saturday'],
    );
  });

  test('CRLF and BOM keep offsets on the original text', () => {
    const text = '\ufeffErdogan met Lee in Ankara.\r\n"We agree," Erdogan said on Monday.\r\n';
    const [d] = datesIn(text, THURSDAY);
    assert.equal(text.slice(d.start, d.end), 'Monday');
    assert.equal(d.value, '2025-11-24');
  });

  test('a date never runs across a line break', () => {
    assert.deepEqual(
      datesIn('It ended in November\n24 people died.', null).map((d) => d.text),
      ['November'],
    );
  });

  test('an invalid article date is treated as none', () => {
    assert.equal(datesIn('He spoke on Monday.', '2025-13-45')[0].value, 'XXXX-WXX-1');
  });
});

describe('hostile and bad input', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['binary', '\u0000\u0001\u0002\ufffd\ufffd\u0000PNG 2025-11-24'],
    ['lone surrogates', '\ud800 Monday \udfff 1950-53'],
    ['a megabyte of capitals', 'ABCDEFGH '.repeat(120_000)],
    ['a megabyte of quotes', '"\u201c\u201d\''.repeat(250_000)],
    ['a megabyte of abbreviations', 'Nov. Dr. U.S. Jan. '.repeat(55_000)],
    ['a megabyte of digits and dashes', '2025-11-24-12:17:1950-53-'.repeat(40_000)],
    ['a megabyte digit run', '1'.repeat(1_000_000)],
    ['a megabyte of date words on one line', 'Monday June next week two days ago '.repeat(30_000)],
    ['a megabyte of ranges', 'Nov 24-26 to March 3 '.repeat(50_000)],
    ['a megabyte of month ends', 'end of the month end of '.repeat(45_000)],
  ];
  for (const [name, text] of inputs) {
    test(name, () => {
      const dates = datesIn(text, THURSDAY);
      let previousEnd = 0;
      for (const d of dates) {
        assert.ok(d.start >= previousEnd && d.start < d.end && d.end <= text.length, `ordered, non-overlapping spans within the text: ${JSON.stringify(d)}`);
        previousEnd = d.end;
      }
    });
  }

  test('date words on one long line are all found', () => {
    const dates = datesIn('Monday June next week two days ago '.repeat(1000), THURSDAY);
    assert.equal(dates.length, 4000, 'four dates per repetition');
  });
});
