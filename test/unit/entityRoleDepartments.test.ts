import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('departments before a role name no one: one word, a list before "and", and one after "for"', () => {
  const found = mentions(
    'Officials met on Monday.\nThe fund stood at $4 million, Finance Director Tom Vell told the council.\n' +
      '"It works," Digital Development and Transport Minister Arif Dunmore said.\n' +
      'Deputy Prime Minister and Minister of State for Cabinet Affairs Selda Kar-Unmar said the plan was ready.',
  );
  assert.deepEqual(found, ['Tom Vell/person', 'Arif Dunmore/person', 'Selda Kar-Unmar/person'], found.join(', '));
});
