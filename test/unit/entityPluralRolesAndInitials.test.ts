import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

// A portfolio and a role in the plural ("the two Foreign Ministers") name holders of an office, no body; what
// such a counted group says together is still a claim, no one's in particular. Initials written without points
// ("Dr A K Roe") open the person's name.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a portfolio and a role in the plural are no name', () => {
  const found = mentions('Delegates met in Kelby on Monday.\nThe two Foreign Ministers underlined the need to widen trade. The Health Ministers also met.');
  assert.ok(!found.some((f) => f.includes('Ministers') || f.startsWith('Foreign/') || f.startsWith('Health/')), found.join(', '));
});

test('what two ministers counted together underline or pledge is a claim of the group', () => {
  const a = analyze(
    BODY + 'The two Foreign Ministers underlined the necessity of widening trade while their countries mark 40 years of ties.\nThe two Foreign Ministers also pledged to cooperate with each other in regional forums.',
  );
  assert.equal(claimStarting(a, 'The two Foreign Ministers underlined').speaker, null);
  assert.equal(claimStarting(a, 'The two Foreign Ministers also pledged').speaker, null);
});

test('initials without points between a title and a surname open the name', () => {
  const found = mentions(
    'Officials met on Monday in the capital.\nForeign Minister Dr A K Rahim Osmani and his counterpart Dr. Tomas Grell urged both sides to widen the existing bilateral relations between the two countries.',
  );
  assert.ok(found.includes('A K Rahim Osmani/person'), found.join(', '));
  assert.ok(found.includes('Tomas Grell/person'), found.join(', '));
});
