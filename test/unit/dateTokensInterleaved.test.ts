import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DateTokens, NUMBER, PUNCT, WORD } from '../../server/src/analysis/dateTokens';
import { findDates } from '../../server/src/analysis/dates';
import { analyzeStructure } from '../../server/src/analysis/structure';

// A token list may be read while another is made (a caption's or a stamp line's date inside the
// article's scan): each list must keep its own tokens and keys.

interface Token {
  start: number;
  end: number;
  kind: number;
  key: string;
}

/** What a list holds, read token by token. */
function read(t: DateTokens): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < t.length; i++) out.push({ start: t.start(i), end: t.end(i), kind: t.kind(i), key: t.key(i) });
  return out;
}

/** The same tokens found by a plain scan, for comparison (ASCII text only). */
function expected(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[A-Za-z]+|\d+|[^\sA-Za-z\d]/g)) {
    const word = /[A-Za-z]/.test(m[0]);
    const kind = word ? WORD : /\d/.test(m[0]) ? NUMBER : PUNCT;
    out.push({ start: m.index, end: m.index + m[0].length, kind, key: word && m[0].length <= 12 ? m[0].toLowerCase() : '' });
  }
  return out;
}

const LONG_A = 'The Varnholt ferry resumed on 3 March 2031 after the storm. '.repeat(8);
const LONG_B = 'Quellmark council, 14/09/2029: budget vote delayed; "Thursday" next. '.repeat(7);
const SHORT_C = 'Filed 2 June 2030, 09:15 by Odessa Pirlo';

test('two token lists made one inside the other each keep their own tokens', () => {
  assert.ok(LONG_A.length >= 256 && LONG_B.length >= 256, 'the long texts should be long enough to take the shared buffers');
  const a = new DateTokens(LONG_A);
  // Read half of the first list (keys included), then make a second while the first is still in use.
  const firstHalf: Token[] = [];
  for (let i = 0; i < a.length / 2; i++) firstHalf.push({ start: a.start(i), end: a.end(i), kind: a.kind(i), key: a.key(i) });
  const b = new DateTokens(LONG_B);
  const c = new DateTokens(SHORT_C);
  const bRead = read(b);
  assert.deepEqual(read(a), expected(LONG_A), 'the first list should be unchanged by the second');
  assert.deepEqual(firstHalf, expected(LONG_A).slice(0, firstHalf.length));
  assert.deepEqual(bRead, expected(LONG_B), 'the second list should hold its own tokens');
  assert.deepEqual(read(c), expected(SHORT_C), 'a short list made between them should hold its own tokens');
  assert.deepEqual(read(b), expected(LONG_B), 'the second list read again should not have changed');
});

test('a released list gives its buffers to the next without touching lists still in use', () => {
  const a = new DateTokens(LONG_A);
  const b = new DateTokens(LONG_B);
  a.release();
  assert.equal(a.length, 0, 'a released list should read as empty');
  const d = new DateTokens(LONG_B + LONG_A);
  assert.deepEqual(read(b), expected(LONG_B), 'a list in use should not share the released buffers');
  assert.deepEqual(read(d), expected(LONG_B + LONG_A));
  d.release();
  const e = new DateTokens(LONG_A);
  assert.deepEqual(read(e), expected(LONG_A), 'a list made on reused buffers should not read stale keys');
  b.release();
  e.release();
});

test('an article read with a caption date finds the same dates as read alone', () => {
  const article = [
    'Harbour works resume in Lentmoor',
    '',
    'Photo: Corvel Agency, 11 April 2032',
    '',
    'Crews in Lentmoor said on Monday the harbour wall would be finished by 30 June, and the ferry would run again in July.',
    ...Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: the council met on 2 May and again last Tuesday, and will meet on Friday.`),
  ].join('\n');
  const first = findDates(article, analyzeStructure(article), null);
  assert.ok(first.length > 5, 'the article should have dates');
  assert.deepEqual(findDates(article, analyzeStructure(article), null), first, 'a second reading should equal the first');
});
