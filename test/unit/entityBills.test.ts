import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('"Bill" ending a name is a bill before parliament, and "the Bill" alone names nothing; "Bill" opening a name is a given name', () => {
  const found = names('The parliament passed the Online Safety Bill on Tuesday. Critics of the Family Values Bill protested. Bill Harrow voted against the Bill.');
  assert.deepEqual(found, ['Online Safety Bill:product', 'Family Values Bill:product', 'Bill Harrow:person']);
});
