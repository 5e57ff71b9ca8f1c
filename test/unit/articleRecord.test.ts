import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, analyzeForIndex } from '../../server/src/analysis/analyze';
import { linkContributionOf } from '../../server/src/analysis/corpus';
import type { Analysis, EntityMention } from '../../server/src/analysis/types';
import { lineStartsOf, positionOf } from '../../server/src/textPositions';
import { buildRecord, MENTION_STRIDE, mentionsWithDeclared, occurrencesOf } from '../../server/src/workspace/articleRecord';

test('occurrences are whole words only', () => {
  assert.deepEqual(occurrencesOf('Ankara, Ankarali and Ankara.', 'Ankara'), [0, 21]);
  assert.deepEqual(occurrencesOf('', 'x'), []);
  assert.deepEqual(occurrencesOf('abc', ''), []);
});

test('positions count CRLF, CR and LF line breaks', () => {
  const starts = lineStartsOf('a\r\nb\rc\nd');
  assert.deepEqual([...starts], [0, 3, 5, 7]);
  assert.deepEqual(positionOf(starts, 5), { line: 2, character: 0 });
  assert.deepEqual(positionOf(starts, 8), { line: 3, character: 1 });
});

test('the index analysis builds the same record as the full analysis, without the dates', () => {
  const text = [
    'Harbour Board Sets Out Plans',
    'MERIDIAN, March 3 (Tarvo News) -- Port director Ilse Varga said on Monday that the Meridian Harbour Board would reopen the north quay next week.',
    '"We expect the first ships by April," Varga told reporters. The board said it had spent 2 million euros since last year.',
  ].join('\n');
  const full = analyze(text);
  const indexed = analyzeForIndex(text);
  assert.ok(full.dates.length >= 3, 'expected the full analysis to find the dates');
  assert.equal('dates' in indexed, false);
  assert.ok(indexed.claims.length >= 2, 'expected claims in the index analysis');
  const file = { uri: 'file:///a.txt', size: text.length, mtimeMs: 0, hash: 'h' };
  assert.deepEqual(buildRecord(file, text, indexed), buildRecord(file, text, full));
});

test('hostile input stays linear', () => {
  const huge = 'A'.repeat(1_000_000);
  assert.equal(occurrencesOf(huge, 'AA').length, 0, 'expected no whole-word hit inside a run of capitals');
  assert.equal(lineStartsOf('\n'.repeat(100_000)).length, 100_001);
});

test('declared names become mentions, replacing shorter ones they cover and yielding to longer ones', () => {
  const text = 'The Presidential Office said. Office staff met the Presidential Office Annex team.';
  const annex = text.indexOf('Presidential Office Annex');
  const analysis: Analysis = {
    dct: null,
    dctSource: null,
    structure: { headline: null, header: null, dateline: null, boilerplate: [] },
    entities: [
      { start: 4, end: 16, text: 'Presidential', type: 'other', entity: 'other:presidential', canonical: 'Presidential' },
      { start: annex, end: annex + 25, text: 'Presidential Office Annex', type: 'facility', entity: 'facility:annex', canonical: 'Presidential Office Annex' },
    ],
    dates: [],
    claims: [],
  };
  const mentions = mentionsWithDeclared(text, analysis, [
    { text: 'Presidential Office', entity: 'organization:presidential-office', type: 'organization', canonical: 'Presidential Office' },
  ]);
  assert.deepEqual(
    mentions.map((m) => [m.text, m.entity.id]),
    [
      ['Presidential Office', 'organization:presidential-office'],
      ['Presidential Office Annex', 'facility:annex'],
    ],
  );
});

test('a record vouches for the short forms its entities’ spellings give, in order of first mention, declared names included', () => {
  const text = [
    'SEOUL, Nov 24 (Yonhap) -- President Lee Jae Myung met Kuwait News Agency (KUNA) officials on Monday.',
    'Lee said the Korea Aerospace Industries deal would go ahead, and KUNA reported that Lee Jae-myung agreed.',
    'The Orion Lab and the Orion team said the Northwind Group would follow.',
  ].join('\n');
  const analysis = analyze(text, {});
  const declared = [{ text: 'Orion Lab', entity: 'organization:orion-lab', type: 'organization' as const, canonical: 'Orion Lab' }];
  for (const names of [[], declared]) {
    const record = buildRecord({ uri: 'file:///a.txt', size: 1, mtimeMs: 1, hash: 'h' }, text, analysis, names);
    // What the corpus linker would make of each distinct (entity, spelling), each entity with its first canonical name.
    const distinct: EntityMention[] = [];
    const seen = new Set<string>();
    const m = record.mentions;
    for (let i = 0; i < m.length; i += MENTION_STRIDE) {
      const key = `${m[i + 2]} ${m[i + 3]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const k = m[i + 2]!;
      distinct.push({ start: m[i]!, end: m[i + 1]!, text: record.spellings[m[i + 3]!]!, type: 'other', entity: record.entityIds[k]!, canonical: record.entityCanonicals[k]! });
    }
    assert.ok(record.linkAliases.length > 0, 'expected the article to vouch for some short form');
    assert.deepEqual(record.linkAliases, linkContributionOf(distinct).aliases);
    if (names.length > 0) assert.ok(record.entityIds.includes('organization:orion-lab'), 'expected the declared name among the entities');
  }
});
