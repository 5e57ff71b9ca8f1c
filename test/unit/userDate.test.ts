import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseUserDate } from '../../server/src/analysis/userDate';
import { applyEdits } from '../../server/src/annotations/annotationEdits';
import { articleMetadataOf } from '../../server/src/annotations/annotationView';
import { emptyPage, type JsonObject } from '../../server/src/annotations/model';

const REFERENCE = new Date(Date.UTC(2025, 10, 25));

describe('a date an analyst types', () => {
  const cases: [string, string | null][] = [
    ['2025-11-24', '2025-11-24'],
    ['  2025-11-24 ', '2025-11-24'],
    ['24 Nov 2025', '2025-11-24'],
    ['November 24, 2025', '2025-11-24'],
    ['Nov. 24, 2025', '2025-11-24'],
    ['2025/11/24', '2025-11-24'],
    ['24.11.2025', '2025-11-24'],
    ['11/24/2025', '2025-11-24'],
    ['Mon, 24 Nov 2025 10:05:00 GMT', '2025-11-24'],
    ['Published: 24 November 2025, 10:05 GMT', '2025-11-24'],
    ['Nov 24', '2025-11-24'],
    ['03/04/2025', null],
    ['next Tuesday', null],
    ['yesterday', null],
    ['now', null],
    ['I think 24 Nov 2025', null],
    ['24 Nov 2025 and 25 Nov 2025', null],
    ['31 Feb 2025', null],
    ['2025-02-30', null],
    ['', null],
    ['\u0000\ufffd\ufeff', null],
  ];
  for (const [text, want] of cases) {
    test(JSON.stringify(text), () => assert.equal(parseUserDate(text, REFERENCE), want, `"${text}" should read as ${want ?? 'no date'}`));
  }

  test('long or hostile input is refused quickly, without throwing', () => {
    assert.equal(parseUserDate('1'.repeat(1_000_000), REFERENCE), null);
    assert.equal(parseUserDate('Nov '.repeat(100_000), REFERENCE), null);
  });

  test('a typed date is recorded as the ISO date it names', () => {
    const env = { text: 'Story.\n', articleName: 'story.txt', now: '2025-11-24T10:00:00.000Z', creator: 'ana', newId: () => 'a1' };
    const page = emptyPage();
    const outcome = applyEdits(page, [{ kind: 'setArticle', metadata: { datePublished: '24 Nov 2025', publisher: null, url: null } }], env);
    assert.equal(outcome.ids[0], 'a1', outcome.skipped.join('; '));
    assert.equal(articleMetadataOf(page.items as JsonObject[])?.datePublished, '2025-11-24');
    const refused = applyEdits(page, [{ kind: 'setArticle', metadata: { datePublished: 'next Tuesday' } }], env);
    assert.equal(refused.ids[0], null, 'words that only make sense on the day they are typed are refused');
    assert.equal(articleMetadataOf(page.items as JsonObject[])?.datePublished, '2025-11-24', 'the recorded date stays');
  });
});
