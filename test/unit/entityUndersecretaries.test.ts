import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('"Undersecretary" is a role before its holder\'s name, with the department before it', () => {
  const found = names('Foreign Affairs Undersecretary Anna Roe said the talks would go on. Later, Trade Under-Secretary Ivo Dal agreed.');
  assert.deepEqual(found, ['Anna Roe:person', 'Ivo Dal:person']);
});
