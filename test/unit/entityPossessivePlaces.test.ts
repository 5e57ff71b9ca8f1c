import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A known place whose name ends in "'s" keeps it, with a straight or a curly apostrophe.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('"St. John’s" and "St. John\'s" are the city whole; a person\'s possessive still ends the name', () => {
  const found = mentions("Voters went out on Monday.\nAnn Vell voted in St. John’s with her husband. Dai Orr voted in St. John's, and Ann Vell's car was seen.");
  for (const name of ['St. John’s', "St. John's"]) assert.ok(found.includes(`${name}/location`), found.join(', '));
  assert.ok(!found.includes('St. John/location'), found.join(', '));
  assert.ok(found.filter((f) => f === 'Ann Vell/person').length === 2, found.join(', '));
});
