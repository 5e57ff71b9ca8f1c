import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('an intelligence service and a chieftaincy are bodies, not people', () => {
  const found = names('The Chieftaincy of Naval Intelligence said the convoy was attacked. Officers of Coastal Intelligence agreed.');
  for (const n of ['Chieftaincy of Naval Intelligence:organization', 'Coastal Intelligence:organization']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
