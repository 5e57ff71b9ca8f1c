import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('states the city data lacks are places, and a province listed with a place of two words stays one', () => {
  const found = mentions('Officials met on Monday.\nKerala led the table, followed by Karnataka and Gujarat, the board said. Work covered Dhofar and Al Wusta governorates.');
  for (const name of ['Karnataka', 'Gujarat', 'Dhofar', 'Al Wusta']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  const companies = mentions('Officials met on Monday.\nShares of Kelvaro, Meta and Dunmore rose.');
  assert.ok(companies.includes('Meta/organization'), companies.join(', '));
});

test('a town and a compass word name a district, and a list continued after a place stays places', () => {
  const found = mentions('Officials met on Monday.\nThe affected wards include Lorumo East, Lorumo West and Tabaki Central. Cases rose in Narok, Kembora South, Ildaso, Rumuti, and Osengo North, the county said.');
  for (const name of ['Lorumo East', 'Lorumo West', 'Tabaki Central', 'Kembora South', 'Ildaso', 'Rumuti', 'Osengo North']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  const people = mentions('Officials met on Monday.\nThe award went to Kanye West and to Rebecca West, the jury said.');
  assert.ok(!people.some((m) => m.startsWith('Kanye West/location') || m.startsWith('Rebecca West/location')), people.join(', '));
});

test('a Canadian province abbreviated with periods is the province, after a town too, and never two initials', () => {
  const text =
    'Crews fought fires on Sunday.\nThe blaze near Tallowby, B.C., on Sunday grew. Residents across B.C. were warned, and voters in N.L. went to the polls.\n' +
    'Smoke drifted over Orrin Bay, N.S., the agency said.';
  const found = mentions(text);
  for (const name of ['B.C.', 'N.L.', 'N.S.']) assert.ok(found.includes(`${name}/location`), found.join(', '));
  assert.ok(!found.some((f) => /^[BCLNS]\//.test(f)), `no single letters: ${found.join(', ')}`);
  const era = mentions('The hall was built in 300 B.C. by settlers, the guide said.');
  assert.ok(!era.some((f) => f.startsWith('B.C.')), `a year's era is no province: ${era.join(', ')}`);
});
