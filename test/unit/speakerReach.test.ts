import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import type { Claim } from '../../server/src/analysis/types';

/** The claim whose text starts with `words`, from the whole analysis of `text`. */
function claimStarting(text: string, words: string): Claim {
  const claims = analyze(text).claims;
  const c = claims.find((x) => x.text.startsWith(words));
  assert.ok(c, `a claim starts with "${words}"; found ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

test('"the minister" is the person introduced as minister of several departments', () => {
  const text =
    'Harvests grew this year.\n\nValdoria feeds its refugees, Valdorian Minister of Food, Agriculture and Livestock Piotr Nemec said on Tuesday.\n\nThe minister said Valdoria shares its meals with the poor.';
  assert.equal(claimStarting(text, 'The minister said').speaker, 'person:piotr-nemec', 'the minister is Piotr Nemec');
});

test('a role no one before holds is the person introduced with it just after', () => {
  const text =
    'Ana Holt has been sentenced to three years in prison.\nThe judge said Holt deserved a harsh punishment.\nUS District Judge Adam Morrow rejected arguments by her lawyers.';
  assert.equal(claimStarting(text, 'The judge said').speaker, 'person:adam-morrow', 'the judge is Adam Morrow, named in the next sentence');
});

test('"according to" a role and a name: the name speaks, not the institution before the role', () => {
  const text = 'Faces matter.\n\nAccording to Zelkon researcher and study lead author Dr. Ivo Dal, a viewer splits a face into parts.';
  assert.equal(claimStarting(text, 'According to Zelkon').speaker, 'person:ivo-dal', 'the researcher is Ivo Dal');
});

test('a person closing the clause after an inverted cue speaks, not the place in apposition before it', () => {
  const text =
    'Airports grow.\n\nThe state would invest 480 million yuan in the airport in Varna, the second-biggest city in Valdoria, said Ivo Dal, head of the aviation office.\n\nAna Berg, the mayor of Varna, said Ivo Dal lied.';
  assert.equal(claimStarting(text, 'The state would invest').speaker, 'person:ivo-dal', 'Ivo Dal speaks');
  assert.equal(claimStarting(text, 'Ana Berg, the mayor').speaker, 'person:ana-berg', 'a person before the cue still speaks when the name after it opens the content');
});

test('a short form two people share is, before the second is named, the first', () => {
  const text =
    'Airports grow.\n\nThe airport will cost more, said Ivo Dal, head of the office. Work will end in two years, Ivo told reporters. Ivo Brek, the party secretary, said it helps. Ivo added that the port would grow.';
  assert.equal(claimStarting(text, 'Work will end').speaker, 'person:ivo-dal', '"Ivo" before Ivo Brek is introduced is Ivo Dal');
  assert.ok(claimStarting(text, 'Ivo added').speaker !== 'person:ivo-dal', '"Ivo" after both are named is not taken for Ivo Dal');
});

test('in a transcript, a person\'s labelled turn is one claim a paragraph, running on until the next label', () => {
  const text = [
    'Ministry Spokesperson Ana Berg’s Press Conference on May 4, 2023',
    '',
    'Zelkon News Agency: On May 4, a center issued a report. What is your comment?',
    '',
    'Ana Berg: I have noted the report. According to the report, the agency has gathered data. The community needs to stay alert.',
    '',
    'The agency must stop its attacks around the world.',
    '',
    'Varno Daily: Will the minister visit?',
    '',
    'Ana Berg: The minister will visit Varna next week.',
  ].join('\n');
  const claims = analyze(text).claims;
  const turns = claims.filter((c) => c.speaker === 'person:ana-berg').map((c) => c.text);
  assert.deepEqual(
    turns,
    [
      'Ana Berg: I have noted the report. According to the report, the agency has gathered data. The community needs to stay alert.',
      'The agency must stop its attacks around the world.',
      'Ana Berg: The minister will visit Varna next week.',
    ],
    `expected Ana Berg's three paragraphs; found ${JSON.stringify(claims.map((c) => [c.text, c.speaker]))}`,
  );
  const single = analyze('Ana Berg: a life in politics\n\nThe mayor said the port would grow.').claims;
  assert.ok(!single.some((c) => c.text.startsWith('The mayor') && c.speaker === 'person:ana-berg'), 'one labelled line alone is a heading, no transcript');
});

test('an interview of unlabelled questions: each answer line is the claim of the person most named', () => {
  const text = [
    'Clay and patience: a talk with Mira Kallas',
    'Mira Kallas has thrown pots in a barn near Tartu for thirty years. She spoke before her first show.',
    'How did you begin?',
    'By chance. A teacher let me use her wheel after school. He was strict, and I loved it.',
    'Do you work alone?',
    'Always. When a pot cracks, I want to know why.',
    'Kallas keeps almost none of her early work.',
    '"I was learning," she said.',
  ].join('\n');
  const claims = analyze(text).claims;
  for (const words of ['By chance.', 'Always.', '"I was learning,"']) {
    assert.equal(claimStarting(text, words).speaker, 'person:mira-kallas', `${words}: found ${JSON.stringify(claims.map((c) => [c.text, c.speaker]))}`);
  }
  assert.ok(!claims.some((c) => c.text.startsWith('How did')), 'a question is no claim');
  const one = analyze('Ports grow\nMira Kallas runs the port.\nWhy does it matter?\nTrade has doubled in five years.').claims;
  assert.ok(!one.some((c) => c.text.startsWith('Trade')), 'one rhetorical question makes no interview');
});

test('an interview is with the person its headline names, and an answer may quote someone', () => {
  const text = [
    'Tomas Vell on clay, kilns and his teacher',
    'Tomas Vell has fired pots in Tartu since 1990.',
    'Your teacher, Anna Sorel, has said you work too hard.',
    'Anna is too kind. Anna Sorel taught me patience, and Anna Sorel still visits.',
    'What did your father say?',
    'He told me, "If you stop now, you will always wonder." So I went on.',
    'Will you teach?',
    'One day, perhaps, if a student asks.',
  ].join('\n');
  const claims = analyze(text).claims;
  for (const words of ['He told me,', 'One day,']) {
    assert.equal(claimStarting(text, words).speaker, 'person:tomas-vell', `${words}: found ${JSON.stringify(claims.map((c) => [c.text, c.speaker]))}`);
  }
});

test('"called" with a quoted verdict reports words; "called" with no quotation or "for" does not', () => {
  const text = 'Shares rose.\n\nAna Berg, an analyst at Zelko Bank, called the quarter\'s sales "impressive." He called the meeting a success.';
  assert.equal(claimStarting(text, 'Ana Berg, an analyst').speaker, 'person:ana-berg', 'the analyst\'s verdict is a claim');
  assert.ok(!analyze(text).claims.some((c) => c.text.startsWith('He called')), 'an unquoted "called" reports nothing');
});

test('a person named later in the role\'s own sentence is what the role speaks of, not the role', () => {
  const text = 'The party won.\nThe party\'s president told supporters in Varna that voters had sent "a clear message" to President Ivo Dal.';
  assert.notEqual(claimStarting(text, "The party's president").speaker, 'person:ivo-dal', 'President Ivo Dal is spoken to, not speaking');
});

test('a quote before "said" and an owned role set off with a name: the named person speaks, not the owner', () => {
  const text = [
    'Tea cools the mind.',
    '',
    '"The link held in every age group," said the survey\'s lead author, Dr Ivo Dal, of Varna University.',
    '',
    '"We were surprised," said the firm\'s chief executive, Ana Berg.',
    '',
    '"It is only a start," said the team\'s co-author, Professor Lea Brek.',
  ].join('\n');
  assert.equal(claimStarting(text, '"The link held').speaker, 'person:ivo-dal', 'the lead author is Ivo Dal');
  assert.equal(claimStarting(text, '"We were surprised').speaker, 'person:ana-berg', 'the chief executive is Ana Berg, not the firm');
  assert.equal(claimStarting(text, '"It is only a start').speaker, 'person:lea-brek', 'a spelt-out title may open the name');
});

test('an "-ing" word before a role with no comma after it describes the role; with a comma it opens an introductory phrase', () => {
  const text = [
    'The count ended.',
    '',
    'Outgoing governor Ivo Dal accepted defeat and said he would leave office on Friday.',
    '',
    'Speaking in Varna on Monday, Ana Berg said she would keep the cabinet.',
  ].join('\n');
  assert.equal(claimStarting(text, 'Outgoing governor').speaker, 'person:ivo-dal', 'the outgoing governor is Ivo Dal');
  assert.equal(claimStarting(text, 'Speaking in Varna').speaker, 'person:ana-berg', 'the introductory phrase is still skipped');
});
