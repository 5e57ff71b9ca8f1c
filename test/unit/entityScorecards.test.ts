import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import { scorecardName } from '../../server/src/analysis/scorecards';
import type { ArticleStructure } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** "text/type/entity" for each mention, in order. */
const spans = (text: string): string[] => findEntities(text, NO_STRUCTURE).map((m) => `${m.text}/${m.type}/${m.entity}`);

test('surnames in a bracketed scorecard are players, and their scores are no model numbers', () => {
  const text = 'Leeds 287 (Abbott 104, Carr 55, Pike 3-41) beat Derby.';
  const found = spans(text);
  assert.ok(found.includes('Abbott/person/person:abbott'), found.join(', '));
  assert.ok(found.includes('Carr/person/person:carr'), found.join(', '));
  assert.ok(found.includes('Pike/person/person:pike'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Abbott 104')), found.join(', '));
});

test('a scorecard needs a total before it or bowling figures inside', () => {
  const figures = 'Derby 190 all out (Quell 66, Brant 4-29)';
  assert.equal(scorecardName(figures, figures.indexOf('Quell'), figures.indexOf('Quell') + 5), true);
  // Counts after bodies' names, with no total and no figures, are no scorecard.
  const counts = 'the parties won seats (Varnia 12, Ostrel 9) last year';
  assert.equal(scorecardName(counts, counts.indexOf('Varnia'), counts.indexOf('Varnia') + 6), false);
  // Every item must be a name and a score.
  const mixed = 'Leeds 287 (Abbott 104, rain delay) beat Derby.';
  assert.equal(scorecardName(mixed, mixed.indexOf('Abbott'), mixed.indexOf('Abbott') + 6), false);
});

test('"Ben" opening a name is a given name, not a particle, unless the text writes it lowercase', () => {
  const found = spans('Sam Hale bowled well. Later Ben Hale added 10 runs.');
  assert.ok(found.includes('Sam Hale/person/person:sam-hale'), found.join(', '));
  assert.ok(found.includes('Ben Hale/person/person:ben-hale'), found.join(', '));
});

test('scorecard scanning stays linear on long bracket-free and bracket-heavy text', () => {
  const long = 'Abbott 104, '.repeat(100000);
  const started = Date.now();
  assert.equal(scorecardName(long, 0, 6), false);
  const brackets = `(${'Abbott 104, '.repeat(50000)})`;
  for (let k = 1; k < 2000; k += 12) scorecardName(brackets, k, k + 6);
  assert.ok(Date.now() - started < 2000);
});

test('a title and one word that is also a facility noun name a holder by surname', () => {
  const found = spans('Trade Minister Hall met the envoys. Later FM Field said the talks went well near Riverside Park.');
  assert.ok(found.includes('Hall/person/person:hall'), found.join(', '));
  assert.ok(found.includes('Field/person/person:field'), found.join(', '));
  assert.ok(found.includes('Riverside Park/facility/facility:riverside-park'), found.join(', '));
  // A royal's title opens a place's name.
  assert.ok(spans('Crowds gathered in King Park on Sunday.').some((f) => f.startsWith('King Park/')));
});
