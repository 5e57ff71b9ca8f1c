import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A name between "the" and a line's or a substation's noun names that line or site: a facility.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('the name of a rail line or a substation before its noun is a facility', () => {
  const found = mentions('The Dorrow Coast line has reopened to passenger trains. Sections of the Harwick and Upper Tillmere lines stay shut, and a new unit will stand beside the Oskett substation.');
  for (const name of ['Dorrow Coast', 'Harwick', 'Upper Tillmere', 'Oskett']) assert.ok(found.includes(`${name}/facility`), found.join(', '));
});

test("a body's line is its policy, and a place before other nouns stays a place", () => {
  const found = mentions('Lawmakers toed the Kremlin line on Monday. Floods hit the Leeds area.');
  assert.ok(found.includes('Kremlin/organization'), found.join(', '));
  assert.ok(found.includes('Leeds/location'), found.join(', '));
});
