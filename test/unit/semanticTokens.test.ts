import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../server/src/analysis/types';
import { encodeTokens, TOKEN_TYPES, tokensOf } from '../../server/src/features/semanticTokens';
import { lineStartsOf } from '../../server/src/textPositions';

function analysisWith(parts: Partial<Analysis>): Analysis {
  return {
    dct: null,
    dctSource: null,
    structure: { headline: null, header: null, dateline: null, boilerplate: [] },
    entities: [],
    dates: [],
    claims: [],
    ...parts,
  };
}

/** Decodes relative tokens back to [line, char, length, type, modifiers]. */
function decode(data: number[]): [number, number, number, string, number][] {
  const out: [number, number, number, string, number][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
    out.push([line, char, data[i + 2]!, TOKEN_TYPES[data[i + 3]!]!, data[i + 4]!]);
  }
  return out;
}

test('line starts handle LF, CRLF and lone CR', () => {
  assert.deepEqual([...lineStartsOf('a\nb\r\nc\rd')], [0, 2, 5, 7]);
  assert.deepEqual([...lineStartsOf('')], [0]);
});

test('a claim is split around the entity inside it, which carries the quoted modifier', () => {
  const text = '"Ankara is near," Lee said.';
  const analysis = analysisWith({
    entities: [
      { start: 1, end: 7, text: 'Ankara', type: 'location', entity: 'location:ankara', canonical: 'Ankara' },
      { start: 18, end: 21, text: 'Lee', type: 'person', entity: 'person:lee', canonical: 'Lee' },
    ],
    claims: [
      {
        start: 0,
        end: 27,
        text,
        kind: 'quote',
        content: { start: 1, end: 15 },
        cue: { start: 22, end: 26, text: 'said' },
        speaker: 'person:lee',
        speakerSpan: { start: 18, end: 21 },
      },
    ],
  });
  assert.deepEqual(decode(encodeTokens(text, tokensOf(analysis))), [
    [0, 0, 1, 'claim', 0],
    [0, 1, 6, 'location', 1],
    [0, 7, 11, 'claim', 0],
    [0, 18, 3, 'person', 1],
    [0, 21, 6, 'claim', 0],
  ]);
});

test('a token spanning lines becomes one token per line, without the line breaks', () => {
  const text = 'x "one\r\ntwo" y';
  const analysis = analysisWith({
    claims: [{ start: 2, end: 12, text: '"one\r\ntwo"', kind: 'quote', content: { start: 3, end: 11 }, cue: null, speaker: null, speakerSpan: null }],
  });
  assert.deepEqual(decode(encodeTokens(text, tokensOf(analysis))), [
    [0, 2, 4, 'claim', 0],
    [1, 0, 4, 'claim', 0],
  ]);
});

test('overlapping entity and date: the earlier, longer one wins', () => {
  const text = 'June Lee';
  const analysis = analysisWith({
    entities: [{ start: 0, end: 8, text, type: 'person', entity: 'person:june-lee', canonical: text }],
    dates: [{ start: 0, end: 4, text: 'June', kind: 'date', value: 'XXXX-06', resolution: 'unresolved' }],
  });
  assert.deepEqual(decode(encodeTokens(text, tokensOf(analysis))), [[0, 0, 8, 'person', 0]]);
});

test('a range request encodes only the tokens that touch the range', () => {
  const text = 'Lee\nmet\nRutte';
  const analysis = analysisWith({
    entities: [
      { start: 0, end: 3, text: 'Lee', type: 'person', entity: 'person:lee', canonical: 'Lee' },
      { start: 8, end: 13, text: 'Rutte', type: 'person', entity: 'person:rutte', canonical: 'Rutte' },
    ],
  });
  assert.deepEqual(decode(encodeTokens(text, tokensOf(analysis), 4, 13)), [[2, 0, 5, 'person', 0]]);
});
