import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Acronyms after their full form, and their later bare mentions: one spelling a compass word
// ("WEST"), two side by side ("CGV HPU units"), one after a body's name ("Coastal Guard HPU").

const found = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}/${e.type}/${e.entity}`);

const TEXT =
  "Funding from the province into the Coastal Guard's Harbour Patrol Units (HPU) goes on. Its units include the River Search Team (RST) " +
  'and the Wharf Enforcement and Salvage Team (WEST).\n\n' +
  'From May through July, CGV HPU units seized 40 boats. The Coastal Guard runs a WEST team in Dunmore. ' +
  'Fines were issued by CGV WEST. The Coastal Guard HPU crews grew.';

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
