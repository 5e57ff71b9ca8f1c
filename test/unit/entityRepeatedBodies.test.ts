import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A name that only its shape made a person's, repeated in full with no short form, is a body's:
// news shortens people after the first mention and repeats companies.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a two-word name written in full three times and never shortened is a body', () => {
  const found = mentions(
    'Brelo Vantis has cut 40 routes this winter. Brelo Vantis blamed fuel costs for the cuts. Passengers booked with Brelo Vantis will be offered refunds, a spokeswoman said.',
  );
  assert.ok(found.includes('Brelo Vantis/organization'), found.join(', '));
  assert.ok(!found.includes('Brelo Vantis/person'), found.join(', '));
});

test('a person named in full and then by surname stays a person', () => {
  const found = mentions(
    'Teodor Malvik won the race on Sunday. Teodor Malvik led from the start. Teodor Malvik then thanked his team, and Malvik said the course was hard.',
  );
  assert.ok(found.includes('Teodor Malvik/person'), found.join(', '));
  // Twice in full is not enough: a photo caption repeats a person's name.
  const twice = mentions('Orla Denvik spoke to reporters. Photo: Orla Denvik at the launch. The plan is due in May.');
  assert.ok(!twice.some((m) => m.startsWith('Orla Denvik/organization')), twice.join(', '));
});
