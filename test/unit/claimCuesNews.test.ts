import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"advised", "believes" and "is urging" report a speaker\'s view', () => {
  const a = analyze(
    BODY +
      'Velmora Mining said it would appeal. It advised the permit is subject to conditions set by the state.\n' +
      'Education chief Dana Morrow does not back the fee rise and believes it will push students away.\n' +
      'Harbour Commissioner, Quentin Ashby, is urging residents to stay off the piers this weekend.',
  );
  assert.equal(claimStarting(a, 'It advised').speaker, idOf(a, 'Velmora Mining'));
  assert.equal(claimStarting(a, 'Education chief').speaker, idOf(a, 'Dana Morrow'));
  assert.equal(claimStarting(a, 'Harbour Commissioner').speaker, idOf(a, 'Quentin Ashby'));
});

test('"believed to be" and a passive "was advised" report no one', () => {
  const a = analyze(BODY + 'The driver, believed to be in his forties, was taken to hospital.\nThe council was advised to close the road.');
  assert.equal(a.claims.length, 0, JSON.stringify(a.claims.map((c) => c.text)));
});

test('"posted on" a platform or "that" reports words; "posted a loss" does not', () => {
  const a = analyze(
    BODY +
      '"The ferry will sail again in spring," Transport Minister Talia Brenner posted on X late on Tuesday.\n' +
      'Mayor Ivo Castell posted on Facebook that the bridge would reopen on Friday.\n' +
      'Orlent Group posted a loss of $4 million in the quarter.\nThe club posted on Monday its best result in years.',
  );
  assert.equal(claimStarting(a, '"The ferry').speaker, idOf(a, 'Talia Brenner'));
  assert.equal(claimStarting(a, 'Mayor Ivo Castell').speaker, idOf(a, 'Ivo Castell'));
  assert.equal(a.claims.filter((c) => c.text.startsWith('Orlent') || c.text.startsWith('The club')).length, 0);
});

test('"went on to say" reports what follows; "is expected to say" does not', () => {
  const a = analyze(
    BODY +
      'Project lead Nadia Ferrow spoke at the hearing.\nShe went on to say that the site would be restored after thirty years.\n' +
      'The minister is expected to say more on Friday.',
  );
  assert.equal(claimStarting(a, 'She went on').speaker, idOf(a, 'Nadia Ferrow'));
  assert.equal(a.claims.filter((c) => c.text.startsWith('The minister')).length, 0);
});

test('a negated cue with an adverb between ("wasn\'t just saying", "did not simply say") reports nothing', () => {
  const a = analyze(
    BODY +
      'Dana Morrow said the bill would help.\nMorrow wasn’t merely saying it to please the donors.\nShe did not simply say the plan was late.',
  );
  assert.deepEqual(a.claims.map((c) => c.text.slice(0, 12)), ['Dana Morrow ']);
});

test('"he continued", "quipped", "recounted", "clarified" and "thinks" report words; "prices continued to rise" does not', () => {
  const a = analyze(
    BODY +
      'Lena Vos spoke at the depot on Tuesday.\n"We have waited long enough," she continued.\n"The trains are older than I am," Vos quipped.\n' +
      'Tobias Grell recounted how the line flooded twice in a year.\nGrell clarified the depot would stay open.\nVos thinks the line will reopen by spring.\n' +
      'Prices continued to rise in the spring.',
  );
  for (const start of ['"We have', '"The trains', 'Tobias Grell', 'Grell clarified', 'Vos thinks']) assert.ok(claimStarting(a, start).speaker !== null, start);
  assert.equal(a.claims.filter((c) => c.text.startsWith('Prices')).length, 0);
});

test('"declared a state of emergency" and "the proposed levy" report no words; "declared that" does', () => {
  const a = analyze(
    BODY +
      'The Marlow District Council has declared a local state of emergency after the flood.\n' +
      'The Harbour Board received an update on Tuesday regarding the proposed levy.\nMayor Ivo Castell declared that the levy was dead.',
  );
  assert.deepEqual(a.claims.map((c) => c.text.slice(0, 12)), ['Mayor Ivo Ca']);
});

test('"stay informed", "well briefed" and a passive "was described as" report no words', () => {
  const a = analyze(BODY + 'Stay informed with our morning briefing!\nThe minister was well briefed on the plan.\nThe cyclist was described as tall, in a green coat.');
  assert.equal(a.claims.length, 0, JSON.stringify(a.claims.map((c) => c.text)));
});

test('"in added time" is part of a match, no one\'s words', () => {
  const a = analyze(BODY + 'Ann Roe took over Harwick Rovers in May, and Tom Dallow gave her a first win with a header in added time at Marston Park.');
  assert.equal(a.claims.length, 0, JSON.stringify(a.claims.map((c) => c.text)));
});
