import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"according to the KNA news agency" is the agency named, not a body called "news agency"', () => {
  const a = analyze(BODY + 'According to the KNA news agency, the coalition will ask Ann Roe to lead the next cabinet.');
  assert.equal(claimStarting(a, 'According to the KNA').speaker, idOf(a, 'KNA'), JSON.stringify(a.entities.map((m) => [m.text, m.type])));
});
