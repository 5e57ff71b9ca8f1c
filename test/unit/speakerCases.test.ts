import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a name set off by commas after a role is the speaker, not the role before it', () => {
  const a = analyze(BODY + '"Cases are rising fast," a Varnian disease control center official, Han Bora, said at a news briefing.');
  assert.equal(claimStarting(a, '"Cases are rising').speaker, idOf(a, 'Han Bora'), 'Han Bora, named in apposition, speaks');
});

test('a period glued to the next sentence ("he said.On") still ends the claim', () => {
  const a = analyze(
    BODY + 'Farmer Tomas Grell said the wells were dry. "There is no water left," he said.On the complaint, district officer Mira Toll said that tankers were sent.',
  );
  const his = claimStarting(a, '"There is no water left');
  assert.ok(his.text.endsWith('he said.'), `his claim ends at his own sentence: ${JSON.stringify(his.text)}`);
  assert.equal(claimStarting(a, 'On the complaint').speaker, idOf(a, 'Mira Toll'), 'the next sentence is the officer\'s');
  const site = analyze(BODY + 'The minister spoke to News.Az on Friday, the agency said.');
  assert.ok(!site.claims.some((c) => c.text.startsWith('Az')), `a site's name is not cut: ${JSON.stringify(site.claims.map((c) => c.text))}`);
});

test('an indefinite body in a place ("a Dorvan hospital said") is not the place speaking', () => {
  const a = analyze(BODY + 'Doctors in Dorvan were busy. A Dorvan hospital said on Saturday it is testing a man for the virus.');
  const c = claimStarting(a, 'A Dorvan hospital');
  assert.notEqual(c.speaker, idOf(a, 'Dorvan'), `the place does not speak: ${JSON.stringify(a.entities.map((m) => [m.text, m.type]))}`);
});
