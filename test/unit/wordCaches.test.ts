import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { lowerWordAt } from '../../server/src/analysis/claimTokens';
import { findCues } from '../../server/src/analysis/cues';
import { DateTokens } from '../../server/src/analysis/dateTokens';
import { lexFlags } from '../../server/src/analysis/lexicon';
import { foldForIdentity } from '../../server/src/analysis/normalize';
import { tokenize } from '../../server/src/analysis/tokens';

// The scanners keep caches of words seen before; a word met again in another casing,
// or a different word under the same cache slot, must read exactly as without them.

test('the tokenizer gives each spelling of a repeated word its own text and one fold', () => {
  const texts = ['Korea and korea and KOREA', 'KOREA korea Korea', 'kOREA Korea'];
  for (let round = 0; round < 2; round++) {
    for (const text of texts) {
      const words = text.split(' ');
      const tokens = tokenize(text).tokens;
      assert.deepEqual(
        tokens.map((t) => t.text),
        words,
        `tokens of "${text}" should spell the words as written`,
      );
      assert.deepEqual(
        tokens.map((t) => t.fold),
        words.map((w) => w.toLowerCase()),
        `folds of "${text}" should be the words lowercased`,
      );
    }
  }
});

test('the tokenizer keeps the word classes of a repeated word apart from its neighbours', () => {
  for (let round = 0; round < 2; round++) {
    const tokens = tokenize('The Ministry of Defense said. the ministry said').tokens;
    const ministry = tokens.filter((t) => t.fold === 'ministry');
    assert.equal(ministry.length, 2, 'both "Ministry" and "ministry" should be tokens');
    assert.notEqual(ministry[0]?.flags, 0, '"Ministry" before "of Defense" should carry its word classes');
  }
});

test('capitalized words sharing a hash are each found in lowercase elsewhere', () => {
  // "Aaaa" and "Cggc" share the low 16 bits of the scan's hash.
  const text = 'Aaaa and Cggc met Kemal. Later, cggc and aaaa were named, but not kemal.';
  for (let round = 0; round < 2; round++) {
    const { tokens, lowercaseWords } = tokenize(text);
    const capitalized = new Set(tokens.filter((t) => t.cap).map((t) => t.fold));
    const expected = tokens.filter((t) => t.lower && t.text.length >= 3 && capitalized.has(t.fold)).map((t) => t.fold);
    assert.deepEqual([...lowercaseWords].sort(), [...new Set(expected)].sort(), 'every capitalized word also written in lowercase should be listed');
    assert.deepEqual([...lowercaseWords].sort(), ['aaaa', 'cggc', 'kemal']);
  }
});

test('a lowercase word before a capitalized one under its cache slot keeps its own word classes', () => {
  // "Bcim" and "in", "Aqmt" and "of" share a word cache slot.
  const text = 'talks held in Bcim, the minister of Aqmt said';
  for (let round = 0; round < 2; round++) {
    const tokens = tokenize(text).tokens;
    for (const word of ['in', 'of']) {
      const tok = tokens.find((t) => t.fold === word);
      assert.equal(tok?.flags, lexFlags(word), `"${word}" before a capitalized word should carry its word classes`);
    }
  }
});

test('a capitalized word met again after another word took its cache slot gets its own fold', () => {
  // "Aqmt" and "of" share a word cache slot.
  for (let round = 0; round < 2; round++) {
    const tokens = tokenize('Aqmt of Aqmt of AQMT Aqmt').tokens;
    assert.deepEqual(
      tokens.map((t) => `${t.text}:${t.fold}`),
      ['Aqmt:aqmt', 'of:of', 'Aqmt:aqmt', 'of:of', 'AQMT:aqmt', 'Aqmt:aqmt'],
      'each word should keep its spelling and fold',
    );
  }
});

test('a claim word starting in lowercase is kept as written, one starting in capitals is lowercased', () => {
  const text = 'iPhone IPhone iPhone iphone IPHONE';
  const expected = ['iPhone', 'iphone', 'iPhone', 'iphone', 'iphone'];
  for (let round = 0; round < 2; round++) {
    let start = 0;
    for (const want of expected) {
      const end = start + want.length;
      assert.equal(lowerWordAt(text, start, end), want, `the word at ${start} should read "${want}"`);
      start = end + 1;
    }
  }
});

test('a claim word cut from a text with curly quotes reads as from a plain one, under a shared cache slot too', () => {
  // "Bocov" and "Pelham" share a slot of the claim words' cache.
  const text = '\u201cNo,\u201d said Pelham. BOCOV Bocov Pelham PELHAM';
  const expected: [number, number, string][] = [[11, 17, 'pelham'], [19, 24, 'bocov'], [25, 30, 'bocov'], [31, 37, 'pelham'], [38, 44, 'pelham']];
  for (let round = 0; round < 2; round++) {
    for (const [start, end, want] of expected) assert.equal(lowerWordAt(text, start, end), want, `the word at ${start} should read "${want}"`);
  }
});

test('a name folded again, or after another name under its cache slot, folds as the first time', () => {
  // "Kemal Ardent" and "Ifxlo Ardent" share a slot of the folded names' cache.
  const names = ['Kemal Ardent', 'Ifxlo Ardent', 'KEMAL ARDENT', 'Kemal  Ardent ', 'Ifxlo Ardent', 'Kemal Ardent'];
  const expected = ['kemal ardent', 'ifxlo ardent', 'kemal ardent', 'kemal ardent', 'ifxlo ardent', 'kemal ardent'];
  for (let round = 0; round < 2; round++) {
    assert.deepEqual(names.map(foldForIdentity), expected, 'each name should fold to its own lowercase form');
    // A slice of a text stored two bytes a character (curly quotes) folds alike.
    const text = '\u201cQuote\u201d Kemal Ardent';
    assert.equal(foldForIdentity(text.slice(8)), 'kemal ardent');
    assert.deepEqual(['Dağlıca', 'DAĞLICA', 'Dağlıca'].map(foldForIdentity), ['daglica', 'daglica', 'daglica'], 'a name with diacritics should fold alike each time');
  }
});

test('date tokens give every casing of a word the same lowercase key', () => {
  for (const text of ['Monday MONDAY monday', 'mOnDaY Monday']) {
    const t = new DateTokens(text);
    for (let i = 0; i < t.length; i++) assert.equal(t.key(i), 'monday', `word ${i} of "${text}" should key as "monday"`);
  }
});

test('an article analysed twice gives the same entities, whatever was analysed between', () => {
  const article = 'Lee Jae Myung met Recep Tayyip Erdogan in Ankara. Lee said the talks went well.';
  const first = analyze(article);
  analyze('LEE JAE MYUNG visited ANKARA. Erdogan, lee and ankara were named in lowercase too.');
  assert.deepEqual(analyze(article), first, 'the second analysis should equal the first');
});

test('cue words are whole words spelled as listed, wherever they stand', () => {
  const text = 'According to Pell, the so-called plan was unsaid, said2 Wray; Tomas said. SAID Said_ "said" -said Josésaid reported by Lin';
  const cues = findCues(text).map((c) => c.text);
  assert.deepEqual(cues, ['According to', 'said', 'said', 'reported by'], 'only whole cue words, outside hyphens and other letters, should be cues');
});
