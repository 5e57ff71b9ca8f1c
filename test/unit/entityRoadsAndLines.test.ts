import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Named roads, streets, numbered highways, bypasses and substations are facilities (what was built there),
// not places (countries, cities, regions); a financial district called by its street stays a place.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('named roads, streets, drives, avenues and bypasses are facilities', () => {
  const found = mentions(
    'Bollards went up on Rectory Road. A van crashed on Quarry Drive near Tolley Avenue. Traffic on the Kelby Bypass and Marram Boulevard was slow. Flooding closed Fenwick Street.',
  );
  for (const name of ['Rectory Road', 'Quarry Drive', 'Tolley Avenue', 'Kelby Bypass', 'Marram Boulevard', 'Fenwick Street']) assert.ok(found.includes(`${name}/facility`), found.join(', '));
});

test('a highway, route or interstate and its number are a facility', () => {
  const found = mentions('The crash closed Highway 61 north of Kelby. Crews reopened Route 9 and Interstate 84 on Monday.');
  for (const name of ['Highway 61', 'Route 9', 'Interstate 84']) assert.ok(found.includes(`${name}/facility`), found.join(', '));
});

test('Wall Street, the financial district, is a place', () => {
  const found = mentions('Stocks rose on Wall Street on Friday as investors cheered.');
  assert.ok(found.includes('Wall Street/location'), found.join(', '));
});

test('the town a road is named after keeps its own name: the bare word is no short form of the road', () => {
  const found = mentions('A pub in Smelby, Kent, shut on Monday. Its landlord, of Smelby Road, Harwick, was fined.');
  assert.ok(found.includes('Smelby Road/facility'), found.join(', '));
  assert.ok(found.includes('Smelby/location'), found.join(', '));
  assert.ok(found.includes('Harwick/location'), found.join(', '));
});
