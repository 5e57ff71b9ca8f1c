/**
 * Word lists for naming speakers: role nouns that stand for a person
 * ("the Turkish president"), nouns that stand for an organization or a
 * document ("the office", "the statement"), and nouns for groups.
 * Built once, lazily.
 */

export type HeadClass = 'person' | 'organization' | 'document' | 'group';

const PERSON_ROLES = [
  'president', 'vice-president', 'president-elect', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'official', 'officer', 'adviser', 'advisor', 'aide', 'ambassador', 'envoy', 'diplomat', 'chancellor', 'premier',
  'governor', 'mayor', 'senator', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'chairman', 'chairwoman',
  'chairperson', 'chief', 'ceo', 'executive', 'director', 'head', 'leader', 'commander', 'general', 'king', 'queen',
  'prince', 'princess', 'emir', 'amir', 'highness', 'majesty', 'excellency', 'sheikh', 'emperor', 'pope', 'representative', 'negotiator', 'analyst', 'expert',
  'economist', 'professor', 'researcher', 'lawyer', 'attorney', 'prosecutor', 'judge', 'coach', 'manager', 'founder',
  'candidate', 'ruler', 'speaker', 'deputy', 'counselor', 'councillor', 'commissioner', 'administrator', 'superintendent',
  'sultan', 'monarch', 'rapporteur', 'correspondent', 'reporter', 'columnist', 'editor', 'author', 'scientist',
  'physician', 'doctor', 'witness', 'resident', 'activist', 'source', 'insider', 'strategist', 'owner', 'investor',
  'admiral', 'colonel', 'lieutenant', 'sergeant', 'captain', 'politician',
  // Sport and work: "Genoa boss Luca Moretti", "one driver, who did not want to be named, said".
  'dealer', 'trader', 'forecaster', 'controller', 'auditor', 'accountant', 'boss', 'skipper', 'striker', 'defender', 'goalkeeper', 'midfielder', 'winger', 'player', 'driver', 'worker', 'nurse', 'teacher',
];

const ORGANIZATION_NOUNS = [
  'office', 'ministry', 'agency', 'government', 'company', 'firm', 'department', 'bureau', 'committee', 'council',
  'commission', 'military', 'army', 'navy', 'police', 'court', 'embassy', 'organization', 'organisation', 'alliance',
  'bank', 'union', 'party', 'foundation', 'institute', 'administration', 'cabinet', 'parliament', 'presidency',
  'secretariat', 'corporation', 'authority', 'regulator', 'watchdog', 'board', 'newspaper', 'daily', 'broadcaster',
  'network', 'channel', 'center', 'centre', 'service', 'palace', 'consulate', 'mission', 'group', 'club', 'university',
  'hospital', 'prosecution', 'legislature', 'assembly', 'congress', 'senate', 'kremlin', 'operator', 'carrier',
  'manufacturer', 'producer', 'maker', 'lender', 'insurer', 'exchange', 'fund', 'federation', 'association', 'body',
  'force', 'forces', 'guard', 'command', 'staff', 'tribunal', 'observatory', 'directorate', 'inspectorate', 'panel', 'jury',
  'airline', 'drugmaker', 'carmaker', 'automaker', 'retailer', 'pollster',
  // "the utility said": a water or power company.
  'utility',
  // "the bench observed": the judges who sit on a case speak as their court.
  'bench',
];

const DOCUMENT_NOUNS = [
  'statement', 'release', 'report', 'communique', 'communiqué', 'letter', 'declaration', 'announcement', 'text',
  'message', 'note', 'notice', 'document', 'readout', 'transcript', 'post', 'filing', 'study', 'survey', 'memo',
  'bulletin', 'update', 'circular', 'decree', 'resolution', 'article', 'editorial', 'story', 'data', 'figures', 'estimates',
  'poll', 'polls', 'surveys', 'reports', 'statements', 'documents', 'records', 'filings',
  // A court's words ("the ruling stated") and a document seen ("according to a copy of the draft").
  'ruling', 'judgment', 'judgement', 'verdict', 'copy',
  // Court papers ("according to the indictment filed in ..."), whose filer speaks, not the court.
  'indictment', 'affidavit', 'lawsuit',
  // "The research, published in the journal ..., tracked 62 reefs. It found that".
  'research',
  // An election's or a census's figures: "according to the official count of the electoral council".
  'count', 'tally',
];

const GROUP_NOUNS = [
  'officials', 'sources', 'sides', 'parties', 'leaders', 'presidents', 'ministers', 'countries', 'nations', 'experts',
  'analysts', 'diplomats', 'authorities', 'lawmakers', 'participants', 'members', 'delegations', 'governments',
  'states', 'companies', 'executives', 'residents', 'witnesses', 'people', 'observers', 'critics', 'officers',
  'representatives', 'spokesmen', 'spokespeople', 'activists', 'investors', 'economists', 'researchers', 'scientists',
  'doctors', 'organizers', 'organisers', 'protesters', 'students', 'workers', 'allies', 'partners', 'counterparts',
  'governors', 'senators', 'politicians', 'negotiators', 'envoys', 'chiefs', 'heads', 'prosecutors', 'lawyers',
  'media', 'traders', 'dealers', 'forecasters', 'pollsters', 'meteorologists', 'bankers', 'brokers', 'strategists',
  // "Both managers said", "the authors wrote".
  'managers', 'coaches', 'players', 'teams', 'clubs', 'authors', 'councillors', 'judges',
];

let heads: Map<string, HeadClass> | null = null;

/** The class of a noun that can head a speaker's noun phrase, or undefined. Expects lower case. */
export function headClassOf(word: string): HeadClass | undefined {
  if (!heads) {
    const m = new Map<string, HeadClass>();
    for (const w of PERSON_ROLES) m.set(w, 'person');
    for (const w of ORGANIZATION_NOUNS) m.set(w, 'organization');
    for (const w of DOCUMENT_NOUNS) m.set(w, 'document');
    for (const w of GROUP_NOUNS) m.set(w, 'group');
    heads = m;
  }
  return heads.get(word) ?? (word.includes('-') ? compoundHeadClass(heads, word) : undefined);
}

/**
 * A hyphenated role takes its class from its last part, else its first:
 * "ex-minister", "co-founder", "diplomat-turned-politician", "minister-designate".
 */
function compoundHeadClass(heads: ReadonlyMap<string, HeadClass>, word: string): HeadClass | undefined {
  const last = heads.get(word.slice(word.lastIndexOf('-') + 1));
  return last ?? heads.get(word.slice(0, word.indexOf('-')));
}

/** Words that may sit between a speaker and the verb: "Erdogan on Monday said", "Lee has also said". */
export const FILLERS: ReadonlySet<string> = new Set([
  'also', 'further', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'may', 'might', 'later',
  'earlier', 'previously', 'recently', 'again', 'once', 'then', 'separately', 'similarly', 'meanwhile', 'additionally',
  'repeatedly', 'publicly', 'strongly', 'firmly', 'clearly', 'reportedly', 'reiterated', 'on', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'last', 'this', 'week',
  'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'just', 'already', 'too', 'furthermore', 'moreover',
  'however', 'explicitly', 'openly', 'directly', 'personally', 'specifically', 'particularly', 'especially', 'both',
]);

/** Object pronouns and the subject forms that resolve them ("according to her"). */
export const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['her', 'she'], ['him', 'he'], ['them', 'they']]);

/** Determiners that open a speaker's noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one']);

/** Determiners that make the phrase a group: "both leaders", "the two sides". */
export const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['both', 'two', 'three', 'four', 'several', 'many', 'some', 'all', 'most', 'other', 'various', 'numerous']);

/**
 * Words that open a sentence with an adverbial or participial phrase closed by
 * a comma: "During the summit, Lee remarked".
 */
export const INTRO_WORDS: ReadonlySet<string> = new Set([
  'during', 'in', 'on', 'at', 'after', 'before', 'following', 'furthermore', 'moreover', 'however', 'meanwhile',
  'regarding', 'also', 'additionally', 'separately', 'earlier', 'later', 'last', 'since', 'while', 'when', 'as', 'with',
  'despite', 'under', 'for', 'from', 'by', 'through', 'amid', 'besides', 'overall', 'instead', 'still', 'yet', 'now',
  'today', 'yesterday', 'recently', 'previously', 'likewise', 'similarly', 'notably', 'thus', 'therefore', 'then',
  'speaking', 'addressing', 'responding', 'asked', 'according', 'concerning', 'about', 'if', 'although', 'though',
  'because', 'once', 'unlike', 'like', 'beyond', 'against', 'within', 'without', 'to', 'further', 'finally', 'first',
  'second', 'third', 'lastly', 'accordingly', 'consequently', 'indeed', 'nevertheless', 'nonetheless', 'otherwise',
  'elsewhere', 'here', 'there', 'upon', 'throughout', 'across', 'among', 'between', 'towards', 'toward', 'near',
]);

/** Modifiers a role noun may carry in a title ("top security aide", "foreign minister"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'prime', 'defense', 'defence', 'finance', 'interior', 'deputy', 'vice', 'top', 'senior', 'former', 'security',
  'national', 'state', 'trade', 'economy', 'energy', 'health', 'justice', 'executive', 'general', 'chief', 'first',
  'acting', 'assistant', 'associate', 'principal', 'special', 'presidential', 'military', 'government', 'ministry',
  'press', 'spokesperson', 'white', 'house', 'kremlin', 'party', 'opposition', 'ruling', 'central', 'federal',
  'air', 'coast', 'border', 'armed', 'news', 'naval', 'civil', 'public', 'regional', 'local', 'provincial', 'city',
  'district', 'municipal', 'emergency', 'police', 'army', 'military', 'spy', 'intelligence', 'tax', 'election', 'space',
  // A body's trade: "the market regulator", "the weather office", "the statistics agency".
  'market', 'weather', 'statistics',
]);

/** Epithets no one holds as an office: "the former coach", "the veteran striker" is the person the text is about. */
export const EPITHETS: ReadonlySet<string> = new Set(['former', 'veteran', 'experienced', 'seasoned', 'evergreen', 'young', 'teenage']);

/** Nouns for a person of a nation ("The Spaniard confirmed"): like a nationality after "the", the person the text is about. */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set([
  'Spaniard', 'Frenchman', 'Frenchwoman', 'Dutchman', 'Dutchwoman', 'Englishman', 'Englishwoman', 'Irishman', 'Irishwoman',
  'Welshman', 'Welshwoman', 'Scotsman', 'Scotswoman', 'Briton', 'Scot', 'Swede', 'Dane', 'Finn', 'Pole', 'Turk', 'Serb',
  'Croat', 'Czech', 'Slovak', 'Kiwi', 'Aussie', 'Argentine', 'Filipino', 'Filipina', 'Thai', 'Swiss', 'Portuguese', 'Japanese',
  'Chinese', 'Vietnamese', 'Senegalese', 'Ghanaian', 'Icelander', 'Luxembourger', 'Monegasque', 'Kazakh', 'Uzbek',
]);

/** Roles that speak for the body they belong to when their holder is not named ("a State Department spokesperson"). */
export const SPOKES_ROLES: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Titles that make the name after them a person's, whatever else the name looks like ("Ms. Haugland"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'madame', 'cllr']);

/** Titles that tell a person's gender, for "he" and "she". */
export const TITLE_GENDER: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['mr', 'he'], ['mrs', 'she'], ['ms', 'she'], ['miss', 'she'], ['madam', 'she'], ['madame', 'she'], ['sir', 'he'], ['lady', 'she'],
  ['king', 'he'], ['queen', 'she'], ['prince', 'he'], ['princess', 'she'], ['spokeswoman', 'she'], ['spokesman', 'he'],
  ['chairwoman', 'she'], ['chairman', 'he'], ['congresswoman', 'she'], ['congressman', 'he'], ['sheikha', 'she'], ['sheikh', 'he'],
]);
/** Month names and abbreviations, skipped between a speaker and the verb ("on Jan. 15 said"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Titles that name the same office in other words: "the head of state" is the
 * person introduced as "President X" or "King X"; "the top diplomat" the
 * foreign minister. Each alternative is satisfied when a title holds all its words.
 */
const ROLE_EQUIVALENTS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['head of state', [['head', 'state'], ['president'], ['king'], ['queen'], ['emir'], ['amir'], ['sultan'], ['monarch'], ['emperor']]],
  ['head of government', [['head', 'government'], ['prime', 'minister'], ['premier'], ['chancellor']]],
  ['top diplomat', [['top', 'diplomat'], ['foreign', 'minister'], ['foreign', 'secretary'], ['secretary', 'state']]],
  // "the envoy said" after "Indian High Commissioner X": a Commonwealth country's ambassador is its high commissioner.
  ['envoy', [['envoy'], ['ambassador'], ['high', 'commissioner']]],
  ['ambassador', [['ambassador'], ['high', 'commissioner']]],
  // "the judge remarked" after "Justice Ann Roe": a justice is a judge.
  ['judge', [['judge'], ['justice']]],
  // "the coach said" after "Rovers boss Ian Bell": a team's boss, manager and coach are one role.
  ['coach', [['coach'], ['boss'], ['manager']]],
  ['manager', [['manager'], ['boss'], ['coach']]],
  ['boss', [['boss'], ['manager'], ['coach']]],
  // "the authority's chief said" after "Authority Chairman Ann Roe": a body's chief is whoever heads it.
  ['chief', [['chief'], ['chairman'], ['chairwoman'], ['chairperson'], ['chair'], ['head']]],
]);

/** Roles whose nationality word is the holder's own, not the country served: "the Polish coach" of a club. */
export const PERSONAL_NATIONALITY_ROLES: ReadonlySet<string> = new Set(['coach', 'manager', 'boss', 'striker', 'midfielder', 'goalkeeper', 'defender', 'winger', 'player', 'skipper', 'captain', 'driver']);

/** The offices a role phrase may name, as alternative sets of title words; a role with no synonyms is itself. */
export function roleAlternatives(role: string): readonly (readonly string[])[] {
  return ROLE_EQUIVALENTS.get(role) ?? [[role]];
}

/** The multiword role a head noun and the words after it make ("head" "of" "state"), or undefined. */
export function multiwordRole(head: string, preposition: string | undefined, object: string | undefined): string | undefined {
  if (head !== 'head' || preposition !== 'of' || object === undefined) return undefined;
  const role = `head of ${object}`;
  return ROLE_EQUIVALENTS.has(role) ? role : undefined;
}

/** The multiword role a modifier and a head noun make ("top" "diplomat"), or undefined. */
export function modifiedRole(modifier: string, head: string): string | undefined {
  const role = `${modifier} ${head}`;
  return ROLE_EQUIVALENTS.has(role) ? role : undefined;
}

/**
 * Portfolio words that show a title names a minister even where the word
 * "minister" fell out of the text ("Kuwait's of Foreign Affairs X").
 */
export const MINISTER_PORTFOLIO_WORDS: ReadonlySet<string> = new Set(['affairs']);

/**
 * Words a body's name may use for a word of a generic description: "spy
 * agency" is the "National Intelligence Service"; "the military" the "Armed Forces".
 */
const REGULATOR_WORDS = ['regulator', 'regulatory', 'regulation', 'authority', 'commission', 'board', 'watchdog'];

const BODY_EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['spy', ['spy', 'intelligence']],
  ['agency', ['agency', 'service', 'directorate', 'bureau']],
  ['service', ['service', 'agency']],
  ['military', ['military', 'armed']],
  // "the airline" is "Skyrail Airways"; "the drugmaker" "Corvane Therapeutics": the trade a company's name says.
  ['airline', ['airline', 'airlines', 'airways', 'air']],
  ['drugmaker', ['pharma', 'pharmaceutical', 'pharmaceuticals', 'therapeutics', 'biotech', 'biosciences']],
  ['carmaker', ['motor', 'motors', 'auto', 'automotive']],
  ['automaker', ['motor', 'motors', 'auto', 'automotive']],
  ['retailer', ['stores', 'retail', 'mart', 'market', 'markets']],
  ['bench', ['court', 'tribunal', 'bench']],
  // "the utility said" after "Metro Water": a water, power or gas company.
  ['utility', ['utility', 'utilities', 'water', 'power', 'energy', 'electric', 'electricity', 'gas', 'grid']],
  // "the market regulator" is the "Securities and Exchange Commission" or a "Capital Markets Authority".
  ['regulator', REGULATOR_WORDS],
  ['watchdog', REGULATOR_WORDS],
  ['market', ['market', 'markets', 'securities', 'exchange', 'stock']],
  // Trades that name a body whatever it is called: "the weather office" is a "Meteorological Department",
  // "the statistics bureau" an "Office for National Statistics".
  ['weather', ['weather', 'meteorological', 'meteorology']],
  ['statistics', ['statistics', 'statistical']],
]);

/** Modifiers that say which body is meant whatever noun follows them ("the weather office", "the statistics agency"). */
export const TRADE_MODIFIERS: ReadonlySet<string> = new Set(['weather', 'statistics']);

/** The words a body's name may use in place of `word` of a generic description. */
export function bodyWordAlternatives(word: string): readonly string[] {
  return BODY_EQUIVALENTS.get(word) ?? [word];
}

/** "Neither company commented", "Both sides said": a determiner the entity finder took for a name. */
export function isDeterminerName(m: { type: string; text: string }): boolean {
  if (m.type === 'person' || m.text.indexOf(' ') >= 0) return false;
  const lower = m.text.toLowerCase();
  return GROUP_DETERMINERS.has(lower) || lower === 'neither' || lower === 'either';
}
