/**
 * Hand-kept names the country and city packages do not carry: world regions,
 * common English exonyms and abbreviations, and well-known international
 * organizations. Each row is a canonical name followed by its aliases.
 */

/** Regions, seas and disputed or sub-national areas news refers to by name. */
export const REGIONS: readonly (readonly string[])[] = [
  ['Europe'], ['Asia'], ['Africa'], ['Americas'], ['Oceania'], ['Antarctica'], ['Arctic'],
  ['North America'], ['South America'], ['Latin America'], ['Central America'], ['Caribbean'],
  ['Middle East', 'Mideast'], ['Near East'], ['Far East'], ['Eurasia'], ['Indo-Pacific', 'Indo Pacific'],
  ['Asia-Pacific', 'Asia Pacific'], ['Southeast Asia', 'South-East Asia'], ['South Asia'], ['East Asia'],
  ['Central Asia'], ['West Asia'], ['Northeast Asia'], ['Western Europe'], ['Eastern Europe'], ['Central Europe'],
  ['Northern Europe'], ['Southern Europe'], ['Balkans'], ['Western Balkans'], ['Caucasus'], ['South Caucasus'],
  ['Scandinavia'], ['Persian Gulf'], ['Gulf of Mexico'], ['Gulf of Aden'], ['Gulf of Oman'], ['Arabian Peninsula'], ['Korean Peninsula'], ['Horn of Africa'],
  ['Sahel'], ['Sub-Saharan Africa'], ['North Africa'], ['West Africa'], ['East Africa'], ['Southern Africa'],
  ['Central Africa'], ['Maghreb'], ['Levant'], ['Mediterranean'], ['Black Sea'], ['Caspian Sea'], ['Red Sea'],
  ['Baltic Sea'], ['North Sea'], ['Aegean Sea', 'Aegean'], ['South China Sea'], ['East China Sea'], ['Sea of Japan'],
  ['Taiwan Strait'], ['Strait of Hormuz'], ['Bosphorus'], ['Suez Canal'], ['Pacific', 'Pacific Ocean'],
  ['Atlantic', 'Atlantic Ocean'], ['Indian Ocean'], ['Baltics', 'Baltic states'], ['Siberia'], ['Crimea'],
  ['Donbas', 'Donbass'], ['Kashmir'], ['Gaza', 'Gaza Strip'], ['West Bank'], ['Golan Heights'], ['Kurdistan'],
  ['Tibet'], ['Xinjiang'], ['Sinai'], ['Anatolia'], ['Himalayas'], ['Alps'], ['Amazon'], ['Silicon Valley'], ['Wall Street'],
  ['Northern Ireland'], ['England'], ['Scotland'], ['Wales'], ['Catalonia'], ['Basque Country'], ['Chechnya'],
  ['Nagorno-Karabakh', 'Karabakh'], ['Transnistria'], ['Abkhazia'], ['South Ossetia'], ['Darfur'], ['Punjab'],
  ['Bavaria'], ['Quebec'], ['California'], ['Texas'], ['Florida'], ['Hawaii'], ['Alaska'], ['Jeju', 'Jeju Island'],
  ['Okinawa'], ['Hokkaido'], ['Kyushu'], ['Mindanao'], ['Borneo'], ['Sumatra'], ['Java'], ['Bali'],
  // Deserts, ranges, rivers and regions news names alone, often before a verb ("the Ruhr lost jobs"), where nothing else says they are places.
  ['Sahara', 'Sahara Desert'], ['Kalahari', 'Kalahari Desert'], ['Gobi', 'Gobi Desert'], ['Negev'], ['Galilee'], ['Ruhr', 'Ruhr Valley'], ['Patagonia'],
  ['Andes'], ['Rockies', 'Rocky Mountains'], ['Appalachia'], ['Midwest'], ['Great Plains'], ['Pacific Northwest'], ['East Anglia'],
  ['Tuscany'], ['Provence'], ['Normandy'], ['Lombardy'], ['Andalusia'], ['Sindh'], ['Balochistan'],
  ['Nile'], ['Danube'], ['Rhine'], ['Mekong'], ['Yangtze'], ['Ganges'],
  // Canadian provinces and territories as Canadian papers abbreviate them, standing alone ("across B.C.").
  ['British Columbia', 'B.C.'], ['Newfoundland and Labrador', 'N.L.'], ['Nova Scotia', 'N.S.'], ['New Brunswick', 'N.B.'],
  ['Prince Edward Island', 'P.E.I.'], ['Northwest Territories', 'N.W.T.'],
  ['The Hague'], ['Soviet Union', 'USSR', 'U.S.S.R.'], ['Yugoslavia'], ['Czechoslovakia'], ['East Germany'], ['West Germany'], ['Ottoman Empire'], ['Washington', 'Washington D.C.', 'Washington, D.C.', 'Washington DC'], ['New York', 'New York City', 'NYC'],
];

/** Demonyms of regions: the adjective points at the region. */
export const REGION_DEMONYMS: readonly (readonly [string, string])[] = [
  ['European', 'Europe'], ['Asian', 'Asia'], ['African', 'Africa'], ['Eurasian', 'Eurasia'],
  ['Middle Eastern', 'Middle East'], ['Latin American', 'Latin America'], ['North American', 'North America'],
  ['South American', 'South America'], ['Central Asian', 'Central Asia'], ['Southeast Asian', 'Southeast Asia'],
  ['East Asian', 'East Asia'], ['Scandinavian', 'Scandinavia'], ['Balkan', 'Balkans'], ['Caucasian', 'Caucasus'],
  ['Kurdish', 'Kurdistan'],
  ['Tibetan', 'Tibet'], ['Crimean', 'Crimea'], ['Kashmiri', 'Kashmir'], ['Gazan', 'Gaza'], ['Anatolian', 'Anatolia'],
  ['Scottish', 'Scotland'], ['Welsh', 'Wales'], ['English', 'England'], ['Catalan', 'Catalonia'], ['Texan', 'Texas'],
  ['Californian', 'California'], ['Bavarian', 'Bavaria'], ['Siberian', 'Siberia'], ['Baltic', 'Baltics'],
  ['Nordic', 'Scandinavia'],
];

/**
 * Exonyms, short forms and abbreviations by ISO alpha-3 code, beyond what
 * the country package lists ("Turkey" for Türkiye, "Korea" for South Korea).
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  TUR: ['Turkey', 'Turkiye', 'Türkiye', 'Republic of Turkey'],
  KOR: ['Korea', 'S. Korea', 'S.Korea', 'ROK', 'Republic of Korea', 'South Korea'],
  PRK: ['N. Korea', 'N.Korea', 'DPRK', 'North Korea'],
  USA: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States', 'United States of America', 'the States'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  ARE: ['UAE', 'U.A.E.', 'Emirates', 'United Arab Emirates'],
  CHN: ['PRC', 'Mainland China'],
  RUS: ['Russia', 'Russian Federation'],
  IRN: ['Iran', 'Islamic Republic of Iran'],
  SYR: ['Syria'],
  VNM: ['Vietnam', 'Viet Nam'],
  LAO: ['Laos'],
  CIV: ['Ivory Coast', "Cote d'Ivoire", "Côte d'Ivoire"],
  CZE: ['Czech Republic', 'Czechia'],
  MMR: ['Burma', 'Myanmar'],
  MKD: ['Macedonia', 'North Macedonia'],
  COD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  COG: ['Republic of Congo', 'Congo-Brazzaville'],
  NLD: ['Holland', 'Netherlands', 'The Netherlands'],
  VAT: ['Vatican', 'Holy See', 'Vatican City'],
  PSE: ['Palestine', 'Palestinian territories'],
  TWN: ['Taiwan'],
  SWZ: ['Swaziland', 'Eswatini'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['East Timor', 'Timor-Leste'],
  BIH: ['Bosnia'],
  SAU: ['Saudi Arabia', 'KSA'],
  ZAF: ['S. Africa'],
};

/** Demonyms the country package lacks or lists differently, by alpha-3 code. */
export const COUNTRY_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  KOR: ['Korean', 'S. Korean', 'South Korean'],
  PRK: ['North Korean', 'N. Korean'],
  USA: ['American'],
  GBR: ['British'],
  TUR: ['Turkish'],
  NLD: ['Dutch'],
  ARE: ['Emirati'],
  SAU: ['Saudi'],
  PSE: ['Palestinian'],
  ISR: ['Israeli'],
  PHL: ['Filipino', 'Philippine'],
  CHE: ['Swiss'],
  BIH: ['Bosnian'],
  AZE: ['Azerbaijani', 'Azeri'],
};

/** Well-known international organizations: canonical name, then aliases. */
export const ORGANIZATIONS: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'Security Council', 'UNSC', 'U.N. Security Council'],
  ['UN General Assembly', 'General Assembly', 'UNGA'],
  ['European Union', 'EU', 'E.U.'],
  ['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Treaty Organisation', 'OTAN'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['African Union', 'AU'],
  ['Gulf Cooperation Council', 'GCC'],
  ['Arab League', 'League of Arab States'],
  ['Organisation for Economic Co-operation and Development', 'OECD', 'Organization for Economic Cooperation and Development'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'],
  ['BRICS'],
  ['Asia-Pacific Economic Cooperation', 'APEC'],
  ['Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'],
  ['European Commission'],
  ['European Parliament'],
  ['European Central Bank', 'ECB'],
  ['Federal Reserve', 'Fed', 'US Federal Reserve'],
  ['UNESCO'], ['UNICEF'], ['UNHCR', 'UN High Commissioner for Refugees', 'United Nations High Commissioner for Refugees', 'UN Refugee Agency', 'UN refugee agency'], ['UNRWA'], ['World Food Programme', 'WFP'], ['Food and Agriculture Organization', 'FAO'],
  ['International Labour Organization', 'ILO', 'International Labor Organization'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['Interpol'], ['Hamas'], ['Hezbollah'], ['Taliban'], ['Houthis', 'Houthi'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['Council of Europe'],
  ['Commonwealth of Independent States', 'CIS'],
  ['Pentagon'], ['Kremlin'], ['White House'], ['Congress', 'US Congress', 'U.S. Congress'],
  ['Human Rights Watch', 'HRW'], ['Amnesty International'], ['Doctors Without Borders', 'Medecins Sans Frontieres', 'Médecins Sans Frontières', 'MSF'],
  ['Agence France-Presse', 'AFP', 'Agence France Presse'], ['Associated Press', 'AP'], ['Reuters'], ['Xinhua News Agency', 'Xinhua'],
  ['Yonhap News Agency', 'Yonhap'], ['Press Trust of India', 'PTI'], ['Kuwait News Agency', 'KUNA'], ['Kyodo', 'Kyodo News'], ['TASS'],
  ['Deutsche Presse-Agentur', 'DPA'], ['ANSA'], ['United Press International', 'UPI'], ['Bernama'], ['Emirates News Agency', 'WAM'],
  ['Indo-Asian News Service', 'IANS'], ['Asian News International', 'ANI'], ['GlobeNewswire', 'Globe Newswire'], ['PR Newswire'], ['Business Wire'],
  ['Anadolu Agency', 'Anadolu'], ['Thomson Reuters'], ['Bloomberg News', 'Bloomberg'], ['Al Jazeera'], ['BBC'], ['CNN'], ['Interfax'], ['RIA Novosti'],
  ['Islamic Republic News Agency', 'IRNA'], ['Saudi Press Agency'], ['Qatar News Agency', 'QNA'], ['Korean Central News Agency', 'KCNA'], ['Jiji Press'], ['NHK'],
  ['Antara'], ['Vietnam News Agency'], ['Philippine News Agency'], ['Prensa Latina'], ['Agencia EFE'], ['Ukrinform'], ['Tanjug'], ['Azertac'], ['Armenpress'],
  ['Associated Press of Pakistan', 'APP'], ["Moody's", "Moody's Ratings", "Moody's Investors Service"], ['Fitch Ratings', 'Fitch'], ['S&P Global Ratings', 'S&P Global', "Standard & Poor's"],
  ['Greenpeace'], ['Transparency International'], ['Reporters Without Borders', 'RSF'], ['Oxfam'], ['Save the Children'],
];

/** Stock market indices and benchmarks markets copy names like companies: the name and its short forms. */
export const MARKET_INDICES: readonly (readonly string[])[] = [
  ['Sensex', 'S&P BSE Sensex'], ['Nifty 50', 'Nifty'], ['Nikkei 225', 'Nikkei'], ['Hang Seng', 'Hang Seng Index'], ['Topix'], ['KOSPI'],
  ['Shanghai Composite', 'Shanghai Composite Index'], ['Taiex'], ['Straits Times Index'], ['Jakarta Composite Index'], ['S&P/ASX 200', 'ASX 200'],
  ['STOXX 600', 'STOXX Europe 600', 'Stoxx Europe 600'], ['Euro STOXX 50', 'Euro Stoxx 50'], ['FTSE 100'], ['FTSE 250'], ['DAX'], ['CAC 40'],
  ['S&P 500'], ['Dow Jones Industrial Average'], ['Nasdaq Composite'], ['Russell 2000'], ['S&P/TSX Composite'], ['Ibovespa', 'Bovespa'],
  ['VIX'], ['India VIX'],
];

/** Events best known by a short form: the form and its aliases. */
export const EVENTS: readonly (readonly string[])[] = [
  ['World War II', 'Second World War', 'WWII', 'WW2'], ['World War I', 'First World War', 'WWI', 'WW1'],
];

/** Provinces the city data lacks or knows by an old name ("Orissa", "Uttaranchal"): India's newer and most-named states, Oman's governorates. */
export const PROVINCES: readonly string[] = [
  'Gujarat', 'Telangana', 'Odisha', 'Uttarakhand', 'Ladakh',
  'Al Wusta', 'Al Buraimi', 'Musandam', 'Al Batinah', 'Al Dhahirah', 'Ad Dakhiliyah',
];

/** Religious, ethnic and political groups: nationality-like adjectives and plurals with no country. */
export const GROUPS: readonly (readonly string[])[] = [
  ['Muslim', 'Muslims'], ['Christian', 'Christians'], ['Jewish', 'Jew', 'Jews'], ['Arab', 'Arabs'], ['Kurds', 'Kurd'],
  ['Sunni', 'Sunnis'], ['Shiite', 'Shiites', 'Shia', "Shi'ite"], ['Catholic', 'Catholics'], ['Orthodox'], ['Protestant', 'Protestants'],
  ['Buddhist', 'Buddhists'], ['Hindu', 'Hindus'], ['Sikh', 'Sikhs'], ['Jain', 'Jains'], ['Alawite', 'Alawites'], ['Druze'], ['Yazidi', 'Yazidis'], ['Uyghur', 'Uyghurs', 'Uighur', 'Uighurs'],
  ['Rohingya'], ['Pashtun', 'Pashtuns'], ['Democrat', 'Democrats'], ['Republican', 'Republicans'], ['Conservative', 'Conservatives'],
  ['Europeans'], ['Africans'], ['Asians'], ['Latinos', 'Latino', 'Hispanic', 'Hispanics'], ['Turks'], ['Kurdish'],
];
