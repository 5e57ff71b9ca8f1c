import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"X characterized Y as ..." is X\'s verdict; "characterized by" is none', () => {
  const a = analyze(BODY + 'Coach Ann Roe characterized the loss as “a wake-up call” for the squad.');
  assert.equal(claimStarting(a, 'Coach Ann Roe').speaker, idOf(a, 'Ann Roe'));
  const b = analyze(BODY + 'The valley is characterized by steep slopes and a short summer.');
  assert.equal(b.claims.length, 0, JSON.stringify(b.claims));
});

test('"X had previously stated that ..." is X\'s claim; "the previously stated aim" is none', () => {
  const a = analyze(BODY + 'Mayor Tomas Grell had previously stated that the pool was safe for swimmers.');
  assert.equal(claimStarting(a, 'Mayor Tomas Grell').speaker, idOf(a, 'Tomas Grell'));
  const b = analyze(BODY + 'The board kept the previously stated aim of two new ferries.');
  assert.equal(b.claims.length, 0, JSON.stringify(b.claims));
});

test('"X has hinted at ..." and "X signalled that ..." are X\'s claims', () => {
  const a = analyze(BODY + 'Harbour chief Lena Varga has hinted at a fare rise before the summer.');
  assert.equal(claimStarting(a, 'Harbour chief Lena Varga').speaker, idOf(a, 'Lena Varga'));
  const b = analyze(BODY + 'Treasurer Mira Solt signalled that the levy may rise next year.');
  assert.equal(claimStarting(b, 'Treasurer Mira Solt').speaker, idOf(b, 'Mira Solt'));
});

test('"X has shared insights into ..." is X\'s claim; "shared the lead" is none', () => {
  const a = analyze(BODY + 'Port director Lena Varga, on her podcast this week, has shared insights into the winter timetable.');
  assert.equal(claimStarting(a, 'Port director Lena Varga').speaker, idOf(a, 'Lena Varga'));
  const b = analyze(BODY + 'Golfer Lena Varga shared the lead after the second round.');
  assert.equal(b.claims.length, 0, JSON.stringify(b.claims));
});
