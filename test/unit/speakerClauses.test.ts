import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a body and its acronym before a verb further down the story are no dateline, and the sentence is a claim', () => {
  const text =
    'Grain prices climb\nBy Ana Ruiz\nMarch 3, 2027\nThe minister said the price would rise.\nThe Varnian Grain Board (VGB) said it had secured a loan from a group of banks.\n';
  const a = analyze(text);
  assert.equal(a.structure.dateline, null);
  assert.equal(claimStarting(a, 'The Varnian Grain Board').speaker, idOf(a, 'Varnian Grain Board'));
});

test("once the subject has spoken, a verb inside its words does not take the claim from it", () => {
  const a = analyze(
    BODY +
      'Union leader Mara Oduya said staff were "tired and angry and unpaid" and that the Dorvan Health Board had failed to open the 300 beds it promised in 2025.\n\n' +
      'Finance Minister Ilse Varga said in a post on X that the figures showed "the strength of household demand" after the tax cuts.\n\n' +
      'Kestrel Rovers said in a statement that it had reported "a number of" fans to police after the match.',
  );
  assert.equal(claimStarting(a, 'Union leader').speaker, idOf(a, 'Mara Oduya'));
  assert.equal(claimStarting(a, 'Finance Minister').speaker, idOf(a, 'Ilse Varga'));
  assert.equal(claimStarting(a, 'Kestrel Rovers').speaker, idOf(a, 'Kestrel Rovers'));
});

test('a quotation closed by its own verb and speaker is still theirs', () => {
  const a = analyze(BODY + 'Mara Oduya said the deal was "a first step, nothing more," Ilse Varga added.');
  assert.equal(claimStarting(a, 'Mara Oduya').speaker, idOf(a, 'Ilse Varga'));
});

test('"in a statement signed by its spokesman, X," the subject speaks, not the spokesman who signed', () => {
  const a = analyze(
    BODY +
      'But the regulator Norvic, in a statement signed by its spokesman, Tade Olumide, said the review was fair.\n\n' +
      'President Bola Amadi visited the site on Monday.\n\n' +
      'In a statement signed by his spokesman, Kunle Ade, the President said he had spoken with the governor.',
  );
  assert.equal(claimStarting(a, 'But the regulator').speaker, idOf(a, 'Norvic'));
  assert.equal(claimStarting(a, 'In a statement signed').speaker, idOf(a, 'Bola Amadi'));
  // A spokesman named for no one else speaks himself.
  const b = analyze(BODY + 'The ministry spokesman, Tade Olumide, said the review was fair.');
  assert.equal(claimStarting(b, 'The ministry spokesman').speaker, idOf(b, 'Tade Olumide'));
});

test('"the data showed" is not the words of the person who last spoke in a post', () => {
  const a = analyze(
    BODY +
      'Finance Minister Ilse Varga said in a post on X that the tax take was "a sign of strength in the economy".\n\nThe southern province recorded the highest collections, followed by the coast, the data showed.',
  );
  assert.equal(claimStarting(a, 'The southern province').speaker, null);
});
