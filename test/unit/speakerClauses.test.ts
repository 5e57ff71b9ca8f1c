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

test("a feed's name in its tag is not the company a story opens with", () => {
  const a = analyze(
    'Dorvan Telecom completes rollout\n(MENAFN- Gulf Daily Times) Muscat: Dorvan Telecom has completed the rollout of its network across all 11 provinces, six months ahead of the deadline, the company announced on Tuesday.\nThe operator said coverage now reaches 96 per cent of the population.\n',
  );
  assert.equal(claimStarting(a, '(MENAFN-').speaker, idOf(a, 'Dorvan Telecom'));
  assert.equal(claimStarting(a, 'The operator').speaker, idOf(a, 'Dorvan Telecom'));
});

test('"sources close to the deal said" are no one in particular, not the subject', () => {
  const a = analyze(BODY + 'Kestrel Rovers have agreed a fee of 45 million pounds with Lyon for winger Taro Kimura, sources close to the deal said on Thursday.');
  assert.equal(claimStarting(a, 'Kestrel Rovers').speaker, null);
});

test('two people joined by "and", the second with a title, speak together; an "and" inside a title joins no one', () => {
  const a = analyze(BODY + 'Brazilian President Rui Falcao and Spanish Prime Minister Pedro Alcaraz urged the European Union on Wednesday to bring the deal into force.');
  assert.equal(claimStarting(a, 'Brazilian President').speaker, null);
  const b = analyze(BODY + 'Treasury and Finance Minister Pedro Alcaraz said on Monday that inflation would fall below 20 percent.');
  assert.equal(claimStarting(b, 'Treasury and Finance').speaker, idOf(b, 'Pedro Alcaraz'));
});

test('"the agency said" after a sentence opened by an office is the agency that spoke before, not the office', () => {
  const a = analyze(
    BODY +
      'The Varnian Forest Agency fined the miner Dorvan Ltd 48 million for clearing 1,240 hectares of forest.\n\nUnder the law, the miner has 20 days to present its defence, the Varnian Forest Agency said.\n\nThe Federal Prosecutor\'s Office in Santos has opened a civil inquiry into the case, the agency said.',
  );
  assert.equal(claimStarting(a, 'The Federal Prosecutor').speaker, idOf(a, 'Varnian Forest Agency'));
});

test('"the company said" is the company a sentence since opened with, not one that spoke before it; "the club" likewise', () => {
  const a = analyze(
    BODY +
      'Lindqvist Pharma reported on Thursday that revenue from its obesity drug doubled in the third quarter.\n\nNorvane Therapeutics has also been hit by pricing pressure in Europe.\n\nThe company said regulators had accepted its filing for a pill version of the drug.',
  );
  assert.equal(claimStarting(a, 'The company said').speaker, idOf(a, 'Norvane Therapeutics'));
  const b = analyze(
    BODY +
      'Norvane Therapeutics said its sales rose.\n\nLindqvist Pharma analyst Imran Qadir was more cautious, saying competition "has not gone away" at all.\n\nThe company said it would buy back shares.',
  );
  assert.equal(claimStarting(b, 'The company said').speaker, idOf(b, 'Norvane Therapeutics'));
  const c = analyze(
    BODY + 'Dorvan United coach Ivo Kask said his team would attack. "We came to win," he said.\n\nThe visitors were without their captain, who has a hamstring strain, the club said.',
  );
  assert.equal(claimStarting(c, 'The visitors').speaker, idOf(c, 'Dorvan United'));
});

test('"according to the indictment filed in X court" is the prosecutor who spoke before, not the court', () => {
  const a = analyze(
    BODY +
      'A former contractor was indicted on Wednesday on charges that he billed the city for work that was never done, the Dorvan County District Attorney\'s Office said.\n\nIvo Kask, 52, faces 18 counts of theft and forgery, according to the indictment filed in Dorvan County Circuit Court.',
  );
  const c = claimStarting(a, 'Ivo Kask');
  assert.notEqual(c.speaker, idOf(a, 'Dorvan County Circuit Court'));
  assert.equal(c.speaker, claimStarting(a, 'A former contractor').speaker);
});
