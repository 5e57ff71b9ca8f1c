import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findClaims } from '../../server/src/analysis/claims';
import { findClaimUnits } from '../../server/src/analysis/claimUnits';
import type { ArticleStructure, Claim, EntityMention, EntityType } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** Mentions of every occurrence of each name, as the entity finder would give them. */
function mentionsOf(text: string, names: ReadonlyArray<[string, EntityType, string]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, type, id] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + name.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push({ start: i, end: i + name.length, text: name, type, entity: `${type}:${id}`, canonical: name });
    }
  }
  // A shorter name inside a longer one ("Lee" in "Lee Jae Myung") is not a mention of its own.
  const kept = out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  return kept.sort((a, b) => a.start - b.start);
}

function claimsOf(text: string, names: ReadonlyArray<[string, EntityType, string]> = [], structure = NO_STRUCTURE): Claim[] {
  const claims = findClaims(text, structure, mentionsOf(text, names));
  for (const c of claims) {
    assert.equal(text.slice(c.start, c.end), c.text, 'a claim text is the slice of its span');
    assert.ok(c.content.start >= c.start && c.content.end <= c.end && c.content.start < c.content.end, `content ${JSON.stringify(c.content)} lies inside claim ${c.start}-${c.end}`);
    if (c.cue) assert.equal(text.slice(c.cue.start, c.cue.end), c.cue.text, 'a cue text is the slice of its span');
    for (const inner of [c.cue, c.speakerSpan]) {
      if (inner) assert.ok(inner.start >= c.start && inner.end <= c.end, `cue and speaker words ${inner.start}-${inner.end} lie inside claim ${c.start}-${c.end}`);
    }
  }
  return claims;
}

const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

const PEOPLE: ReadonlyArray<[string, EntityType, string]> = [
  ['Recep Tayyip Erdogan', 'person', 'recep-tayyip-erdogan'],
  ['Erdogan', 'person', 'recep-tayyip-erdogan'],
  ['Lee Jae Myung', 'person', 'lee-jae-myung'],
  ['Lee', 'person', 'lee-jae-myung'],
  ['Turkish', 'nationality', 'turkiye'],
  ['South Korean', 'nationality', 'south-korea'],
  ['Ankara', 'location', 'ankara'],
];

describe('reported speech', () => {
  test('a name before the cue is the speaker; the content follows "that"', () => {
    const text = 'Erdogan said that the talks focused on defense cooperation.';
    const [c] = claimsOf(text, PEOPLE);
    assert.equal(c.kind, 'reported');
    assert.equal(c.speaker, 'person:recep-tayyip-erdogan');
    assert.equal(c.cue?.text, 'said');
    assert.equal(slice(text, c.speakerSpan), 'Erdogan');
    assert.equal(slice(text, c.content), 'the talks focused on defense cooperation');
    assert.equal(c.text, text, 'the claim is the whole sentence');
  });

  test('a cue after the content, with titles and a time phrase before the verb', () => {
    const text = 'Turkish President Recep Tayyip Erdogan on Monday said his visit went well. The two presidents discussed trade, Erdogan noted.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 2, 'both sentences are claims');
    assert.equal(slice(text, claims[0].speakerSpan), 'Recep Tayyip Erdogan', 'the name, not the title, names the speaker');
    assert.equal(claims[1].speaker, 'person:recep-tayyip-erdogan', 'a group subject does not hide the named speaker after it');
    assert.equal(slice(text, claims[1].content), 'The two presidents discussed trade');
  });

  test('content before an attribution stops at its comma, titles and all; a clause already begun keeps its own "that"', () => {
    const text = 'The jet will create jobs, South Korean President Lee Jae Myung said on Monday.\nLee said he is committed to a partnership that lasts.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(slice(text, claims[0].content), 'The jet will create jobs');
    assert.equal(slice(text, claims[1].content), 'he is committed to a partnership that lasts');
  });

  test('a role noun resolves to the person introduced with that title', () => {
    const text = 'Turkish President Recep Tayyip Erdogan hosted South Korean President Lee Jae Myung in Ankara.\nThe Turkish president stressed that both share views on counterterrorism.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].speaker, 'person:recep-tayyip-erdogan', '"The Turkish president" is Erdogan, not the more recent Lee');
    assert.equal(slice(text, claims[0].speakerSpan), 'The Turkish president');
  });

  test('a pronoun resolves to the person the text is about, not the last name seen', () => {
    const text = 'Lee said ties were strong.\nHe is expected to hold talks with Turkish President Recep Tayyip Erdogan.\nKorea is a partner, he said.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 2);
    assert.equal(claims[1].speaker, 'person:lee-jae-myung', '"he" stays with Lee, the subject, rather than Erdogan, the object');
    assert.equal(slice(text, claims[1].speakerSpan), 'he');
  });

  test('a surname the entity list lacks is the person named with it before; dates between speaker and verb', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [['Katrin Kohler', 'person', 'katrin-kohler'], ['Taro Ishiba', 'person', 'taro-ishiba']];
    const text = 'German minister Katrin Kohler arrived.\nKöhler on Jan. 15 said the plan works.\nAccording to Japanese economist Taro Ishiba, delays are costly.';
    const claims = claimsOf(text, names);
    assert.equal(claims.length, 2);
    assert.equal(claims[0].speaker, 'person:katrin-kohler', '"Köhler" folds to the surname of "Katrin Kohler"');
    assert.equal(claims[1].speaker, 'person:taro-ishiba', 'a lower-case role before a name is a title');
  });

  test('"he" and "she" keep to the people they were first used for', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [['Elon Musk', 'person', 'elon-musk'], ['Mary Barra', 'person', 'mary-barra']];
    const text = 'Elon Musk said demand was weak.\n"We will recover," he added.\nMary Barra said GM would keep its forecast.\n"Demand is strong," she said.\n"Prices will fall," he said.';
    const speakers = claimsOf(text, names).map((c) => c.speaker);
    assert.deepEqual(speakers, ['person:elon-musk', 'person:elon-musk', 'person:mary-barra', 'person:mary-barra', 'person:elon-musk']);
  });

  test('sources after the content: "according to", "as reported by", "citing"', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [
      ['Yonhap News Agency', 'organization', 'yonhap'],
      ['Presidential Office', 'organization', 'presidential-office'],
      ['South Korea', 'location', 'south-korea'],
      ['NATO', 'organization', 'nato'],
    ];
    const text =
      'South Korea and NATO have agreed to set up a body, Yonhap News Agency reported Thursday, citing the Presidential Office.\n' +
      'The two nations will mark an anniversary next year, as reported by Yonhap News Agency.';
    const claims = claimsOf(text, names);
    assert.equal(claims.length, 2);
    assert.equal(claims[0].speaker, 'organization:yonhap', 'the reporting agency speaks, not the office it cites');
    assert.equal(claims[0].kind, 'reported', 'a reported agreement is reported speech');
    assert.equal(claims[1].speaker, 'organization:yonhap');
    assert.equal(claims[1].cue?.text, 'reported by');
  });

  test('an office named earlier is "the office" and then "it"', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [
      ['Presidential Office', 'organization', 'presidential-office'],
      ['NATO', 'organization', 'nato'],
      ['Wi', 'person', 'wi-sung-lac'],
    ];
    const text =
      'The deal was reached, the agency said, citing the Presidential Office.\n' +
      '"Wi expressed hope that NATO will cooperate," the office said in a release.\n' +
      '"The two sides agreed to meet again with NATO officials," it said.';
    const claims = claimsOf(text, names);
    assert.equal(claims.length, 3);
    assert.equal(claims[1].speaker, 'organization:presidential-office');
    assert.equal(slice(text, claims[1].speakerSpan), 'the office');
    assert.equal(claims[1].kind, 'quote');
    assert.equal(slice(text, claims[1].content), 'Wi expressed hope that NATO will cooperate', 'cues inside the quote are content');
    assert.equal(claims[2].speaker, 'organization:presidential-office', '"it" is the last source that spoke, not NATO named inside the quote');
    assert.equal(slice(text, claims[2].speakerSpan), 'it');
  });

  test('a statement "from" an office not recognised as a name gets the office as its speaker', () => {
    const text =
      'The step boosts ties, as confirmed by a statement from the South Korean presidential office.\n"The two sides agreed to set up a consultation body," the statement read.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 2);
    assert.equal(claims[0].speaker, 'organization:presidential-office');
    assert.equal(claims[1].speaker, 'organization:presidential-office', '"the statement" is the one from the office');
    assert.equal(claims[1].cue?.text, 'read');
  });

  test('groups: "officials said" is a claim without a speaker; "both leaders emphasized" is not a claim', () => {
    const a = claimsOf('The deal is done, officials said.');
    assert.equal(a.length, 1);
    assert.equal(a[0].speaker, null);
    assert.equal(claimsOf('Both leaders emphasized the importance of security.').length, 0);
  });

  test('"According to" a role with the name in apposition; a report owned by an organization', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [
      ['Vyacheslav Gladkov', 'person', 'vyacheslav-gladkov'],
      ['Belgorod', 'location', 'belgorod'],
      ['IEA', 'organization', 'iea'],
    ];
    const text = 'According to the governor of the Belgorod region, Vyacheslav Gladkov, two civilians were injured.\nThe IEA report, published Tuesday, said demand growth would slow.';
    const claims = claimsOf(text, names);
    assert.equal(claims.length, 2);
    assert.equal(claims[0].speaker, 'person:vyacheslav-gladkov');
    assert.equal(slice(text, claims[0].content), 'two civilians were injured');
    assert.equal(claims[1].speaker, 'organization:iea', 'the report is the IEA\'s');
  });

  test('a place owns its organization; a name before a group noun does not speak for the group', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [
      ['South Korea', 'location', 'south-korea'],
      ['Goldman Sachs', 'organization', 'goldman-sachs'],
    ];
    const text = "North Korea fired a missile on Monday, South Korea's military said.\nGoldman Sachs analysts wrote that the sell-off was overdone.";
    const claims = claimsOf(text, names);
    assert.equal(claims[0].speaker, 'location:south-korea');
    assert.equal(slice(text, claims[0].speakerSpan), "South Korea's military");
    assert.equal(claims[1].speaker, null, 'analysts are a group');
  });

  test('a person\'s sentence with a participle of speech is a claim; one of action is not', () => {
    const text = 'Lee invited Erdogan to Seoul, stating it would be a great opportunity.\nErdogan hosted Lee in Ankara, welcoming him with a ceremony.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].speaker, 'person:lee-jae-myung');
    assert.equal(claims[0].cue?.text, 'stating');
  });

  test('"told reporters that": the content starts at the reported clause; a group with a participle of speech', () => {
    const text = 'Ishiba told reporters in Tokyo that the talks went well.\nOpposition lawmakers criticized the summit, saying the government gave up too much.';
    const claims = claimsOf(text, [['Ishiba', 'person', 'shigeru-ishiba']]);
    assert.equal(slice(text, claims[0].content), 'the talks went well');
    assert.equal(claims.length, 2);
    assert.equal(claims[1].speaker, null);
    assert.equal(slice(text, claims[1].content), 'the government gave up too much');
  });

  test('"was quoted by an agency as saying": the subject speaks; "the ministry\'s statement" speaks for the ministry', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [
      ['KUNA', 'organization', 'kuna'],
      ['Ministry of Foreign Affairs', 'organization', 'ministry-of-foreign-affairs'],
      ['Erdogan', 'person', 'recep-tayyip-erdogan'],
    ];
    const text = "Kuwait's Ministry of Foreign Affairs affirmed its solidarity.\nThe ministry's statement noted that Kuwait stands by Türkiye.\nErdogan was quoted by KUNA as saying the ties are deep.";
    const claims = claimsOf(text, names);
    assert.equal(claims.length, 3);
    assert.equal(claims[1].speaker, 'organization:ministry-of-foreign-affairs');
    assert.equal(claims[2].speaker, 'person:recep-tayyip-erdogan');
    assert.equal(slice(text, claims[2].content), 'the ties are deep');
  });

  test('passives name no speaker: "was told", "were expressed"; words not said attribute nothing', () => {
    assert.deepEqual(claimsOf('He was told to leave the building. Concerns were expressed by shareholders.', PEOPLE), []);
    assert.deepEqual(claimsOf("Lee is expected to say more in Ankara. Erdogan did not say when. Lee didn't say why.", PEOPLE), []);
  });

  test('verbs that are not about speech here: "added 500 jobs", "reported a loss"', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [['Acme', 'organization', 'acme']];
    assert.deepEqual(claimsOf('Acme added 500 jobs in March. Acme reported a loss.', names), []);
  });
});

describe('quotes', () => {
  test('a quote with its cue after it, and a pronoun speaker', () => {
    const text = '"Our talks are ongoing," Erdogan said.\n"We also agree on counterterrorism," he added.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 2);
    assert.deepEqual(
      claims.map((c) => [c.kind, c.speaker, c.cue?.text, slice(text, c.content)]),
      [
        ['quote', 'person:recep-tayyip-erdogan', 'said', 'Our talks are ongoing'],
        ['quote', 'person:recep-tayyip-erdogan', 'added', 'We also agree on counterterrorism'],
      ],
    );
  });

  test('a quote of several sentences is one claim', () => {
    const text = '"I see the deal as an important step. We are also in agreement," he added.';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].text, text);
  });

  test('inverted order: "said Lee"', () => {
    const text = '"Korea is a partner," said Lee.';
    const [c] = claimsOf(text, PEOPLE);
    assert.equal(c.speaker, 'person:lee-jae-myung');
    assert.equal(slice(text, c.speakerSpan), 'Lee');
  });

  test('a quote left open at a paragraph end, reopened in the next, takes the next cue\'s speaker', () => {
    const text = 'Erdogan spoke first.\nLee said cooperation is robust.\n"A typical example is the tank program.\n"I hope we can continue," he added.';
    const claims = claimsOf(text, PEOPLE);
    const open = claims.find((c) => c.text.startsWith('"A typical'));
    assert.ok(open, 'the open quote is a claim');
    assert.equal(open.speaker, 'person:lee-jae-myung');
    assert.equal(open.cue, null, 'it has no cue of its own');
    assert.equal(open.speakerSpan, null, 'and no words naming its speaker');
    assert.equal(slice(text, open.content), 'A typical example is the tank program', 'the content runs to the paragraph end');
  });

  test('a quote with no cue continues the previous claim\'s speaker', () => {
    const text = 'Lee said, "For Korea, Türkiye is not simply a production site."\n"It is a strategic partner with whom we seek to innovate."';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 2);
    assert.equal(claims[1].speaker, 'person:lee-jae-myung');
    assert.equal(claims[1].kind, 'quote');
  });

  test('single and curly quotes; apostrophes are not quote marks', () => {
    const text = "During the summit, Lee remarked, 'I aspire to elevate Türkiye’s and NATO’s ties with Lee's country.'";
    const [c] = claimsOf(text, PEOPLE);
    assert.equal(c.speaker, 'person:lee-jae-myung');
    assert.equal(slice(text, c.content), "I aspire to elevate Türkiye’s and NATO’s ties with Lee's country");
    const mixed = 'Türkiye holds a "uniquely" strategic position, he said, adding, "For Korea, Türkiye is not simply a production site.”';
    assert.equal(slice(mixed, claimsOf(mixed, PEOPLE)[0].content), 'For Korea, Türkiye is not simply a production site', 'a straight opening mark may close curly');
    const curly = '“Türkiye holds a “unique” position in Europe,” Lee said.';
    assert.equal(slice(curly, claimsOf(curly, PEOPLE)[0].content), 'Türkiye holds a “unique” position in Europe', 'curly marks nest');
  });

  test('a plural possessive does not open a quote or hide a sentence end', () => {
    const units = findClaimUnits("The two countries' strengths complement each other. Lee's view is clear. 'Strategic partnership' was the aim.");
    assert.equal(units.length, 3, 'three sentences');
    assert.equal(units[2].quotes.length, 1, "only 'Strategic partnership' is quoted");
  });

  test('abbreviations and initials do not end sentences', () => {
    const units = findClaimUnits('Pres. Erdogan met S. Korea\'s leader on Nov. 24 in the U.S. capital. Mr. Lee said so.');
    assert.equal(units.length, 2);
  });
});

describe('agreements and structure', () => {
  test('"the agreed plan" is no agreement', () => {
    assert.deepEqual(claimsOf('The agreed plan was shelved, as agreed earlier.', PEOPLE), []);
  });

  test('"the two sides agreed" and "They also agreed" are agreements without a speaker', () => {
    const text = 'The two sides agreed to set up a body.\nThey also agreed to continue cooperation in the UN.';
    const claims = claimsOf(text, PEOPLE);
    assert.deepEqual(claims.map((c) => [c.kind, c.speaker, c.cue?.text]), [
      ['agreement', null, 'agreed'],
      ['agreement', null, 'agreed'],
    ]);
  });

  test('the headline is not a claim; a dateline is not part of the first claim', () => {
    const text = "Korea and Türkiye are 'brothers,' says Lee\nANKARA, Nov 24 (KUNA) -- Erdogan said the talks went well.";
    const dl = text.indexOf('ANKARA');
    const structure: ArticleStructure = {
      headline: { start: 0, end: text.indexOf('\n') },
      header: null,
      dateline: { start: dl, end: text.indexOf('--') + 2, place: null, date: null, source: null },
      boilerplate: [],
    };
    const claims = claimsOf(text, PEOPLE, structure);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].text, 'Erdogan said the talks went well.');
    const fallback = claimsOf(text.slice(text.indexOf('\n') + 1), PEOPLE);
    assert.equal(fallback[0].text, 'Erdogan said the talks went well.', 'without a structure dateline, the "--" dateline is still skipped');
    const reuters = claimsOf('ANKARA (Reuters) - Erdogan said the talks went well.', PEOPLE);
    assert.equal(reuters[0].text, 'Erdogan said the talks went well.', 'a spaced hyphen after a bracketed source ends a dateline too');
    const plain = claimsOf('NATO said the 3 - 1 vote was fair.', [['NATO', 'organization', 'nato']]);
    assert.equal(plain[0].text, 'NATO said the 3 - 1 vote was fair.', 'a spaced hyphen in a sentence is no dateline');
  });
});

describe('bad input', () => {
  test('empty, whitespace, binary and invalid text give no claims and no errors', () => {
    assert.deepEqual(findClaims('', NO_STRUCTURE, []), []);
    assert.deepEqual(findClaims(' \n\r\n\t', NO_STRUCTURE, []), []);
    assert.doesNotThrow(() => findClaims('\u0000\u0001\uFFFD\uD800 said "\uDC00', NO_STRUCTURE, []));
  });

  test('CRLF and a BOM: spans stay on the original text', () => {
    const text = '\uFEFFErdogan said the talks went well.\r\n"We agree," he added.\r\n';
    const claims = claimsOf(text, PEOPLE);
    assert.equal(claims.length, 2);
    assert.equal(claims[0].text, 'Erdogan said the talks went well.');
    assert.equal(claims[1].text, '"We agree," he added.', 'no carriage return inside the claim');
  });

  test('hostile text: a megabyte of quote marks or capitals, long runs of abbreviations or cues', () => {
    const inputs = ['"'.repeat(1 << 20), "'".repeat(1 << 18), '“”‘’"\' '.repeat(1 << 15), 'A'.repeat(1 << 20), 'Mr. '.repeat(1 << 16), 'he said, '.repeat(1 << 15), '"We win," he said. '.repeat(1 << 13), 'In a long run. '.repeat(1 << 14), 'x '.repeat(1 << 17) + ', he said.',
      'according to a statement from '.repeat(1 << 14), "the office's ".repeat(1 << 15) + 'statement said so.'];
    for (const text of inputs) {
      const claims = findClaims(text, NO_STRUCTURE, []);
      assert.ok(Array.isArray(claims), 'returns a list');
    }
    const line = 'Lee said the talks went well, adding that "we will continue." '.repeat(1 << 12);
    const claims = claimsOf(line, PEOPLE);
    assert.equal(claims.length, 1 << 12, 'one claim per sentence on a huge single line');
  });
});

describe('real news forms', () => {
  const WIRE: ReadonlyArray<[string, EntityType, string]> = [
    ['Ivo Novak', 'person', 'ivo-novak'],
    ['Novak', 'person', 'ivo-novak'],
    ['Paul Marchand', 'person', 'paul-marchand'],
    ['Kestrel', 'location', 'kestrel'],
    ['Portvale', 'location', 'portvale'],
    ['National Press Agency', 'organization', 'npa'],
    ['Ministry of Foreign Affairs', 'organization', 'ministry-of-foreign-affairs'],
    ['South Korea', 'location', 'south-korea'],
    ['Pyongyang', 'location', 'pyongyang'],
  ];

  test('a hard-wrapped paragraph is read as one: its sentences and speakers span the line breaks', () => {
    const text = [
      'ZAGREB, Feb 3 (Hina) - President Ivo Novak on',
      'Saturday visited the memorial, which was damaged in a fire. Asked',
      'about the fire, Novak said those behind it were vandals.',
      '"They are vandals who work for somebody else, and the',
      'police should find out who that somebody is," Novak',
      'added.',
    ].join('\n');
    const claims = claimsOf(text, WIRE);
    const quote = claims.find((c) => c.text.startsWith('"They are vandals'));
    assert.ok(quote, `the wrapped quotation is a claim; claims: ${JSON.stringify(claims.map((c) => c.text))}`);
    assert.equal(quote.speaker, 'person:ivo-novak', 'the name on the next line attributes the wrapped quotation');
    assert.ok(quote.text.endsWith('Novak\nadded.'), 'the claim keeps the text as it is, line breaks and all');
    const asked = claims.find((c) => c.text.startsWith('Asked'));
    assert.equal(asked?.speaker, 'person:ivo-novak', 'a sentence wrapped over two lines is one claim');
  });

  test('lines that each end a sentence, and a headline before the body, are not joined', () => {
    const text = 'Gunmen kill eight in south of the country\nOfficials said eight people were killed.\nThe army said it sent troops.';
    const structure: ArticleStructure = { ...NO_STRUCTURE, headline: { start: 0, end: text.indexOf('\n') } };
    const claims = findClaims(text, structure, []);
    assert.deepEqual(
      claims.map((c) => c.text),
      ['Officials said eight people were killed.', 'The army said it sent troops.'],
      'the headline stays out and each line is its own claim',
    );
  });

  test('a quotation whose verb names no one by name is still a claim, with no speaker', () => {
    const text = '"Five people were hurt, two of them badly," the governor of the Kestrel region told AFP on Sunday.';
    const [c] = claimsOf(text, WIRE);
    assert.ok(c, 'the quotation is a claim');
    assert.equal(c.kind, 'quote');
    assert.equal(c.speaker, null, 'an unnamed governor is no entity, and the region does not speak');
  });

  test('a role with a place or body after it speaks, not the place or body', () => {
    const text = 'A source in Portvale said that nine were hurt.\nA source at the Ministry of Foreign Affairs said the embassy would close.';
    const claims = claimsOf(text, WIRE);
    assert.equal(claims.length, 2);
    assert.deepEqual(claims.map((c) => c.speaker), [null, null], 'an unnamed source is nobody in particular');
  });

  test('an abbreviated title before a name after the verb: the name speaks', () => {
    const text = '"Nobody should doubt our commitment," said Dr. Shin.\n"We will act," said Japanese Gen. Paul Marchand.';
    const claims = claimsOf(text, [...WIRE, ['Shin', 'person', 'shin'], ['Japanese', 'nationality', 'japan']]);
    assert.deepEqual(claims.map((c) => c.speaker), ['person:shin', 'person:paul-marchand']);
  });

  test('a line ending in a quote mark or a stray byte is not joined to the next', () => {
    const text = "Lefevre told reporters: 'The tank is a cornerstone of our partnership.'\nmk\n\"We cannot accept any delay to the system,\u00e2\u20ac\u009d\n\u00e2\u20ac\u0153Ukraine remains a partner,\" said the minister.";
    const claims = claimsOf(text, WIRE);
    assert.ok(claims[0].text.endsWith("partnership.'"), `the sign-off "mk" stays out of the claim: ${JSON.stringify(claims[0].text)}`);
    assert.ok(!claims.some((c) => c.text.includes('system') && c.text.includes('Ukraine')), 'a line ending in mojibake is not joined to the next');
  });

  test('a possessive before a role and a name: the name speaks', () => {
    const text = '"Some of them worked for us," said the charity\'s lawyer Paul Marchand.';
    const [c] = claimsOf(text, WIRE);
    assert.equal(c?.speaker, 'person:paul-marchand');
  });

  test('a bracketed acronym between a name and its verb', () => {
    const text = 'The attackers had crossed the buffer zone, the National Press Agency (NPA) said.';
    const [c] = claimsOf(text, WIRE);
    assert.equal(c?.speaker, 'organization:npa');
  });

  test('an organization subject with a speech participle reports its words', () => {
    const text = "South Korea's spy agency on Thursday raised the possibility of new tests, saying Pyongyang would push on.";
    const [c] = claimsOf(text, WIRE);
    assert.ok(c, 'the sentence is a claim');
    assert.equal(c.cue?.text, 'saying');
  });

  test('a court rules; a party that ruled a country says nothing', () => {
    const ruling = claimsOf('Prosecutors get to decide the sentence, a federal appeals court ruled Friday.');
    assert.equal(ruling.length, 1, 'a ruling is a claim');
    assert.equal(ruling[0].cue?.text, 'ruled');
    assert.equal(claimsOf('The party ruled the country for decades.').length, 0, '"ruled the country" is no ruling');
  });

  test('a verb in a condition attributes nothing: the sentence subject speaks', () => {
    const text = 'The appellate court rejected the claim and added that Congress could have changed the rule if it had wished.';
    const [c] = claimsOf(text, [['Congress', 'organization', 'congress']]);
    assert.ok(c, 'the sentence is a claim');
    assert.notEqual(c.cue?.text, 'wished', '"if it had wished" is a condition, not the cue');
    assert.notEqual(c.speaker, 'organization:congress', 'Congress is talked about, not talking');
  });

  test('a hyphenated role speaks as its parts would', () => {
    const text = 'The career diplomat-turned-politician also defended the plan, saying the state had done a lot.\nThe ex-minister rubbished the charges as nonsense.';
    const claims = claimsOf(text);
    assert.equal(claims.length, 2, `both sentences are claims: ${JSON.stringify(claims.map((c) => c.text))}`);
    assert.deepEqual(claims.map((c) => c.cue?.text), ['saying', 'rubbished']);
    assert.equal(claimsOf('She named officials identifying alleged drug traffickers.').length, 0, '"alleged" before a noun is no cue');
  });

  test('a one-word place named like a person mentioned before: the person speaks', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [['Hardeep Singh Puri', 'person', 'hardeep-singh-puri'], ['Puri', 'location', 'puri']];
    const claims = claimsOf('Minister Hardeep Singh Puri spoke in Delhi.\n"That is why people take advantage," Puri said.', names);
    assert.equal(claims.at(-1)?.speaker, 'person:hardeep-singh-puri');
    const place = claimsOf('Officials met in Puri.\n"The talks went well," Puri said.', [['Puri', 'location', 'puri']]);
    assert.equal(place.at(-1)?.speaker, 'location:puri', 'with no such person, the place stays the speaker');
  });

  test('a bare "the agency" is the body last named when that body last spoke', () => {
    const names: ReadonlyArray<[string, EntityType, string]> = [['NIS', 'organization', 'nis'], ['Samsung', 'organization', 'samsung']];
    const spoke = claimsOf('The NIS said tests were likely. The agency also said a tunnel was ready.', names);
    assert.equal(spoke[1]?.speaker, 'organization:nis');
    const other = claimsOf('The NIS said tests were likely. Samsung shares fell. The agency also said a tunnel was ready.', names);
    assert.notEqual(other.at(-1)?.speaker, 'organization:samsung', 'a body named since, that did not speak, is not the agency');
  });

  test('people released by the army are no source of words', () => {
    assert.equal(claimsOf('The attack came a day after two fighters were released by the army.').length, 0);
    assert.equal(claimsOf('Talks will resume, according to a statement released by the ministry.').length, 1, 'a statement released by someone still is');
  });

  test('hostile wrapped text: a megabyte of long lines ending mid-sentence stays linear and correct', () => {
    const text = 'the officials said that the talks in the capital would go on and\n'.repeat(1 << 14);
    const claims = findClaims(text, NO_STRUCTURE, []);
    assert.equal(claims.length, 1, 'lines that never end a sentence are one long paragraph');
    assert.equal(claims[0].end, text.length - 1, 'the one claim runs to the last line');
  });

  test('a quotation left open at a paragraph end takes its speaker from the next, across a blank line', () => {
    const text = '"I say it plainly: this office does not hold grudges.\n\n"That is why some people test our patience," Novak said.';
    const claims = claimsOf(text, WIRE);
    assert.equal(claims.length, 2);
    assert.deepEqual(claims.map((c) => c.speaker), ['person:ivo-novak', 'person:ivo-novak']);
  });
});
