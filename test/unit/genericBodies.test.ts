import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { linkCorpus } from '../../server/src/analysis/corpus';
import { genericBodyName } from '../../server/src/analysis/genericBodies';
import type { Analysis } from '../../server/src/analysis/types';

const idOf = (a: Analysis, words: string): string | undefined => a.entities.find((m) => m.text === words)?.entity;

test('a name made only of generic words is a generic body; a proper word makes it a name', () => {
  assert.equal(genericBodyName('Election Commission'), true);
  assert.equal(genericBodyName('Ministry of Foreign Affairs'), true);
  assert.equal(genericBodyName('Congress'), false, 'one word stays shared: it names one body in most news');
  assert.equal(genericBodyName('Varnian Election Commission'), false);
});

test('the same generic body in articles about different countries is two entities; in articles about one country, one', () => {
  const varnia = 'Polls close in Varna\n\nVARNA, France (Wire) - The Election Commission (EC) said on Monday that turnout in France was high. The EC urged calm.';
  const dorvan = 'Vote count delayed\n\nThe Election Commission said on Tuesday that counting in Germany would resume. Germany votes again in May.';
  const varnia2 = 'Second round set\n\nThe Election Commission said on Friday that France will vote again. French parties agreed.';
  const lone = 'Board rules on petitions\n\nThe Election Commission dismissed 12 petitions, the EC said.';
  const [a, b, c, d] = linkCorpus([analyze(varnia), analyze(dorvan), analyze(varnia2), analyze(lone)]);
  assert.ok(a && b && c && d);
  assert.notEqual(idOf(a, 'Election Commission'), idOf(b, 'Election Commission'), 'France\'s commission is not Germany\'s');
  assert.equal(idOf(a, 'Election Commission'), idOf(c, 'Election Commission'), 'two articles about France share it');
  assert.equal(idOf(a, 'EC'), idOf(a, 'Election Commission'), 'the acronym still joins its name within the article');
  assert.notEqual(idOf(d, 'Election Commission'), idOf(a, 'Election Commission'), 'an article naming no country keeps its own');
  assert.notEqual(idOf(d, 'EC'), idOf(a, 'Election Commission'), 'nor does its acronym join another article\'s body');
});

test('a claim by a generic body named in lowercase speaks for the body as the article\'s country qualifies it', () => {
  const one = 'Talks end in France\n\nThe two sides agreed to cooperate, the presidential office said on Monday. France hosts the next round.';
  const two = 'Summit set\n\nThe Presidential Office in France said on Friday that the summit was set. French officials agreed.';
  const [a, b] = linkCorpus([analyze(one), analyze(two)]);
  assert.ok(a && b);
  const speaker = a.claims.find((c) => c.text.startsWith('The two sides'))?.speaker;
  assert.equal(speaker, idOf(b, 'Presidential Office'), `the lowercase office is the one the other article names: ${JSON.stringify(a.claims)}`);
});
