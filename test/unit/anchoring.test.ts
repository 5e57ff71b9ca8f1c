import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anchor, type AnchorSelectors } from '../../server/src/annotations/anchoring';
import { CONTEXT_LENGTH } from '../../server/src/annotations/model';

const joinLines = (...lines: string[]) => lines.join('\n');

const ARTICLE = joinLines(
  'Ankara, Nov 24 (Reuters) - Turkey will buy new tanks, officials said.',
  '',
  'The defence minister said the programme was on schedule and within budget.',
  'Critics in parliament said the programme was late and far over budget.',
  '',
  'A spokesman for the manufacturer declined to comment on the delivery dates.',
);

/** The selectors an annotation on `words` (its `occurrence`-th copy) records in `text`. */
function selectorsFor(text: string, words: string, occurrence = 0): AnchorSelectors {
  let start = text.indexOf(words);
  for (let i = 0; i < occurrence; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `fixture: "${words}" must be in the text`);
  const end = start + words.length;
  return {
    exact: words,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    position: { start, end },
  };
}

function anchoredText(text: string, selectors: AnchorSelectors): string | null {
  const found = anchor(text, selectors);
  return found.status === 'orphan' ? null : text.slice(found.start, found.end);
}

const QUOTE = 'the programme was on schedule and within budget';

describe('anchoring', () => {
  test('an unchanged text anchors at the recorded position', () => {
    const found = anchor(ARTICLE, selectorsFor(ARTICLE, QUOTE));
    assert.equal(found.status, 'position');
  });

  test('text inserted above the quote: the quote is found by its words and context', () => {
    const s = selectorsFor(ARTICLE, QUOTE);
    const edited = `UPDATE: adds detail in paragraph 3.\n\n${ARTICLE}`;
    const found = anchor(edited, s);
    assert.equal(found.status, 'quote', 'expected the quote step to re-find the words');
    assert.equal(anchoredText(edited, s), QUOTE);
  });

  test('text deleted above the quote', () => {
    const s = selectorsFor(ARTICLE, QUOTE);
    const edited = ARTICLE.replace('Ankara, Nov 24 (Reuters) - ', '');
    assert.equal(anchoredText(edited, s), QUOTE);
  });

  test('a word inserted right before the quote (prefix changed) still anchors on the same words', () => {
    const s = selectorsFor(ARTICLE, QUOTE);
    const edited = ARTICLE.replace('minister said the programme', 'minister said on Monday that the programme');
    assert.equal(anchoredText(edited, s), QUOTE);
  });

  test('a word changed inside the quote: fuzzy match on the edited words', () => {
    const s = selectorsFor(ARTICLE, QUOTE);
    const edited = ARTICLE.replace('on schedule and within budget', 'on schedule and inside budget');
    const found = anchor(edited, s);
    assert.equal(found.status, 'fuzzy', 'expected a fuzzy match');
    assert.equal(anchoredText(edited, s), 'the programme was on schedule and inside budget');
  });

  test('the quote rewritten beyond recognition becomes an orphan', () => {
    const s = selectorsFor(ARTICLE, QUOTE);
    const edited = ARTICLE.replace(QUOTE, 'deliveries would start in the spring');
    assert.equal(anchor(edited, s).status, 'orphan');
  });

  test('no look-alike: when the quote is gone, a similar sentence elsewhere does not take the annotation', () => {
    // "the programme was late and far over budget" in the next line resembles the quote,
    // but its surroundings are not where the annotation was made.
    const s = selectorsFor(ARTICLE, QUOTE);
    const edited = ARTICLE.replace(`The defence minister said ${QUOTE}.\n`, '');
    const found = anchor(edited, s);
    assert.equal(found.status, 'orphan', `expected an orphan, got ${JSON.stringify(found)} on "${found.status === 'orphan' ? '' : edited.slice(found.start, found.end)}"`);
  });

  test('no look-alike: a near copy with other context elsewhere is not taken even when the original line is replaced', () => {
    const text = joinLines('Alpha team said the vote was free and fair, observers noted.', 'Beta group argued otherwise.');
    const s = selectorsFor(text, 'the vote was free and fair');
    const edited = joinLines('Alpha team declined to comment.', 'Beta group argued that the vote was free and fair in parts.');
    assert.equal(anchor(edited, s).status, 'orphan');
  });

  test('a repeated short quote goes to the copy whose context agrees', () => {
    const text = joinLines('First, the minister said no.', 'Later, the minister said yes.');
    const s = selectorsFor(text, 'the minister said', 1);
    const edited = `Intro line.\n${text}`;
    const found = anchor(edited, s);
    assert.notEqual(found.status, 'orphan');
    if (found.status !== 'orphan') assert.equal(found.start, edited.indexOf('the minister said', edited.indexOf('Later')));
  });

  test('a short quote whose only copy has other context is not trusted', () => {
    const text = joinLines('The minister said no to the plan.', 'Nothing else happened.');
    const s = selectorsFor(text, 'said no');
    const edited = joinLines('Completely different story here.', 'A man said no repeatedly to reporters at the gate.');
    assert.equal(anchor(edited, s).status, 'orphan');
  });

  test('hand-written selectors without context or position still anchor on the first copy', () => {
    const found = anchor(ARTICLE, { exact: 'said', prefix: null, suffix: null, position: null });
    assert.ok(found.status === 'quote', `expected a quote match, got ${found.status}`);
    assert.equal(found.start, ARTICLE.indexOf('said'));
  });

  test('a position selector alone anchors when it fits the text and is an orphan beyond it', () => {
    assert.equal(anchor('short text', { exact: null, prefix: null, suffix: null, position: { start: 0, end: 5 } }).status, 'position');
    assert.equal(anchor('short', { exact: null, prefix: null, suffix: null, position: { start: 2, end: 50 } }).status, 'orphan');
  });

  test('CRLF text anchors with offsets that count the CR', () => {
    const text = 'Line one.\r\nThe minister said the deal was fair.\r\nEnd.';
    const s = selectorsFor(text, 'the deal was fair');
    const edited = `New first line.\r\n${text}`;
    assert.equal(anchoredText(edited, s), 'the deal was fair');
  });

  test('hostile text: a megabyte of capitals and quotes anchors or orphans without hanging', () => {
    const big = 'A"'.repeat(500_000);
    const found = anchor(big, { exact: 'the minister said the deal was fair', prefix: 'x', suffix: 'y', position: { start: 10, end: 40 } });
    assert.equal(found.status, 'orphan');
  });
});
