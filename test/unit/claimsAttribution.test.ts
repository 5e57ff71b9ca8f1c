import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('a capitalised group noun and a group "at a bank in a city" are groups, not the bank or the city', () => {
  const a = analyze(BODY + 'Shares in Torvane Foods rose 4%.\nAnalysts said the results eased worries about the group.\nAnalysts at Halden Bank in Singapore said investors were watching the currency.');
  assert.equal(claimStarting(a, 'Analysts said').speaker, null);
  assert.equal(claimStarting(a, 'Analysts at Halden').speaker, null);
});

test('a bare quote after a sentence that names one person alone is that person\'s', () => {
  const text =
    BODY +
    'Mira Kostova has kept bees for thirty years.\n"The science supports her," said Petar Dimov, an entomologist. "Local colonies survive."\n' +
    'Asked what she expects from the trip, Kostova laughs. "A meeting, a photograph, a promise."';
  const a = analyze(text);
  const science = claimStarting(a, '"The science supports her,"');
  assert.equal(science.speaker, idOf(a, 'Petar Dimov'));
  assert.ok(science.text.endsWith('"Local colonies survive."'), 'a bare quote going on in the paragraph is the same claim');
  assert.equal(claimStarting(a, '"A meeting').speaker, idOf(a, 'Mira Kostova'));
});

// An unnamed role whose next sentence gives a person straight away ("added", or "said" with no
// description) is that person; a person introduced with a description is someone else.
const ROLE_THEN_NAME: readonly { cue: string; role: string; next: string; speaker: string }[] = [
  {
    cue: 'added',
    role: 'The party\'s general secretary said a new government should be in place "by spring at the latest".',
    next: 'Tomas Brandl added that the economy could not wait.',
    speaker: 'Tomas Brandl',
  },
  {
    cue: 'said, named for the first time',
    role: "The ministry's spokesperson told reporters that the meeting covered the ceasefire.",
    next: 'Omar Haddad said the mediation would go on.',
    speaker: 'Omar Haddad',
  },
];

for (const c of ROLE_THEN_NAME) {
  test(`an unnamed role followed at once by a named person (${c.cue}) is that person`, () => {
    const a = analyze(`${BODY}${c.role} ${c.next}\nThe spokesman said the talks went well. Lena Vos, an analyst, said nothing would change.`);
    assert.equal(claimStarting(a, c.role.slice(0, 12)).speaker, idOf(a, c.speaker));
    assert.equal(claimStarting(a, 'The spokesman').speaker, null, 'a person introduced with a description is someone else');
  });
}

test('an unnamed role kept anonymous, or with a line of the story before the named person, is not that person', () => {
  const anonymous = analyze(`${BODY}A ministry official, who asked not to be identified, said the talks would resume.\nOmar Haddad said the mediation would go on.`);
  assert.equal(claimStarting(anonymous, 'A ministry official').speaker, null, 'a source kept anonymous stays unnamed');
  const apart = analyze(`${BODY}The ministry's spokesperson said the meeting covered the ceasefire.\nThe two countries first met in 2012.\nOmar Haddad said the mediation would go on.`);
  assert.equal(claimStarting(apart, "The ministry's").speaker, null, 'a paragraph between: not at once');
});

test('"the study found", "apologized" report words; "police found a car" does not', () => {
  const text =
    BODY +
    'Between 2019 and 2021, the glaciers lost about 1.5% of their volume a year, the study found.\nPolice found a car near the scene on Monday.\n' +
    'In a brief statement to the court, Ms. Orland apologized to the residents.';
  const a = analyze(text);
  claimStarting(a, 'Between 2019');
  claimStarting(a, 'In a brief statement');
  assert.ok(!a.claims.some((c) => c.text.startsWith('Police found')));
});

test('a second headline under the headline is no claim; a lead sentence is', () => {
  const text = 'Varnia, Ostland to double trade\nVarnian foreign minister says Ostland wants more investment in energy\nOSTBURG\nVarnian Foreign Minister Emre Talan has said Ostland is a key partner.';
  const a = analyze(text);
  assert.ok(!a.claims.some((c) => c.text.startsWith('Varnian foreign minister says')), JSON.stringify(a.claims.map((c) => c.text)));
  claimStarting(a, 'Varnian Foreign Minister Emre Talan');
});

test('a person "of a body in a city, country" who speaks is the person, not the city', () => {
  const a = analyze(BODY + 'Co-author Jonas Weller of the Brandt Institute for Astronomy in Heidelberg, Germany, cautioned that more data was needed.');
  assert.equal(claimStarting(a, 'Co-author').speaker, idOf(a, 'Jonas Weller'));
});

test('"the data showed" and "the figures show" report what a document says; a video showing smoke reports nothing', () => {
  const a = analyze(BODY + 'Exports of Varnian wine rose 4 percent in the year, official data showed on Monday.\nThe figures show imports fell for a third month.\nThe video showed smoke rising over the port.');
  assert.equal(claimStarting(a, 'Exports of Varnian').speaker, null);
  assert.equal(claimStarting(a, 'The figures show').speaker, null);
  assert.ok(!a.claims.some((c) => c.text.startsWith('The video')), 'a video is no document that speaks');
});

test('"agreed" with a time between it and its "on" or "to" ("agreed in July 2024 on", "agreed last week to") is an agreement', () => {
  const a = analyze(BODY + 'The two sides agreed in July 2024 on a provisional arrangement for the shoal.\nThe ministers agreed last week to resume talks.\nHe agreed in a deal worth $5 million to leave.');
  assert.equal(claimStarting(a, 'The two sides').speaker, null);
  claimStarting(a, 'The ministers agreed');
  assert.ok(!a.claims.some((c) => c.text.startsWith('He agreed')), 'a long phrase between is no time');
});

test('"the former Varna coach" is the person the text is about, not the next person introduced with a title', () => {
  const a = analyze(
    BODY +
      'Ostend coach Pim Lauwers said on Thursday that the striker was fit.\n' +
      'Asked about his future, the former Varna coach said: "I have a contract until 2027. I am not thinking about anything else."\n' +
      'Kelso boss Ivo Dal confirmed that the goalkeeper would miss the game.',
  );
  assert.equal(claimStarting(a, 'Asked about his future').speaker, idOf(a, 'Pim Lauwers'));
});

test('a bare quote going on in the same paragraph after a claim is that claim; in the next paragraph it is its own', () => {
  const a = analyze(BODY + '"We made two mistakes," Ivo Dal said. "That is football."\n"We go again on Sunday."');
  assert.equal(claimStarting(a, '"We made two').text, '"We made two mistakes," Ivo Dal said. "That is football."');
  assert.equal(claimStarting(a, '"We go again').speaker, idOf(a, 'Ivo Dal'));
});

test('", while" and a second speaker\'s verb start a second claim, that speaker\'s; a weak verb before it reports an act', () => {
  const text =
    BODY +
    '"Our farmers need rain, not promises," Anna Sorel said, while Piet Vandam said the drought would end by spring.\n' +
    'Ruritania\'s agency affirmed the country\'s rating, while Halden Ratings said it could cut its score.';
  const a = analyze(text);
  const first = claimStarting(a, '"Our farmers');
  assert.equal(first.speaker, idOf(a, 'Anna Sorel'));
  assert.ok(first.text.endsWith('Anna Sorel said'), first.text);
  assert.equal(claimStarting(a, 'Piet Vandam said').speaker, idOf(a, 'Piet Vandam'));
  assert.ok(!a.claims.some((c) => c.text.startsWith("Ruritania's agency affirmed") && c.text.endsWith('rating')), 'no claim ends at the first clause');
});

test('"said he expected" before a quotation is the sayer\'s, and "force states to act" after one is no cue', () => {
  const text =
    BODY +
    '"Turnout will be low," said Anna Sorel, director of the centre.\n' +
    'Election Board (EB) chairman Piet Vandam said he expected turnout to be "close to that of the last vote."\n' +
    'Senior advocate Tomas Vell, the counsel in the case, said the order was "the strongest yet" and would force states to act.';
  const a = analyze(text);
  const board = a.claims.find((c) => c.text.includes('Piet Vandam said'));
  assert.equal(board?.speaker, idOf(a, 'Piet Vandam'));
  assert.equal(claimStarting(a, 'Senior advocate').speaker, idOf(a, 'Tomas Vell'));
});

test('a press wire slug after a release date ("/PRNewswire/ --") is part of the dateline, so the company opening the story speaks', () => {
  const text = 'Tarnvale Reports Record Orders\nDENVER, March 3, 2027 /PRNewswire/ -- Tarnvale Robotics, Inc. (NYSE: TRNV), a maker of warehouse robots, today announced that orders rose 40 percent in the quarter.\n';
  const a = analyze(text);
  assert.equal(a.structure.dateline?.source?.text, 'PRNewswire');
  assert.equal(claimStarting(a, 'Tarnvale Robotics').speaker, idOf(a, 'Tarnvale Robotics, Inc.'));
});

test('"the company" is the company that spoke last, not a body named in passing since', () => {
  const a = analyze(
    BODY +
      'Corvane Labs said on Monday its drug met the main goal of a trial.\n' +
      'The trial ran at 12 sites, including the Mayo Clinic, according to the company.\n' +
      'Full results will be shown at the Renal Society of Europe, the company added.\n',
  );
  const corvane = idOf(a, 'Corvane Labs');
  assert.ok(corvane);
  assert.equal(claimStarting(a, 'The trial ran').speaker, corvane);
  assert.equal(claimStarting(a, 'Full results').speaker, corvane);
});

test('"credited", "singled out" and "points out" report a speaker; "conceded 29 runs" or "credited with a goal" do not', () => {
  const a = analyze(
    BODY +
      'Captain Rohan Mehra on Sunday credited his bowlers for the win.\n' +
      'He singled out spinner Dev Anand, who conceded only 29 runs in ten overs.\n' +
      'Coach Lena Ortiz points out that the pitch was slow.\n' +
      'Opener Sam Cole was credited with a fine catch.\n',
  );
  const mehra = idOf(a, 'Rohan Mehra');
  assert.equal(claimStarting(a, 'Captain Rohan Mehra').speaker, mehra);
  assert.equal(claimStarting(a, 'He singled out').speaker, mehra, 'the spinner who conceded runs is not the speaker');
  assert.equal(claimStarting(a, 'Coach Lena Ortiz').speaker, idOf(a, 'Lena Ortiz'));
  assert.ok(!a.claims.some((c) => c.text.startsWith('Opener Sam Cole')), 'being credited with a catch is no claim');
});

test('a group subject\'s own verb attributes its sentence, not a cue inside what it reports or the agent of "polled by"', () => {
  const a = analyze(
    BODY +
      'Talks with Draymore Mining failed, the company said in a statement.\n' +
      'Two sources close to the talks said the gap was smaller than the public statements suggested.\n' +
      'Economists polled by Vestra News last month expected inflation to end the year at 9%.\n',
  );
  assert.equal(claimStarting(a, 'Two sources').speaker, null, 'the sources are no one in particular');
  assert.equal(claimStarting(a, 'Economists polled').speaker, null, 'the pollster does not speak');
});

test('a name right after "X said" is the subject of the reported words, not a second speaker before a quoted phrase', () => {
  const a = analyze(BODY + 'Minister Hana Orlov said Veldia welcomed foreign investment "in every sector of our development plan," according to the ministry.\n');
  assert.equal(claimStarting(a, 'Minister Hana Orlov').speaker, idOf(a, 'Hana Orlov'));
});

test('a reporter\'s credit line ("Orme reported from Dunmore") is no claim', () => {
  const a = analyze(BODY + 'Fire crews worked through the night, officials said.\nOrme reported from Dunmore, Calif.\n');
  assert.ok(!a.claims.some((c) => c.text.startsWith('Orme reported')), JSON.stringify(a.claims.map((c) => c.text)));
  assert.ok(a.claims.some((c) => c.text.startsWith('Fire crews')));
});

test('a document no one owns speaks for itself, not a body named inside its own phrase, and "It said" next is the document again', () => {
  const a = analyze(
    BODY +
      'The Harlow District Council said the bridge would close.\n' +
      'A report to the council\'s cabinet, published on Monday, said the bridge was "at risk of sudden failure" without repairs.\n' +
      'It said a footbridge would be built beside it.\n' +
      'A study published last year in the journal Oceanus estimated that melt supplies a quarter of the flow.\n',
  );
  assert.equal(claimStarting(a, 'A report to the council').speaker, null, 'the cabinet receives the report, it does not speak');
  assert.equal(claimStarting(a, 'It said a footbridge').speaker, null, 'the report again, no one in particular');
  assert.equal(claimStarting(a, 'A study published').speaker, null, 'the journal prints the study, it does not speak');
});

test('a speech verb closing a sentence after a comma reports the act of a place or body that opens it', () => {
  const a = analyze(BODY + 'Director Ruth Akello said the ward had reopened.\nLomara County reported ten new cases, the director said.\nTanzania promised to send a team within days, she said.');
  assert.equal(claimStarting(a, 'Lomara County reported').speaker, idOf(a, 'Ruth Akello'));
  assert.equal(claimStarting(a, 'Tanzania promised').speaker, idOf(a, 'Ruth Akello'));
});

test('an unnamed role that speaks first is the person named next after an honorific, or after a quotation of theirs', () => {
  const a = analyze(BODY + 'Prices will stay steady this winter, the kingdom\'s trade minister said on Monday.\nPrince Faris bin Omar said stocks were high.');
  assert.equal(claimStarting(a, 'Prices will stay').speaker, idOf(a, 'Faris bin Omar'));
  const b = analyze(BODY + 'Rates will stay low this year, the country\'s finance minister said.\n"We are in no hurry," Dalia Romero said at a forum.');
  assert.equal(claimStarting(b, 'Rates will stay').speaker, idOf(b, 'Dalia Romero'));
});

test('a party and ward in brackets after a councillor\'s name hold no dateline dash: the councillor speaks', () => {
  const a = analyze('Flats approved\nPlans for forty flats were approved on Tuesday.\n\nCllr Ida Brenn (LAB – Orrin and Vell) said the old depot "will not be missed".\n\nDara Holm (IND – Vell) said she felt the scheme was too tall.\n');
  assert.equal(claimStarting(a, 'Cllr Ida Brenn').speaker, idOf(a, 'Ida Brenn'));
  assert.equal(claimStarting(a, 'Dara Holm').speaker, idOf(a, 'Dara Holm'));
});

test('"His Excellency stressed" is the person the text is about, as "he" would be', () => {
  const a = analyze('Prime Minister Tamran Varni opened the new harbour in Orvale on Sunday.\n\nCutting the ribbon, His Excellency stressed that the port would create jobs.');
  assert.equal(claimStarting(a, 'Cutting the ribbon').speaker, idOf(a, 'Tamran Varni'));
});

test('a judge who "held that" makes a claim; a panel that "held talks" makes none', () => {
  const a = analyze(BODY + 'In a ruling on the ferry licences, Justice Ida Nwoke held that the port board had acted beyond its powers.\nThe panel held talks with the mayor on Sunday.');
  assert.equal(claimStarting(a, 'In a ruling on the ferry').speaker, idOf(a, 'Ida Nwoke'));
  assert.ok(!a.claims.some((c) => c.text.startsWith('The panel held talks')), JSON.stringify(a.claims.map((c) => c.text)));
});

test('"President Tomas Brell, Jr. said" at the end of a claim: the name with its suffix after a comma speaks', () => {
  const a = analyze(BODY + 'The government is strengthening the coast guard, President Tomas Brell, Jr. said on Tuesday.');
  assert.ok(a.entities.some((m) => m.text === 'Tomas Brell, Jr.' && m.type === 'person'), a.entities.map((m) => m.text).join(', '));
  assert.ok(!a.entities.some((m) => m.text === 'Jr'), a.entities.map((m) => m.text).join(', '));
  assert.equal(claimStarting(a, 'The government is strengthening').speaker, idOf(a, 'Tomas Brell, Jr.'));
});
