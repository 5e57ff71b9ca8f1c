import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

// A portfolio and a role in the plural ("the two Foreign Ministers") name holders of an office, no body; what
// such a counted group says together is still a claim, no one's in particular. Initials written without points
// ("Dr A K Roe") open the person's name.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a portfolio and a role in the plural are no name', () => {
  const found = mentions('Delegates met in Kelby on Monday.\nThe two Foreign Ministers signed a fishing accord. The Health Ministers met later.');
  assert.ok(!found.some((f) => f.includes('Ministers') || f.startsWith('Foreign/') || f.startsWith('Health/')), found.join(', '));
});

test('what two ministers counted together stress or pledge is a claim of the group', () => {
  const a = analyze(
    BODY + 'Ann Roe met Tomas Grell in Kelby.\nThe two Foreign Ministers stressed that fishing quotas must be shared fairly.\nThe two ministers then pledged to open a ferry route by spring.',
  );
  assert.equal(claimStarting(a, 'The two Foreign Ministers stressed').speaker, null);
  assert.equal(claimStarting(a, 'The two ministers then pledged').speaker, null);
});

test('initials without points between a title and a surname open the name', () => {
  const found = mentions(
    'Officials met on Monday in the capital.\nTrade Minister Dr A T Kofi Marsh and his counterpart Dr. Tomas Grell urged faster customs checks at the border.',
  );
  assert.ok(found.includes('A T Kofi Marsh/person'), found.join(', '));
  assert.ok(found.includes('Tomas Grell/person'), found.join(', '));
});
