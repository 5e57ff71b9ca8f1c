import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { foldMojibakePunctuation } from '../../server/src/analysis/mojibakePunctuation';
import { BODY, claimStarting, idOf } from './claimHelpers';

test('mojibake quotes ("â€œ ... â€\\u009d") are read as quotes, and the claim covers their bytes', () => {
  const open = 'â€œ';
  const close = 'â€\u009d';
  const text = BODY + `${open}I have worked here for ten years. Nobody told us anything,${close} said Tove Lindahl, a welder at the yard.`;
  assert.equal(foldMojibakePunctuation(text).length, text.length, 'the repaired copy keeps every offset');
  const a = analyze(text);
  const c = claimStarting(a, open + 'I have worked');
  assert.equal(c.speaker, idOf(a, 'Tove Lindahl'));
  // A dropped last byte ("â€" before a space) still closes the quote; an apostrophe is no quote.
  const b = analyze(BODY + `${open}We need a plan, not slides,â€ Tove Lindahl said. The yardâ€™s owner declined to comment.`);
  assert.equal(claimStarting(b, open + 'We need a plan').speaker, idOf(b, 'Tove Lindahl'));
});

test("a body's unnamed spokesperson speaks for the body", () => {
  const a = analyze(BODY + 'Kestrel Airways cancelled 40 flights. A Kestrel Airways spokesperson said the schedule would return to normal on Friday.');
  assert.equal(claimStarting(a, 'A Kestrel Airways spokesperson').speaker, idOf(a, 'Kestrel Airways'));
  const b = analyze(BODY + 'Kestrel Airways cancelled 40 flights. A spokesman for Kestrel Airways said the schedule would return to normal.');
  assert.equal(claimStarting(b, 'A spokesman for').speaker, idOf(b, 'Kestrel Airways'));
});

test("a body's name set off by commas after a description of it speaks", () => {
  const a = analyze(BODY + 'The union representing drivers at the depot, the Varnian Transport Union, said it would strike on Monday.');
  assert.equal(claimStarting(a, 'The union representing').speaker, idOf(a, 'Varnian Transport Union'));
});

test('"according to industry body X": the body named after its description', () => {
  const a = analyze(BODY + 'Orders fell by a fifth this year, according to industry body Dorvan Shipping Association.');
  assert.equal(claimStarting(a, 'Orders fell').speaker, idOf(a, 'Dorvan Shipping Association'));
});

test('"the statement" belongs to whoever spoke "in a statement", not to the body that spoke last', () => {
  const a = analyze(
    BODY +
      'Mayor Ana Petrov said in a statement that the bridge would reopen in May. The Dorvan Transit Authority said it would add buses until then. "We thank residents for their patience," the statement added.',
  );
  assert.equal(claimStarting(a, '"We thank residents').speaker, idOf(a, 'Ana Petrov'));
});

test('a name after an honorific is a person for later pronouns', () => {
  const a = analyze(
    BODY + '"We lost a good friend," said Tove Lindahl, a welder. Ms. Kovanen, the chief executive, visited the yard on Tuesday. In a short speech to staff, she said the decision had been the hardest of her career.',
  );
  const c = claimStarting(a, 'In a short speech');
  assert.equal(c.speaker, idOf(a, 'Kovanen'), `she is Kovanen: ${JSON.stringify(a.entities.map((m) => [m.text, m.type]))}`);
});

test('"the Spaniard", "the Portuguese" and "the 23-year-old" are the person the text is about', () => {
  const a = analyze(
    BODY +
      'Tomas Ribeira scored twice for the visitors. "We deserved it," the Portuguese said.\n\nIker Salcedo was sent off late on. "It was never a foul," the Spaniard told reporters.\n\nJon Aldous made nine saves in goal. "I just did my job," said the 23-year-old.',
  );
  assert.equal(claimStarting(a, '"We deserved it').speaker, idOf(a, 'Tomas Ribeira'));
  assert.equal(claimStarting(a, '"It was never a foul').speaker, idOf(a, 'Iker Salcedo'));
  assert.equal(claimStarting(a, '"I just did my job').speaker, idOf(a, 'Jon Aldous'));
});

test('"the agency" is the body that spoke a claim ago, though its expert spoke since and other bodies were named', () => {
  const a = analyze(
    BODY +
      'The World Health Organization said on Friday that flu cases rose early, driven by a strain first reported by the Dorvan Health Institute. "Health systems should prepare now," the agency\'s influenza lead, Dr. Lena Ostrova, told a briefing. The agency said vaccines still protect against severe illness.',
  );
  assert.equal(claimStarting(a, '"Health systems').speaker, idOf(a, 'Lena Ostrova'), 'a titled name set off by commas speaks');
  assert.equal(claimStarting(a, 'The agency said').speaker, idOf(a, 'World Health Organization'));
});

test('"submitted that" reports a lawyer\'s words; a group with "told ... that" makes a claim without a speaker', () => {
  const a = analyze(BODY + 'Appearing for the city, senior advocate Ravi Menon submitted that the order was illegal.');
  assert.equal(claimStarting(a, 'Appearing for the city').speaker, idOf(a, 'Ravi Menon'));
  const plan = analyze(BODY + 'The city submitted a plan to the court on Monday.');
  assert.equal(plan.claims.length, 0, `a submitted plan is no claim: ${JSON.stringify(plan.claims.map((c) => c.text))}`);
  const b = analyze(BODY + 'Two people familiar with the talks told the Varnia Herald that a deal was close.');
  assert.equal(claimStarting(b, 'Two people familiar').speaker, null);
});

test('"Varna boss Ivo Dal" is the person a later "he" stands for; "one driver" speaks; "the union" is the body named before "union"', () => {
  const match = analyze(
    BODY + '"We kept the ball," Ostend coach Pim Lauwers said.\nVarna boss Ivo Dal refused to blame the referee. "We made two mistakes," he said.',
  );
  assert.equal(claimStarting(match, '"We made two').speaker, idOf(match, 'Ivo Dal'));
  const strike = analyze(
    BODY +
      'Members of the Brava union at Kelso Buses backed the deal in a ballot that closed on Sunday, the union said.\n' +
      'One driver, who did not want to be named, said many colleagues had voted for it "with gritted teeth".',
  );
  assert.equal(claimStarting(strike, 'Members of the Brava').speaker, idOf(strike, 'Brava'));
  assert.equal(claimStarting(strike, 'One driver').speaker, null);
});

test('after "according to a joint statement", "the statement said" is nobody\'s in particular, not the agency that reported the talks', () => {
  const a = analyze(
    BODY +
      'Varnia and Ostland signed five agreements on Thursday, the Varna News Agency reported.\n' +
      'The two sides agreed to form a joint committee, according to a joint statement.\n' +
      '"Both sides stressed the importance of food security," the statement said.',
  );
  assert.equal(claimStarting(a, '"Both sides').speaker, null);
});

test('"the agency said" closing a sentence that opens with a body is that body, not an older agency of the name', () => {
  const a = analyze(
    BODY +
      'The probe was built with the Varnian Space Agency.\n' +
      "Meanwhile, Ostland Aeronautics Board's lander reached orbit in March and will touch down in 2030, the agency said.",
  );
  assert.equal(claimStarting(a, 'Meanwhile').speaker, idOf(a, 'Ostland Aeronautics Board'));
});

test('"the pollster said" is the body a survey is named after', () => {
  const a = analyze(
    BODY + 'In the Dravmark survey of 1,000 adults, 48 percent backed the mayor.\nThe share who disapproved rose to 41 percent, the pollster said.',
  );
  assert.equal(claimStarting(a, 'The share').speaker, idOf(a, 'Dravmark'));
});

test('a titled name in apposition after a role speaks for a verb coordinated after another ("..., Dr X, commended ..., and said")', () => {
  const a = analyze(
    BODY + "The UNICEF Chief of Health in Ostland, Dr Tomas Brel, commended the government's swift response, and said the fund would send more tents.",
  );
  assert.equal(claimStarting(a, 'The UNICEF Chief').speaker, idOf(a, 'Tomas Brel'));
});

test('people familiar with the matter are no one in particular, not the company the sentence is about', () => {
  const a = analyze(BODY + 'Torvane Foods is in talks to buy Halden Markets, people familiar with the matter said on Monday.');
  assert.equal(claimStarting(a, 'Torvane Foods is in talks').speaker, null);
  const b = analyze(BODY + 'Torvane Foods would pay $38 a share, according to a copy of the term sheet seen by the newspaper.');
  assert.equal(claimStarting(b, 'Torvane Foods would pay').speaker, null);
});

test('a poll published on a day by a centre is the centre\'s, and so is "the survey" after it', () => {
  const a = analyze(BODY + 'Only 38 percent intend to vote, according to a poll published on Wednesday by the Centre for Civic Studies.\nThe survey of 1,800 adults found that most knew no candidate.');
  const centre = idOf(a, 'Centre for Civic Studies');
  assert.ok(centre);
  assert.equal(claimStarting(a, 'Only 38 percent').speaker, centre);
  assert.equal(claimStarting(a, 'The survey of').speaker, centre);
});

test('"the ruling stated" and "the bench said" are the court\'s', () => {
  const a = analyze(BODY + 'The Supreme Court of Ruritania on Tuesday ordered the mills to close, the court said.\n"Clean air cannot wait," the ruling stated.\nThe bench said the figures were "encouraging but not enough."');
  const court = idOf(a, 'Supreme Court of Ruritania');
  assert.ok(court);
  assert.equal(claimStarting(a, '"Clean air').speaker, court);
  assert.equal(claimStarting(a, 'The bench said').speaker, court);
});

test('"the veteran striker" and "The Spaniard" are the person the text is about; "she added" after an unnamed spokeswoman is hers', () => {
  const a = analyze(BODY + 'Tomas Vell, who has scored in three games, is expected to start. The veteran striker said he was "ready for a battle."\nThe Spaniard confirmed that he had begun his coaching course.');
  assert.equal(claimStarting(a, 'The veteran striker').speaker, idOf(a, 'Tomas Vell'));
  assert.equal(claimStarting(a, 'The Spaniard').speaker, idOf(a, 'Tomas Vell'));
  const b = analyze(BODY + 'Councillor Anna Sorel said the library was "the only warm place" for many children.\nThe branches will close in March, a council spokeswoman said. Opening hours at the central library will be extended, she added.');
  assert.equal(claimStarting(b, 'Opening hours').speaker, null);
});

test('what is cited after a quotation does not speak it', () => {
  const a = analyze(BODY + 'Speaking at a news conference, Piet Vandam said the two industries had "proven that they can build together," citing the Varna tank.');
  assert.equal(claimStarting(a, 'Speaking at').speaker, idOf(a, 'Piet Vandam'));
});

test('"Neither company commented" is no one in particular, though "Neither" was taken for a name', () => {
  const a = analyze(BODY + 'Torvane Foods shares rose 21% on a report of takeover talks.\nNeither company commented on the report.');
  assert.equal(claimStarting(a, 'Neither company').speaker, null);
});

test('"the Maltese minister" is the one minister whose title names no country when the other minister\'s names his own', () => {
  const a = analyze(
    BODY +
      'Foreign Minister Omar Haddad and his visiting Irish counterpart Liam Deasy met on Monday.\n' +
      '"Our ties are strong," Haddad said.\n' +
      'Deasy said Ireland would open a trade office.\n' +
      'Asked about the region, the Maltese minister said both countries supported dialogue.\n',
  );
  const c = a.claims.find((x) => x.text.startsWith('Asked about the region'));
  assert.ok(c, JSON.stringify(a.claims.map((x) => x.text)));
  assert.equal(c.speaker, a.entities.find((m) => m.text === 'Omar Haddad')?.entity, JSON.stringify(a.entities.map((m) => [m.text, m.type])));
});

test('a role no one named holds, right after a person\'s claim, is that person: "The union boss said"', () => {
  const a = analyze(
    BODY +
      'Dock workers in Varna walked out on Monday. Union President, Comrade Teodor Vasek, told reporters the strike would go on.\n' +
      '"We are not asking for much," he said.\n' +
      'The labour leader said talks would resume on Friday.\n' +
      'The union boss said members had voted to extend the strike.\n',
  );
  assert.equal(claimStarting(a, 'The labour leader said').speaker, idOf(a, 'Teodor Vasek'));
  assert.equal(claimStarting(a, 'The union boss said').speaker, idOf(a, 'Teodor Vasek'));
  // The claim before is a body's: a role no one holds is no one named.
  const b = analyze(BODY + 'Teodor Vasek runs the dockers\' union. The Varna Port Authority said ships were waiting.\nThe union boss said members would vote on Friday.\n');
  assert.equal(claimStarting(b, 'The union boss said').speaker, null);
  // An analyst who spoke last is not "the minister".
  const c = analyze(BODY + 'Lena Vos, an analyst at Corra Bank, said rates would fall.\nThe minister said the budget was on track.\n');
  assert.equal(claimStarting(c, 'The minister said').speaker, null);
});

test('a title read before a name runs through "Minister for" and an abbreviated "Dr."', () => {
  const a = analyze(
    BODY +
      'Federal Minister for Water Services Ilse Marwick stated that reservoirs were half full.\nRain is forecast, the weather office said.\nThe minister added that rationing would not be needed.\n',
  );
  assert.equal(claimStarting(a, 'The minister added').speaker, idOf(a, 'Ilse Marwick'));
  const b = analyze(
    BODY +
      "Dorvania's Minister of State at the Ministry of Foreign Affairs Dr. Pavel Ostrin called for a truce.\nThe weather office said storms were likely.\nThe minister also said aid convoys would leave on Monday.\n",
  );
  assert.equal(claimStarting(b, 'The minister also said').speaker, idOf(b, 'Pavel Ostrin'));
});

test('"the utility" is the water or power company named before; "the university" a university, not a sentence\'s opening name', () => {
  const a = analyze(
    BODY +
      'Taps ran dry across Korlin after a main burst.\nKorlin Water spokesperson Ann Roe said crews were on site.\n"We are working around the clock," she said.\n' +
      'In an update on Monday, the utility said repairs would take two days.\n',
  );
  assert.equal(claimStarting(a, 'In an update').speaker, idOf(a, 'Korlin Water'));
  const b = analyze(
    BODY +
      'A study from the University of Marrow Bay tracked 4,000 children.\nIts authors urged schools to act. Norvex Labs scientists in two other provinces plan similar work, the university said.\n',
  );
  assert.equal(claimStarting(b, 'Norvex Labs scientists').speaker, idOf(b, 'University of Marrow Bay'));
});

test('letters after a name ("KC", "MP") leave the person the speaker', () => {
  const a = analyze(BODY + 'Passing sentence, Judge Ruth Okafor KC said: "You showed no remorse."\n');
  assert.equal(claimStarting(a, 'Passing sentence').speaker, idOf(a, 'Ruth Okafor'));
});

test('"the authority chief" is its chairman, read through a bracketed acronym; a bracketed remark inside a role leaves the name after it the speaker', () => {
  const a = analyze(
    BODY +
      'Port of Kelden Authority (PKA) Chairman Rafiq Osei announced that cargo volumes rose 9 percent.\nFreight rates have eased since January.\nThe PKA chief said the port would cut fees for larger ships.\n',
  );
  assert.equal(claimStarting(a, 'The PKA chief said').speaker, idOf(a, 'Rafiq Osei'));
  const b = analyze(
    BODY +
      '"This budget breaks the law," Mr Tobias Wenge said.\nThe Deputy Minister for Works (Roads), Ms Hana Lute, defended the plan, saying repairs could not wait.\n',
  );
  assert.equal(claimStarting(b, 'The Deputy Minister for Works').speaker, idOf(b, 'Hana Lute'));
});
