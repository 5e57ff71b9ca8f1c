import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Capitalized pieces that name nothing: market codes, units and file words, link ids, common words.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('every code of a bracketed list of market codes is a code, not a name', () => {
  const found = mentions('Shares of Dorvale Foods Plc (DVF.L, DVFLY.PK, DVFLF.PK) slid after the bakery chain cut its outlook.');
  assert.ok(found.includes('Dorvale Foods Plc/organization'), found.join(', '));
  for (const code of ['DVF/', 'DVFLY/', 'DVFLF/', 'PK/', 'L/']) assert.ok(!found.some((f) => f.startsWith(code)), found.join(', '));
});

test('units, file kinds and parts of devices are no names', () => {
  const found = mentions('Watch\nMP4\nThe clip is 311.4 MB long.\nThe Quasar 780 SoC is fast, Orvex said, and the SoC is made in Peru. Budgets rose for farms, roads, ICT and schools.');
  for (const word of ['MP4/', 'MB/', 'SoC/', 'ICT/']) assert.ok(!found.some((f) => f.startsWith(word)), found.join(', '));
  assert.ok(found.includes('Quasar 780/product'), found.join(', '));
  assert.ok(found.includes('Peru/location'), found.join(', '));
});

test('an id after a slash in a link is no name; a credit after a name\'s slash still is', () => {
  const found = mentions('Two sets behind, she won the next three. pic.example.com/Vr7kLp2Qzd — Dorvale Open (@dorvaleopen) June 9, 2023\nSee https://t.co/Mn4bWq8 for more. Photo: Amy Roe/Reuters.');
  for (const id of ['Vr7kLp2Qzd/', 'Mn4bWq8/']) assert.ok(!found.some((f) => f.startsWith(id)), found.join(', '));
  assert.ok(found.includes('Reuters/organization'), found.join(', '));
});

test('a participle used as a preposition at a sentence\'s start is no part of the place after it', () => {
  const found = mentions('Sales rose. Excluding Peru, the mills sold more paper. Including Chile, exports slipped.');
  assert.ok(found.includes('Peru/location'), found.join(', '));
  assert.ok(found.includes('Chile/location'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Excluding') || f.startsWith('Including')), found.join(', '));
});
