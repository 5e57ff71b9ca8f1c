import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from '../../server/src/analysis/entities';
import type { ArticleStructure, EntityMention } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

const find = (text: string): EntityMention[] => findEntities(text, NO_STRUCTURE);

/** "text/type" for each mention, in order. */
const spans = (text: string): string[] => find(text).map((m) => `${m.text}/${m.type}`);

function mention(text: string, words: string, nth = 0): EntityMention {
  const found = find(text).filter((m) => m.text === words);
  const m = found[nth];
  assert.ok(m, `expected a mention "${words}" in ${JSON.stringify(text)}; found ${spans(text).join(', ')}`);
  return m;
}

test('role titles are not part of the person; the nationality before them is its own mention', () => {
  assert.deepEqual(spans('South Korean President Lee Jae Myung arrived in Ankara.'), [
    'South Korean/nationality',
    'Lee Jae Myung/person',
    'Ankara/location',
  ]);
  assert.deepEqual(spans('The talks with NATO Secretary General Mark Rutte ended.'), ['NATO/organization', 'Mark Rutte/person']);
  assert.deepEqual(spans("He met South Korea's National Security Adviser Wi Sung-lac on Monday."), [
    'South Korea/location',
    'Wi Sung-lac/person',
  ]);
  assert.deepEqual(spans('Chief Executive Officer Tim Cook spoke.'), ['Tim Cook/person']);
});

test('a short form joins the full name given anywhere in the article, possessive excluded', () => {
  const text = 'Talks ahead of Lee\'s visit, says Lee\nPresident Lee Jae Myung said so. Lee added more.';
  const ids = find(text).filter((m) => m.type === 'person');
  assert.deepEqual(
    ids.map((m) => `${m.text}=${m.entity}`),
    ['Lee=person:lee-jae-myung', 'Lee=person:lee-jae-myung', 'Lee Jae Myung=person:lee-jae-myung', 'Lee=person:lee-jae-myung'],
  );
  assert.equal(ids[0]?.canonical, 'Lee Jae Myung');
});

test('surname-last names join by their last word, family-name-first names by their first', () => {
  const text = 'Turkish President Recep Tayyip Erdoğan met Wi Sung-lac. Erdogan said Wi was right.';
  assert.equal(mention(text, 'Erdogan').entity, 'person:recep-tayyip-erdogan', 'diacritics do not split identity');
  assert.equal(mention(text, 'Wi').entity, 'person:wi-sung-lac');
});

test('countries: spellings, abbreviations and aliases share one id', () => {
  const text = 'S. Korea and South Korea, the Republic of Korea, met Korea. The U.S. and US and the United States and America agreed.';
  const ids = new Map(find(text).map((m) => [m.text, m.entity]));
  for (const k of ['S. Korea', 'South Korea', 'Republic of Korea', 'Korea']) assert.equal(ids.get(k), 'location:south-korea', k);
  for (const k of ['U.S.', 'US', 'United States', 'America']) assert.equal(ids.get(k), 'location:united-states', k);
});

test('nationality adjectives carry their country\'s id', () => {
  const m = mention('He spoke to Turkish officials about Türkiye.', 'Turkish');
  assert.equal(m.type, 'nationality');
  assert.equal(m.entity, mention('He spoke to Turkish officials about Türkiye.', 'Türkiye').entity);
  assert.equal(mention('an important hub in the Eurasian region', 'Eurasian').entity, 'location:eurasia');
});

test('mojibake words are recognised as the word they spoil; the span stays on the original text', () => {
  const text = "He reiterated Tأ1⁄4rkiye's support and TÃ¼rkiye's too.";
  const m = mention(text, 'Tأ1⁄4rkiye');
  assert.equal(text.slice(m.start, m.end), 'Tأ1⁄4rkiye');
  assert.equal(m.entity, 'location:turkiye');
  assert.equal(mention(text, 'TÃ¼rkiye').entity, 'location:turkiye');
});

test('hyphenated compounds split into their names; a hyphenated region stays whole', () => {
  assert.deepEqual(spans('It strengthened the Turkiye-South Korea ties.'), ['Turkiye/location', 'South Korea/location']);
  assert.deepEqual(spans('a new South Korea-NATO body'), ['South Korea/location', 'NATO/organization']);
  assert.deepEqual(spans('partnerships in the Indo-Pacific region'), ['Indo-Pacific/location']);
});

test('"the" stays outside organization names but inside "The Hague"', () => {
  assert.deepEqual(spans('South Korea and the North Atlantic Treaty Organization (NATO) met in The Hague.'), [
    'South Korea/location',
    'North Atlantic Treaty Organization/organization',
    'NATO/organization',
    'The Hague/location',
  ]);
});

test('an acronym defined in the text joins its full name; one defined by lowercase words is no entity', () => {
  const text = 'Kuwait News Agency (KUNA) reported it. KUNA said artificial intelligence (AI) matters, and AI will grow.';
  const kuna = find(text).filter((m) => m.text === 'KUNA');
  assert.equal(kuna.length, 2);
  for (const m of kuna) assert.equal(m.entity, mention(text, 'Kuwait News Agency').entity);
  assert.ok(!find(text).some((m) => m.text === 'AI'), `AI is a common noun here: ${spans(text).join(', ')}`);
});

test('head nouns type a phrase: organization, facility, event, product, place', () => {
  const text =
    'The memorandum between the Korea Electric Power Corporation and Anadolu Agency covers the Sinop Nuclear Power Plant. ' +
    'France helped during the Korean War and shaped the Korean Peninsula. The Altay Main Battle Tank program goes on.';
  const types = new Map(find(text).map((m) => [m.text, m.type]));
  assert.equal(types.get('Korea Electric Power Corporation'), 'organization');
  assert.equal(types.get('Anadolu Agency'), 'organization');
  assert.equal(types.get('Sinop Nuclear Power Plant'), 'facility');
  assert.equal(types.get('Korean War'), 'event');
  assert.equal(types.get('Korean Peninsula'), 'location');
  assert.equal(types.get('Altay Main Battle Tank'), 'product');
});

test('a word before a lowercase product noun is a product, even when a city has that name', () => {
  assert.equal(mention('projects including the Altay tank.', 'Altay').type, 'product');
});

test('"Group of 20" and "G20" are one organization; "Yonhap news agency" keeps its lowercase head', () => {
  const text = 'on the sidelines of the Group of 20 summit, as the G20 met, Yonhap news agency reported.';
  assert.equal(mention(text, 'Group of 20').entity, mention(text, 'G20').entity);
  assert.equal(mention(text, 'Yonhap news agency').type, 'organization');
});

test('capitalized common words at sentence starts, in title-case headlines and labels are not entities', () => {
  assert.deepEqual(spans('Expressing his confidence, Lee Jae Myung spoke.\nRegarding the nuclear sector, talks go on.'), ['Lee Jae Myung/person']);
  assert.deepEqual(spans('S. Korea, NATO Sign Key Defense Industry Cooperation Pact\nThe key defense industry pact was signed.'), [
    'S. Korea/location',
    'NATO/organization',
  ]);
  assert.deepEqual(spans('- Strategic Partnership: South Korea aims at a strategic partnership.'), ['South Korea/location']);
  assert.deepEqual(spans('Synopsis\nKey Takeaways\nThe talks were key.'), []);
});

test('a title-case headline keeps the names the body gives', () => {
  const text = 'Can South Korean President Lee Strengthen Ties With France During Talks With Macron?\nFrench President Emmanuel Macron met Lee Jae Myung to strengthen ties during talks.';
  const head = find(text).filter((m) => m.end <= text.indexOf('\n'));
  assert.deepEqual(
    head.map((m) => `${m.text}/${m.type}`),
    ['South Korean/nationality', 'Lee/person', 'France/location', 'Macron/person'],
  );
  assert.equal(head[3]?.entity, 'person:emmanuel-macron');
});

test('an all-capital dateline is a place; agency acronyms are organizations', () => {
  assert.deepEqual(spans('ANKARA\nTalks began.'), ['ANKARA/location']);
  assert.deepEqual(spans('GAZIANTEP, Nov 24 (KUNA) -- Talks began.'), ['GAZIANTEP/location', 'KUNA/organization']);
  assert.deepEqual(spans('BEIJING (AP) — Talks began.'), ['BEIJING/location', 'AP/organization']);
});

test('months, weekdays and lone corporate suffixes are not entities', () => {
  assert.deepEqual(spans('He came on Monday, Nov. 24, and in June; SK hynix Inc. grew.'), ['SK/organization']);
});

test('unknown single words take their type from neighbours: "in Izmit", "Rafah crossing", the default organization', () => {
  const text = 'He welcomed Hyundai\'s investment in Izmit near the Rafah crossing.';
  assert.equal(mention(text, 'Hyundai').type, 'organization');
  assert.equal(mention(text, 'Izmit').type, 'location');
  assert.equal(mention(text, 'Rafah').type, 'location');
});

test('words whose initials spell the acronym after them are one name: "Joint Chiefs of Staff (JCS)"', () => {
  const text = "South Korea's Joint Chiefs of Staff (JCS) said so. The JCS added more.";
  const name = mention(text, 'Joint Chiefs of Staff');
  assert.equal(name.type, 'organization');
  for (const m of find(text).filter((x) => x.text === 'JCS')) assert.equal(m.entity, name.entity);
});

test('long Arabic names after titles stay whole; a title inside them ends the first', () => {
  assert.deepEqual(spans('Saudi Foreign Minister Prince Faisal bin Farhan Al Saud arrived.'), ['Saudi/nationality', 'Faisal bin Farhan Al Saud/person']);
  assert.deepEqual(spans("Kuwait's Minister of Foreign Affairs Abdullah Al-Yahya attended."), ['Kuwait/location', 'Abdullah Al-Yahya/person']);
});

test('a city name followed by a name is a given name; "told Reuters" does not make a person', () => {
  assert.deepEqual(spans('"No," said Trump, who would speak to Vladimir Putin again, sources told Reuters.'), [
    'Trump/person',
    'Vladimir Putin/person',
    'Reuters/organization',
  ]);
  assert.deepEqual(spans('Hyundai said it would invest. He welcomed Hyundai\'s plant.'), ['Hyundai/organization', 'Hyundai/organization']);
});

test('model numbers and numerals: "Hwasong-20" is a product, "World War II" an event', () => {
  assert.equal(mention('It showed the Hwasong-20 missile at a parade.', 'Hwasong-20').type, 'product');
  assert.equal(mention('veterans of World War II met', 'World War II').type, 'event');
});

test('a list after "Ministry of" stays in the name; legal forms keep their point; roles are no people', () => {
  assert.deepEqual(spans('The Ministry of Economy, Trade and Industry said it would help Rapidus Corp. at the Prime Minister\'s Office.'), [
    'Ministry of Economy, Trade and Industry/organization',
    'Rapidus Corp./organization',
    "Prime Minister's Office/organization",
  ]);
  const text = 'Taiwan Semiconductor Manufacturing Co. (TSMC) grew. TSMC said so.';
  assert.equal(find(text).filter((m) => m.text === 'TSMC')[1]?.entity, mention(text, 'Taiwan Semiconductor Manufacturing Co.').entity);
});

test('a word that opens sentences is a club by its coach, and opening several sentences makes no common word a name', () => {
  const text = 'Galatasaray defeated the visitors on Sunday.\nGalatasaray coach Okan Buruk praised his players.';
  assert.deepEqual(find(text).filter((m) => m.text === 'Galatasaray').map((m) => m.type), ['organization', 'organization']);
  assert.deepEqual(spans('Officials met on Sunday.\nOfficials left on Monday.'), [], 'plural common nouns are not promoted');
  assert.deepEqual(spans('Smoke rises from a ridge in Corvale.\nSmoke shrouds the valley on Sunday.\nImage caption, crews at work\nImage source, a reader'), ['Corvale/location'], 'nor are words that only open sentences or captions');
});

test('a caption of titled names is no title-case headline: the names stay whole', () => {
  const text = 'The Turkish president spoke.\nTurkish President Recep Tayyip Erdogan and South Korean President Lee Jae Myung';
  assert.deepEqual(
    find(text).filter((m) => m.type === 'person').map((m) => m.text),
    ['Recep Tayyip Erdogan', 'Lee Jae Myung'],
  );
});

test('apostrophes inside names: official names with a possessive, elided articles, O\'Brien', () => {
  const text = "Officials of the People's Republic of China and the Democratic People's Republic of Korea met in Côte d'Ivoire with Conan O'Brien.";
  const ids = new Map(find(text).map((m) => [m.text, m.entity]));
  assert.equal(ids.get("People's Republic of China"), 'location:china');
  assert.equal(ids.get("Democratic People's Republic of Korea"), 'location:north-korea', 'North Korea is not South Korea');
  assert.equal(ids.get("Côte d'Ivoire"), 'location:ivory-coast');
  assert.equal(ids.get("Conan O'Brien"), 'person:conan-obrien');
});

test('quoted phrases are no people; capitalized models before a product noun are products', () => {
  assert.deepEqual(spans('The drills, named "Unbreakable Brotherhood," began with Bayraktar TB2 drones.'), [
    'Unbreakable Brotherhood/other',
    'Bayraktar TB2/product',
  ]);
  assert.deepEqual(spans('present was Minister of Amiri Diwan Affairs Sheikh Mohammad Al-Sabah today'), ['Mohammad Al-Sabah/person']);
});

test('bad input: empty, CRLF, BOM, binary, a huge single line', () => {
  assert.deepEqual(find(''), []);
  const crlf = '\ufeffANKARA\r\nTurkish President Recep Tayyip Erdogan met Lee Jae Myung.\r\n';
  for (const m of find(crlf)) assert.equal(crlf.slice(m.start, m.end), m.text, 'spans point into the original text');
  assert.ok(spans(crlf).includes('Recep Tayyip Erdogan/person'), spans(crlf).join(', '));
  assert.doesNotThrow(() => find('\u0000\u0001\ufffd\ud800 Ã \u2044 1⁄4'));
  const line = 'South Korea and the U.S. met in Seoul. '.repeat(20_000);
  const found = find(line);
  assert.equal(found.length, 60_000, 'three mentions per sentence on a 780 KB line');
});

test('hostile text finishes: a megabyte of capitals, of abbreviations, of quotes', () => {
  for (const text of ['ABCD EFGH IJK '.repeat(80_000), 'U.S. '.repeat(200_000), '"\'“”'.repeat(250_000), 'President '.repeat(100_000), 'A'.repeat(1_000_000)]) {
    const found = find(text);
    for (const m of found.slice(0, 5)) assert.equal(text.slice(m.start, m.end), m.text);
  }
});

test('person-shaped company names: context says organization, and equal names follow', () => {
  assert.deepEqual(spans('Analysts at Morgan Stanley and Goldman Sachs cut their targets.'), ['Morgan Stanley/organization', 'Goldman Sachs/organization']);
  assert.deepEqual(spans('He met Ann Lee. Shares of Wells Fargo fell.'), ['Ann Lee/person', 'Wells Fargo/organization']);
  assert.equal(mention('Goldman Sachs reported a profit. Shares of Goldman rose.', 'Goldman Sachs').type, 'organization', 'shares of its first word make the full name a company');
  assert.equal(mention("He praised Harvey Norman's chief executive.", 'Harvey Norman').type, 'organization');
  assert.equal(mention('He said JPMorgan Chase beat estimates.', 'JPMorgan Chase').type, 'organization', 'two leading capitals are a company shape');
  assert.equal(mention('Jamie Dimon and Mary Barra spoke.', 'Mary Barra').type, 'person', 'coordination with a person keeps a person');
});

test('name particles stay inside names, hyphenated or spaced; ranks stay outside', () => {
  assert.deepEqual(spans('Sudanese General Abdel Fattah al-Burhan met Egyptian President Abdel Fattah el-Sisi.'), [
    'Sudanese/nationality',
    'Abdel Fattah al-Burhan/person',
    'Egyptian/nationality',
    'Abdel Fattah el-Sisi/person',
  ]);
  assert.deepEqual(spans('It was a game, said manager Erik ten Hag and Hans van der Berg.'), ['Erik ten Hag/person', 'Hans van der Berg/person']);
  assert.deepEqual(spans('She met Rachel de Oliveira Villa Nova there.'), ['Rachel de Oliveira Villa Nova/person']);
  assert.deepEqual(spans('Shares of General Motors fell; the UN General Assembly met.'), ['General Motors/organization', 'UN General Assembly/organization']);
});

test('a department after a role is no person: "for Humanitarian Affairs", "Minister of Foreign Affairs"', () => {
  assert.deepEqual(spans('Martin Griffiths, the UN Under-Secretary-General for Humanitarian Affairs, spoke.'), ['Martin Griffiths/person', 'UN/organization']);
  assert.deepEqual(spans('The Minister of Foreign Affairs said talks would go on.'), []);
  assert.deepEqual(spans('He met Minister of Defence Ben Wallace.'), ['Ben Wallace/person']);
});

test('places: "Greater China", "Cupertino, California-based"; clubs named after cities', () => {
  assert.deepEqual(spans('Demand in Greater China fell.'), ['Greater China/location']);
  assert.deepEqual(spans('The Cupertino, California-based company said so.'), ['Cupertino/location', 'California/location']);
  assert.equal(mention('Fans of Manchester United cheered.', 'Manchester United').type, 'organization');
});

test('an acronym before a role is an organization; new role words; a relative after a kinship word', () => {
  assert.deepEqual(spans('He met CIA Director William Burns.'), ['CIA/organization', 'William Burns/person']);
  assert.deepEqual(spans('Supreme Leader Ali Khamenei spoke.'), ['Ali Khamenei/person']);
  assert.deepEqual(spans('She is survived by her husband, Paul, and two daughters.'), ['Paul/person']);
  assert.equal(mention('She won the Nobel Prize in 1990.', 'Nobel Prize').type, 'product', 'a prize is no person');
});

test('institution names shaped like people: an opening adjective, a legal form, an organization noun after', () => {
  assert.equal(mention("Marine Le Pen's far-right National Rally led the vote.", 'National Rally').type, 'organization');
  assert.equal(mention('Ford and Stellantis NV cut jobs.', 'Stellantis NV').type, 'organization');
  assert.equal(mention('The Harlan Brewer union said no.', 'Harlan Brewer').type, 'organization');
  assert.equal(mention('They met Harlan Brewer on Monday.', 'Harlan Brewer').type, 'person');
});

test('a lone name opening a sentence before a reporting verb: the pronoun that follows decides', () => {
  assert.deepEqual(spans('Scholz said he would not wait for Washington.'), ['Scholz/person', 'Washington/location']);
  assert.deepEqual(spans('Hyundai said it would build a plant.'), ['Hyundai/organization']);
  assert.deepEqual(spans('Boeing said on Monday that deliveries rose.'), ['Boeing/organization'], 'no pronoun keeps the organization default');
});

test('a lone name ending in "s" before a reporting verb is a name unless it reads as a plural ("Velantis said", not "Analysts said")', () => {
  assert.deepEqual(spans('Velantis said on Monday it would cut jobs.'), ['Velantis/organization']);
  assert.deepEqual(spans('Korvas said it had won the contract, and Dunways said it had not.'), ['Korvas/organization', 'Dunways/organization']);
  assert.deepEqual(spans('Analysts said the deal was fair. Witnesses said the plant was shut.'), []);
  assert.deepEqual(spans('Thomas said on Monday it was late.'), [], 'a given name alone is left to the text around it');
});

test('a plural role ends no person; a city in capitals outside a dateline counts from five letters', () => {
  assert.equal(mention('The Joint Chiefs said the missile flew far.', 'Joint Chiefs').type, 'organization');
  assert.equal(mention('They met Iain Banks on Monday.', 'Iain Banks').type, 'person');
  assert.equal(mention('The deal was signed in SEOUL on Monday.', 'SEOUL').type, 'location');
  assert.ok(!spans('They are NICE people.').includes('NICE/location'), 'a short word in capitals is no city');
});
