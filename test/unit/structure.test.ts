import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { overlapsAny } from '../../server/src/analysis/boilerplate';
import { analyzeStructure, documentDate, documentDateOf } from '../../server/src/analysis/structure';
import type { Span } from '../../server/src/analysis/types';

const joinLines = (...lines: string[]) => lines.join('\n');
const slice = (text: string, span: Span | null | undefined) => (span ? text.slice(span.start, span.end) : null);

describe('header line and headline', () => {
  test('a header line gives the document date and the headline is the next line', () => {
    const text = joinLines(' date 2025-11-24 403', 'Ankara Focused On Steps To Advance Defense Cooperation', 'ANKARA, Nov 24 (KUNA) -- Talks went well, officials said.');
    const s = analyzeStructure(text);
    assert.equal(slice(text, s.header), 'date 2025-11-24 403', 'header is the trimmed first line');
    assert.equal(slice(text, s.headline), 'Ankara Focused On Steps To Advance Defense Cooperation');
    assert.deepEqual(documentDate(text, s), { date: '2025-11-24', source: 'header' });
  });

  test('a header with a second, older timestamp keeps its first date as the article date', () => {
    const text = joinLines(' date 2025-06-26 Tuesday, 02 January 2024 12:17 GMT', 'NATO To Establish Body', 'TOKYO, June 26 (KUNA) -- Text.');
    assert.equal(documentDateOf(text, analyzeStructure(text)), '2025-06-26');
  });

  test('without a header the headline is the first line', () => {
    const text = joinLines('South Korea, Türkiye are brotherly nations, says Lee', 'ANKARA', 'Lee said the two countries would cooperate.');
    const s = analyzeStructure(text);
    assert.equal(s.header, null);
    assert.equal(slice(text, s.headline), 'South Korea, Türkiye are brotherly nations, says Lee');
  });

  test('an article that opens with its dateline paragraph has no headline', () => {
    const text = joinLines(' date 2025-06-26 403', '(MENAFN- Kuwait News Agency (KUNA)) TOKYO, June 26 (KUNA) -- South Korea and NATO agreed.', 'More text.');
    const s = analyzeStructure(text);
    assert.equal(s.headline, null);
    assert.equal(s.dateline?.place?.text, 'TOKYO');
  });

  test('navigation lines and blank lines between the header and the headline are skipped and marked', () => {
    const nbsp = '\u00a0 ';
    const text = joinLines(
      ' date 2025-06-26 12:17 GMT',
      'عربي',
      '',
      `${nbsp.repeat(5)}US${nbsp.repeat(4)}Europe${nbsp.repeat(4)}Asia${nbsp.repeat(3)}`,
      `|${nbsp.repeat(3)}Politics${nbsp.repeat(4)}Economy${nbsp.repeat(3)}Oil&Energy`,
      '',
      'S. Korea, NATO To Establish Defense Industry Consultative Body',
      '',
      '2025-06-26 05:05:38',
      '(MENAFN- Kuwait News Agency (KUNA)) TOKYO, June 26 (KUNA) -- South Korea and NATO agreed.',
    );
    const s = analyzeStructure(text);
    assert.equal(slice(text, s.headline), 'S. Korea, NATO To Establish Defense Industry Consultative Body');
    assert.equal(s.boilerplate.length, 1, 'one navigation region');
    const region = slice(text, s.boilerplate[0]) ?? '';
    assert.ok(region.startsWith('عربي'), `the language switch above the menu belongs to it, got ${JSON.stringify(region.slice(0, 10))}`);
    assert.ok(region.endsWith('Oil&Energy'), 'the region ends with the last menu item');
  });
});

describe('datelines', () => {
  const cases: { line: string; place: string | null; date: string | null; source: string | null; span: string }[] = [
    { line: 'ANKARA, Nov 24 (KUNA) -- Turkish President said', place: 'ANKARA', date: 'Nov 24', source: 'KUNA', span: 'ANKARA, Nov 24 (KUNA) --' },
    { line: '(MENAFN- Kuwait News Agency (KUNA)) TOKYO, June 26 (KUNA) -- South Korea', place: 'TOKYO', date: 'June 26', source: 'KUNA', span: 'TOKYO, June 26 (KUNA) --' },
    { line: 'Johannesburg, Nov 23 (NationPress) South Korean President', place: 'Johannesburg', date: 'Nov 23', source: 'NationPress', span: 'Johannesburg, Nov 23 (NationPress)' },
    { line: 'WASHINGTON (Reuters) - The Federal Reserve held rates.', place: 'WASHINGTON', date: null, source: 'Reuters', span: 'WASHINGTON (Reuters) -' },
    { line: 'LONDON, March 3 (Reuters) - Britain said on Monday', place: 'LONDON', date: 'March 3', source: 'Reuters', span: 'LONDON, March 3 (Reuters) -' },
    { line: 'PARIS — France will host the talks.', place: 'PARIS', date: null, source: null, span: 'PARIS —' },
    { line: 'NEW YORK, Nov. 24, 2025 (AP) — Stocks rose.', place: 'NEW YORK', date: 'Nov. 24, 2025', source: 'AP', span: 'NEW YORK, Nov. 24, 2025 (AP) —' },
    { line: 'BAKU, Azerbaijan, June 26 (Trend) -- Talks', place: 'BAKU, Azerbaijan', date: 'June 26', source: 'Trend', span: 'BAKU, Azerbaijan, June 26 (Trend) --' },
    { line: 'SEOUL, 3rd March (Yonhap) -- Talks', place: 'SEOUL', date: '3rd March', source: 'Yonhap', span: 'SEOUL, 3rd March (Yonhap) --' },
    { line: 'Nov 24 (Reuters) - Oil prices rose.', place: null, date: 'Nov 24', source: 'Reuters', span: 'Nov 24 (Reuters) -' },
    { line: 'SEOUL, South Korea (AP) — Talks.', place: 'SEOUL, South Korea', date: null, source: 'AP', span: 'SEOUL, South Korea (AP) —' },
    { line: 'NEW YORK/MUMBAI, May 15 — U.S. stocks eased on Friday.', place: 'NEW YORK/MUMBAI', date: 'May 15', source: null, span: 'NEW YORK/MUMBAI, May 15 —' },
    { line: 'WASHINGTON/LONDON (Reuters) - Talks.', place: 'WASHINGTON/LONDON', date: null, source: 'Reuters', span: 'WASHINGTON/LONDON (Reuters) -' },
  ];
  for (const c of cases) {
    test(c.line.slice(0, 40), () => {
      const text = joinLines('A Headline For The Story', c.line);
      const d = analyzeStructure(text).dateline;
      assert.ok(d, `a dateline in ${JSON.stringify(c.line)}`);
      assert.equal(d.place?.text ?? null, c.place, 'place');
      assert.equal(d.date?.text ?? null, c.date, 'date');
      assert.equal(d.source?.text ?? null, c.source, 'source');
      assert.equal(slice(text, d), c.span, 'dateline span');
      if (d.date) assert.equal(slice(text, d.date), c.date, 'date offsets point into the text');
    });
  }

  test('a lone capitalised place under the headline is a dateline without date', () => {
    const text = joinLines('Headline Of The Story', 'ANKARA', 'South Korean President Lee said.');
    const d = analyzeStructure(text).dateline;
    assert.equal(d?.place?.text, 'ANKARA');
    assert.equal(d?.date, null);
  });

  test('ordinary first sentences are not datelines', () => {
    for (const line of ['South Korean President Lee Jae Myung has said that ties are strong.', 'Turkish President Recep Tayyip Erdogan on Monday said - nothing.', 'The agreement was finalized during a meeting.', 'NATO said on Monday that it would meet.']) {
      assert.equal(analyzeStructure(joinLines('Headline', line)).dateline, null, `no dateline in ${JSON.stringify(line)}`);
    }
  });
});

describe('document date', () => {
  test('a dateline with a year gives the date', () => {
    const text = joinLines('Headline', 'NEW YORK, Nov. 24, 2025 (AP) — Stocks rose.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: '2025-11-24', source: 'dateline' });
  });

  test('a dateline without a year takes the year of a timestamp of the same day', () => {
    const text = joinLines('Headline', '', '2025-06-26 05:05:38', 'TOKYO, June 26 (KUNA) -- Talks.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: '2025-06-26', source: 'dateline' });
  });

  test('a dateline without a year takes the year of a written-out date of the same day', () => {
    for (const full of ['November 23, 2025', 'Nov. 23, 2025', '23 November 2025', '23rd of November, 2025']) {
      const text = joinLines('Headline', `Johannesburg, Nov 23 (NationPress) The summit opened on ${full} in the city.`);
      assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: '2025-11-23', source: 'dateline' }, `year from ${full}`);
    }
    const far = joinLines('Headline', 'Johannesburg, Nov 23 (NationPress) The pact of March 2, 2019 holds.');
    assert.equal(documentDateOf(far, analyzeStructure(far)), null, 'a date months away gives no year');
  });

  test('a dateline without a year takes the year of a stated date near its day', () => {
    const text = joinLines('Headline', 'SEOUL, Jan 3 (Yonhap) -- The accord signed on December 29, 2025 takes effect today.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: '2026-01-03', source: 'dateline' });
  });

  test('a dateline without a year and no year elsewhere gives no date', () => {
    const text = joinLines('Headline', 'Johannesburg, Nov 23 (NationPress) Lee met Macron. The Korean War (1950-53) ended.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: null, source: null });
  });

  test('a timestamp line at the top gives the date when nothing else does', () => {
    const text = joinLines('Headline', 'Published: March 3, 2025', 'The ministry said talks went well.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: '2025-03-03', source: 'text' });
  });

  test('timestamp lines in the common shapes give the date; prose with a date does not', () => {
    const stamps: [string, string | null][] = [
      ['Mon 24 Nov 2025 10.05 GMT', '2025-11-24'],
      ['November 24, 2025 | 10:05 AM', '2025-11-24'],
      ['Updated: 2025-11-24T10:05Z', '2025-11-24'],
      ['Posted on Tuesday, 02 January 2024 12:17 GMT', '2024-01-02'],
      ['Lee met Macron on November 24, 2025.', null],
      ['Nov 24 2025 was a Monday and a holiday', null],
      // Shapes the rules leave to chrono-node.
      ['2025.11.24 10:05', '2025-11-24'],
      ['Updated 24-Nov-2025 10:05 GMT', '2025-11-24'],
      ['24-Nov-2025 and 25-Nov-2025 Lee visited', null],
      ['Nov 24 10:05 GMT', null],
    ];
    for (const [line, want] of stamps) {
      const text = joinLines('Headline Of The Story', line, 'The ministry said talks went well.');
      assert.equal(documentDateOf(text, analyzeStructure(text)), want, `date of ${JSON.stringify(line)}`);
    }
  });

  test('no header, dateline or timestamp: no date', () => {
    const text = joinLines('Headline', 'ANKARA', 'Lee said on Monday that ties were strong.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: null, source: null });
  });

  test('analyze reports the source, and an annotated date wins', () => {
    const text = joinLines(' date 2025-11-24 403', 'Headline', 'ANKARA, Nov 24 (KUNA) -- Erdogan said on Monday.');
    assert.equal(analyze(text).dctSource, 'header');
    const annotated = analyze(text, { documentDate: '2025-11-20' });
    assert.equal(annotated.dct, '2025-11-20');
    assert.equal(annotated.dctSource, 'annotation');
  });
});

describe('boilerplate', () => {
  test('a tracking code and the disclaimer after it form one region; sign-off and page words stay', () => {
    const text = joinLines(
      'Headline',
      'TOKYO, June 26 (KUNA) -- The body was agreed. (end)',
      'mk',
      '',
      'MENAFN26062025000071011013ID1109726370',
      '',
      'Legal Disclaimer:',
      'MENAFN provides the information “as is” without warranty of any kind. If you have any complaints, kindly contact the provider above.',
      '',
      'Tags',
      '',
      'Comments',
    );
    const s = analyzeStructure(text);
    assert.equal(s.boilerplate.length, 1, 'one region');
    const region = slice(text, s.boilerplate[0]) ?? '';
    assert.ok(region.startsWith('MENAFN2606'), 'starts at the tracking code');
    assert.ok(region.endsWith('provider above.'), 'ends with the disclaimer paragraph');
  });

  test('a hard-wrapped disclaimer runs to the next blank line, over a second disclaimer', () => {
    const body = 'This development signals a strengthening of ties.';
    const text = joinLines(
      'Headline',
      body,
      'Legal Disclaimer:',
      'MENAFN provides the',
      'information as is without warranty of any kind. We do not accept',
      'any responsibility for the accuracy of this article.',
      'Legal Disclaimer:',
      'EIN Presswire provides this news content "as is" without warranty of any kind.',
    );
    const s = analyzeStructure(text);
    assert.equal(s.boilerplate.length, 1);
    assert.equal(s.boilerplate[0].start, text.indexOf('Legal Disclaimer:'));
    assert.equal(s.boilerplate[0].end, text.length);
  });

  test('"Synopsis", "Key Takeaways" and their bullet points are article content', () => {
    const text = joinLines('Headline', 'Synopsis', 'Key Takeaways', '- Historic Context: The 140th anniversary will be celebrated next year.', 'Johannesburg, Nov 23 (NationPress) Lee met Macron.');
    assert.deepEqual(analyzeStructure(text).boilerplate, []);
  });

  test('a copyright line is boilerplate', () => {
    const text = joinLines('Headline', 'Lee met Macron on Saturday.', '© 2025 Reuters. All rights reserved.');
    const s = analyzeStructure(text);
    assert.equal(slice(text, s.boilerplate[0]), '© 2025 Reuters. All rights reserved.');
  });

  test('a breadcrumb trail is navigation', () => {
    const text = joinLines('Home » World » Asia', 'Headline Of The Story', 'SEOUL (Yonhap) -- Talks.');
    const s = analyzeStructure(text);
    assert.equal(slice(text, s.boilerplate[0]), 'Home » World » Asia');
    assert.equal(slice(text, s.headline), 'Headline Of The Story');
  });

  test("a bar-separated line that is the story's header (a byline, a dated first field) is no menu, as a menu beside it is", () => {
    const text = joinLines('Home | World | Business', 'Headline Of The Story', '12 March 2026 | Politics', 'By Ann Roe | Dorvan Ledger', 'Politics | By Ann Roe', 'ANKARA (KUNA) -- Talks went well, officials said.');
    const s = analyzeStructure(text);
    assert.deepEqual(s.boilerplate.map((b) => slice(text, b)), ['Home | World | Business']);
    assert.equal(slice(text, s.headline), 'Headline Of The Story');
  });

  test('prose with double spaces is not a menu', () => {
    const text = joinLines('Headline', 'He said so.  Then he left.  Nobody followed.', 'Prices  rose  sharply  in  June  and  fell.');
    assert.deepEqual(analyzeStructure(text).boilerplate, []);
  });
});

test('overlapsAny finds overlaps with sorted regions and nothing else', () => {
  const regions = [{ start: 10, end: 20 }, { start: 30, end: 40 }];
  const cases: [number, number, boolean][] = [[0, 10, false], [0, 11, true], [19, 25, true], [20, 30, false], [35, 36, true], [40, 50, false], [5, 45, true]];
  for (const [start, end, want] of cases) assert.equal(overlapsAny(regions, { start, end }), want, `[${start}, ${end})`);
  assert.equal(overlapsAny([], { start: 0, end: 5 }), false);
});

describe('bad input', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['only spaces', '   \n\t\n'],
    ['BOM and CRLF', '\ufeff date 2025-11-24 403\r\nHeadline Here\r\nANKARA, Nov 24 (KUNA) -- Text said.\r\n'],
    ['binary', '\u0000\u0001\u0002\ufffd\ufffd\u0000PNG'],
    ['lone surrogates', '\ud800\udc00\ud800 \udfff'],
    ['a megabyte on one line', 'Capital Words Here, '.repeat(50_000)],
    ['a megabyte of capitals', 'ABCDEFGH '.repeat(120_000)],
    ['a megabyte of open parentheses', '('.repeat(1_000_000)],
    ['a megabyte of menu-like lines', '   US     Europe     Asia\n'.repeat(40_000)],
    ['menus, codes and prose alternating', 'Home\n   US     Europe     Asia\nMENAFN26062025000071011013ID1109726370\nThe minister said so on Monday.\n'.repeat(15_000)],
    ['a megabyte of dateline-like lines', 'ANKARA, Nov 24 (KUNA) --\n'.repeat(40_000)],
    ['a yearless dateline over a megabyte of day numbers', 'Headline\nPARIS, Nov 1 (AFP) -- ' + '1 Nov. 1, 1 of '.repeat(70_000)],
  ];
  for (const [name, text] of inputs) {
    test(name, () => {
      const s = analyzeStructure(text);
      for (const span of [s.headline, s.header, s.dateline, ...s.boilerplate]) {
        if (span) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${JSON.stringify(span)} within the text`);
      }
      documentDate(text, s);
    });
  }

  test('CRLF: the header and headline exclude the CR', () => {
    const text = '\ufeff date 2025-11-24 403\r\nHeadline Here\r\nANKARA, Nov 24 (KUNA) -- Text said.\r\n';
    const s = analyzeStructure(text);
    assert.equal(slice(text, s.header), 'date 2025-11-24 403');
    assert.equal(slice(text, s.headline), 'Headline Here');
    assert.equal(s.dateline?.place?.text, 'ANKARA');
    assert.equal(documentDateOf(text, s), '2025-11-24');
  });
});

describe('a header line that runs on into the story', () => {
  test('the story after the header date is body: its dateline is found and its lead is a claim', () => {
    const text = joinLines(
      ' date 2024-03-21 (MENAFN- Kuwait News Agency (KUNA)) JEDDAH, March 21 (KUNA) -- Ambassador Sabah Al-Nasser said on Thursday that the visit opens a new chapter.',
      '',
      'He added that talks would follow. (end)',
    );
    const a = analyze(text);
    assert.equal(slice(text, a.structure.header), 'date 2024-03-21', 'the header is only its date, not the story after it');
    assert.equal(a.structure.headline, null, 'a dateline paragraph is no headline');
    assert.equal(a.structure.dateline?.place?.text, 'JEDDAH', 'the dateline on the header line is found');
    assert.equal(a.dct, '2024-03-21');
    assert.ok(
      a.claims.some((c) => c.text.startsWith('Ambassador Sabah Al-Nasser said')),
      `the lead sentence on the header line is a claim; claims: ${JSON.stringify(a.claims.map((c) => c.text))}`,
    );
  });

  test('a headline on the header line becomes the headline', () => {
    const text = joinLines(' date 2020-08-11 Gunmen Kill Aid Workers in Niger: Reports', 'NIAMEY, Aug 10 (AFP) -- Gunmen killed eight people, officials said.');
    const s = analyzeStructure(text);
    assert.equal(slice(text, s.header), 'date 2020-08-11');
    assert.equal(slice(text, s.headline), 'Gunmen Kill Aid Workers in Niger: Reports');
  });

  test('a number or a timestamp after the header date stays in the header', () => {
    for (const rest of ['403', 'Tuesday, 02 January 2024 12:17 GMT']) {
      const text = joinLines(` date 2025-06-26 ${rest}`, 'Headline Here', 'TOKYO, June 26 (KUNA) -- Talks went well, officials said.');
      const s = analyzeStructure(text);
      assert.equal(slice(text, s.header), `date 2025-06-26 ${rest}`, `"${rest}" stays in the header`);
      assert.equal(slice(text, s.headline), 'Headline Here');
    }
  });
});

describe('page controls', () => {
  test('lines that are only page controls or labels are boilerplate, and no headline', () => {
    const text = joinLines('Advertisement', '', 'Panel Backs Up Prosecutors', '', 'Share', 'The court ruled on Friday, its panel said.', 'Advertisement', 'No comments:', 'Post a Comment', 'scroll to top');
    const s = analyzeStructure(text);
    assert.equal(slice(text, s.headline), 'Panel Backs Up Prosecutors', 'the label above the headline is not the headline');
    const labels = ['Advertisement', 'Share', 'No comments:', 'Post a Comment', 'scroll to top'];
    for (const label of labels) {
      const at = text.indexOf(label, label === 'Advertisement' ? 1 : 0);
      assert.ok(overlapsAny(s.boilerplate, { start: at, end: at + label.length }), `"${label}" is boilerplate`);
    }
    const prose = text.indexOf('The court');
    assert.ok(!overlapsAny(s.boilerplate, { start: prose, end: prose + 9 }), 'the story is not');
  });

  test('a sentence that merely starts with a label word stays', () => {
    const text = joinLines('Headline Here', 'Share prices rose sharply on Monday, traders said.', 'Print media is changing.');
    assert.deepEqual(analyzeStructure(text).boilerplate, []);
  });
});

describe('stamps run on from a byline or a source name', () => {
  test('a byline whose name runs straight into the stamp dates the article', () => {
    const text = joinLines('Port city to widen its ring road', 'By Lena Marsh   April 6, 2026 | 09:15 am GMT+7', 'The city will widen the road next year, officials said on Monday.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: '2026-04-06', source: 'text' });
  });

  test('a source name and a comma before a date alone dates the article', () => {
    const text = joinLines('Grain exports climb in March', 'Harbour Daily , Thursday 9 Apr 2026', 'Exports rose on Wednesday, the port said.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: '2026-04-09', source: 'text' });
  });

  test('prose after a byline name or a comma is not a stamp', () => {
    const text = joinLines('Ring road plan', 'By Lena Marsh who covered April 6, 2026 hearings', 'Officials, on April 6, 2026 talked.', 'The plan was approved.');
    assert.deepEqual(documentDate(text, analyzeStructure(text)), { date: null, source: null });
  });
});
