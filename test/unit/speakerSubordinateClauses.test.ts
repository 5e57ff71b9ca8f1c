import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a speaker inside an "after" clause does not take the claim from the sentence\'s named subject', () => {
  const a = analyze(
    BODY +
      'Harbour Commissioner, Ilse Marrow, is urging Kelby shop owners to lock their shutters early after police said on Monday they had traced “three break-ins this month to one crew”.',
  );
  const c = claimStarting(a, 'Harbour Commissioner');
  assert.equal(c.speaker, idOf(a, 'Ilse Marrow'), JSON.stringify(a.claims.map((x) => [x.text.slice(0, 40), x.speaker, x.cue?.text])));
});

test('after a comma, the people a weaker verb "urged" are its object, not its speaker', () => {
  const a = analyze(
    BODY +
      'Transport Minister Ann Roe backed the mayor for a new term.\nThe minister, on Friday, who addressed a dinner held by retired councillors in Varnton, urged Kelby voters to turn out early at the polls.',
  );
  assert.equal(claimStarting(a, 'The minister, on Friday').speaker, idOf(a, 'Ann Roe'), JSON.stringify(a.entities.map((m) => [m.text, m.type])));
});

test('"In a statement, X wanted to “...”" is X\'s quotation though no verb of saying names it', () => {
  const a = analyze(BODY + 'In a statement, Ilse Marrow wanted to “assure every dock worker that night patrols will double from next week.”');
  assert.equal(claimStarting(a, 'In a statement, Ilse Marrow').speaker, idOf(a, 'Ilse Marrow'));
});
