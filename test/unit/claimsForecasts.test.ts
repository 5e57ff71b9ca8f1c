import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('an expectation with its object and "to", and a forecast, are claims; a passive "is expected to" is not', () => {
  const a = analyze(
    BODY +
      'Chief Financial Officer Oskar Lindgren said margins improved.\nHe expected operating costs to rise in the second half.\n' +
      'Analysts at Verholt Bank predicted that rates would stay high.\nOfficials expected power cuts to last several days.\n' +
      'The bridge is expected to reopen in May.\nSales rose faster than expected in the quarter.',
  );
  assert.equal(claimStarting(a, 'He expected operating costs').speaker, idOf(a, 'Oskar Lindgren'));
  assert.equal(claimStarting(a, 'Analysts at Verholt Bank predicted').speaker, null);
  assert.equal(claimStarting(a, 'Officials expected power cuts').speaker, null);
  assert.ok(!a.claims.some((c) => c.text.startsWith('The bridge') || c.text.startsWith('Sales rose')));
});

test('a relative clause with commas of its own stands between a body and its verb', () => {
  const a = analyze(BODY + 'Marlow Biotech, which is based in Leeds, England, said in a statement that it had cooperated fully.');
  assert.equal(claimStarting(a, 'Marlow Biotech, which').speaker, idOf(a, 'Marlow Biotech'));
});

test('"Kuwait and the United Arab Emirates affirmed" is a claim of both, no one in particular', () => {
  const a = analyze(BODY + 'Kuwait and the United Arab Emirates affirmed on Wednesday their keenness to strengthen cooperation.');
  assert.equal(claimStarting(a, 'Kuwait and the United Arab Emirates').speaker, null);
});

test('"according to her" is the woman just quoted, and "according to the update" the body whose update it is', () => {
  const a = analyze(
    BODY +
      'The health ministry said 120 new cases were confirmed, Dr. Lena Varga told reporters.\n' +
      '"We have enough beds," she said.\nAccording to her, the clinics will stay open.\n',
  );
  assert.equal(claimStarting(a, 'According to her').speaker, idOf(a, 'Lena Varga'));
  const b = analyze(BODY + 'The Ministry of Water Resources said levels fell in its daily update.\nAccording to the update, the reservoir holds 40 percent.');
  assert.equal(claimStarting(b, 'According to the update').speaker, idOf(b, 'Ministry of Water Resources'));
});

test('"the airline" is the company named for its trade or the one the sentence opens with; a group after the words speaks for them', () => {
  const a = analyze(BODY + 'Flights of Nordwing Airways were grounded on Thursday.\n"We are sorry," the airline wrote on X.');
  assert.equal(claimStarting(a, '"We are sorry,"').speaker, idOf(a, 'Nordwing Airways'));
  const b = analyze(BODY + 'Typhoon Selma strengthened on Sunday as it neared the coast, disaster officials said.');
  assert.equal(claimStarting(b, 'Typhoon Selma').speaker, null);
});

test('a report "by" a body speaks for that body, a study printed "in" a journal for no one, and "has estimated that" reports', () => {
  const a = analyze(
    BODY +
      'Floods cost farmers 2 billion dollars in 2025, a report by the Calder Policy Institute found.\n' +
      'The report, released on Tuesday, found that rice growers lost most.\n' +
      'A separate study published on Tuesday in the Journal of Tidal Science found that rivers rose faster.\n' +
      'The World Health Organization has estimated that floods displace a million people a year.',
  );
  assert.equal(claimStarting(a, 'Floods cost farmers').speaker, idOf(a, 'Calder Policy Institute'));
  assert.equal(claimStarting(a, 'The report, released').speaker, idOf(a, 'Calder Policy Institute'));
  assert.equal(claimStarting(a, 'A separate study').speaker, null);
  assert.equal(claimStarting(a, 'The World Health Organization has estimated').speaker, idOf(a, 'World Health Organization'));
});

test('a role holding the body it belongs to still closes on its holder ("former Norvik controller Anna Berg")', () => {
  const a = analyze(BODY + 'The first witness, former Norvik Foods controller Anna Berg, testified that she was told to delay the write-downs.');
  assert.equal(claimStarting(a, 'The first witness').speaker, idOf(a, 'Anna Berg'));
});

test('"previously reported revenue" describes a figure; it reports no one\'s words', () => {
  const a = analyze(BODY + 'The company restated its 2024 results in May, cutting previously reported revenue by 12 million dollars.');
  assert.ok(!a.claims.some((c) => c.text.startsWith('The company restated')), JSON.stringify(a.claims.map((c) => c.text)));
});
