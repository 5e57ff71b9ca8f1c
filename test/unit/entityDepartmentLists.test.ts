import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A body named by a list of departments keeps the whole list, "the" before its last department included.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('"Department of Tillage, Fisheries and the Coast" is one body', () => {
  const found = mentions('Farmers waited on Monday.\nThe Department of Tillage, Fisheries and the Coast is working with growers.');
  assert.ok(found.includes('Department of Tillage, Fisheries and the Coast/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Fisheries/') || f.startsWith('Coast/')), found.join(', '));
});
