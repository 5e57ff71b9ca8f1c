import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}/${e.type}`);

test('a police, water or regional district is the body that runs the service, a plain district a place', () => {
  const ents = found('The mayor asked the Dorvale Police District (DPD) to keep order, and the DPD agreed. The Kelby Regional District declared an emergency, and the Tarn Water District cut supply in the Hollin District.');
  for (const name of ['Dorvale Police District/organization', 'Kelby Regional District/organization', 'Tarn Water District/organization', 'Hollin District/location']) assert.ok(ents.includes(name), `${name}: ${ents.join(', ')}`);
});

test('what a company buys from, and what researchers report in, are a company and a journal', () => {
  const ents = found('The bank closed its deal for the fund manager it bought from Dorvex, and researchers report in Varden Climate Letters that dust is falling.');
  assert.ok(ents.includes('Dorvex/organization'), ents.join(', '));
  assert.ok(ents.includes('Varden Climate Letters/organization'), ents.join(', '));
});
