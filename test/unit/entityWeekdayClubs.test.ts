import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A known city and a weekday written together again and again, no preposition placing the city, name a club.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a city and a weekday written together twice, unplaced, are a club', () => {
  const found = mentions('Leeds Saturday 3-1 Hull. Tom Verne put Leeds Saturday ahead, and Leeds Saturday held on.');
  assert.ok(found.includes('Leeds Saturday/organization'), found.join(', '));
  assert.ok(!found.includes('Leeds/location'), found.join(', '));
});

test('a city then a weekday after "in", or before a part of the day, is when something happened there', () => {
  const found = mentions('A fire broke out in Leeds Saturday. Crews in Leeds Saturday night said it was out, and Leeds Saturday evening was calm.');
  assert.ok(!found.some((m) => m.startsWith('Leeds Saturday')), found.join(', '));
});
