import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"the minister said" after a minister\'s own claims is that minister, not the counterpart named since', () => {
  const a = analyze(BODY + 'Ruritanian Foreign Minister Tomas Vell on Monday said his talks with his Valdorian counterpart Piet Vandam had gone well.\nIn a statement, Vell said the two sides would double trade by 2030.\n"Valdoria is a close partner," the minister said.\nHe added that a joint committee would meet next year.');
  const vell = idOf(a, 'Tomas Vell');
  assert.ok(vell);
  assert.equal(claimStarting(a, '"Valdoria is').speaker, vell);
  assert.equal(claimStarting(a, 'He added').speaker, vell);
});

test('"the foreign ministry spokesperson" is the spokesperson the text is about, and "the envoy" its high commissioner', () => {
  const a = analyze(BODY + 'Ministry spokesperson Anil Varma said the talks would be held next month.\n"We want stable ties," Varma said.\nOn another question, the foreign ministry spokesperson said the government had "seen the reports".');
  assert.equal(claimStarting(a, 'On another question').speaker, idOf(a, 'Anil Varma'));
  const b = analyze(BODY + 'Ruritanian High Commissioner Sanjay Mehta, speaking at a business event, said investment had crossed $2 billion.\n"There is a lot more to come," the envoy said.');
  assert.equal(claimStarting(b, '"There is').speaker, idOf(b, 'Sanjay Mehta'));
});

test('"she" after a man named since is the woman who spoke before him, told by their given names', () => {
  const a = analyze(BODY + 'Councillor Helen Marsh said the roads "simply cannot cope."\n"People here are not against new homes," she told the committee.\nShe was followed by the developer\'s director, Owen Pryce, who said the company had "listened carefully".\nAfter the vote, she said she was "delighted" with the decision.');
  assert.equal(claimStarting(a, 'After the vote').speaker, idOf(a, 'Helen Marsh'));
});

test('"Cllr" is a title, not part of the name', () => {
  const a = analyze(BODY + 'Speaking at the meeting, Cllr Joan Whitby said the plan was "the wrong one".');
  assert.ok(a.entities.some((m) => m.text === 'Joan Whitby'));
  assert.equal(claimStarting(a, 'Speaking at').speaker, idOf(a, 'Joan Whitby'));
});

test('a subject\'s own verb before a quoted phrase is not overruled by "according to" after it', () => {
  const a = analyze(BODY + 'For his part, Piet Vandam said that Valdoria valued Ruritania\'s "wise and balanced" diplomacy, according to a statement issued by the Valdorian Foreign Ministry.');
  assert.equal(claimStarting(a, 'For his part').speaker, idOf(a, 'Piet Vandam'));
});

test('"A reporter asked whether" is no claim; "Both managers said" is a group\'s', () => {
  const a = analyze(BODY + 'Spokesperson Anil Varma took questions.\nA reporter asked whether the government had raised the attacks with Valdoria.\n"We have taken up these incidents," Varma replied.\nBoth managers said they expected a crowd of more than 8,000.');
  assert.ok(!a.claims.some((c) => c.text.startsWith('A reporter')));
  assert.equal(claimStarting(a, 'Both managers').speaker, null);
});

test('a body in a place speaks, not the place ("The Refugee Council in Sudan said")', () => {
  const a = analyze(BODY + 'The Norwegian Refugee Council in Sudan said aid convoys had been blocked for weeks.\nAnalysts at Varn Bank in Ruritania said a rate cut was likely.');
  assert.equal(claimStarting(a, 'The Norwegian').speaker, idOf(a, 'Norwegian Refugee Council'));
  assert.equal(claimStarting(a, 'Analysts at').speaker, null);
});

test('"It found that" after a sentence a study opens is the study\'s finding; "It found" after anything else is not', () => {
  const a = analyze(BODY + 'The research, published in the journal Reef Studies, tracked 62 reefs.\nIt found that severe bleaching now comes every three to four years.');
  assert.equal(claimStarting(a, 'It found that').speaker, null);
  const b = analyze(BODY + 'Police searched the house. It found that the door was open.');
  assert.ok(!b.claims.some((c) => c.text.startsWith('It found')));
});
