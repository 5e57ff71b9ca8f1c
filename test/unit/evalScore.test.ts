import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  coarseType,
  formatEvalTable,
  parseGoldJsonl,
  scoreCorpus,
  type GoldArticle,
  type GoldEntity,
  type SystemArticle,
} from '../../bench/evalScore';

const TEXT = 'x'.repeat(200);

function gold(id: string, parts: Partial<GoldArticle> = {}): GoldArticle {
  return { id, dct: null, text: TEXT, entities: [], timexes: [], quotes: [], boilerplate: [], ...parts };
}

function system(id: string, parts: Partial<SystemArticle> = {}): SystemArticle {
  return { id, dct: null, entities: [], dates: [], claims: [], ...parts };
}

const ent = (start: number, end: number, type: string, chain: string): GoldEntity => ({ start, end, text: TEXT.slice(start, end), type, chain });

/** The system output that reproduces a gold article exactly, entity ids taken from chains. */
function perfect(g: GoldArticle): SystemArticle {
  const systemType: Record<string, string> = { PERSON: 'person', ORG: 'organization', LOC: 'location', NORP: 'nationality' };
  return {
    id: g.id,
    dct: g.dct,
    entities: g.entities.map((e) => ({ start: e.start, end: e.end, type: systemType[e.type] ?? 'other', entity: `id:${e.chain}` })),
    dates: g.timexes.map((t) => ({ start: t.start, end: t.end, value: t.value })),
    claims: g.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker === null ? null : `id:${q.speaker}` })),
  };
}

const richGold = [
  gold('a', {
    dct: '2025-11-24',
    entities: [ent(0, 3, 'PERSON', 'lee'), ent(10, 17, 'LOC', 'turkiye'), ent(20, 32, 'NORP', 'south-korea'), ent(40, 44, 'ORG', 'nato')],
    timexes: [{ start: 50, end: 56, text: '', type: 'DATE', value: '2025-11-24' }],
    quotes: [
      { start: 60, end: 90, text: '', speaker: 'lee' },
      { start: 100, end: 120, text: '', speaker: null },
    ],
  }),
  gold('b', {
    entities: [ent(0, 13, 'PERSON', 'lee'), ent(20, 27, 'LOC', 'turkiye')],
    timexes: [{ start: 30, end: 37, text: '', type: 'DATE', value: 'XXXX-11-24' }],
    quotes: [{ start: 40, end: 80, text: '', speaker: 'lee' }],
  }),
];

describe('evalScore', () => {
  test('a perfect system scores 1.0 everywhere', () => {
    const s = scoreCorpus(richGold, richGold.map(perfect));
    for (const [name, p] of Object.entries({
      'entities exact': s.entities.exact,
      'entities span': s.entities.span,
      'entities overlap': s.entities.overlap,
      linking: s.linking.pairs,
      dates: s.dates.overlap,
      claims: s.claims.overlap,
    })) {
      assert.deepEqual([p.precision, p.recall, p.f1], [1, 1, 1], `expected ${name} P/R/F1 of 1, got ${JSON.stringify(p)}`);
    }
    assert.equal(s.entities.exact.tp, 6, 'expected all six entities matched');
    assert.equal(s.linking.pairs.tp, 2, 'expected two cross-article pairs: lee–lee and turkiye–turkiye');
    assert.equal(s.linking.foundShare, 1, 'expected every gold mention found');
    assert.equal(s.dates.value.accuracy, 1, 'expected every date value right');
    assert.equal(s.claims.speaker.accuracy, 1, 'expected every speaker right, the null one included');
    assert.equal(s.dct.accuracy, 1, 'expected both article dates right (one is null on both sides)');
  });

  test('a missed entity lowers recall only', () => {
    const sys = richGold.map(perfect);
    sys[0].entities.splice(1, 1);
    const s = scoreCorpus(richGold, sys);
    assert.deepEqual([s.entities.exact.tp, s.entities.exact.fp, s.entities.exact.fn], [5, 0, 1], 'expected 5 found, 1 missed');
    assert.equal(s.entities.exact.precision, 1);
    assert.equal(s.entities.exact.recall, 5 / 6);
    assert.equal(s.entities.byType.LOC.fn, 1, 'expected the missed mention counted against LOC');
    assert.equal(s.linking.foundMentions, 5, 'expected 5 of 6 gold mentions found');
    assert.equal(s.linking.pairs.fn, 0, 'expected pairs of unfound mentions left out of linking recall');
    assert.equal(s.linking.recallOverAllGoldPairs, 1 / 2, 'expected the turkiye pair counted as not linked over all gold');
  });

  test('a wrong type counts against exact+type but not span alone', () => {
    const sys = richGold.map(perfect);
    sys[0].entities[0] = { ...sys[0].entities[0], type: 'organization' };
    const s = scoreCorpus(richGold, sys);
    assert.deepEqual([s.entities.exact.tp, s.entities.exact.fp, s.entities.exact.fn], [5, 1, 1], 'expected the mistyped mention to be one fp and one fn');
    assert.equal(s.entities.span.f1, 1, 'expected span-only scoring to ignore the type');
    assert.equal(s.entities.byType.ORG.fp, 1, 'expected an ORG false positive');
    assert.equal(s.entities.byType.PERSON.fn, 1, 'expected a PERSON false negative');
  });

  test('types map to PERSON / ORG / LOC / OTHER from either vocabulary', () => {
    assert.deepEqual(
      ['person', 'PERSON', 'organization', 'ORG', 'location', 'LOC', 'Place', 'nationality', 'NORP', 'EVENT', 'FAC', 'MISC', 'product', 'other'].map(coarseType),
      ['PERSON', 'PERSON', 'ORG', 'ORG', 'LOC', 'LOC', 'LOC', 'OTHER', 'OTHER', 'OTHER', 'OTHER', 'OTHER', 'OTHER', 'OTHER'],
    );
  });

  test('a chain split across articles lowers linking recall; a merge lowers precision', () => {
    const g = [
      gold('a', { entities: [ent(0, 3, 'PERSON', 'lee'), ent(5, 10, 'PERSON', 'kim')] }),
      gold('b', { entities: [ent(0, 13, 'PERSON', 'lee')] }),
      gold('c', { entities: [ent(0, 3, 'PERSON', 'lee'), ent(5, 10, 'PERSON', 'park')] }),
    ];
    const split = g.map(perfect);
    split[2].entities[0].entity = 'id:lee-2';
    const s = scoreCorpus(g, split);
    assert.deepEqual([s.linking.pairs.tp, s.linking.pairs.fp, s.linking.pairs.fn], [1, 0, 2], 'expected a–b linked, a–c and b–c missed');
    assert.equal(s.linking.pairs.recall, 1 / 3);

    const merged = g.map(perfect);
    merged[2].entities[1].entity = 'id:kim';
    const m = scoreCorpus(g, merged);
    assert.deepEqual([m.linking.pairs.tp, m.linking.pairs.fp, m.linking.pairs.fn], [3, 1, 0], 'expected kim–park to be a false link');
    assert.equal(m.linking.pairs.precision, 3 / 4);
  });

  test('a pair within one article is not a cross-article pair', () => {
    const g = [gold('a', { entities: [ent(0, 3, 'PERSON', 'lee'), ent(5, 8, 'PERSON', 'lee')] })];
    const s = scoreCorpus(g, g.map(perfect));
    assert.deepEqual([s.linking.pairs.tp, s.linking.pairs.fp, s.linking.pairs.fn], [0, 0, 0]);
  });

  test('a wrong speaker lowers speaker accuracy, not claim F1', () => {
    const sys = richGold.map(perfect);
    sys[1].claims[0].speaker = 'id:turkiye';
    sys[0].claims[1].speaker = 'id:lee';
    const s = scoreCorpus(richGold, sys);
    assert.equal(s.claims.overlap.f1, 1, 'expected every claim still matched');
    assert.deepEqual([s.claims.speaker.correct, s.claims.speaker.total], [1, 3], 'expected only the first claim right');
  });

  test('speaker ids map to the chain most of their mentions carry', () => {
    const g = [gold('a', { entities: [ent(0, 3, 'PERSON', 'lee'), ent(5, 8, 'PERSON', 'lee'), ent(10, 13, 'PERSON', 'kim')], quotes: [{ start: 20, end: 40, text: '', speaker: 'lee' }] })];
    const sys = system('a', {
      entities: [
        { start: 0, end: 3, type: 'person', entity: 'p1' },
        { start: 5, end: 8, type: 'person', entity: 'p1' },
        { start: 10, end: 13, type: 'person', entity: 'p1' },
      ],
      claims: [{ start: 25, end: 45, speaker: 'p1' }],
    });
    assert.equal(scoreCorpus(g, [sys]).claims.speaker.accuracy, 1, 'expected p1 (two lee mentions, one kim) to mean lee');
    const unknown = { ...sys, claims: [{ start: 25, end: 45, speaker: 'never-mentioned' }] };
    assert.equal(scoreCorpus(g, [unknown]).claims.speaker.accuracy, 0, 'expected an id with no matching mention to be wrong');
  });

  test('dates match by overlap and check the value', () => {
    const sys = richGold.map(perfect);
    sys[0].dates[0] = { start: 52, end: 60, value: '2025-11-25' };
    const s = scoreCorpus(richGold, sys);
    assert.equal(s.dates.overlap.f1, 1, 'expected an overlapping date span to count as found');
    assert.deepEqual([s.dates.value.correct, s.dates.value.total], [1, 2], 'expected one of two values right');
  });

  test('overlap matching is one-to-one', () => {
    const g = [gold('a', { entities: [ent(0, 10, 'LOC', 'x')] })];
    const sys = system('a', {
      entities: [
        { start: 0, end: 4, type: 'location', entity: 'x' },
        { start: 5, end: 10, type: 'location', entity: 'x' },
      ],
    });
    const s = scoreCorpus(g, [sys]);
    assert.deepEqual([s.entities.overlap.tp, s.entities.overlap.fp, s.entities.overlap.fn], [1, 1, 0]);
  });

  test('the matching maximises matches rather than taking the first fit', () => {
    const g = [gold('a', { timexes: [{ start: 0, end: 10, text: '', type: 'DATE', value: 'v' }, { start: 10, end: 12, text: '', type: 'DATE', value: 'v' }] })];
    const sys = system('a', { dates: [{ start: 8, end: 12, value: 'v' }, { start: 0, end: 5, value: 'v' }] });
    assert.equal(scoreCorpus(g, [sys]).dates.overlap.tp, 2, 'expected both gold dates matched');
  });

  test('anything overlapping gold boilerplate is ignored on both sides', () => {
    const g = [gold('a', { boilerplate: [{ start: 100, end: 200 }], entities: [ent(0, 3, 'PERSON', 'lee'), ent(150, 160, 'ORG', 'menafn')], quotes: [{ start: 120, end: 140, text: '', speaker: null }] })];
    const sys = system('a', {
      entities: [
        { start: 0, end: 3, type: 'person', entity: 'lee' },
        { start: 110, end: 120, type: 'organization', entity: 'ein' },
        { start: 95, end: 105, type: 'other', entity: 'straddling' },
      ],
      dates: [{ start: 180, end: 190, value: '2025' }],
    });
    const s = scoreCorpus(g, [sys]);
    assert.deepEqual([s.entities.exact.tp, s.entities.exact.fp, s.entities.exact.fn], [1, 0, 0], 'expected only the mention outside boilerplate counted');
    assert.deepEqual([s.dates.overlap.fp, s.claims.overlap.fn], [0, 0], 'expected no date fp and no claim fn from boilerplate');
  });

  test('optional gold items count neither found nor missed', () => {
    const g = [
      gold('a', {
        timexes: [
          { start: 0, end: 5, text: '', type: 'DATE', value: '2025', optional: true },
          { start: 10, end: 15, text: '', type: 'DURATION', value: 'P2D', optional: true },
          { start: 20, end: 25, text: '', type: 'DATE', value: '2026' },
        ],
        quotes: [{ start: 30, end: 60, text: '', speaker: null, optional: true }],
      }),
    ];
    const sys = system('a', { dates: [{ start: 0, end: 5, value: 'wrong' }, { start: 20, end: 25, value: '2026' }] });
    const s = scoreCorpus(g, [sys]);
    assert.deepEqual([s.dates.overlap.tp, s.dates.overlap.fp, s.dates.overlap.fn], [1, 0, 0], 'expected the optional dates ignored');
    assert.deepEqual([s.dates.value.correct, s.dates.value.total], [1, 1], 'expected the optional date value not judged');
    assert.deepEqual([s.claims.overlap.tp, s.claims.overlap.fn], [0, 0], 'expected the missed optional claim ignored');
  });

  test('a gold article without a system record counts as all missed', () => {
    const s = scoreCorpus(richGold, [perfect(richGold[1]), system('stray')]);
    assert.deepEqual(s.missingSystem, ['a']);
    assert.deepEqual(s.unknownSystem, ['stray']);
    assert.equal(s.entities.exact.fn, 4, 'expected article a’s four entities missed');
    assert.equal(s.dct.correct, 1, 'expected article a’s date wrong, b’s null right');
  });

  test('the table names every measure', () => {
    const table = formatEvalTable(scoreCorpus(richGold, richGold.map(perfect)), 'Test');
    for (const label of ['Entities, span + type', 'PERSON', 'Linking, mention pairs', 'Dates, overlap', 'Claims, overlap', 'Claim speakers right', 'Article dates right', 'Gold mentions found']) {
      assert.ok(table.includes(label), `expected the table to show "${label}"`);
    }
  });
});

describe('gold parsing', () => {
  test('the development gold parses and every span quotes its text', () => {
    const file = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'gold', 'seeds.gold.jsonl');
    const fallback = path.join(__dirname, '..', 'fixtures', 'gold', 'seeds.gold.jsonl');
    const articles = parseGoldJsonl(fs.readFileSync(fs.existsSync(file) ? file : fallback, 'utf8'));
    assert.equal(articles.length, 5, 'expected the five seed articles');
    for (const a of articles) {
      for (const item of [...a.entities, ...a.timexes, ...a.quotes]) {
        assert.equal(a.text.slice(item.start, item.end), item.text, `expected ${a.id} ${item.start}-${item.end} to quote "${item.text}"`);
      }
    }
  });

  test('keys that reach prototypes are dropped', () => {
    const line = JSON.stringify({ id: 'a', dct: null, text: 'abc', entities: [], timexes: [], quotes: [] }).replace('{', '{"__proto__":{"polluted":true},');
    const [a] = parseGoldJsonl(line);
    assert.equal((a as unknown as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'expected Object.prototype untouched');
  });

  test('malformed records are rejected with their line number', () => {
    assert.throws(() => parseGoldJsonl('\n{"id":"a","dct":null,"text":"abc","entities":[{"start":1,"end":9,"text":"","type":"LOC","chain":"x"}],"timexes":[],"quotes":[]}'), /line 2: entities\[0\]: span 1-9 runs past/);
    assert.throws(() => parseGoldJsonl('{"id":"a"}'), /line 1: "text" should be a string/);
    assert.throws(() => parseGoldJsonl('[1]'), /one JSON object/);
  });
});
