import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const speakerOf = (text: string, opening: string): string | null | undefined => analyze(text).claims.find((c) => text.slice(c.start, c.end).startsWith(opening))?.speaker;

test('"the utility said" is a claim of the water or power company', () => {
  const text = 'Pipes burst in Kelby\nThe Kelby Water Board said a main had burst on Sunday.\nIn an update on Monday, the utility said repairs were nearly complete.';
  assert.equal(speakerOf(text, 'In an update'), speakerOf(text, 'The Kelby Water Board'));
});

test('"the electoral body" is the body named with that word ("National Electoral Board"); a body named with other words is not', () => {
  const text = 'Kelby elects a mayor\nAnn Roe won 52% of the vote, according to the National Electoral Board (NEB).\nTurnout was 71%, according to the electoral body.';
  assert.equal(speakerOf(text, 'Turnout'), speakerOf(text, 'Ann Roe won'));
  const other = 'Kelby elects a mayor\nAnn Roe won 52% of the vote, according to the Kelby Vote Office.\nTurnout was 71%, according to the electoral body.';
  assert.notEqual(speakerOf(other, 'Turnout'), speakerOf(other, 'Ann Roe won'));
});
