import { emit, headType, isConnector, isDigits, nameShaped, type Scan } from './entityScan';
import { nameWeekdayClubs } from './weekdayClubs';
import { gazetteer } from './gazetteer';
import { gazAt, inDateline, majorGazAt } from './gazetteerMatch';
import { isGivenName } from './givenNames';
import { type Candidate, candidateWith, resolveMentions } from './identity';
import { BANK_OPENERS, BROADCASTERS, CLUB_OPENERS, CLUB_PREFIXES, CLUB_WORDS, COMPASS_ADJECTIVES, COMPASS_WORDS, CURRENCY_WORDS, Lex, NUMBER_WORDS, PLACE_PREFIXES } from './lexicon';
import {
  amountBefore, bodyShortForms, placeLists, placeShortForms, clubShortForms, exerciseNounAfter, harmonizeGuesses, harmonizeProducts, inlineCapsLabel, innerCapital, nameCalendarWords,
  numberedFacility, productNounAfter, quotedTitle, sportsClubContext,
} from './nameEvidence';
import { beforeByline, feedPublisher, findBylines } from './bylines';
import { ampersandHalf, definedAcronym, findDefinedNames, trailingAcronyms } from './entityAcronyms';
import { linkPiece, acronymAfterArticle, afterPostNominal, climatePattern, commonWordInField, photoCreditWord, taxHead, currencyPrefix, currencyAlone, pageLabel, holidayName, ratingGrade, spelledNumber, definedTerm, honourAfterName, unitBeside, conditionHead, pluralAcronym, postNominal, stockSymbol, fundTicker, styledInstitution } from './nonNames';
import { bodyForPlace, companyAppositive, provinceAmongNames, provincesNamedAsCompanies } from './listedNames';
import { namesNew, givenStopword, honorificBefore, innerParticle, withOrdinals, isNumeral, lastCapitalized, leadingCommonWord, opensOfName, nationalityCompound, partyName, surnameHe, surnameHead } from './runParts';
import { commaListedName, joinedByAnd, MAX_AND_SIDE } from './joinedNames';
import { stormName, stormShortForms } from './stormNames';
import { fireAndRescue, fireOrService } from './fireNames';
import { unitOfParentBody } from './parentBodies';
import { joinNicknames } from './nicknames';
import { unknown } from './unknownNames';
import { nationalPlan, nationsProgramme } from './productNames';
import { modelNameAt, modelSeries } from './modelNames';
import { headingNames } from './headingNames';
import { quotedWork, workTitle } from './workTitles';
import { airlineName } from './airlineNames';
import { cityAndSaint, clubsByPlaceNoun } from './clubNames';
import { bodyThenHolder } from './bodyHolders';
import { townClubs } from './townClubs';
import { competitionLeague, sportLabel } from './sportsCompetitions';
import { realEstate } from './estateNames';
import { routeEndAfter } from './routeEnds';
import { shoutedOpeningPlaces } from './shoutedPlaces';
import { matchReportNames } from './matchReports';
import { countryBeforeGovernment } from './countryGovernments';
import { companyBeforeOfficer } from './companyMarks';
import { companiesByEvidence } from './companyEvidence';
import { routeNames } from './routeNames';
import { possessedStreet } from './possessiveRoads';
import { treatyOpens } from './treatyNames';
import { portfolioInList } from './portfolioLists';
import { placeBeforeTitle } from './placeBeforeTitle';
import { unmarkForeignWord } from './foreignNameWords';
import { CITY_RANK, cityBeforeWord, placeAsGivenName } from './cityNames';
import { acronymsWithPlus, federalTitleAfter, oceanCompany, commonWordCoast, schoolDistrict } from './bodyNames';
import { departmentBeforeRole, departmentsBeforeRole, officeAlone, qualifiersBeforeRole, ministerOfPlace, personAfterTitle, titleAt, titleInside } from './roleTitles';
import { foldMojibakePunctuation } from './mojibakePunctuation';
import { furnitureAt } from './pageFurniture';
import { stateAbbreviationAt } from './stateAbbreviations';
import { Gap, tokenize, type Token } from './tokens';
import { runEnd } from './nameRuns';
import { joinBodyOpenings } from './bodyOpenings';
import { unmarkInitial } from './nameInitials';
import { countryNamedBody, dottedLegalForm, legalFormOpens } from './companyNames';
import type { ArticleStructure, EntityMention } from './types';

// How mentions are found, in one pass over the tokens:
// 1. Runs of capitalized words (joined by spaces, hyphens, initials' points and
//    connectors such as "of", "bin") are cut at "and"/"the" unless an opener
//    ("Ministry of ...") or a head noun followed by "of" holds them together.
// 2. Each run is read left to right: a phrase ending in a head noun ("Agency",
//    "Plant", "War") takes that type; otherwise the longest gazetteer name;
//    otherwise a role title, after which the next words are a person; what is
//    left is judged by shape and neighbours (a preposition, a product noun).
// 3. Words with no evidence of their own (a sentence's first word, a title-case
//    heading) are kept only when identity.ts finds them named elsewhere in the
//    article. Capitalization says little at a sentence start or in headings,
//    so the text's own lowercase uses of a word count as evidence it is common.

/**
 * Finds entity mentions: people, organizations, places, nationalities,
 * events, facilities and products, each with a canonical entity id.
 * Offsets point into `text` as given; lookups use a folded, mojibake-repaired
 * view of each word.
 */
export function findEntities(text: string, structure: ArticleStructure): EntityMention[] {
  // Scraped text's "Japanâ€™s" is read as "Japan’s"; the repaired copy has the same offsets.
  const view = foldMojibakePunctuation(text);
  const tk = tokenize(view);
  const scan: Scan = {
    text: view,
    tk,
    t: tk.tokens,
    gaz: gazetteer(),
    out: [],
    datelinePlace: structure.dateline?.place ?? null,
    datelineSource: structure.dateline?.source ?? null,
    gazMemo: new Array(tk.tokens.length),
    defined: new Map(),
    acronyms: new Set(),
    conditions: new Set(),
    spelled: new Set(),
  };
  findDefinedNames(scan);
  nameCalendarWords(scan);
  nameWeekdayClubs(scan);
  const bylines = findBylines(scan);
  const series = modelSeries(scan);
  const t = tk.tokens;
  let i = 0;
  while (i < t.length) {
    const tok = t[i] as Token;
    // Most articles have no byline: no map lookup per token then.
    const byline = bylines.size > 0 ? bylines.get(i) : undefined;
    if (byline) {
      if (byline.type) emit(scan, i, byline.last, byline.type, 'strong');
      i = byline.last + 1;
      continue;
    }
    // Most tokens are lowercase words: no test below but the inner capital ("iPhone") applies to one.
    if (tok.lower && !(tok.text.length >= 4 && innerCapital(tok))) {
      i++;
      continue;
    }
    // "GST Council": a tax's or disease's acronym opening a body's name stays in it.
    if ((tok.upper && scan.conditions.has(tok.fold) && !(t[i + 1]?.cap && t[i + 1]?.gap === Gap.Space)) || ratingGrade(tok) || currencyPrefix(text, tok) || currencyAlone(t, i) || pageLabel(text, t, i) || officeAlone(t, i) || spelledNumber(t, i) || stockSymbol(text, t, i) || fundTicker(text, t, i) || unitBeside(text, t, i) || honourAfterName(t, i) || commonWordInField(text, t, i, tk.lowercaseWords) || acronymAfterArticle(t, i) || photoCreditWord(text, tok) || linkPiece(text, tok) || styledInstitution(t, i) || definedTerm(text, t, i)) {
      i++;
      continue;
    }
    const furniture = furnitureAt(scan, i);
    if (furniture >= i) {
      i = furniture + 1;
      continue;
    }
    const label = sportLabel(scan, i);
    if (label >= i) {
      i = label + 1;
      continue;
    }
    const climate = climatePattern(t, i);
    if (climate > 0) {
      i += climate;
      continue;
    }
    if (postNominal(text, t, i, (w) => scan.gaz.get(w.fold)?.type === 'location')) {
      i = afterPostNominal(t, i);
      continue;
    }
    const state = stateAbbreviationAt(scan, i);
    const stateEntry = state === null ? undefined : scan.gaz.get(state);
    if (stateEntry) {
      emit(scan, i, i, 'location', 'strong', stateEntry.id, stateEntry.canonical);
      const at = scan.out.length - 1;
      const c = scan.out[at] as Candidate;
      scan.out[at] = candidateWith(c, c.type, tok.end + 1);
      i++;
      continue;
    }
    // "Jan-Willem de Boer": a month's short form joined by a hyphen to a capitalized word is a given name.
    if ((tok.flags & (Lex.Calendar | Lex.Stop)) !== 0) unmarkForeignWord(t, i);
    if ((tok.flags & Lex.Stop) !== 0) unmarkInitial(t, i);
    if (!opensName(tok)) {
      if (tok.lower && tok.text.length >= 4 && innerCapital(tok)) emit(scan, i, i, tok.fold.startsWith('i') ? 'product' : 'organization', 'guess');
      i++;
      continue;
    }
    const title = Math.max(quotedTitle(scan, i), quotedWork(scan, i));
    if (title > i) {
      emit(scan, i, title, 'other', 'guess');
      i = title + 1;
      continue;
    }
    // "the Advisory, Conciliation and Arbitration Service"; "Typhoon Hagibon".
    const listed = commaListedName(scan, i);
    const storm = listed > i ? -1 : stormName(scan, i);
    if (listed > i || storm > i) {
      emit(scan, i, Math.max(listed, storm), listed > i ? 'organization' : 'event', 'strong');
      i = Math.max(listed, storm) + 1;
      continue;
    }
    const fireService = fireAndRescue(scan, i);
    if (fireService > i) {
      emit(scan, tok.fold === 'the' && tok.cap ? i + 1 : i, fireService, 'organization', 'strong');
      i = fireService + 1;
      continue;
    }
    const publisher = feedPublisher(scan, i);
    if (publisher > i) {
      emit(scan, i, publisher, 'organization', 'strong');
      i = publisher + 1;
      continue;
    }
    // "Oman Vision 2040": a country's plan and its year, not the country and a body called "Vision".
    const plan = nationalPlan(scan, i);
    if (plan > i) {
      emit(scan, i, plan, 'product', 'strong');
      i = plan + 1;
      continue;
    }
    // "Quasar 9 Gen 2", "Velo K22 5G": a series and its model number are one product, not a name cut at the number.
    const lead = tok.fold === 'the' && tok.cap ? i + 1 : i;
    const model = modelNameAt(scan, lead, series);
    if (model) {
      if (model.first > lead) classifyRun(scan, lead, model.first - 1, false);
      emit(scan, model.first, model.last, 'product', 'strong');
      i = model.last + 1;
      continue;
    }
    // "the High Court (Powers and Duties) Act 2021": a statute's title holds its bracketed words.
    const statute = bracketedStatute(scan, tok.fold === 'the' && tok.cap ? i + 1 : i);
    if (statute > i) {
      emit(scan, tok.fold === 'the' && tok.cap ? i + 1 : i, statute, 'product', 'strong');
      i = statute + 1;
      continue;
    }
    const [end, agency] = runEnd(scan, i);
    const last = beforeByline(bylines, i, end);
    if (portfolioInList(scan, i, last)) {
      i = last + 1;
      continue;
    }
    if (!inlineCapsLabel(scan, i, last) || inDateline(scan, tok)) classifyRun(scan, i, last, agency);
    i = last + 1;
  }
  joinNicknames(scan);
  headingNames(scan);
  shoutedOpeningPlaces(scan);
  harmonizeGuesses(scan);
  placeLists(scan);
  provincesNamedAsCompanies(scan);
  companiesByEvidence(scan);
  clubShortForms(scan);
  clubsByPlaceNoun(scan);
  townClubs(scan);
  matchReportNames(scan);
  routeNames(scan);
  bodyShortForms(scan);
  joinBodyOpenings(scan);
  placeShortForms(scan);
  acronymsWithPlus(scan);
  harmonizeProducts(scan);
  stormShortForms(scan);
  withOrdinals(scan);
  return resolveMentions(text, tk, scan.out, scan.datelinePlace);
}

function opensName(tok: Token): boolean {
  return tok.cap && (tok.flags & Lex.Calendar) === 0 && !pluralAcronym(tok);
}

/** Splits a run at "and"/"the" unless an opener ("Ministry of Trade and Industry") holds it together. */
function classifyRun(s: Scan, first: number, last: number, agency: boolean): void {
  // "the indie band The Hollow Crowns", "The Salt Orchard, a debut feature": "The" opens the title.
  const work = workTitle(s, first, last);
  if (work) return emit(s, first, last, work, 'strong');
  for (let k = first; k <= last && s.defined.size > 0; k++) {
    const end = s.defined.get(k);
    if (end === undefined || end > last) continue;
    // "Gross Goods and Services Tax (GST)": one word no list knows before a tax's name describes the tax.
    const taxWord = k === first + 1 && taxHead(s.t[end] as Token) && !gazAt(s, first, first);
    // "Supreme Council of the Gulf Cooperation Council (GCC)": the words that lead to the defined name end before its "of the".
    let before = k - 1;
    while (before > first && isConnector(s.t[before] as Token)) before--;
    if (k > first && !taxWord) classifyRun(s, first, before, false);
    const known = gazAt(s, k, end);
    if (known && known.last === end) emit(s, k, end, known.entry.type, 'strong', known.entry.id, known.entry.canonical);
    else if (!taxHead(s.t[end] as Token)) emit(s, k, end, nationsProgramme(s, k, end, schoolDistrict(s, end, headType(s.t[end] as Token))) ?? (exerciseNounAfter(s, end) ? 'event' : 'organization'), 'strong');
    if (end < last) classifyRun(s, end + 1, last, agency);
    return;
  }
  if (surnameHe(s, first, last)) {
    let end = first + 1;
    while (end + 1 <= last && (s.t[end + 1] as Token).gap === Gap.Hyphen) end++;
    emit(s, first, end, 'person', 'guess');
    if (end < last) classifyRun(s, end + 1, last, agency);
    return;
  }
  // "All India Anna Dravida Munnetra Kazhagam", "All India Radio": "All" and a country open a body's name.
  const all = (s.t[first] as Token).fold === 'the' ? first + 1 : first;
  const country = (s.t[all] as Token | undefined)?.fold === 'all' && all < last ? gazAt(s, all + 1, last) : null;
  if (country && country.entry.type === 'location' && !country.entry.minor && country.last < last) return emit(s, all, last, 'organization', 'strong');
  let a = first;
  while (a <= last && (isConnector(s.t[a] as Token) || (((s.t[a] as Token).flags & Lex.Stop) !== 0 && !gazAt(s, a, last) && !namesNew(s, a, last) && !definedAcronym(s, a) && !ampersandHalf(s, a, last) && !honorificBefore(s, a, last)))) a++;
  if (a > last) return;
  if (givenStopword(s, a, last)) {
    // "Will O'Rourke", "Per Berg-Lund": the surname's parts after an apostrophe or a hyphen are the surname's.
    let end = a + 1;
    while (end + 1 <= last && ((s.t[end + 1] as Token).gap === Gap.Apostrophe || (s.t[end + 1] as Token).gap === Gap.Hyphen) && (s.t[end + 1] as Token).cap) end++;
    emit(s, a, end, 'person', 'strong');
    if (end + 1 <= last) classifyRun(s, end + 1, last, agency);
    return;
  }
  if (agency) {
    emit(s, a, last, 'organization', 'strong');
    return;
  }
  let chunkStart = a;
  const opener = (k: number) => ((s.t[k] as Token).flags & (Lex.OrgOpener | Lex.LocationOpener)) !== 0 || treatyOpens(s.t, k);
  // "Chamber of Commerce and Industry": after a head noun and "of", "and" stays inside the name.
  let headOf = false;
  for (let k = a; k <= last + 1; k++) {
    const tok = s.t[k];
    if (tok && k <= last && (tok.fold === 'of' || tok.fold === 'for') && k > a && ((s.t[k - 1] as Token).flags & (Lex.OrgHead | Lex.OrgOpener | Lex.FacilityHead)) !== 0) headOf = true;
    // "Minister of Agriculture and Forestry Anna Berg": the department's "and" stays inside the title.
    // "Minister for Maritime Affairs and Investment Ann Berg": so after "for".
    if (tok && k <= last && (tok.fold === 'of' || tok.fold === 'for') && k > a && ((s.t[k - 1] as Token).flags & Lex.Title) !== 0 && !ministerOfPlace(s, k + 1, last)) headOf = true;
    const hard = tok !== undefined && k <= last && tok.lower && (tok.fold === 'and' || tok.fold === '&' || (tok.fold === 'the' && !['of', 'for'].includes((s.t[k - 1] as Token).fold)));
    // "analyst at Cowen and Co.": "and" before the "Co." that ends the run is the firm's own.
    if (hard && tok.fold === 'and' && k + 1 === last && k > chunkStart && (s.t[last] as Token).fold === 'co' && (s.t[last] as Token).cap) {
      let f = k - 1;
      while (f - 1 >= chunkStart && k - f < MAX_AND_SIDE && (s.t[f - 1] as Token).cap && !isConnector(s.t[f - 1] as Token) && (s.t[f] as Token).gap === Gap.Space) f--;
      if (f > chunkStart) segment(s, chunkStart, f - 1);
      emit(s, f, last, 'organization', 'strong');
      chunkStart = last + 1;
      break;
    }
    // "Trinidad and Tobago", "Newfoundland and Labrador": a known place whose name holds "and" is one name.
    if (hard && tok.fold === 'and' && k > chunkStart) {
      const known = gazAt(s, chunkStart, last);
      if (known && known.last > k && known.entry.type === 'location') {
        // "the Trinidad and Tobago Police Service": the place and a body's head noun after it are the body.
        const body = placeBodyEnd(s, known.last, last);
        if (body > known.last) emit(s, chunkStart, body, 'organization', 'strong');
        else emit(s, chunkStart, known.last, 'location', 'strong', known.entry.id, known.entry.canonical);
        chunkStart = Math.max(body, known.last) + 1;
        k = chunkStart - 1;
        continue;
      }
    }
    let joined = hard && !opener(chunkStart) && !headOf ? joinedByAnd(s, chunkStart, k, last) : -1;
    // "Tom and Ann Brill College of Public Policy": the joined name's head keeps its "of" phrase.
    const headLinker = joined >= 0 && joined + 2 <= last ? (s.t[joined + 1] as Token).fold : '';
    if ((headLinker === 'of' || headLinker === 'for') && ((s.t[joined] as Token).flags & (Lex.OrgHead | Lex.OrgOpener)) !== 0) joined = lastCapitalized(s, joined + 2, last);
    if (joined >= 0) {
      const line = s.tk.lines[(s.t[chunkStart] as Token).line];
      emit(s, chunkStart, joined, 'organization', line && (line.titleCase || line.allCaps) ? 'weak' : 'strong');
      chunkStart = joined + 1;
      k = joined;
      continue;
    }
    // "... Anna Berg and Minister of Energy Ivo Dal": a second role after "and" starts a new name.
    const nextRole = hard && tok.fold === 'and' && (((s.t[k + 1] as Token | undefined)?.flags ?? 0) & Lex.Title) !== 0;
    if (k > last || (hard && ((!opener(chunkStart) && !headOf) || nextRole))) {
      // "Digital Development and Transport Minister ...": the departments before "and" name no one.
      if (chunkStart < k && !(tok?.fold === 'and' && k <= last && departmentsBeforeRole(s, chunkStart, k, last))) segment(s, chunkStart, k - 1);
      chunkStart = k + 1;
      headOf = false;
    }
  }
}

/** Classifies capitalized words p..b: known names, titles and people, headed phrases, the rest. */
function segment(s: Scan, a: number, last: number): void {
  const t = s.t;
  // "(Match Report | Pics)": a link's label word closing the run is no part of a name.
  const b = last > a && pageLabel(s.text, t, last, true) ? last - 1 : last;
  // "the Coastal Guard HPU units", "CGV HPU": acronyms the article spells out, closing a run, are bodies of their own.
  const acronyms = trailingAcronyms(s, a, b);
  if (acronyms >= a) {
    if (acronyms > a) segment(s, a, acronyms - 1);
    for (let k = acronyms; k <= b; k++) segment(s, k, k);
    return;
  }
  if (holidayName(t, a, b)) return;
  // "Adria Lines S.p.A.", "Plovidba d.d.": a legal form spelled with points closes a company's whole name.
  if (b > a + 1 && (t[a] as Token).cap && ((t[a] as Token).flags & Lex.Stop) === 0 && dottedLegalForm(s, b)) {
    // "Chipmaker ASML Holding N.V. said": a common word opening the sentence is no part of it.
    const from = (t[a] as Token).sentenceStart && leadingCommonWord(s, a, b) ? a + 1 : a;
    return emit(s, from, b, 'organization', 'strong');
  }
  const line = s.tk.lines[(t[a] as Token).line];
  const heading = !!line && (line.titleCase || line.allCaps);
  // "Ministry of Foreign Affairs", "University of Tokyo", "Gulf of Mexico".
  const opener = t[a] as Token;
  // "Movement for Democratic Change": an organization's opener holds "for" as it holds "of".
  const linker = b > a + 1 ? (t[a + 1] as Token).fold : '';
  // "Transport for London", "Sport for Wales": a plain word "for" a known place names the place's body.
  if (b === a + 2 && linker === 'for' && bodyForPlace(s, a, b)) return emit(s, a, b, 'organization', heading ? 'weak' : 'strong');
  // "the Treaty of Amity and Cooperation in Southeast Asia": an agreement's whole title.
  if (b > a + 1 && treatyOpens(t, a) && (t[a + 2] as Token).cap && !gazAt(s, a, b)) return emit(s, a, b, 'event', heading ? 'weak' : 'strong');
  if (b > a + 1 && (linker === 'of' || (linker === 'for' && (opener.flags & Lex.OrgOpener) !== 0)) && !gazAt(s, a, b)) {
    if (opener.fold === 'group') {
      const n = t[a + 2] as Token;
      const count = NUMBER_WORDS.get(n.fold) ?? (isDigits(n.text) ? Number(n.text) : 0);
      if (count > 0) {
        emit(s, a, a + 2, 'organization', 'strong', `organization:g${count}`, `G${count}`);
        if (a + 3 <= b) segment(s, a + 3, b);
        return;
      }
    }
    if ((opener.flags & Lex.OrgOpener) !== 0) {
      // "the Ministry of Foreign Affairs Dr. Khalid Al-Mansouri": a title inside the run starts its holder's name.
      const holder = titleInside(s, a + 3, b);
      if (holder < 0) return emit(s, a, b, 'organization', heading ? 'weak' : 'strong');
      emit(s, a, holder - 1, 'organization', heading ? 'weak' : 'strong');
      const h = titleAt(s, holder, b);
      const next = personAfterTitle(s, h, b, !!line?.titleCase);
      if (next <= b) segment(s, next, b);
      return;
    }
    // "the Port of Rotterdam", "Port of Pecém": a port named after its place is a facility, not the place.
    if (opener.fold === 'port' && !opener.upper && b === a + 2) return emit(s, a, b, 'facility', heading ? 'weak' : 'strong');
    if ((opener.flags & Lex.LocationOpener) !== 0) return emit(s, a, b, 'location', heading ? 'weak' : 'strong');
  }
  // stop[k - a]: the first title or connector at or after k, computed right to left to stay linear.
  const stop = new Array<number>(b - a + 2);
  stop[b - a + 1] = b + 1;
  for (let k = b; k >= a; k--) stop[k - a] = titleAt(s, k, b) >= 0 || (isConnector(t[k] as Token) && !innerParticle(s, k, b)) ? k : (stop[k - a + 1] as number);
  let p = a;
  if (a < b && opener.sentenceStart && leadingCommonWord(s, a, b)) p++;
  while (p <= b) {
    const tok = t[p] as Token;
    // "The Test was drawn": a word no name is, after the sentence's opening article.
    if (isConnector(tok) || (p === a && unitBeside(s.text, t, p)) || officeAlone(t, p, true)) {
      p++;
      continue;
    }
    // A phrase ending in a type's head noun ("Korea Electric Power Corporation") wins over its parts.
    const r = Math.max(p, (stop[p - a + 1] as number) - 1);
    // "World War II", "Formula 1 Championship 2025": a trailing numeral does not hide the head noun.
    // "Pakistan Muslim League-Nawaz": a body's head noun with its faction's name hyphenated on.
    const headToken = r > p + 1 && (isNumeral(t[r] as Token) || factionAfterHead(t, r)) ? r - 1 : r;
    // "Dorran's Road", "Perrin's Lane": a street named after its owner is a facility, "Lane" no surname there.
    const head = headToken > p && possessedStreet(s.text, t, headToken) ? 'facility' : headToken > p && !line?.allCaps && !surnameHead(s, p, headToken) && !surnameAfterTitle(s, p, headToken, b) ? nationsProgramme(s, p, headToken, fireOrService(s, p, headToken, schoolDistrict(s, headToken, headType(t[headToken] as Token)))) : null;
    // "Van der Holt beat ...", "De la Cruz said": a capitalized particle and a lowercase one open a surname, not a place.
    // "Co Waterford", "Co. Cork": "Co" before a known place is its county, not a company's suffix.
    if (tok.fold === 'co' && tok.cap && !tok.upper && p < b) {
      const known = gazAt(s, p + 1, b);
      const place = t[p + 1] as Token;
      const last = known && known.entry.type === 'location' ? known.last : p + 1 === b && nameShaped(place) && !place.upper && (place.flags & Lex.CorporateSuffix) === 0 ? b : -1;
      if (last > p && place.gap !== Gap.Hyphen) {
        emit(s, p, last, 'location', heading ? 'weak' : 'strong');
        p = last + 1;
        continue;
      }
    }
    const surname = particleSurname(s, p, b);
    if (surname > p) {
      emit(s, p, surname, 'person', heading ? 'weak' : 'strong');
      p = surname + 1;
      continue;
    }
    const known = gazAt(s, p, b);
    if (known && known.entry.minor && known.last === p && p === b && productNounAfter(s, p)) {
      emit(s, p, p, 'product', 'guess');
      p++;
      continue;
    }
    // "Ann Roe of the University of Cambridge": an opener and its "of" phrase after a name are one body.
    if (p > a && opensOfName(s, p, b) && !(known && known.last > p)) {
      const end = lastCapitalized(s, p + 2, b);
      emit(s, p, end, (tok.flags & Lex.OrgOpener) !== 0 ? 'organization' : 'location', heading ? 'weak' : 'strong');
      p = end + 1;
      continue;
    }
    // "PT Vale Indonesia Tbk": a legal form opens the company's whole name.
    if (!heading && legalFormOpens(s, p, b)) {
      emit(s, p, b, 'organization', 'strong');
      p = b + 1;
      continue;
    }
    // "Bank Indonesia", "Banco Varela": "Bank", or its word in another language, before a name heads a bank's name.
    if (BANK_OPENERS.has(tok.fold) && !tok.upper && p < r && !heading && (t[p + 1] as Token).gap === Gap.Space && !(known && known.last > p)) {
      emit(s, p, r, 'organization', 'strong');
      p = r + 1;
      continue;
    }
    // "Vladimir Putin", "Florence Pugh": a city name followed by a name is a given name.
    const after = t[p + 1] as Token;
    const givenName =
      known !== null && known.last === p && p < b && !heading && nameShaped(after) && !s.tk.lowercaseWords.has(after.fold) && !majorGazAt(s, p + 1, b) &&
      ((known.entry.minor && (known.entry.rank > CITY_RANK || isGivenName(tok.fold) || !cityBeforeWord(s, p + 1))) || placeAsGivenName(s, p, known.entry));
    // "U.S. District Judge Lewis Kaplan": a place head noun before a role is part of the role.
    // "Prime Cabinet Secretary Ann Roe": "Prime" opens a role, no body; so do "Health Cabinet" and "Union" before "Secretary", "Minister".
    const roleAfterHead = (head === 'location' || tok.fold === 'prime' || (head !== null && qualifiersBeforeRole(s, p, r))) && r + 1 <= b && titleAt(s, r + 1, b) >= 0;
    // "the Brazilian Ministry of Foreign Affairs", "Danish drugmaker Bavarian Nordic": a nationality before a state's
    // department is an adjective; two nationalities in a row name a company.
    if (known && known.entry.type === 'nationality' && known.last < b && !heading) {
      const next = t[known.last + 1] as Token;
      // "the Chinese Foreign Ministry": the department's own name may stand before its head.
      if (head && (STATE_OPENERS.has(next.fold) || STATE_OPENERS.has((t[headToken] as Token).fold)) && next.gap === Gap.Space) {
        emit(s, p, known.last, 'nationality', 'strong', known.entry.id, known.entry.canonical);
        p = known.last + 1;
        continue;
      }
      const second = gazAt(s, known.last + 1, b);
      if (second && second.entry.type === 'nationality' && second.last === known.last + 1 && next.gap === Gap.Space && !head) {
        emit(s, p, second.last, 'organization', 'guess');
        p = second.last + 1;
        continue;
      }
    }
    // "Chief Human Resources Officer Ann Roe": a company's head noun inside a role that opens here names no body.
    const inRole = head !== null && titleAt(s, p, b) > headToken;
    if (head === 'organization' && countryBeforeGovernment(s, known, r, b) && known) {
      emit(s, p, known.last, known.entry.type, heading ? 'weak' : 'strong', known.entry.id, known.entry.canonical);
      p = r + 1;
      continue;
    }
    if (head && !roleAfterHead && !inRole && !(known && known.last >= r)) {
      // "Great Hall of the People", "Chamber of Commerce and Industry".
      // "the Senate Committee on Foreign Relations": a body's "on" phrase names its field.
      const linkWord = r + 2 <= b ? (t[r + 1] as Token).fold : '';
      const extend = (linkWord === 'of' || linkWord === 'for' || (linkWord === 'on' && head === 'organization')) && titleAt(s, r + 2, b) < 0;
      let end = extend ? lastCapitalized(s, r + 2, b) : r;
      // "... on War against Want": the cause after "against" stays in the body's name.
      if (extend && end + 2 <= b && (t[end + 1] as Token).fold === 'against' && (t[end + 2] as Token).cap) end = lastCapitalized(s, end + 2, b);
      // "will face Coventry City": a city and "City" in a match is a club.
      const club = head === 'location' && end === p + 1 && (t[end] as Token).fold === 'city' && known?.entry.minor === true && sportsClubContext(s, p, end, true);
      if (extend && head === 'organization' && unitOfParentBody(s, p, r, r + 3, end)) {
        emit(s, p, r, 'organization', heading ? 'weak' : 'strong');
        p = r + 3;
        continue;
      }
      // "Nigeria Centre for Disease Control": a centre "for" a cause is a body, not a building.
      const body = head === 'facility' && extend && (t[r + 1] as Token).fold === 'for' && ((t[r] as Token).flags & Lex.OrgOpener) !== 0;
      // "Hanwha Ocean": the oceans are all known, so a word no list knows and "Ocean" is a company.
      const company = (head === 'location' && end === p + 1 && !known && (oceanCompany(s, p) || commonWordCoast(s, p))) || (head === 'location' && realEstate(s, r));
      // "a service at the Mwangaza Memorial Church": a church one is at or in is the building, not the body.
      const building = head === 'organization' && end === r && (t[r] as Token).fold === 'church' && sitedAfter(s, p);
      emit(s, p, end, building ? 'facility' : club || body || company ? 'organization' : competitionLeague(s, p, end) ? 'event' : head, heading ? 'weak' : 'strong');
      p = end + 1;
      continue;
    }
    // "the Varna 12-4 oilfield": a place and a number before a facility noun name the facility, not a club's score.
    const numbered = known && known.last === b ? numberedFacility(s, b) : -1;
    if (numbered > b) {
      emit(s, p, numbered, 'facility', 'guess');
      p = b + 1;
      continue;
    }
    // "Manchester United", "Bristol Rovers": a place and a club word name a club.
    if (known && known.entry.type === 'location' && known.last < b && CLUB_WORDS.has((t[known.last + 1] as Token).fold) && (t[known.last + 1] as Token).gap === Gap.Space) {
      emit(s, p, known.last + 1, 'organization', 'strong');
      p = known.last + 2;
      continue;
    }
    // "FC Varna", "AC Milan": a club's abbreviation opens its name.
    if (p < r && tok.upper && CLUB_PREFIXES.has(tok.fold) && (t[p + 1] as Token).gap === Gap.Space) {
      const end = Math.min(r, p + 3);
      emit(s, p, end, 'organization', 'strong');
      p = end + 1;
      continue;
    }
    // "Real Madrid", "Dynamo Kyiv": a club's opening word in another language before a city or a name.
    const clubName = clubOpener(s, p, b);
    if (clubName > p) {
      emit(s, p, clubName, 'organization', heading ? 'weak' : 'strong');
      p = clubName + 1;
      continue;
    }
    // "Lake Naivasha", "Mount Elgon": a natural feature's word before an unknown name opens a place.
    if (!known && p < r && PLACE_PREFIXES.has(tok.fold) && !tok.upper && (t[p + 1] as Token).gap === Gap.Space && nameShaped(t[p + 1] as Token)) {
      const end = Math.min(r, p + 2);
      emit(s, p, end, 'location', heading ? 'weak' : 'strong');
      p = end + 1;
      continue;
    }
    // "Operation Tundra", "Operation Sindoor": a named operation is an event.
    if (tok.fold === 'operation' && !tok.upper && p < r && (t[p + 1] as Token).gap === Gap.Space && (t[p + 1] as Token).cap) {
      const end = Math.min(r, p + 3);
      emit(s, p, end, 'event', heading ? 'weak' : 'strong');
      p = end + 1;
      continue;
    }
    // "Channel 4", "Channel 12": a channel and its number are a broadcaster.
    if (tok.fold === 'channel' && p < b && isDigits((t[p + 1] as Token).text) && (t[p + 1] as Token).gap === Gap.Space) {
      emit(s, p, p + 1, 'organization', heading ? 'weak' : 'strong');
      p += 2;
      continue;
    }
    // "BBC Radio Scotland", "BBC Film": a broadcaster's initials open the name of its channel or arm.
    if (tok.upper && BROADCASTERS.has(tok.fold) && p < r && (t[p + 1] as Token).gap === Gap.Space && !(t[p + 1] as Token).upper && !gazAt(s, p + 1, p + 1)?.entry.minor) {
      const end = Math.min(r, p + 2);
      emit(s, p, end, 'organization', heading ? 'weak' : 'strong');
      p = end + 1;
      continue;
    }
    // "North Varnia", "West African", "Southern Varnia": a compass word before a place or nationality is part of it.
    if (!known && p < b && (COMPASS_WORDS.has(tok.fold) || COMPASS_ADJECTIVES.has(tok.fold)) && (t[p + 1] as Token).gap === Gap.Space) {
      const place = gazAt(s, p + 1, b);
      if (place && (place.entry.type === 'location' || place.entry.type === 'nationality')) {
        // "Southern Varnia Edison": a region and a word no list knows, closing the run, name a company.
        const body = place.entry.type === 'location' && place.last + 1 === b && !heading && regionBody(s, b);
        emit(s, p, body ? b : place.last, body ? 'organization' : place.entry.type, body ? 'guess' : 'strong');
        p = (body ? b : place.last) + 1;
        continue;
      }
    }
    // "Paris Saint-Germain", "Air New Zealand": a club or an airline, not the place.
    const club = Math.max(cityAndSaint(s, p, b, known), known ? -1 : airlineName(s, p, b));
    if (club > p) {
      emit(s, p, club, 'organization', heading ? 'weak' : 'strong');
      p = club + 1;
      continue;
    }
    // "Greater China", "Greater London": one region.
    if (tok.fold === 'greater' && p < b && !heading) {
      const place = gazAt(s, p + 1, b);
      if (place && place.entry.type === 'location') {
        emit(s, p, place.last, 'location', 'strong');
        p = place.last + 1;
        continue;
      }
    }
    // "Manchester United beat Liverpool 4-3", "Liverpool coach Jurgen Klopp".
    if (known && known.entry.minor && known.entry.type === 'location' && !givenName && sportsClubContext(s, p, known.last, true)) {
      emit(s, p, known.last, 'organization', 'strong');
      p = known.last + 1;
      continue;
    }
    // "5 billion Saudi Riyals": a nationality and a currency name an amount of money, no entity.
    if (known && known.entry.type === 'nationality' && known.last < b && CURRENCY_WORDS.has((t[known.last + 1] as Token).fold)) {
      p = known.last + 2;
      continue;
    }
    // "480 million yuan (70 million U.S. dollars)": an amount, a country and its currency are money, no entity.
    const currency = t[b + 1];
    if (known && known.entry.type === 'location' && known.last === b && currency && currency.start - (t[b] as Token).end <= 2 && currency.lower && CURRENCY_WORDS.has(currency.fold) && amountBefore(s, p)) {
      p = b + 1;
      continue;
    }
    // "Saudi Aramco", "Bavarian Nordic": a nationality before a name no list knows opens a company's name.
    const after2 = known && known.entry.type === 'nationality' && known.last < b && !heading ? nationalityCompound(s, known.last + 1, b) : null;
    if (after2) {
      emit(s, p, after2.last, after2.type, 'guess');
      p = after2.last + 1;
      continue;
    }
    // "U.S. Attorney Ann Roe": the federal prosecutor's title, not the country.
    if (known && known.entry.type === 'location' && federalTitleAfter(s, known.last + 1)) {
      p = known.last + 1;
      continue;
    }
    // "London Underground", "Kyiv Independent": a city and a word no list knows, closing the run, name a body.
    if (known && !givenName && known.last === p && p + 1 === b && known.entry.type === 'location' && known.entry.minor && known.entry.rank <= CITY_RANK && !heading && cityBeforeWord(s, p + 1) && nameShaped(t[b] as Token) && (t[b] as Token).flags === 0 && !gazAt(s, b, b) && !s.tk.lowercaseWords.has((t[b] as Token).fold)) {
      emit(s, p, b, routeEndAfter(s, p) ? 'location' : 'organization', 'guess');
      p = b + 1;
      continue;
    }
    // "Apple, Meta and Nvidia": a province listed with names no list knows as places is a company's name.
    if (known && !givenName && known.last === p && (provinceAmongNames(s, p) || companyAppositive(s, p))) {
      emit(s, p, p, 'organization', 'guess');
      p++;
      continue;
    }
    // "MTN Nigeria", "Greenpeace Indonesia": a known body and a country closing the run are its arm there.
    const arm = known && known.entry.type === 'organization' && !heading && known.last < b ? countryNamedBody(s, p, known.last, b, true) : -1;
    if (arm > p) {
      emit(s, p, arm, 'organization', 'strong');
      p = arm + 1;
      continue;
    }
    if (known && !givenName) {
      emit(s, p, known.last, known.entry.type, 'strong', known.entry.id, known.entry.canonical);
      p = known.last + 1;
      continue;
    }
    // Only "g…" words are read by the pattern: it runs for every unknown capitalized word.
    const g = tok.fold.charCodeAt(0) === 0x67 ? /^g(\d{1,2})$/.exec(tok.fold) : null;
    if (g || (tok.fold === 'g' && p < b && isDigits((t[p + 1] as Token).text))) {
      const last = g ? p : p + 1;
      const count = g ? g[1] : (t[p + 1] as Token).text;
      emit(s, p, last, 'organization', 'strong', `organization:g${Number(count)}`, `G${Number(count)}`);
      p = last + 1;
      continue;
    }
    const party = partyName(s, p, b, known !== null);
    if (party > p) {
      emit(s, p, party, 'organization', heading ? 'weak' : 'strong');
      p = party + 1;
      continue;
    }
    const h = titleAt(s, p, b);
    if (h >= 0) {
      p = personAfterTitle(s, h, b, !!line?.titleCase);
      continue;
    }
    // Unknown words up to the next known name or title.
    let q = p;
    // A city that is also a surname ("Morgan Stanley", "Jackson") continues an unknown name.
    while (q + 1 <= b && (stop[q + 1 - a] as number) > q + 1 && !majorGazAt(s, q + 1, b)) q++;
    const named = heading || q >= b ? -1 : countryNamedBody(s, p, q, b, false);
    if (named > q) {
      emit(s, p, named, 'organization', 'guess');
      p = named + 1;
      continue;
    }
    const before = t[q + 1];
    const rolePrefix = before !== undefined && q + 1 <= b && titleAt(s, q + 1, b) >= 0;
    if (rolePrefix && !heading && placeBeforeTitle(s, p, q)) {
      emit(s, p, q, 'location', 'guess');
      p = q + 1;
      continue;
    }
    // "Dorvik CEO Ann Roe", "Kelvane Chairman and CEO": words no list knows before a company's officer are the company.
    const company = heading ? -1 : companyBeforeOfficer(s, p, q);
    if (company >= p) {
      emit(s, p, company, 'organization', 'guess');
      p = company + 1;
      continue;
    }
    // "CIA Director William Burns": an acronym before a role is the role's organization.
    if ((!rolePrefix || (((t[q] as Token).flags & Lex.OrgHead) !== 0 && tok.fold !== 'prime' && !(p === q && departmentBeforeRole(tok)) && !qualifiersBeforeRole(s, p, q)) || (p === q && tok.upper && !heading)) && !conditionHead(t[q] as Token) && !taxHead(t[q] as Token) && !bodyThenHolder(s, p, q, heading)) unknown(s, p, q, heading);
    p = q + 1;
  }
}

/** Prepositions that site something in a building: "at the ... Church", "inside the ... Church". */
const SITE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside']);

/** "at the", "in" (and "the") just before token p. */
function sitedAfter(s: Scan, p: number): boolean {
  const the = s.t[p - 1];
  const at = the?.fold === 'the' && the.lower ? s.t[p - 2] : the;
  return !!at && at.lower && SITE_PREPOSITIONS.has(at.fold);
}

/** Most words between a place and the head noun of a body named after it ("Police Service", "Defence Force"). */
const MAX_PLACE_BODY_WORDS = 3;

/** "Trinidad and Tobago Police Service": the last token of capitalized words after the place (ending at `place`) closed by a body's head noun, or -1. */
function placeBodyEnd(s: Scan, place: number, last: number): number {
  let end = -1;
  for (let j = place + 1; j <= last && j - place <= MAX_PLACE_BODY_WORDS; j++) {
    const w = s.t[j] as Token;
    if (!w.cap || w.upper || w.gap !== Gap.Space) break;
    if ((w.flags & Lex.OrgHead) !== 0) end = j;
  }
  return end;
}

/** "Southern Varnia Edison": after a region, a name-shaped word no list knows and the text never writes in lowercase. */
function regionBody(s: Scan, k: number): boolean {
  const w = s.t[k] as Token;
  return cityBeforeWord(s, k) && nameShaped(w) && w.flags === 0 && !gazAt(s, k, k) && !s.tk.lowercaseWords.has(w.fold);
}

/** Head words of statutes and their instruments ("Act", "Ordinance"). */
const STATUTE_HEADS = new Set(['act', 'bill', 'ordinance', 'code', 'regulations', 'rules', 'order', 'law']);
/** Most words before a statute's bracket and inside it. */
const MAX_STATUTE_WORDS = 8;

/**
 * "Supreme Court (Practice and Procedure) Act 2023", "Companies (Amendment) Bill": capitalized words, a bracket
 * of capitalized words (and "and", "of"), then a statute's head word and its year; the last token, or -1.
 */
function bracketedStatute(s: Scan, i: number): number {
  const t = s.t;
  let j = i;
  const first = t[i];
  if (!first || !first.cap) return -1;
  while (j + 1 < t.length && j - i < MAX_STATUTE_WORDS && (t[j + 1] as Token).gap === Gap.Space && ((t[j + 1] as Token).cap || isConnector(t[j + 1] as Token))) j++;
  const open = t[j + 1];
  if (!(t[j] as Token).cap || !open || !open.cap || open.start !== (t[j] as Token).end + 2 || s.text.charCodeAt((t[j] as Token).end + 1) !== 0x28) return -1;
  let k = j + 1;
  while (k + 1 < t.length && k - j < MAX_STATUTE_WORDS && (t[k + 1] as Token).gap === Gap.Space && ((t[k + 1] as Token).cap || isConnector(t[k + 1] as Token))) k++;
  const head = t[k + 1];
  if (!(t[k] as Token).cap || !head || !head.cap || head.upper || !STATUTE_HEADS.has(head.fold) || head.start !== (t[k] as Token).end + 2 || s.text.charCodeAt((t[k] as Token).end) !== 0x29) return -1;
  const year = t[k + 2];
  return year && year.gap === Gap.Space && /^\d{4}$/.test(year.text) ? k + 2 : k + 1;
}

/**
 * "Real Madrid", "Olympique Lyon", "Dynamo Kyiv": the last token of a club named by an opening word of another
 * language and a city or a name, or -1. "Real" is an English word too: only before a place the lists know or in
 * a match ("lost to Real Varna 2-1").
 */
function clubOpener(s: Scan, p: number, b: number): number {
  const tok = s.t[p] as Token;
  const next = s.t[p + 1];
  if (p >= b || tok.upper || !CLUB_OPENERS.has(tok.fold) || !next || next.gap !== Gap.Space || !nameShaped(next) || next.upper) return -1;
  const place = gazAt(s, p + 1, b);
  if (place && place.entry.type === 'location') return place.last;
  if (place || (next.flags & (Lex.Title | Lex.Stop | Lex.Calendar)) !== 0 || isGivenName(next.fold)) return -1;
  return tok.fold !== 'real' || sportsClubContext(s, p, p + 1, true) ? p + 1 : -1;
}

/** "League-Nawaz", "Party-Sharif": a capitalized name hyphenated to a body's head noun. */
function factionAfterHead(t: readonly Token[], r: number): boolean {
  const tok = t[r] as Token;
  return tok.gap === Gap.Hyphen && tok.cap && !tok.upper && ((t[r - 1] as Token).flags & Lex.OrgHead) !== 0;
}

/** A state's departments that a nationality before them only describes: "the Brazilian Ministry of Foreign Affairs". */
const STATE_OPENERS = new Set(['ministry', 'embassy', 'department']);

/** Particles that open a surname when capitalized, and those that follow them in lowercase ("Van der", "De la"). */
const SURNAME_OPENERS = new Set(['van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'ten', 'ter', 'dos', 'das']);
const SURNAME_INNER = new Set(['de', 'der', 'den', 'la', 'le', 'los', 'las', 'da', 'di', 'du', 'des', 'do', 'dos', 'van', 'von']);

/** The last token of a surname opened at p by a capitalized particle and a lowercase one ("Van der Holt"), or -1. */
function particleSurname(s: Scan, p: number, b: number): number {
  if (p + 2 > b) return -1;
  const tok = s.t[p] as Token;
  const mid = s.t[p + 1] as Token;
  const name = s.t[p + 2] as Token;
  if (!tok.cap || tok.upper || !SURNAME_OPENERS.has(tok.fold)) return -1;
  if (mid.gap !== Gap.Space || !mid.lower || !SURNAME_INNER.has(mid.fold)) return -1;
  if (name.gap !== Gap.Space || !nameShaped(name) || name.upper || titleAt(s, p + 2, b) >= 0) return -1;
  return p + 2;
}

/** Titles that do open places' names ("King Park", "Queen Hall"): a royal's or a saint's. */
const PLACE_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'saint', 'st', 'lady', 'duke', 'duchess']);

/**
 * "Minister Park", "FM Park", "Senator Hall": an officeholder's title and one word ending the run name the
 * holder by surname; the word is no facility's head noun then.
 */
function surnameAfterTitle(s: Scan, p: number, head: number, b: number): boolean {
  const word = s.t[head] as Token;
  if (head !== b || word.upper || (word.flags & Lex.FacilityHead) === 0 || (word.flags & Lex.OrgHead) !== 0) return false;
  if (PLACE_TITLES.has((s.t[p] as Token).fold) || titleAt(s, p, b) !== head - 1) return false;
  // "Minister Park Station": only where nothing after the word goes on the name.
  const next = s.t[head + 1];
  return !next || next.gap !== Gap.Space || !next.cap;
}
