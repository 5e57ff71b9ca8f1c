import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// An office held for a place takes the place's name before it ("Kelby Mayor Ann Roe"), or in brackets after the holder's.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a name no list knows before a place-bound title is the place, the holder a person', () => {
  for (const [text, place, person] of [
    ['The plan was backed by Dorrowby Mayor Ann Roe on Monday.', 'Dorrowby', 'Ann Roe'],
    ['Harwick Member of Parliament Tom Galt said so.', 'Harwick', 'Tom Galt'],
    ['Critics included Upper Dorrow Councillor Ian Bell.', 'Upper Dorrow', 'Ian Bell'],
  ] as const) {
    const found = mentions(text);
    assert.ok(found.includes(`${place}/location`), found.join(', '));
    assert.ok(found.includes(`${person}/person`), found.join(', '));
  }
});

test('a body or a given name before a title is not taken for a place', () => {
  const found = mentions('Kestrel Holdings Director Ann Roe spoke. The city heard from Deputy Mayor Tom Galt.');
  assert.ok(!found.some((f) => f.endsWith('/location')), found.join(', '));
});

test("the ward in brackets after a councillor's name is a place; a party's short form is no place", () => {
  const found = mentions('Cllr Ann Roe (Dorrowby) said the scheme was welcome, and Councillor Tom Galt (Upper Harwick) objected. Cllr Ian Bell (Lab) abstained.');
  for (const place of ['Dorrowby', 'Upper Harwick']) assert.ok(found.includes(`${place}/location`), found.join(', '));
  assert.ok(!found.includes('Lab/location'), found.join(', '));
});
