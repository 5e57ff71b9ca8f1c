import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import { analyzeStructure } from '../../server/src/analysis/structure';
import type { ArticleStructure, EntityMention } from '../../server/src/analysis/types';

// Spans and types seen in real news: roles and honours around names, company
// words, scraped mojibake, a surname that is also a pronoun.

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

const find = (text: string): EntityMention[] => findEntities(text, NO_STRUCTURE);

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => find(text).map((m) => `${m.text}/${m.type}`);

function has(text: string, expected: string): void {
  assert.ok(spans(text).includes(expected), `expected ${expected} in ${spans(text).join(', ')}`);
}

test('police and council ranks before a name are roles, not part of the name', () => {
  const text = 'The case closed. Detective Chief Inspector Mara Quellby said the inquiry was over, and Councilmember Tobin Arkwright voted no.';
  has(text, 'Mara Quellby/person');
  has(text, 'Tobin Arkwright/person');
});

test('an honour after a name is no part of it', () => {
  const text = 'Sentencing him, Judge Alma Penrose KC said the attack was senseless.';
  has(text, 'Alma Penrose/person');
  assert.ok(!spans(text).some((s) => s.includes('KC')), spans(text).join(', '));
});

test('"Mr" opening a sentence introduces a person', () => {
  const text = 'The house was sold. Mr Quellby was not at home.';
  has(text, 'Quellby/person');
});

test('Amir is a given name', () => {
  has('The court heard that Brennan stabbed Amir Tolvani, 31, on a Friday.', 'Amir Tolvani/person');
});

test('company words head an organization, not after a given name alone', () => {
  const text = 'Shares in Nordvik Energy fell after Kelto Engineers said Varna Water and CG Power would pay. Samantha Power said so, the Dorvan Daily Star reported.';
  has(text, 'Nordvik Energy/organization');
  has(text, 'Kelto Engineers/organization');
  has(text, 'Varna Water/organization');
  has(text, 'CG Power/organization');
  has(text, 'Dorvan Daily Star/organization');
  has(text, 'Samantha Power/person');
});

test('a company word that is no surname heads a company even after a given name ("Sky Sports", "Grace Logistics")', () => {
  const text = 'The club beat Walsall, Sky Sports reported. Grace Logistics said the deal was done. Novelist Danielle Steel said so.';
  has(text, 'Sky Sports/organization');
  has(text, 'Grace Logistics/organization');
  has(text, 'Danielle Steel/person');
});

test('a company with and without its legal form is one entity', () => {
  const a = find('Workers gathered at Nordvik Energy ASA on Tuesday.').find((m) => m.text === 'Nordvik Energy ASA');
  const b = find('Workers gathered at Nordvik Energy on Tuesday.').find((m) => m.text === 'Nordvik Energy');
  assert.ok(a && b);
  assert.equal(a.entity, b.entity);
});

test('mojibake apostrophes and quotes are read as marks, offsets into the original text', () => {
  const text = 'It is made by Japanâ€™s Kelto Pharma. â€œThe window is closing,â€ she said. â€œNobody told us.â€';
  const m = find(text);
  const japan = m.find((x) => x.text === 'Japan');
  assert.ok(japan, spans(text).join(', '));
  assert.equal(text.slice(japan.start, japan.end), 'Japan');
  assert.equal(japan.type, 'location');
  assert.ok(!m.some((x) => /The|Nobody|â/.test(x.text)), spans(text).join(', '));
});

test('the surname "He" inside a sentence opens a name', () => {
  has('A spokesperson for the ministry, He Yadong, said at a briefing that talks went well.', 'He Yadong/person');
  assert.ok(!spans('She paused. He Went home, it seemed.').some((s) => s.startsWith('He ')));
});

test('time zones after a clock and currencies before an amount are no organizations', () => {
  const text = 'Updated: Mar 06, 2024, 18:22 IST\nThe plan costs Rs 10,372 crore, or GBP8.3 billion; at 9:41 pm IST and 08:00 ET the pound bought USD1.3105. Kelto Motors said so.';
  assert.deepEqual(spans(text), ['Kelto Motors/organization']);
});

test('"and" inside an organization named after "the"', () => {
  const text = 'It settled charges from the Securities and Exchange Commission and met the U.S. Food and Drug Administration.';
  has(text, 'Securities and Exchange Commission/organization');
  has(text, 'U.S. Food and Drug Administration/organization');
});

test('bylines: names in capitals, roles after a comma, the publication after a bar', () => {
  const a = 'Chip curbs widen\nBy ANN ROEBUCK and TOM KWELLER\nWire Press\n\nThe plan was set.';
  has(a, 'ANN ROEBUCK/person');
  has(a, 'TOM KWELLER/person');
  const b = 'Derby day\nBy Simon Reevely, PA Chief Football Writer\n\nFoden struck twice.';
  has(b, 'Simon Reevely/person');
  assert.ok(!spans(b).some((x) => x.includes('Writer')), spans(b).join(', '));
  const c = 'Shelter plan\nBy Jenna Moralez | Desert Ledger\n\nThe council voted.';
  has(c, 'Jenna Moralez/person');
  has(c, 'Desert Ledger/organization');
  const d = 'Flu season\nBy Health Desk | November 28, 2025\n\nCases rose.';
  assert.deepEqual(spans(d), []);
  const e = 'Judge lets suit proceed\nMarch 7, 2024\nNATALIE RUIZMAN\n\nA judge ruled.';
  has(e, 'NATALIE RUIZMAN/person');
});

test('a byline set apart by bars is no site menu', () => {
  const text = 'Shelter plan\nBy Jenna Moralez | Desert Ledger\n\nThe council voted on Monday.';
  const bp = analyzeStructure(text).boilerplate;
  assert.ok(!bp.some((b) => text.slice(b.start, b.end).includes('Moralez')), JSON.stringify(bp));
});

test('a stage number, an ordinal before a court, a role\'s office, a party of plural members', () => {
  const text =
    'It reported a Phase 2 trial. A ruling by the 9th U.S. Circuit Court of Appeals stood, a statement from the Prime Minister\'s Office said, and the Liberal Democrats agreed.';
  has(text, '9th U.S. Circuit Court of Appeals/organization');
  has(text, "Prime Minister's Office/organization");
  has(text, 'Liberal Democrats/organization');
  assert.ok(!spans(text).some((x) => x.startsWith('Phase')), spans(text).join(', '));
  assert.ok(spans('Senate Democrats objected to the bill.').every((x) => x !== 'Senate Democrats/organization'));
});

test('"Chancellor of the Exchequer" before a name: the name is the person, the office alone no one', () => {
  has('The decision of the Chancellor of the Exchequer Rachel Thornvale was final.', 'Rachel Thornvale/person');
  has('It was attended by the Director of the Intelligence Bureau and senior officers.', 'Intelligence Bureau/organization');
});
