import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Unknown one-word names a bearing points at ("east of X") are places, and a township is a place.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('"east of", "north-west of" and "outside of" an unknown name make it a place; "X Township" is a place', () => {
  const found = mentions('Crews worked on Monday.\nThe farm lies just east of Tarrow and north-west of Lenby, outside of Adley, in Corvell Township.');
  for (const name of ['Tarrow', 'Lenby', 'Adley', 'Corvell Township']) assert.ok(found.includes(`${name}/location`), found.join(', '));
});
