import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { CollectionCalendar, dateFromCollection } from '../../server/src/analysis/collectionDate';
import { runCliCaptured } from './cliRun';
import { AnalysisCache } from '../../server/src/workspace/analysisCache';

describe('the year of a yearless article from its collection', () => {
  test('the year of a dated article within a month of its day', () => {
    assert.equal(dateFromCollection('XXXX-11-23', ['2025-11-24', '2025-06-26']), '2025-11-23');
    assert.equal(dateFromCollection('XXXX-12-30', ['2026-01-02', null, 'not a date']), '2025-12-30', 'late December before a January article is the year before');
    assert.equal(dateFromCollection('XXXX-01-02', ['2025-12-29']), '2026-01-02', 'early January after a December article is the year after');
    assert.equal(dateFromCollection('XXXX-02-29', ['2024-03-10']), '2024-02-29', 'February 29 takes a leap year near the collection');
    assert.equal(dateFromCollection('XXXX-08-31', ['2026-02-12', '2026-05-21', '2026-10-16']), '2026-08-31', 'a day between two dated articles of one year is of that year');
  });

  test('left open when no dated article is near, or dated articles of two years are', () => {
    assert.equal(dateFromCollection('XXXX-03-03', ['2024-06-12']), null, 'a lone article three months off says nothing about the year');
    assert.equal(dateFromCollection('XXXX-08-31', ['2025-05-21', '2026-10-16']), null, 'between dated articles of two years: not settled');
    assert.equal(dateFromCollection('XXXX-12-20', ['2026-02-12', '2026-10-16']), null, 'after the last dated article: not bracketed');
    assert.equal(dateFromCollection('XXXX-11-23', ['2024-11-20', '2025-11-25']), null, 'two years near the same day: not settled');
    assert.equal(dateFromCollection('XXXX-11-23', []), null);
    assert.equal(dateFromCollection('XXXX-11-23', [null]), null);
    assert.equal(dateFromCollection('2025-11-23', ['2025-11-24']), null, 'only an open date is completed');
    assert.equal(dateFromCollection('XXXX-02-29', ['2025-03-01']), null, 'no leap year within reach');
  });

  test('a calendar of many articles answers many yearless ones', () => {
    const dated = Array.from({ length: 10_000 }, (_, k) => `20${10 + (k % 15)}-0${1 + (k % 9)}-1${k % 10}`);
    const calendar = new CollectionCalendar(dated);
    assert.equal(calendar.size, 10_000);
    assert.equal(calendar.dateFor('XXXX-03-15'), null, 'every year of the collection has a March article: not settled');
    assert.equal(new CollectionCalendar(['2025-11-24', '2025-11-20', '2025-11-26']).dateFor('XXXX-11-23'), '2025-11-23');
  });

  test('the analysis states the open date and keeps the collection as the source', () => {
    const text = 'Lee meets Macron\nJohannesburg, Nov 23 (NationPress) Lee met Macron on Saturday, the office said.';
    const alone = analyze(text);
    assert.equal(alone.dct, null);
    assert.equal(alone.openDct, 'XXXX-11-23', 'the yearless dateline date is exposed');
    const dated = analyze(text, { documentDate: '2025-11-23', documentDateSource: 'collection' });
    assert.equal(dated.dct, '2025-11-23');
    assert.equal(dated.dctSource, 'collection');
    assert.equal(dated.dates.find((d) => d.text === 'Saturday')?.value, '2025-11-22', 'relative dates resolve against the inferred date');
    assert.equal(analyze('Talks\nANKARA, Nov 24, 2025 (KUNA) -- Talks.').openDct, undefined, 'a dated article has no open date');
    const lent = analyze('Talks\nANKARA, Nov 24 (KUNA) -- The accord signed on November 20, 2025 holds.');
    assert.equal(lent.dct, '2025-11-24', 'a year the text itself lends is no open date');
    assert.equal(lent.openDct, undefined);
    for (const bad of ['', '\ufeff\r\n', '\u0000\u0001 Nov 23', 'Nov 23 '.repeat(100_000)]) assert.doesNotThrow(() => analyze(bad), 'bad input never throws');
  });
});


test('analyze over a folder dates a yearless article from the others', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collection-date-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.txt'), ' date 2025-11-24 403\nTalks in Ankara\nANKARA, Nov 24 (KUNA) -- Erdogan met Lee on Monday.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Summit\nJohannesburg, Nov 23 (NationPress) Lee met Macron on Saturday.\n');
    fs.writeFileSync(path.join(dir, 'c.txt'), 'Undated\nSEOUL -- Officials met on Wednesday, the ministry said.\n');
    const { code, stdout, stderr } = await runCliCaptured(['analyze', '--json', dir]);
    assert.equal(code, 0, stderr);
    const byName = new Map(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { path: string; dct: string | null; dates: { text: string; value: string }[] })
        .map((r) => [path.basename(r.path), r]),
    );
    assert.equal(byName.get('b.txt')?.dct, '2025-11-23', 'the yearless dateline takes the collection year');
    assert.equal(byName.get('b.txt')?.dates.find((d) => d.text === 'Saturday')?.value, '2025-11-22');
    assert.equal(byName.get('c.txt')?.dct, null, 'an article with no date of its own gets none from the collection');
    assert.equal(byName.get('a.txt')?.dct, '2025-11-24');
    const alone = await runCliCaptured(['analyze', '--json', '--each-alone', dir]);
    assert.equal(alone.code, 0, alone.stderr);
    const b = alone.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { path: string; dct: string | null; dates: { text: string; value: string }[] })
      .find((r) => path.basename(r.path) === 'b.txt');
    assert.equal(b?.dct, null, '--each-alone: the yearless article keeps no year');
    assert.equal(b?.dates.find((d) => d.text === 'Nov 23')?.value, 'XXXX-11-23', '--each-alone: its dateline stays open');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an open document with a yearless dateline follows the collection, an analyst date still wins', () => {
  let collection: string[] = [];
  const cache = new AnalysisCache((openDct) => dateFromCollection(openDct, collection));
  const text = 'Summit\nJohannesburg, Nov 23 (NationPress) Lee met Macron on Saturday.\n';
  assert.equal(cache.get('file:///b.txt', 1, text).dct, null, 'no year before the collection is known');
  collection = ['2025-11-24', '2025-11-20'];
  const dated = cache.get('file:///b.txt', 1, text);
  assert.equal(dated.dct, '2025-11-23', 'the same version takes the year once the collection is indexed');
  assert.equal(dated.dctSource, 'collection');
  assert.equal(cache.get('file:///b.txt', 1, text), dated, 'cached while the collection says the same');
  const annotated = cache.get('file:///b.txt', 1, text, { documentDate: '2024-11-23' });
  assert.equal(annotated.dct, '2024-11-23');
  assert.equal(annotated.dctSource, 'annotation');
});
