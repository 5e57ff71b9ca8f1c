import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string): string[] => analyze(text).dates.map((d) => `${text.slice(d.start, d.end)}=${d.value}`);

test('a day opening its line keeps its month and year ("13 Apr 2019" under a headline)', () => {
  const text = 'Board warns Varna voters\n\n13 Apr 2019\n\nThe board said on Monday that voting was calm.';
  const dates = found(text);
  assert.ok(dates.includes('13 Apr 2019=2019-04-13'), `the whole date with its day: ${dates.join(', ')}`);
  assert.equal(analyze(text).dct, '2019-04-13', 'and it dates the article');
});

test('a page stamp with its own reckoning of age ("/ in 4 years", "12:32 H.") still dates the article', () => {
  const text = 'Minister meets envoy\n\nJuly 30, 2013 / 7:46 AM / in 4 years\n\nVARNA (Wire) - The minister met his counterpart on Tuesday.';
  const a = analyze(text);
  assert.equal(a.dct, '2013-07-30', 'the stamp line gives the article date');
  assert.ok(found(text).includes('Tuesday=2013-07-30'), `"Tuesday" is the stamp's day: ${found(text).join(', ')}`);
  const hour = 'Board warns voters\n\n13 Apr 2019 / 12:32 H.\n\nVARNA: The board said polling ends at 5pm today.';
  assert.equal(analyze(hour).dct, '2019-04-13', 'an hour marked "H." is part of the stamp');
});

test('a header line of fields set apart by bars dates the article by its date field', () => {
  const text = 'Minister Opens Varna Plant\nVarna News | Edited by Ann Roe | Updated: March 04, 2024 9:41 pm IST\nVarna: Minister Dev Rana on Monday opened the plant.';
  assert.equal(analyze(text).dct, '2024-03-04');
  assert.ok(found(text).includes('Monday=2024-03-04'), `the weekday resolves against it: ${found(text).join(', ')}`);
  assert.equal(analyze('Scores Rise\nRound 3 | 4 teams | 2024 season\nThe league met on Monday.').dct, null, 'fields with no full date stamp nothing');
});

test('a stamp labelled as the publication dates the article over a bare date above the headline (the day a page was saved)', () => {
  const text = 'March 3, 2026\n\nKelby council approves new bridge\n\nPUBLISHED : October 14, 2025 - 08:15\n\nUPDATED : October 15, 2025 - 10:02\n\nThe council approved the bridge on Tuesday.';
  assert.equal(analyze(text).dct, '2025-10-14');
  assert.ok(found(text).includes('Tuesday=2025-10-14'), found(text).join(', '));
  const bare = 'March 3, 2026\n\nKelby council approves new bridge\n\nThe council approved the bridge on Tuesday.';
  assert.equal(analyze(bare).dct, '2026-03-03', 'a bare date alone still dates it');
});

test('a stamp labelled after a source or a writer on its line dates the article ("Varna Post · Posted: ...", "Ann Roe Published ...")', () => {
  const source = 'Smoke raises clinic visits, study finds\nVarna Post · Posted: Mar 9, 2026 4:00 AM PT\nClinic visits rose on days of smoke, a study published Wednesday found.';
  assert.equal(analyze(source).dct, '2026-03-09');
  assert.ok(found(source).includes('Wednesday=2026-03-04'), `the weekday resolves against it: ${found(source).join(', ')}`);
  const writer = 'Court lifts rally ban\nAnn Roe Published March 10, 2026\nVARNA: The court on Monday lifted the ban.';
  assert.equal(analyze(writer).dct, '2026-03-10');
  const prose = 'Court lifts rally ban\nThe report was Published on May 3, 2025 by the board.\nThe court on Monday lifted the ban.';
  assert.equal(analyze(prose).dct, null, 'prose before the label is no source or writer');
});

test('a first line opened by a place\'s dateline and as long as a paragraph is the lead, not a headline ("DHAKA: ... said Monday that ...")', () => {
  const a = analyze('ORVALE: Varnia\'s acting premier Tomas Brell, a former judge chosen by the senate after the spring strikes, said Monday that a vote on the new charter could come in the autumn or early in 2032.\nUnions want Brell to name a day.\n');
  assert.ok(a.entities.some((m) => m.text === 'ORVALE' && m.type === 'location'), a.entities.map((m) => m.text).join(', '));
  assert.ok(a.claims.some((c) => c.text.startsWith("Varnia's acting premier") && c.speaker === 'person:tomas-brell'), JSON.stringify(a.claims));
});

test('a dateline of a place, its country and an agency\'s initials after a comma ("PORT TARVELL, Velmora, CMC \u2013") opens the story, no headline', () => {
  const text = 'PORT TARVELL, Velmora, CMC \u2013 Harbour Chief, Marla Deventry, is urging dock workers to return as the strike enters a second week.\nIn a statement, Deventry said the port would reopen on Monday.';
  const analysis = analyze(text);
  assert.equal(analysis.structure.headline, null);
  assert.equal(analysis.structure.dateline?.source?.text, 'CMC');
  assert.ok(analysis.claims.some((c) => c.text.startsWith('Harbour Chief, Marla Deventry, is urging')), analysis.claims.map((c) => c.text).join(' / '));
});

test('a page with no headline whose first line is a long lead sentence keeps it as a claim ("..., according to the Minister for Ports, Ann Roe.")', () => {
  const text = 'The Velmora ports authority is working with ferry operators to keep crossings open during the long dry spell on the eastern coast, according to the Minister for Ports, Tamsin Oduya.\nSpeaking on Monday, Minister Oduya said the crossings would stay open.';
  const analysis = analyze(text);
  assert.equal(analysis.structure.headline, null);
  const lead = analysis.claims.find((c) => c.text.startsWith('The Velmora ports authority'));
  assert.ok(lead, analysis.claims.map((c) => c.text).join(' / '));
  const short = analyze('Ferry crossings stay open in the dry spell.\nSpeaking on Monday, Minister Oduya said the crossings would stay open.');
  assert.notEqual(short.structure.headline, null, 'a short first line is still the headline');
});
