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

test('a body with its acronym in brackets and then its place speaks, not the place ("The Green Alliance (GA) in Kelby said")', () => {
  const text = 'Outage hits Kelby\nThe Green Alliance (GA) in Kelby said the outage was a scandal.';
  assert.equal(speakerOf(text, 'The Green Alliance'), 'organization:green-alliance');
});

test('"according to results declared by X" and "according to the official count of X" are X\'s figures, not the subject\'s', () => {
  const declared = 'Kelby votes\nThe Kelby Party won 61 of the 117 seats, according to results declared by the Kelby Vote Office late on Thursday.';
  assert.equal(speakerOf(declared, 'The Kelby Party'), 'organization:kelby-vote-office');
  const count = 'Kelby votes\nAnn Roe won 52% of the vote, according to the official count of the Kelby Vote Office.';
  assert.equal(speakerOf(count, 'Ann Roe'), 'organization:kelby-vote-office');
  const own = 'Kelby votes\nAnn Roe declared that she had won.';
  assert.equal(speakerOf(own, 'Ann Roe'), 'person:ann-roe');
});

test('a body named by its trade is the body whose name says that trade: "the weather office", "the market regulator", "the statistics bureau"', () => {
  const weather = 'Storms for Kelby\nThe Kelby Meteorological Department warned of storms on Monday.\n"Rain will be heavy," the weather office said.';
  assert.equal(speakerOf(weather, '"Rain'), 'organization:kelby-meteorological-department');
  const market = 'Brokers fined\nThe Kelby Securities Commission fined two brokers.\n"Savers come first," the market regulator said.';
  assert.equal(speakerOf(market, '"Savers'), 'organization:kelby-securities-commission');
  const figures = 'Prices up\nThe Kelby Bureau of Statistics published prices on Monday.\n"Food led the rise," the statistics agency said.';
  assert.equal(speakerOf(figures, '"Food'), 'organization:kelby-bureau-of-statistics');
  // An exchange trades shares; it regulates no market.
  const exchange = 'Shares up\nThe Kelby Securities Exchange opened late on Monday.\n"Savers come first," the market regulator said.';
  assert.notEqual(speakerOf(exchange, '"Savers'), 'organization:kelby-securities-exchange');
});
