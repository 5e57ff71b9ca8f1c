import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A club named by its town: once the article's sport shows the town is a team, its bare mentions are the team.

const types = (text: string, name: string): string[] => analyze(text).entities.filter((m) => m.text === name).map((m) => m.type);

test('a town the lists know, shown to be a team by a score, an opponent or a player, is the team in all its bare mentions', () => {
  const text =
    'Harwick 2-0 Leeds\nA late double gave Harwick a deserved win over rivals, Leeds, who put a dent in their title push. However, Leeds’ blushes were spared early on. Ann Roe saved well in goal for Leeds.';
  assert.deepEqual(types(text, 'Leeds'), ['organization', 'organization', 'organization', 'organization']);
});

test('a town stays a place without sport, and a date before it is no score', () => {
  assert.deepEqual(types('Southport has grown fast. Roads in Southport were busy as the season began.', 'Southport'), ['location', 'location']);
  assert.deepEqual(types('Posted 2024-05-10 Leeds: the water was cut.', 'Leeds'), ['location']);
});

test("a lone name after a player's position is the player", () => {
  const found = analyze('The hosts went ahead after Harwick Rovers captain Dallow failed to clear, and goalkeeper Brennock was beaten.').entities.map((m) => `${m.text}/${m.type}`);
  for (const name of ['Dallow', 'Brennock']) assert.ok(found.includes(`${name}/person`), found.join(', '));
});

test('a town and "City" shown to be a club in one sentence are the club in every mention, and so is the bare town', () => {
  const text =
    'Harwick Palace v Leeds City - Marston Park\n\nAnn Roe\'s side beat Leeds City 3-0 on Sunday.\n\n' +
    'The hosts had 20 attempts against Leeds before half-time, yet the Leeds back line held out. Fans in Leeds saw little of it.';
  assert.deepEqual(types(text, 'Leeds City'), ['organization', 'organization']);
  assert.deepEqual(types(text, 'Leeds'), ['organization', 'organization', 'location']);
});

test('a name that reads as a building but is shown to be a team ("Harwick Palace manager", "Harwick Palace v ...") is the team in every mention', () => {
  const text =
    'Harwick Palace v Leeds City - Marston Park\n\nAnn Roe took charge as Harwick Palace manager in March and won on Sunday. ' +
    'Harwick Palace had gone seven games without a win. Palace failed to score before half-time.';
  assert.deepEqual(types(text, 'Harwick Palace'), ['organization', 'organization', 'organization']);
  // Without a match or a team word the building stays a building.
  assert.deepEqual(types('The duke opened Holbury Palace on Monday. Holbury Palace staff showed guests round.', 'Holbury Palace'), ['facility', 'facility']);
});

test("in a match report a plural nickname after 'the' is the club, and a lone name after a play's 'by' or 'from' is the player", () => {
  const text =
    'Harwick Rovers 2-0 Leeds City\n\nTom Dallow nodded in for Harwick Rovers from a free kick swung over by Brennick. ' +
    "The visitors could not deal with a cut-back from Oskarov, and Dallow volleyed in. The result hurts the Blues' hopes. The Blues have now lost three in a row.";
  assert.deepEqual(types(text, 'Blues'), ['organization', 'organization']);
  assert.deepEqual(types(text, 'Brennick'), ['person']);
  assert.deepEqual(types(text, 'Oskarov'), ['person']);
  // Outside a match report the words keep their reading.
  assert.deepEqual(types('A family from Oskarov moved to the coast.', 'Oskarov'), ['location']);
});

test('clubs the report names are found again in its title-case headline', () => {
  const text =
    'Saturday Scores: Harbury Beat Kelvo At Home While Tarrow Win Away\n\n' +
    'Harbury 2-0 Kelvo\n\nTom Dallow headed home for Harbury, and Kelvo coach Ann Roe said her side were poor. Tarrow fans saw their side win 3-1 later.';
  assert.deepEqual(types(text, 'Kelvo'), ['organization', 'organization', 'organization']);
  assert.deepEqual(types(text, 'Tarrow'), ['organization', 'organization']);
});
