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
