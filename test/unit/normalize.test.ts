import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldForIdentity, repairMojibake, slugOf } from '../../server/src/analysis/normalize';

test('UTF-8 read as Windows-1256 and NFKC-normalised is repaired ("Tأ1⁄4rkiye" → "Türkiye")', () => {
  assert.equal(repairMojibake('Tأ1⁄4rkiye'), 'Türkiye');
});

test('UTF-8 read as Latin-1 / Windows-1252 is repaired', () => {
  assert.equal(repairMojibake('TÃ¼rkiye'), 'Türkiye');
  assert.equal(repairMojibake('ErdoÄŸan'), 'Erdoğan');
  assert.equal(repairMojibake('Macronâ€™s'), 'Macron’s');
});

test('clean text, accented or not, comes back unchanged', () => {
  for (const s of ['Türkiye', 'Erdoğan', 'São Paulo', 'Zürich', 'été', 'plain ASCII', '', 'أنقرة', '1⁄4 cup']) {
    assert.equal(repairMojibake(s), s, `expected ${JSON.stringify(s)} to be left alone`);
  }
});

test('spellings that differ in diacritics, case, mojibake, quotes and dashes fold alike', () => {
  const turkiye = ['Türkiye', 'TURKIYE', 'turkiye', 'Tأ1⁄4rkiye', 'TÃ¼rkiye'].map(foldForIdentity);
  assert.deepEqual(new Set(turkiye), new Set(['turkiye']), `got ${turkiye.join(', ')}`);
  assert.equal(foldForIdentity('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
  assert.equal(foldForIdentity('Kırıkkale'), 'kirikkale', 'dotless i folds to i');
  assert.equal(foldForIdentity('Türkiye’s'), "turkiye's", 'curly apostrophe becomes straight');
  assert.equal(foldForIdentity('Indo–Pacific'), 'indo-pacific', 'en dash becomes hyphen');
  assert.equal(foldForIdentity('  South \t Korea '), 'south korea', 'whitespace collapses');
});

test('slugs are id-safe and ignore periods and apostrophes', () => {
  assert.equal(slugOf('Recep Tayyip Erdoğan'), 'recep-tayyip-erdogan');
  assert.equal(slugOf('U.S.'), 'us');
  assert.equal(slugOf('Wi Sung-lac'), 'wi-sung-lac');
  assert.equal(slugOf("  O'Brien & Co. "), 'obrien-co');
  assert.equal(slugOf('!!!'), '');
});

test('bad input does not throw: lone surrogates, control characters, a long line', () => {
  assert.doesNotThrow(() => foldForIdentity('\ud800abc\u0000\ufeff'));
  assert.equal(foldForIdentity('Ã'.repeat(100_000)).length > 0, true);
  assert.equal(repairMojibake('Ã'.repeat(10)), 'Ã'.repeat(10), 'a lead byte with no continuation stays');
});
