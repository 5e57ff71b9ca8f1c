/**
 * Embedded vocabulary for the synthetic news corpus: countries with their
 * alias spellings, well-known people, name parts to build thousands more,
 * organisation patterns, topics, claim templates and boilerplate. Everything
 * the generator writes comes from here or from combining these pieces, so the
 * corpus needs no download.
 */

/** A country with the spellings news copy uses for it. */
export interface Country {
  /** Canonical name, as an analyst would file it. */
  name: string;
  /** Other spellings of the same country, diacritics dropped or abbreviated. */
  aliases: string[];
  /** Nationality adjectives ("South Korean"). */
  adjectives: string[];
  capital: string;
  cities: string[];
  /** Which bank of person names its citizens draw from. */
  culture: Culture;
  /** Its news agency, written in datelines. */
  agency: string;
}

export type Culture = 'korean' | 'turkish' | 'western' | 'french' | 'german' | 'arabic' | 'spanish' | 'japanese' | 'slavic';

export const COUNTRIES: Country[] = [
  { name: 'South Korea', aliases: ['S. Korea', 'Republic of Korea', 'Korea', 'ROK'], adjectives: ['South Korean', 'Korean'], capital: 'Seoul', cities: ['Busan', 'Incheon', 'Daegu', 'Gwangju'], culture: 'korean', agency: 'Yonhap' },
  { name: 'Türkiye', aliases: ['Turkiye', 'Turkey', 'Republic of Türkiye'], adjectives: ['Turkish'], capital: 'Ankara', cities: ['Istanbul', 'Izmir', 'Izmit', 'Sinop', 'Bursa'], culture: 'turkish', agency: 'Anadolu Agency' },
  { name: 'United States', aliases: ['U.S.', 'US', 'USA', 'United States of America', 'America'], adjectives: ['American', 'U.S.'], capital: 'Washington', cities: ['New York', 'Chicago', 'Los Angeles', 'Houston'], culture: 'western', agency: 'AP' },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], adjectives: ['British'], capital: 'London', cities: ['Manchester', 'Birmingham', 'Edinburgh', 'Glasgow'], culture: 'western', agency: 'PA Media' },
  { name: 'France', aliases: ['French Republic'], adjectives: ['French'], capital: 'Paris', cities: ['Marseille', 'Lyon', 'Toulouse', 'Nice'], culture: 'french', agency: 'AFP' },
  { name: 'Germany', aliases: ['Federal Republic of Germany'], adjectives: ['German'], capital: 'Berlin', cities: ['Munich', 'Hamburg', 'Frankfurt', 'Köln'], culture: 'german', agency: 'dpa' },
  { name: 'Kuwait', aliases: ['State of Kuwait'], adjectives: ['Kuwaiti'], capital: 'Kuwait City', cities: ['Al Ahmadi', 'Hawalli', 'Jahra'], culture: 'arabic', agency: 'KUNA' },
  { name: 'Saudi Arabia', aliases: ['Kingdom of Saudi Arabia', 'KSA'], adjectives: ['Saudi'], capital: 'Riyadh', cities: ['Jeddah', 'Dammam', 'Mecca'], culture: 'arabic', agency: 'SPA' },
  { name: 'United Arab Emirates', aliases: ['UAE', 'U.A.E.', 'Emirates'], adjectives: ['Emirati'], capital: 'Abu Dhabi', cities: ['Dubai', 'Sharjah'], culture: 'arabic', agency: 'WAM' },
  { name: 'Egypt', aliases: ['Arab Republic of Egypt'], adjectives: ['Egyptian'], capital: 'Cairo', cities: ['Alexandria', 'Giza', 'Port Said'], culture: 'arabic', agency: 'MENA' },
  { name: 'Japan', aliases: ['Nippon'], adjectives: ['Japanese'], capital: 'Tokyo', cities: ['Osaka', 'Kyoto', 'Yokohama', 'Nagoya'], culture: 'japanese', agency: 'Kyodo' },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], adjectives: ['Chinese'], capital: 'Beijing', cities: ['Shanghai', 'Shenzhen', 'Guangzhou'], culture: 'korean', agency: 'Xinhua' },
  { name: 'Spain', aliases: ['Kingdom of Spain', 'España'], adjectives: ['Spanish'], capital: 'Madrid', cities: ['Barcelona', 'Valencia', 'Sevilla', 'Málaga'], culture: 'spanish', agency: 'EFE' },
  { name: 'Mexico', aliases: ['México', 'United Mexican States'], adjectives: ['Mexican'], capital: 'Mexico City', cities: ['Guadalajara', 'Monterrey', 'Puebla'], culture: 'spanish', agency: 'Notimex' },
  { name: 'Poland', aliases: ['Republic of Poland', 'Polska'], adjectives: ['Polish'], capital: 'Warsaw', cities: ['Kraków', 'Gdańsk', 'Wrocław', 'Łódź'], culture: 'slavic', agency: 'PAP' },
  { name: 'Ukraine', aliases: ['Ukrainian Republic'], adjectives: ['Ukrainian'], capital: 'Kyiv', cities: ['Kharkiv', 'Odesa', 'Lviv', 'Dnipro'], culture: 'slavic', agency: 'Ukrinform' },
  { name: 'Russia', aliases: ['Russian Federation'], adjectives: ['Russian'], capital: 'Moscow', cities: ['St. Petersburg', 'Kazan', 'Novosibirsk'], culture: 'slavic', agency: 'TASS' },
  { name: 'South Africa', aliases: ['Republic of South Africa', 'RSA'], adjectives: ['South African'], capital: 'Pretoria', cities: ['Johannesburg', 'Cape Town', 'Durban'], culture: 'western', agency: 'SAnews' },
  { name: 'Canada', aliases: [], adjectives: ['Canadian'], capital: 'Ottawa', cities: ['Toronto', 'Montreal', 'Vancouver'], culture: 'western', agency: 'CP' },
  { name: 'Australia', aliases: ['Commonwealth of Australia'], adjectives: ['Australian'], capital: 'Canberra', cities: ['Sydney', 'Melbourne', 'Perth'], culture: 'western', agency: 'AAP' },
  { name: 'India', aliases: ['Republic of India', 'Bharat'], adjectives: ['Indian'], capital: 'New Delhi', cities: ['Mumbai', 'Bengaluru', 'Chennai', 'Kolkata'], culture: 'western', agency: 'PTI' },
  { name: 'Netherlands', aliases: ['the Netherlands', 'Holland'], adjectives: ['Dutch'], capital: 'Amsterdam', cities: ['The Hague', 'Rotterdam', 'Utrecht'], culture: 'german', agency: 'ANP' },
  { name: 'Qatar', aliases: ['State of Qatar'], adjectives: ['Qatari'], capital: 'Doha', cities: ['Al Wakrah', 'Lusail'], culture: 'arabic', agency: 'QNA' },
  { name: 'Brazil', aliases: ['Brasil', 'Federative Republic of Brazil'], adjectives: ['Brazilian'], capital: 'Brasília', cities: ['São Paulo', 'Rio de Janeiro', 'Salvador'], culture: 'spanish', agency: 'Agência Brasil' },
];

/** A named public figure with the spellings the press uses for them. */
export interface FamousPerson {
  name: string;
  aliases: string[];
  /** Title used before the first mention ("President"). */
  title: string;
  /** Index into COUNTRIES. */
  country: number;
}

export const FAMOUS_PEOPLE: FamousPerson[] = [
  { name: 'Recep Tayyip Erdoğan', aliases: ['Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan', 'Tayyip Erdogan'], title: 'President', country: 1 },
  { name: 'Lee Jae Myung', aliases: ['Lee Jae-myung', 'Lee'], title: 'President', country: 0 },
  { name: 'Emmanuel Macron', aliases: ['Macron'], title: 'President', country: 4 },
  { name: 'Mark Rutte', aliases: ['Rutte'], title: 'Secretary General', country: 21 },
  { name: 'Wi Sung-lac', aliases: ['Wi Sung Lac', 'Wi'], title: 'National Security Adviser', country: 0 },
  { name: 'Friedrich Merz', aliases: ['Merz'], title: 'Chancellor', country: 5 },
  { name: 'Hakan Fidan', aliases: ['Fidan'], title: 'Foreign Minister', country: 1 },
  { name: 'Volodymyr Zelenskyy', aliases: ['Volodymyr Zelensky', 'Zelenskyy', 'Zelensky'], title: 'President', country: 15 },
  { name: 'Mohammed bin Salman', aliases: ['Mohammed bin Salman Al Saud', 'MBS', 'bin Salman'], title: 'Crown Prince', country: 7 },
  { name: 'Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah', aliases: ['Sheikh Mishal', 'Al-Sabah'], title: 'Amir', country: 6 },
  { name: 'Abdel Fattah el-Sisi', aliases: ['Abdel Fattah al-Sisi', 'el-Sisi', 'Sisi'], title: 'President', country: 9 },
  { name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], title: 'President', country: 13 },
  { name: 'Pedro Sánchez', aliases: ['Pedro Sanchez', 'Sánchez', 'Sanchez'], title: 'Prime Minister', country: 12 },
  { name: 'Keir Starmer', aliases: ['Starmer'], title: 'Prime Minister', country: 3 },
  { name: 'Cyril Ramaphosa', aliases: ['Ramaphosa'], title: 'President', country: 17 },
  { name: 'Narendra Modi', aliases: ['Modi'], title: 'Prime Minister', country: 20 },
  { name: 'Luiz Inácio Lula da Silva', aliases: ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'], title: 'President', country: 23 },
  { name: 'Donald Tusk', aliases: ['Tusk'], title: 'Prime Minister', country: 14 },
];

/** First names and surnames per culture; diacritic and transliteration variants give aliases. */
export const NAME_PARTS: Record<Culture, { first: string[]; last: string[] }> = {
  korean: { first: ['Jae Myung', 'Min-jun', 'Seo-yeon', 'Ji-ho', 'Hyun-woo', 'Sung-min', 'Eun-ji', 'Dong-hyun', 'Ha-eun', 'Young-soo', 'Kyung-hwa', 'Tae-yang'], last: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Seo'] },
  turkish: { first: ['Mehmet', 'Ayşe', 'Mustafa', 'Elif', 'Ahmet', 'Zeynep', 'Hüseyin', 'Şule', 'Emre', 'Gökhan', 'Çağla', 'Murat'], last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Koç'] },
  western: { first: ['John', 'Sarah', 'Michael', 'Emily', 'David', 'Laura', 'James', 'Rachel', 'Robert', 'Karen', 'Thomas', 'Olivia', 'Daniel', 'Grace'], last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Anderson', 'Thompson', 'Harris', 'Clarke', 'Lewis', 'Walker', 'Hughes', 'Morgan', 'Bennett'] },
  french: { first: ['François', 'Hélène', 'Jérôme', 'Amélie', 'Sébastien', 'Cécile', 'Étienne', 'Noémie', 'Pierre', 'Camille'], last: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Bérenger', 'Fontaine', 'Rousseau', 'Mercier', 'Lemaître', 'Chevalier'] },
  german: { first: ['Jürgen', 'Sabine', 'Matthias', 'Ursula', 'Günter', 'Katrin', 'Jörg', 'Anke', 'Lukas', 'Björn'], last: ['Müller', 'Schröder', 'Weiß', 'Krüger', 'Schäfer', 'Hoffmann', 'Köhler', 'Becker', 'Wagner', 'Groß'] },
  arabic: { first: ['Mohammed', 'Fatima', 'Ahmed', 'Aisha', 'Khalid', 'Mariam', 'Omar', 'Noura', 'Abdullah', 'Hessa', 'Yousef', 'Layla'], last: ['Al-Sabah', 'Al-Rashid', 'Al-Mutairi', 'Al-Otaibi', 'El-Masry', 'Al-Hashimi', 'Al-Ansari', 'Al-Qahtani', 'Haddad', 'Nasser'] },
  spanish: { first: ['José', 'María', 'Andrés', 'Lucía', 'Rubén', 'Sofía', 'Iñigo', 'Begoña', 'Raúl', 'Inés'], last: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Núñez', 'Muñoz', 'Jiménez'] },
  japanese: { first: ['Hiroshi', 'Yuko', 'Takeshi', 'Akiko', 'Kenji', 'Naoko', 'Shinjiro', 'Emi', 'Taro', 'Sanae'], last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Ishiba'] },
  slavic: { first: ['Oleksandr', 'Katarzyna', 'Andriy', 'Małgorzata', 'Piotr', 'Olena', 'Tomasz', 'Iryna', 'Dmytro', 'Agnieszka'], last: ['Kowalski', 'Nowak', 'Wiśniewski', 'Shevchenko', 'Bondarenko', 'Kovalenko', 'Wójcik', 'Lewandowski', 'Melnyk', 'Zieliński'] },
};

/** Titles for generated people, by rank; the first mention carries one. */
export const TITLES = [
  'Foreign Minister', 'Defense Minister', 'Trade Minister', 'Energy Minister', 'Finance Minister', 'Health Minister',
  'Deputy Prime Minister', 'Ambassador', 'Governor', 'Mayor', 'Senator', 'spokesperson', 'Chief Executive',
  'chairman', 'Professor', 'Dr.', 'General', 'Admiral', 'lawmaker', 'analyst', 'economist',
];

/** Organisations known by name and acronym. */
export const NAMED_ORGS: { name: string; aliases: string[] }[] = [
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'Group of 20', aliases: ['G20', 'G-20'] },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'Korea Electric Power Corporation', aliases: ['KEPCO'] },
  { name: 'Turkish Nuclear Energy Corporation', aliases: [] },
  { name: 'Hyundai Motor Company', aliases: ['Hyundai'] },
  { name: 'Samsung Electronics', aliases: ['Samsung'] },
  { name: 'Baykar', aliases: [] },
  { name: 'Kuwait Petroleum Corporation', aliases: ['KPC'] },
  { name: 'Saudi Aramco', aliases: ['Aramco'] },
  { name: 'Airbus', aliases: [] },
];

export const ORG_SECTORS = ['Energy', 'Defense', 'Steel', 'Shipbuilding', 'Telecom', 'Logistics', 'Aerospace', 'Pharmaceutical', 'Mining', 'Semiconductor', 'Rail', 'Water', 'Solar', 'Petroleum', 'Investment', 'Insurance'];
export const ORG_SUFFIXES = ['Corporation', 'Holdings', 'Group', 'Company', 'Authority', 'Agency', 'Institute', 'Bank', 'Council', 'Association'];
export const MINISTRIES = ['Foreign Affairs', 'Defense', 'Trade', 'Energy', 'Finance', 'Health', 'Interior', 'Education', 'Transport', 'Environment'];
export const ORG_NAME_STEMS = ['Atlas', 'Meridian', 'Horizon', 'Crescent', 'Pioneer', 'Summit', 'Anatolia', 'Hanbit', 'Nordstern', 'Al Noor', 'Sierra', 'Vanguard', 'Orion', 'Sakura', 'Baltic', 'Delta'];

/** A topic gives the nouns headlines and statements talk about. */
export interface Topic {
  field: string;
  nouns: string[];
  projects: string[];
  verbs: string[];
}

export const TOPICS: Topic[] = [
  { field: 'defense', nouns: ['defense industry cooperation', 'joint production', 'military exercises', 'arms exports', 'border security'], projects: ['the Altay tank', 'the KF-21 fighter jet', 'a new frigate program', 'the air defense system', 'the drone project'], verbs: ['strengthen', 'expand', 'deepen', 'review'] },
  { field: 'energy', nouns: ['nuclear power', 'renewable energy', 'gas supplies', 'oil output', 'the power grid'], projects: ['the Sinop Nuclear Power Plant', 'a wind farm', 'the gas pipeline', 'a solar park', 'the refinery upgrade'], verbs: ['boost', 'secure', 'diversify', 'finance'] },
  { field: 'trade', nouns: ['bilateral trade', 'tariffs', 'export controls', 'investment flows', 'supply chains'], projects: ['a free trade agreement', 'the customs union', 'an investment fund', 'the port expansion', 'a logistics corridor'], verbs: ['raise', 'lower', 'renegotiate', 'simplify'] },
  { field: 'technology', nouns: ['artificial intelligence', 'semiconductors', 'battery technology', 'quantum computing', 'space exploration'], projects: ['a chip factory', 'the satellite launch', 'a research center', 'the data center', 'an AI partnership'], verbs: ['accelerate', 'fund', 'regulate', 'develop'] },
  { field: 'health', nouns: ['vaccine production', 'hospital capacity', 'drug prices', 'public health', 'blood plasma'], projects: ['a new hospital', 'the vaccine plant', 'a screening program', 'the medical university', 'a health fund'], verbs: ['improve', 'expand', 'protect', 'support'] },
  { field: 'climate', nouns: ['carbon emissions', 'flood defenses', 'water security', 'drought relief', 'climate finance'], projects: ['the reforestation plan', 'a desalination plant', 'the emissions market', 'a coastal barrier', 'the green bond'], verbs: ['cut', 'reduce', 'finance', 'protect'] },
  { field: 'diplomacy', nouns: ['diplomatic ties', 'regional stability', 'peace talks', 'humanitarian aid', 'counterterrorism'], projects: ['a strategic partnership', 'the peace plan', 'a joint statement', 'the ceasefire', 'a memorandum of understanding'], verbs: ['restore', 'upgrade', 'advance', 'sign'] },
  { field: 'economy', nouns: ['inflation', 'interest rates', 'growth forecasts', 'public debt', 'youth unemployment'], projects: ['the budget', 'a stimulus package', 'the reform plan', 'a bond issue', 'the privatization program'], verbs: ['tackle', 'curb', 'stabilize', 'revise'] },
];

/** Reporting verbs, for direct and reported speech. */
export const SAID_CUES = ['said', 'said', 'said', 'told reporters', 'added', 'noted', 'stressed', 'stated', 'emphasized', 'underlined', 'warned', 'told Reuters'];
export const THAT_CUES = ['said that', 'noted that', 'stressed that', 'stated that', 'announced that', 'argued that', 'confirmed that', 'expressed hope that'];

/**
 * Statements people make; `{n}` is a topic noun, `{p}` a project, `{v}` a
 * verb, `{c}` a country, `{o}` an organisation. A pool of filled statements is
 * shared across articles, so the same claim recurs with small edits.
 */
export const STATEMENTS = [
  'we will {v} {n} with {c} in the coming months',
  '{p} is a cornerstone of our partnership with {c}',
  'the talks on {n} were constructive and we agreed on the next steps',
  'our country is ready to {v} cooperation on {n}',
  '{o} has played an important role in {n}',
  'there is strong potential for {n} between our two countries',
  'we are also in agreement with {c} regarding {n}',
  'the decision on {p} will be taken by the end of the year',
  '{p} will create thousands of jobs',
  'nobody should doubt our commitment to {n}',
  'the sanctions have not changed our position on {n}',
  '{c} remains a strategic partner for us',
  'we expect {o} to {v} its support for {p}',
  'the figures on {n} show that our policy is working',
  'we cannot accept any delay to {p}',
];

/** Sentences that carry no claim; they pad paragraphs the way news copy does. */
export const NARRATIVE = [
  'The two sides discussed cooperation in many areas, including {n} and {n2}.',
  'The meeting took place on the sidelines of the {o} summit in {city}.',
  'Officials from {c} and {c2} signed several agreements on {n}.',
  'The visit is the first by a {adj} leader to {c2} in many years.',
  'Analysts expect {p} to dominate the agenda.',
  'Trade between the two countries reached $12.4 billion last year.',
  'The delegation later toured {p} near {city}.',
  'Both governments have pledged to {v} {n} as part of a wider plan.',
  'The agreement follows months of negotiations over {n}.',
  'Protesters gathered outside the venue in {city}, calling for action on {n}.',
  'The {adj} side did not give further details.',
  'Representatives of {o} also attended the talks.',
];

export const HEADLINES = [
  '{c} And {c2} Agree To {V} {N}',
  "{c}'s {title}: {city} Focused On Steps To Advance {N} With {c2}",
  '{person} Says {c} Ready To {V} {N}',
  '{c}, {o} Sign Key {N} Pact',
  'Can {adj} {title} {surname} Strengthen Ties With {c2}?',
  '{c} To {V} {N} After Talks In {city}',
  '{adj} And {adj2} Leaders Discuss {N}',
  "{person}: '{P}' Will Go Ahead",
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const RELATIVE_DATES = ['last week', 'next year', 'last month', 'earlier this year', 'two days ago', 'next month', 'this week', 'last year', 'in the coming weeks', 'yesterday', 'tomorrow', 'three years ago'];
export const HISTORIC = ['during the Korean War (1950-53)', 'since the 1990s', 'in 2018', 'since 1949', 'in the early 2000s', 'during the Gulf War in 1991'];

export const NAVIGATION_MENUS = [
  '               US          Europe          Arab          Asia          Africa    \n|      Politics          Economy     Oil&Energy         \n                 Entertainment          Sport',
  'Home | World | Business | Markets | Tech | Opinion | Video\nSubscribe   Sign in',
  'Menu\nNews\nSport\nWeather\nSearch',
];

export const DISCLAIMERS = [
  'Legal Disclaimer:\nMENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.',
  'Legal Disclaimer:\nEIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the author above.',
  '© 2025 All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
];

export const TRAILERS = ['Tags\n\nLabel\n\nComments\n\nNo comment\n\nCategory\n\nDate\n\nSearch', 'Share this article\nFacebook Twitter LinkedIn Email', 'Related stories\nMost read'];

/** Mojibake seen in scraped copy that a byte-level re-encoding does not produce. */
export const ODD_MOJIBAKE: [string, string][] = [
  ['ü', 'أ1⁄4'],
  ['ö', 'أ¶'],
];
