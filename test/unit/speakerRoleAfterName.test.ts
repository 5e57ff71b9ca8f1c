import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"Name, role of Body said" without the closing comma is the named person\'s', () => {
  const a = analyze(BODY + 'Tomas Grell, chief executive of Kelby Harbour Trust said the port will stay open all winter.');
  assert.equal(claimStarting(a, 'Tomas Grell').speaker, idOf(a, 'Tomas Grell'));
});
