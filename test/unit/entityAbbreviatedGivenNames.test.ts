import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A given name written short with a point ("Ma." for María) opens the name after a role as it does alone.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('an abbreviated given name after a role stays in the name', () => {
  const found = mentions('Delegation Leader Ma. Lorna Estavillo spoke first. Secretary Ma. Teodora Luna agreed.');
  assert.ok(found.includes('Ma. Lorna Estavillo/person'), found.join(', '));
  assert.ok(found.includes('Ma. Teodora Luna/person'), found.join(', '));
  assert.ok(!found.includes('Ma/person'), found.join(', '));
});
