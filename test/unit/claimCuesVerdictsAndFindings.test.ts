import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('"X reminded investors that ..." is X\'s claim; "reminded of" is none', () => {
  const a = analyze(BODY + 'With the harvest in doubt, Lena Varga reminded investors that the cooperative still owns three mills outright.');
  assert.equal(claimStarting(a, 'With the harvest in doubt').speaker, idOf(a, 'Lena Varga'));
  const b = analyze(BODY + 'Lena Varga was reminded of her first season at the club.');
  assert.equal(b.claims.length, 0, JSON.stringify(b.claims));
});

test('"..., reads a press release" is a claim of no one named', () => {
  const a = analyze(BODY + 'Ann Roe met Tomas Grell in Kelby. Both ports will share their berth schedules from June, reads a press release.');
  assert.equal(claimStarting(a, 'Both ports will').speaker, null);
});

test('"..., researchers found" is a claim of no one in particular', () => {
  const a = analyze(BODY + 'A warmer lake can lose half its fish in a decade, researchers found.');
  assert.equal(claimStarting(a, 'A warmer lake').speaker, null);
});

test('"Auditors have called it the worst ..." is a verdict; "called it a day" is none', () => {
  const a = analyze(BODY + 'Auditors have called it the worst loss of public money the valley has seen.');
  assert.equal(claimStarting(a, 'Auditors have called it').speaker, null);
  const b = analyze(BODY + 'The crews called it a day after the rain.');
  assert.equal(b.claims.length, 0, JSON.stringify(b.claims));
});

test('"the company declared its first special dividend" reports an act, not words', () => {
  const a = analyze(BODY + 'The brewer\'s stock rose sharply when the company declared its first special dividend of 25 cents a share.');
  assert.equal(a.claims.length, 0, JSON.stringify(a.claims));
});

test('"X talked about ..." after a semicolon is X\'s, not the one who "mentioned" something in the next clause', () => {
  const a = analyze(
    BODY +
      'On Monday, chamber head Jim Tarn opened a series of talks with a session by banker Ann Roe and port secretary Tomas Grell; Roe talked about how robots will soon run the docks and the cranes, while Grell mentioned how students mapped the harbour in a week.',
  );
  const c = a.claims.find((x) => x.text.includes('Roe talked about'));
  assert.ok(c, JSON.stringify(a.claims));
  assert.equal(c.speaker, idOf(a, 'Ann Roe'), JSON.stringify(a.claims.map((x) => [x.text.slice(0, 40), x.speaker, x.cue?.text])));
});

test('"X has blamed the attack on Y" is X\'s accusation', () => {
  const a = analyze(BODY + 'Defence Minister Ann Roe has blamed the bombing of the ferry on a Varn rebel cell that no court has yet named.');
  assert.equal(claimStarting(a, 'Defence Minister Ann Roe').speaker, idOf(a, 'Ann Roe'), JSON.stringify(a.entities.map((m) => [m.text, m.type])));
});

test('a scientist who "describes a legless lizard" names a find, and makes no claim', () => {
  const a = analyze(BODY + 'Museum research associate Tomas Grell describes a legless lizard from the dunes of Varnland.');
  assert.equal(a.claims.length, 0, JSON.stringify(a.claims));
});
