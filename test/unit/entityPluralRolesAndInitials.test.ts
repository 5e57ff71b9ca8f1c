import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Initials written without points ("Dr A K Roe") open the person's name.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('initials without points between a title and a surname open the name', () => {
  const found = mentions(
    'Officials met on Monday in the capital.\nForeign Minister Dr A K Rahim Osmani and his counterpart Dr. Tomas Grell urged both sides to widen the existing bilateral relations between the two countries.',
  );
  assert.ok(found.includes('A K Rahim Osmani/person'), found.join(', '));
  assert.ok(found.includes('Tomas Grell/person'), found.join(', '));
});
