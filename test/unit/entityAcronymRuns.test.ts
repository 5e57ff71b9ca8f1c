import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Acronyms after their full form, and their later bare mentions: one spelling a compass word
// ("WEST"), two side by side ("CGV HPU units"), one after a body's name ("Coastal Guard HPU").

const found = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}/${e.type}/${e.entity}`);

const TEXT =
  "The Coastal Guard's Harbour Patrol Units (HPU) will get new boats this year. Among them are the River Search Team (RST) " +
  'and the Wharf Enforcement and Salvage Team (WEST).\n\n' +
  'Last summer CGV HPU crews towed 40 boats to shore. A WEST team of the Coastal Guard is based in Dunmore. ' +
  'Permits were checked by CGV WEST. The Coastal Guard HPU staff doubled.';

test('an acronym spelling a compass word joins its full form, in brackets and alone', () => {
  const ents = found(TEXT);
  const west = ents.filter((e) => e.startsWith('WEST/'));
  assert.equal(west.length, 3, ents.join(', '));
  for (const e of west) assert.equal(e, 'WEST/organization/organization:wharf-enforcement-and-salvage-team');
});

test('two acronyms side by side are two bodies, and an acronym after a body it is not part of stands alone', () => {
  const ents = found(TEXT);
  const hpu = ents.filter((e) => e.startsWith('HPU/'));
  assert.equal(hpu.length, 3, ents.join(', '));
  for (const e of hpu) assert.equal(e, 'HPU/organization/organization:harbour-patrol-units');
  assert.equal(ents.filter((e) => e.startsWith('CGV/organization/')).length, 2, ents.join(', '));
  assert.equal(ents.filter((e) => e.startsWith('Coastal Guard/organization/')).length, 3, ents.join(', '));
});

test('compass capitals with no definition stay no name, and a company name ending in capitals is not split without one', () => {
  const ents = found('Traffic heading WEST was stopped. Talks with Harlow AIG went on.');
  assert.ok(!ents.some((e) => e.startsWith('WEST/')), ents.join(', '));
  assert.ok(!ents.some((e) => e.startsWith('AIG/')), ents.join(', '));
});
