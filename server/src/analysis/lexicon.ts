/**
 * Closed word classes the entity recogniser leans on: role titles, the head
 * nouns that give a capitalized phrase its type, and the capitalized words
 * that are not names (sentence starters, months, common acronyms). All keys
 * are folded (lowercase, no diacritics, no trailing period).
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split('|'));

/**
 * Role words that stand before a person's name ("President", "Secretary
 * General", "Adviser"); the role is not part of the person's span.
 */
export const TITLE_HEADS = words(
  'president|pres|vice-president|premier|minister|chancellor|secretary|secretary-general|undersecretary|under-secretary|envoy|ambassador|' +
    'king|queen|prince|princess|emir|sheikh|sultan|pope|cardinal|archbishop|bishop|rev|reverend|imam|ayatollah|' +
    'governor|gov|mayor|senator|sen|rep|representative|congressman|congresswoman|lawmaker|speaker|' +
    'chairman|chairwoman|chairperson|chair|director|director-general|ceo|cfo|coo|chief|commissioner|' +
    'adviser|advisor|assistant|officer|executive|spokesman|spokeswoman|spokesperson|judge|justice|prosecutor|attorney|' +
    'dr|mr|mrs|ms|mme|shri|shrimati|smt|prof|professor|col|colonel|lt|lieutenant|maj|capt|captain|sgt|sergeant|adm|admiral|' +
    'datuk|datin|dato|marshal|commander|gen|general|lord|lady|sir|dame|coach|councillor|councilor|cllr|deputy|ceo|founder|' +
    'economist|analyst|spokesperson|correspondent|mufti|patriarch|crown|highness|excellency|majesty|highnesses|excellencies|majesties|hrh|leader|administrator|manager|' +
    'actor|actress|singer|rapper|novelist|comedian|presenter|broadcaster|' +
    'inspector|detective|superintendent|comrade|barrister|supervisor|constable|sheriff|sister|pastor|rabbi|deacon|monsignor|councilmember|councilman|councilwoman|alderman|alderwoman|assemblymember|assemblyman|assemblywoman|' +
    // "Advocate General Ann Roe"; a bench's or chamber's title in the plural before the names of several ("Justices Ann Roe and Li Bo").
    'advocate|justices|judges|senators|' +
    // Ranks: "Brigadier Ann Roe"; "Major" only before a given name (roleTitles.ts), not in "Major League".
    'brigadier|major|' +
    // "Head of Operations Ann Roe": a head of a department or unit.
    'head|' +
    // Local government's officers: "County Engineer Ann Roe", "City Clerk Bo Lind", "State Auditor Li Bo".
    'engineer|treasurer|clerk|auditor|comptroller|registrar|coroner|surveyor|assessor|magistrate|planner',
);

/** "General" is a role only after these ("Secretary General"), not in "General Motors". */
export const GENERAL_AFTER = words('secretary|attorney|advocate|director|surgeon|inspector|major|lieutenant|brigadier|consul|auditor|solicitor|postmaster|governor');

/** Lowercase role nouns that mark the following capitalized words as a person ("spokesman John Kirby"). */
export const LOWERCASE_TITLES = words(
  'president|minister|premier|chancellor|secretary|ambassador|envoy|king|queen|prince|governor|mayor|senator|' +
    'spokesman|spokeswoman|spokesperson|chairman|chairwoman|chief|director|adviser|advisor|judge|lawmaker|' +
    'leader|commander|general|ceo|founder|owner|official|analyst|economist|professor|coach|striker|player|actor|singer|author|writer|' +
    // A team's players by position: "Rovers captain Dallow", "goalkeeper Ann Roe".
    'captain|skipper|goalkeeper|midfielder|defender|winger',
);

/** Head nouns that make a capitalized phrase an organization ("Anadolu Agency"). */
export const ORG_HEADS = words(
  'agency|corporation|corp|company|co|inc|ltd|llc|llp|plc|gmbh|ag|sa|se|nv|bv|spa|oyj|tbk|sons|holdings|holding|group|bank|fund|ministry|department|' +
    'office|council|commission|committee|authority|administration|assembly|parliament|congress|senate|party|union|' +
    'association|federation|confederation|organization|organisation|institute|institutes|institution|university|college|' +
    'academy|school|foundation|society|league|alliance|coalition|front|movement|court|tribunal|army|navy|forces|' +
    'force|guard|police|service|services|bureau|board|cabinet|government|secretariat|network|news|times|post|journal|' +
    'press|presswire|television|tv|radio|broadcasting|airlines|airways|motors|electronics|industries|technologies|' +
    'telecom|communications|exchange|chamber|club|church|mission|directorate|command|media|newspaper|gazette|tribune|' +
    'herald|daily|magazine|chronicle|observer|telegraph|guardian|courier|inquirer|sentinel|examiner|studios|pharmaceuticals|petroleum|shipbuilding|aerospace|' +
    'systems|labs|laboratories|partners|securities|insurance|group|consortium|cooperative|' +
    'brigade|battalion|regiment|division|corps|squad|team|fc|embassy|consulate|delegation|senate|junta|regime|diwan|juniors|' +
    'survey|manufacturing|centres|centers|research|asa|platforms|foods|beverages|brands|chemicals|ventures|investments|' +
    'semiconductor|pharma|healthcare|solutions|shipping|retail|films|pictures|images|records|finance|unit|staff|clubs|dicastery|elementary|facility|instruments|' +
    // Words for a daily or a newspaper in other languages that head its name ("Asahi Shimbun", "Frankfurter Zeitung").
    'ilbo|shimbun|sinmun|ribao|zeitung|gazeta|gazzetta|dagblad|dagbladet|tageblatt|nippo|' +
    // Auction houses, trusts and carriers or papers called "Express".
    'auction|auctions|auctioneers|trust|express|' +
    // "Sahara Reporters", "Amnesty International", "Reader's Digest".
    'reporters|international|digest|' +
    // Legal forms spelt out and the plural that names a group of firms ("Velmont Limited", "Harrow Enterprises").
    'limited|incorporated|enterprises|' +
    // "St. Harlan Construction".
    'construction|' +
    // "Naval Intelligence", "the Chieftaincy of Military Intelligence": an intelligence service and a chieftaincy are bodies.
    'intelligence|chieftaincy',
);

/**
 * Company words that head an organization's name ("Nordvale Energy", "Varna Water", "Kelto Engineers", "Tarland Rail");
 * after a given name alone they are a surname ("Samantha Power").
 */
export const COMPANY_HEADS = words(
  'air|energy|power|water|rail|railway|railways|hydro|transport|engineers|engineering|markets|sports|sport|star|utilities|renewables|bioscience|biosciences|therapeutics|logistics|steel|metals|mining|resources|capital|properties|materials|cement|breweries|' +
    // Plurals of trades and doers that name a group or a firm, never a surname ("Harbour Stoppers", "Tanner Growers"),
    // and farm supplies ("Wendell Feeds").
    'stoppers|growers|producers|farmers|builders|makers|brokers|traders|dealers|suppliers|retailers|manufacturers|exporters|' +
    'importers|lenders|insurers|publishers|distillers|bottlers|ranchers|drillers|employers|feeds|seeds|fertilizers|fertilisers',
);

/** Words that open an organization name followed by "of" ("Ministry of Defense", "University of Tokyo"). */
export const ORG_OPENERS = words(
  'ministry|department|university|bank|office|council|commission|committee|court|institute|institutes|academy|association|journal|' +
    'federation|union|league|organization|organisation|board|bureau|house|chamber|church|party|college|school|' +
    'embassy|secretariat|government|agency|confederation|army|command|movement|front|alliance|coalition|community|campaign|' +
    'center|centre|centers|centres|foundation|society|fund|dicastery|chieftaincy',
);

/** Head nouns of facilities ("Sinop Nuclear Power Plant"). */
export const FACILITY_HEADS = words(
  'plant|airport|port|harbor|harbour|bridge|dam|station|stadium|arena|hospital|infirmary|palace|tower|towers|base|mosque|' +
    'cathedral|temple|museum|prison|jail|gaol|hotel|mall|square|pipeline|refinery|mine|canal|tunnel|highway|' +
    'building|hall|centre|center|park|reactor|terminal|shipyard|complex|field|gate|castle|monument|memorial|gardens|telescope|' +
    'library|cemetery|camp|checkpoint|crossing|railway|line|expressway|motorway|house|basilica|observatory|' +
    'fort|fortress|oilfield|gasfield|theatre|theater|cinema|ground|oval|' +
    // Roads and streets are built things, not places (countries, cities, regions): "Rectory Road", "the Kelby Bypass".
    'road|street|avenue|boulevard|drive|bypass|freeway|parkway|substation',
);

/** Head nouns of named events ("Korean War", "French Revolution"). */
export const EVENT_HEADS = words(
  'war|revolution|olympics|games|cup|championship|championships|festival|crisis|uprising|massacre|genocide|' +
    'pandemic|conference|summit|summits|expo|election|elections|marathon|prix|spring|intifada|offensive|accords|accord|' +
    'agreement|treaty|protests|coup|earthquake|hurricane|typhoon|tournament|biennale|week|forum|talks|dialogue|conclave|symposium|open|' +
    // Named fires: "the Pine Hollow Fire", "Marrow Ridge Wildfire" (a place's fire service is told apart in fireNames.ts).
    'fire|wildfire|bushfire',
);

/** Head nouns of places ("Korean Peninsula", "Red Sea", "Gyeonggi Province"). */
export const LOCATION_HEADS = words(
  'peninsula|sea|ocean|river|lake|mountains|mountain|mount|strait|straits|gulf|bay|island|islands|valley|desert|' +
    'coast|province|region|county|district|prefecture|governorate|oblast|basin|plateau|delta|heights|hills|' +
    'highlands|plain|city|town|village|municipality|state|territory|territories|archipelago|channel|glacier|' +
    'corridor|strip|belt|steppe|forest|reef|cape|falls|creek|township|estate|' +
    // Coastal features: "Puysegur Point", "Farewell Spit", "Puget Sound".
    'point|spit|sound|lagoon|estuary|fjord|atoll|isthmus|headland',
);

/** Words that open a place name followed by "of" ("Gulf of Mexico", "Strait of Hormuz"). */
export const LOCATION_OPENERS = words('gulf|strait|straits|sea|bay|cape|isle|island|islands|lake|mount|sea|city|province|state|republic|kingdom|commonwealth|principality|sultanate|emirate');

/** Lowercase nouns that make the capitalized word before them a product ("the Altay tank"). */
export const PRODUCT_NOUNS = words(
  'tank|tanks|missile|missiles|jet|jets|fighter|drone|drones|rifle|rifles|helicopter|helicopters|' +
    'aircraft|airliner|satellite|satellites|frigate|frigates|submarine|submarines|destroyer|warship|vaccine|' +
    'vaccines|smartphone|smartphones|chip|chips|chatbot|rocket|rockets|howitzer|howitzers|carrier|corvette|' +
    'launcher|launchers|interceptor|interceptors|battery|batteries|model|models|sedan|suv|lander|probe|rover|spacecraft|telescope|scheme|programme|program|' +
    'processor|processors|computers|laptop|laptops|app|apps|instrument|headset|headsets|tablet|tablets|handset|handsets|console|consoles',
);

/** Kinship nouns after which ", Name," is a relative: "her husband, Paul,". */
export const KIN_WORDS = words('husband|wife|son|daughter|brother|sister|father|mother|widow|widower|partner');

/** Words after a place that make it a sports club: "Manchester United". */
export const CLUB_WORDS = words('united|fc|rovers|athletic|wanderers|hotspur|albion|cf|sc|dons|rangers');

/** Words of other languages that open a club's name before its city or its own name ("Real Madrid", "Dynamo Kyiv"). */
export const CLUB_OPENERS = words('real|atletico|dynamo|dinamo|olympique|deportivo|borussia|lokomotiv|spartak');

/** Words of other languages for a bank that open its name ("Banco Varela", "Banque de Varnie"). */
export const BANK_OPENERS = words('bank|banco|banca|banque');

/** Words of natural features that open a place's name without "of" ("Lake Naivasha", "Mount Elgon"). */
export const PLACE_PREFIXES = words('lake|mount|mt|isle|cape');

/** Head nouns of natural features, whose own name alone may stand for them ("the Tana River ... the Tana"); not "Town" or "City", which name clubs too. */
export const NATURAL_HEADS = words('river|lake|island|isle|mountain|mountains|mount|sea|bay|glacier|valley|forest|desert|falls|reef|peninsula|delta|basin|hills|plateau|volcano');

/** Broadcasters' initials that open the names of their channels and arms ("BBC Radio Scotland", "BBC Film"). */
export const BROADCASTERS = words('bbc|itv|rte|cnn|nbc|abc|cbs|pbs|npr|cbc|sbs|nhk|kbs|mbc|trt|ndtv|dw|rfi');

/** Compass words: alone they name a direction or a country's short form ("the North"), not an entity of their own. */
export const COMPASS_WORDS = words('north|south|east|west|northeast|northwest|southeast|southwest');
/** Compass adjectives that open a region's name before a place: "Southern California", "Central Asia". */
export const COMPASS_ADJECTIVES = words('northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern');

/** Currency names written after a nationality ("Saudi Riyals"). */
export const CURRENCY_WORDS = words('riyal|riyals|rial|rials|dinar|dinars|dirham|dirhams|dollar|dollars|pound|pounds|euro|euros|lira|liras|rupee|rupees|yen|yuan|won|ruble|rubles|rouble|roubles|peso|pesos|franc|francs|shekel|shekels|krona|kronor|krone|kroner|rand|naira|ringgit|baht');

/** Abbreviations written before a club's place or name ("FC Porto", "AC Milan"). */
export const CLUB_PREFIXES = words('fc|ac|sc|afc|cf|cd|fk|sk|nk|sv|ssc');

/** Lowercase words after which "General" is a rank: "army General ...", "retired General ...". */
export const RANK_CONTEXT = words('army|retired|former|military|police|top|senior|rebel|junta');

/** Legal-form words that are no entity on their own ("Inc" after a lowercase brand). */
export const CORPORATE_SUFFIXES = words('inc|corp|co|ltd|llc|llp|plc|gmbh|ag|sa|se|tbk|nv|bv|spa|ab|as|asa|oyj|kk|bhd|pte|pty');

/** Lowercase nouns that make the capitalized word before them a place ("the Rafah crossing"). */
export const LOCATION_NOUNS = words('forest|desert|reserve|border|basin|crossing|junction|province|region|district|ward|governorate|city|town|village|area|camp|port|county|valley|neighbourhood|neighborhood|suburb|municipality|prefecture|island|islands|waters|coast|delta|estuary|peninsula|river|oblast|crater|volcano|lake|state|mountains|mountain|hills|range|sector|field|fields|oilfield|oilfields|governorates|provinces|regions|districts|counties|prefectures|states|constituency|constituencies');

/** Capitalized head nouns that make the phrase a product or programme ("Altay Main Battle Tank"). */
export const PRODUCT_HEADS = words(
  'tank|missile|jet|fighter|drone|rifle|helicopter|aircraft|satellite|frigate|submarine|destroyer|vaccine|' +
    'rocket|howitzer|launcher|interceptor|programme|program|prize|award|awards|trophy|medal|act|app|' +
    // A market's index and a site's redevelopment are things named, no one ("the Kelby Stock Exchange Index").
    'index|redevelopment|' +
    // An exchange-traded fund is a product traded, not a body ("the Materials Select Sector SPDR").
    'spdr|etf|' +
    // A government's named plan or strategy is a programme, no one ("the Urban Farming Plan").
    'plan|strategy|policy|' +
    // A bill before parliament ("the Online Safety Bill"); "Bill" opening a name is a given name.
    'bill',
);

/** Prepositions after which an unknown capitalized word is most often a place ("in Izmit"). */
export const LOCATIVE_PREPOSITIONS = words('in|near|outside|across|throughout|inside|to|from|towards|toward|via');

/** Reporting verbs: a capitalized name just before one is a speaker. */
export const REPORTING_VERBS = words('said|says|told|added|noted|stressed|emphasized|emphasised|explained|stated|wrote|warned|announced|argued|insisted|urged|remarked|underlined|asserted|claimed|replied');

/** Lowercase words that may sit inside a name between capitalized words. */
export const NAME_PARTICLES = words('de|da|di|del|della|der|den|van|von|ten|ter|la|le|du|dos|das|al|el|bin|ibn|bint|abu|ul|y|ben|st');

/** Connectors that may join capitalized words inside organization and place names. */
export const NAME_CONNECTORS = words('of|for|and|on|the|&');

/** Capitalized words that begin sentences and headings but are not names. */
export const STOPWORDS = words(
  'a|an|the|this|that|these|those|it|its|he|she|his|her|hers|they|their|them|we|our|us|i|you|your|my|me|him|' +
    'in|on|at|for|from|with|by|as|but|and|or|nor|if|when|while|after|before|during|since|until|although|though|' +
    'because|however|meanwhile|furthermore|moreover|also|both|each|every|all|some|many|most|other|others|such|' +
    'there|here|what|which|who|whom|whose|where|why|how|no|not|yes|regarding|according|under|over|among|between|' +
    'against|despite|through|to|of|into|upon|following|so|then|thus|yet|still|now|today|yesterday|tomorrow|last|' +
    'next|first|second|third|earlier|later|once|about|above|below|around|amid|within|without|per|via|unlike|like|' +
    'instead|indeed|overall|additionally|finally|further|besides|nevertheless|nonetheless|otherwise|therefore|' +
    'hence|accordingly|similarly|likewise|specifically|notably|particularly|separately|currently|recently|' +
    'previously|already|just|only|even|more|less|much|very|well|too|again|always|never|often|sometimes|perhaps|' +
    'maybe|can|could|will|would|shall|should|may|might|must|do|does|did|is|are|was|were|be|been|being|has|have|' +
    'had|let|please|thank|thanks|dear|hello|mr|mrs|ms|one|two|three|four|five|six|seven|eight|nine|ten|new|' +
    'read|see|watch|click|share|follow|subscribe|advertisement|photo|video|file|update|updated|breaking|exclusive|' +
    'opinion|analysis|editorial|comment|comments|related|source|sources|tags|label|category|date|search|home|' +
    'synopsis|summary|highlights|takeaways|key|note|notes|end|ok|covid|coronavirus|internet|web|mr|mrs|ms|' +
    'nobody|somebody|everybody|anybody|someone|everyone|anyone|nothing|something|everything|anything|hundreds|thousands|dozens',
);

/** Month and weekday names and their abbreviations: dates, never entities. */
export const CALENDAR_WORDS = words(
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
    'gmt|utc|est|edt|pst|pdt|cet|cest|bst|am|pm|a.m|p.m|' +
    'christmas|easter|ramadan|eid|hanukkah|diwali|thanksgiving|nowruz|passover|lent',
);

/** Common all-capital abbreviations that are not entities. */
export const NON_ENTITY_ACRONYMS = words(
  'ai|ceo|cfo|coo|cto|gdp|gnp|tv|id|it|ok|faq|pdf|url|usd|eur|gbp|jpy|krw|try|ipo|vat|hiv|aids|covid|sars|lng|lpg|tb|mou|mous|' +
    'ev|evs|co2|dna|rna|mp|mps|pm|am|gmt|utc|est|ceo|vip|diy|rss|html|www|http|https|com|org|net|usb|gps|' +
    'sms|atm|pc|ufo|ngo|ngos|phd|mba|bc|ad|r&d|esg|api|app|apps|uav|uavs|irbm|icbm|kw|mw|gw|km|kg|bpd|' +
    'gw|nb|ps|pps|yoy|qoq|eps|ebitda|gaap|ifrs|b2b|cbd|suv|ic|hq|rip|tba|tbc|asap|fyi|aka|ie|eg|etc|no|vs|ii|iii|iv|vi|vii|viii|ix|xi|xii|' +
    'lead|urgent|update|breaking|exclusive|recasts|' +
    // Classes of countries, firms and flows: "graduation from LDC", "loans to SMEs", "FDI inflows".
    'ldc|ldcs|sme|smes|msme|msmes|fdi|' +
    // Units, file kinds and parts of devices: "a 280 MB file", "MP4", "the chip's SoC", "spending on ICT".
    'kb|mb|mbps|gbps|mp3|mp4|jpg|jpeg|png|gif|pdfs|hd|uhd|soc|cpu|gpu|ssd|lte|ict',
);

/** Abbreviations after whose period a sentence does not necessarily end. */
export const ABBREVIATIONS = words(
  'mr|mrs|ms|dr|st|jr|sr|gen|col|lt|sgt|capt|adm|maj|gov|sen|rep|pres|prof|rev|cllr|no|vs|inc|corp|co|ltd|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|ave|blvd|dept|est|fig|approx|u.s|u.k|u.n|e.u',
);

/** Number words in names such as "Group of Seven". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['77', 77],
]);

/** Word classes as bits, so one lookup per token answers every membership question. */
export const enum Lex {
  Stop = 1 << 0,
  Calendar = 1 << 1,
  Title = 1 << 2,
  OrgHead = 1 << 3,
  FacilityHead = 1 << 4,
  EventHead = 1 << 5,
  ProductHead = 1 << 6,
  LocationHead = 1 << 7,
  Connector = 1 << 8,
  Particle = 1 << 9,
  OrgOpener = 1 << 10,
  LocationOpener = 1 << 11,
  NonEntityAcronym = 1 << 12,
  Locative = 1 << 13,
  LowercaseTitle = 1 << 14,
  ProductNoun = 1 << 15,
  Abbreviation = 1 << 16,
  GeneralAfter = 1 << 17,
  CorporateSuffix = 1 << 18,
  LocationNoun = 1 << 19,
  ReportingVerb = 1 << 20,
}

let flagsByWord: Map<string, number> | undefined;

/** The {@link Lex} classes of a folded word; 0 for most words. */
export function lexFlags(fold: string): number {
  if (!flagsByWord) {
    const map = new Map<string, number>();
    const mark = (set: ReadonlySet<string>, bit: Lex) => {
      for (const w of set) map.set(w, (map.get(w) ?? 0) | bit);
    };
    mark(STOPWORDS, Lex.Stop);
    mark(CALENDAR_WORDS, Lex.Calendar);
    mark(TITLE_HEADS, Lex.Title);
    mark(ORG_HEADS, Lex.OrgHead);
    mark(COMPANY_HEADS, Lex.OrgHead);
    mark(FACILITY_HEADS, Lex.FacilityHead);
    mark(EVENT_HEADS, Lex.EventHead);
    mark(PRODUCT_HEADS, Lex.ProductHead);
    mark(LOCATION_HEADS, Lex.LocationHead);
    mark(NAME_CONNECTORS, Lex.Connector);
    mark(NAME_PARTICLES, Lex.Particle);
    mark(ORG_OPENERS, Lex.OrgOpener);
    mark(LOCATION_OPENERS, Lex.LocationOpener);
    mark(NON_ENTITY_ACRONYMS, Lex.NonEntityAcronym);
    mark(LOCATIVE_PREPOSITIONS, Lex.Locative);
    mark(LOWERCASE_TITLES, Lex.LowercaseTitle);
    mark(PRODUCT_NOUNS, Lex.ProductNoun);
    mark(ABBREVIATIONS, Lex.Abbreviation);
    mark(GENERAL_AFTER, Lex.GeneralAfter);
    mark(CORPORATE_SUFFIXES, Lex.CorporateSuffix);
    mark(LOCATION_NOUNS, Lex.LocationNoun);
    mark(REPORTING_VERBS, Lex.ReportingVerb);
    flagsByWord = map;
  }
  return flagsByWord.get(fold) ?? 0;
}
