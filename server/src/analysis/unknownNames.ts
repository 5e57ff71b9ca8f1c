import { MINISTER_PORTFOLIO_WORDS } from './speakerWords';
import { pluralRole, qualifiersBeforeRole } from './roleTitles';
import { emit, generationNumeral, isDigits, nameShaped, type Scan } from './entityScan';
import { gazAt, inDateline } from './gazetteerMatch';
import { isGivenName } from './givenNames';
import { BANK_OPENERS, COMPASS_ADJECTIVES, COMPASS_WORDS, KIN_WORDS, Lex, lexFlags } from './lexicon';
import {
  ampersandAcronym, ampersandBetween, ampersandInside, companyShaped, coordinatedWithPlace, exerciseNounAfter, genericHeadAlone, isLabel, numberedFacility,
  organizationContext, PLACE_PLURALS, photoCredit, placeBefore, platformLetter, productNounAfter, productNounBefore, pronounAfter, itsAfter, quoted, sportsClubContext,
} from './nameEvidence';
import { definedAcronym } from './entityAcronyms';
import { companyAppositive } from './listedNames';
import { adjectiveBeforeNoun, ageAppositive } from './nonNames';
import { beforeItsRegion, shoutedName } from './runParts';
import { designationAfterHyphen, modelCode } from './productNames';
import { PREPOSITION_PARTICIPLES } from './companyNames';
import { scorecardName } from './scorecards';
import {
  placeAfterAt, placeAfterPlaceComma, placeAfterThe, placeBeforeAddress, placeBeforePoliceStation, placeOfAgedPerson, placeOpeningSentence,
} from './placeAfterPreposition';
import { Gap, type Token } from './tokens';
import { dottedLegalForm } from './companyNames';
import { hyphenLetterAcronym } from './identity';
import { wardAfterHolder } from './placeBeforeTitle';

// Capitalized words that no list knows and no head noun types: what their shape and
// neighbours say (a preposition, a reporting verb, a product noun, an age) decides.

/** Most words in a name guessed from its shape alone. */
const MAX_GUESSED_NAME = 4;

// Lowercase second halves of hyphenated words that are not part of a name ("NATO-led").
export const HYPHEN_SUFFIXES = new Set(
  'led|run|made|born|style|era|wide|type|like|free|level|class|sized|based|owned|held|ruled|built|bound|day|year|week|month|old|long|term|time|scale|range|grade|made|speaking|backed|linked|funded|bred|only|plus|ready|proof|rich|poor|high|low|dominated|controlled|allied|aligned|up|out|off|down|over'.split(
    '|',
  ),
);

/** Abbreviated kinds of street that close a street's name ("Wall St", "Kelby Rd"); not "Dr", a doctor's too. */
const STREET_ABBREVIATIONS = new Set(['st', 'rd', 'ave', 'av', 'cr', 'cres', 'crt', 'tce', 'pl', 'ln', 'blvd', 'hwy', 'pde', 'cct']);

/** Honours that address rulers and ministers, which no name is. */
const HONOURS_ALONE = new Set(['highness', 'highnesses', 'excellency', 'excellencies', 'majesty', 'majesties']);

/** Capitalized words no list knows: their shape and neighbours decide. */
export function unknown(s: Scan, p: number, q: number, heading: boolean): void {
  const t = s.t;
  const first = t[p] as Token;
  const line = s.tk.lines[first.line];
  if (!heading && (facilityNounAfter(s, p, q) || heldAt(s, p))) return emit(s, p, q, 'facility', 'guess');
  // "(Abbott 104, Carr 3-41)": the names in a scorecard are players.
  if (!heading && scorecardName(s.text, first.start, (t[q] as Token).end)) return emit(s, p, q, 'person', 'guess');
  // "Wall St.", "Harley St": "St" closing a name is a street, never a person's (a saint's "St" opens one).
  const close = t[q] as Token;
  // "Their Excellencies Ministers", "Their Majesties": honours and roles in the plural name no one.
  if (HONOURS_ALONE.has(first.fold)) {
    if (q > p && !(q === p + 1 && pluralRole(close))) unknown(s, p + 1, q, heading);
    return;
  }
  // "the Ministers of Foreign Affairs of ...": a portfolio after "of" names a department, no person.
  if (q > p && MINISTER_PORTFOLIO_WORDS.has(close.fold) && t[p - 1]?.fold === 'of' && t[p - 1]?.lower) return;
  // "the Ministers of Trade", "Secretaries of Energy": a role in the plural and the portfolio after its "of" name no body.
  const of = t[p - 1];
  const roles = t[p - 2];
  if (of && roles && of.fold === 'of' && of.lower && first.gap === Gap.Space && of.gap === Gap.Space && roles.cap && pluralRole(roles)) return;
  // "voted against the Bill": the bill named before, no person.
  if (p === q && first.fold === 'bill' && t[p - 1]?.fold === 'the' && t[p - 1]?.lower) return;
  const after = t[q + 1];
  if (p === q && after && after.fold === 'of' && after.lower && after.gap === Gap.Space && pluralRole(first)) return;
  // "Tarn Cr", "Kelby Rd", "Ostrel Ave": so are the other abbreviations of a street's kind.
  if (q > p && STREET_ABBREVIATIONS.has(close.fold) && close.cap && !close.upper && (t[q - 1] as Token).cap && !gazAt(s, q - 1, q - 1)) return emit(s, p, q, 'facility', 'guess');
  if (!heading && wardAfterHolder(s, p, q)) return emit(s, p, q, 'location', 'guess');
  // "Tana Besar, Bali (ANTARA) -": the words of the dateline's place are the place, though they read as a name.
  const dateline = s.datelinePlace;
  if (q > p && dateline && first.start >= dateline.start && close.end <= dateline.end) return emit(s, p, q, 'location', 'strong');
  if (p === q) {
    // "Highway 61", "Route 9", "Interstate 84": a road's word and its number name the road.
    if (numberedRoad(t, p)) return emit(s, p, p + 1, 'facility', heading ? 'weak' : 'guess');
    // "Snap, the parent of Snapchat,", "X, the social network owned by".
    if (!heading && companyAppositive(s, q)) return emit(s, p, q, 'organization', 'guess');
    if (first.text.length === 1 && first.cap && !heading) return emit(s, p, q, 'organization', platformLetter(s, p) ? 'guess' : 'weak');
    if (definedAcronym(s, p)) return emit(s, p, q, 'organization', 'acronym');
    // "Kuwaits role", "Irans interventions": wire copy's possessive without its apostrophe is the country.
    const country = possessiveWithoutApostrophe(s, p);
    if (country) return emit(s, p, q, 'location', 'strong', country.id, country.canonical);
    // "the MoU", "two MoUs": a common noun's acronym in mixed case names nothing.
    if (!first.upper && (first.flags & Lex.NonEntityAcronym) !== 0 && /^.[a-z]*[A-Z]/.test(first.text)) return;
    // "Excluding Varnia,": a participle used as a preposition at a sentence's start names nothing.
    if (first.sentenceStart && PREPOSITION_PARTICIPLES.has(first.fold)) return;
    // "the Varnian Forest Institute (Ifor)": one word in brackets right after a body's name is its short name.
    if (bracketedAfterBody(s, p)) return emit(s, p, q, 'organization', 'strong');
    // "south of Kelby (Dorrit)": one word in brackets right after a place names a place near it.
    if (bracketedAfterPlace(s, p)) return emit(s, p, q, 'location', 'guess');
    // "the Munduruku people": a word between "the" and "people" names a people, not a body or a place.
    const folk = t[p + 1];
    if (t[p - 1]?.fold === 'the' && folk && folk.fold === 'people' && folk.lower && folk.gap === Gap.Space && !first.upper) return emit(s, p, q, 'nationality', 'guess');
    if (first.flags & (Lex.Stop | Lex.Title | Lex.Calendar | Lex.CorporateSuffix) || first.text.length === 1 || COMPASS_WORDS.has(first.fold)) return;
    // "Count : 84", "Views: 1,203": a page's field label before its number names nothing.
    if (fieldBeforeNumber(s.text, first.end)) return;
    const numbered = numberedFacility(s, q);
    if (numbered > q) return emit(s, p, numbered, 'facility', 'guess');
    if (genericHeadAlone(s, p)) return;
    if (photoCredit(s, p, q)) return emit(s, p, q, 'person', 'guess');
    // 'kept a "Neutral" rating': one quoted word after "a" is a term, a name only if the article names it elsewhere.
    const article = t[p - 1]?.fold;
    if (!first.upper && (article === 'a' || article === 'an') && quoted(s, p, q)) return emit(s, p, q, 'other', 'weak');
    // "Anti-censorship", "Latin-inspired": a word opening a lowercase compound is a name only if the article names it elsewhere.
    const compound = t[q + 1];
    // "a Brooklyn-based lender": what a thing is based in is a place.
    if (compound && compound.gap === Gap.Hyphen && compound.fold === 'based' && !first.upper && !first.sentenceStart) return emit(s, p, q, 'location', 'guess');
    if (compound && compound.gap === Gap.Hyphen && compound.lower && !first.upper && !HYPHEN_SUFFIXES.has(compound.fold)) return emit(s, p, q, 'other', 'weak');
    // "Fridays", "Mondays": a weekday in the plural is a habit, not a name.
    if (first.fold.endsWith('s') && (lexFlags(first.fold.slice(0, -1)) & Lex.Calendar) !== 0) return;
    if (modelCode(first.text) && !line?.allCaps && (first.flags & Lex.NonEntityAcronym) === 0) return emit(s, p, q, 'product', 'guess');
    if (first.upper) {
      if (first.flags & Lex.NonEntityAcronym || line?.allCaps) return emit(s, p, q, 'organization', 'weak');
      // "ANKARA (AA) -": the dateline's source is the agency.
      const source = s.datelineSource;
      if (source && first.start >= source.start && first.end <= source.end) {
        // "JAKARTA (dpa-AFX) -": the agency's lowercase first part hyphened on is its name too.
        const lead = t[p - 1];
        const opens = first.gap === Gap.Hyphen && lead && lead.lower && lead.start >= source.start;
        return emit(s, opens ? p - 1 : p, q, 'organization', 'strong');
      }
      if (inDateline(s, first)) return emit(s, p, q, 'location', 'strong');
      if (q === p && shoutedLeadWord(s, p)) return;
      // "its SLIM lunar lander": capitals before a product noun name the product.
      if (productNounAfter(s, q)) return emit(s, p, q, 'product', 'guess');
      if (exerciseNounAfter(s, q)) return emit(s, p, q, 'event', 'guess');
      return emit(s, p, q, 'organization', 'acronym');
    }
    const prev0 = t[p - 1];
    // "Webb's NIRSpec instrument": a product noun after a company-shaped word names its product.
    if (!first.sentenceStart && productNounAfter(s, q)) return emit(s, p, q, 'product', 'guess');
    if (companyShaped(first)) return emit(s, p, q, 'organization', 'guess');
    if (!first.sentenceStart && productNounBefore(s, p)) return emit(s, p, q, 'product', 'guess');
    // "River coach Marcelo Gallardo": at a sentence's start only a word the text never writes in lowercase.
    if (sportsClubContext(s, p, q, false) && (!first.sentenceStart || ((first.flags & (Lex.Stop | Lex.Title)) === 0 && !s.tk.lowercaseWords.has(first.fold)))) return emit(s, p, q, 'organization', 'guess');
    if (beforeItsRegion(s, q)) return emit(s, p, q, 'location', 'guess');
    // "across the Varna", "sailed along the Ostrel": what one crosses or runs along is a river, sea or region.
    if (!heading && spannedPlace(s, p, q)) return emit(s, p, q, 'location', 'guess');
    // "Campaign group Fair Roads said": a sentence's first word before a body's noun and its name describes the body.
    const kind = t[q + 1];
    if (first.sentenceStart && kind && kind.lower && kind.gap === Gap.Space && DESCRIBED_BODIES.has(kind.fold) && t[q + 2]?.cap && t[q + 2]?.gap === Gap.Space) return;
    // "a checkpoint at Katamanso": "at" after a word that sites things is no firm's "analysts at".
    if (placeAfterAt(s, p, q) || placeBeforePoliceStation(s, q) || placeOfAgedPerson(s, p, q) || placeBeforeAddress(s, p, q)) return emit(s, p, q, 'location', 'guess');
    if (organizationContext(s, p, q)) return emit(s, p, q, 'organization', 'guess');
    // "Maureen, wife of McDonnell,": a given name before a kinship word in apposition.
    const comma = t[q + 1];
    if (isGivenName(first.fold) && s.text.charCodeAt(first.end) === 0x2c && comma?.lower && KIN_WORDS.has(comma.fold) && comma.start === first.end + 2 && t[q + 2]?.fold === 'of') return emit(s, p, q, 'person', 'guess');
    // "her husband, Paul,": a relative named after the kinship word.
    if (prev0 && prev0.lower && KIN_WORDS.has(prev0.fold) && s.text.charCodeAt(prev0.end) === 0x2c && first.start === prev0.end + 2) return emit(s, p, q, 'person', 'guess');
    if (!heading && ageAppositive(s.text, first.end)) return emit(s, p, q, 'person', 'guess');
    // "Jamal Okoro, 34, of Chadderton": where a person named with an age comes from is a place.
    if (ageBefore(s, p)) return emit(s, p, q, 'location', 'guess');
    const next = t[q + 1];
    const speaksNext = !!next && next.gap === Gap.Space && (next.flags & Lex.ReportingVerb) !== 0;
    // "Hyundai said ..." opening a sentence: a plain word before a reporting verb is a name. Whose is
    // open: a person's full name is usually given first (and then joins), so a lone one is typed by default.
    const plain = first.flags === 0 && !s.tk.lowercaseWords.has(first.fold) && !pluralShaped(first.fold);
    if (first.sentenceStart && !heading && speaksNext && plain) return emit(s, p, q, pronounAfter(s, q + 2) === 'person' ? 'person' : 'organization', 'default');
    // "Dalmens said its profit rose": a plural-shaped word that speaks of "its" things is one body ("Analysts said their ...").
    if (first.sentenceStart && !heading && speaksNext && first.flags === 0 && !s.tk.lowercaseWords.has(first.fold) && !isGivenName(first.fold) && itsAfter(s, q + 2)) return emit(s, p, q, 'organization', 'default');
    // "Lee met Rutte in Seoul": two lone names on either side of "met" are people.
    if (!heading && metPerson(s, p)) return emit(s, p, q, 'person', 'guess');
    if (heading || first.sentenceStart) return emit(s, p, q, 'other', 'weak');
    if (adjectiveBeforeNoun(t, q)) return;
    const prev = t[p - 1];
    if (productNounAfter(s, q)) return emit(s, p, q, 'product', 'guess');
    if (next && next.gap === Gap.Space && next.lower && (next.flags & Lex.LocationNoun) !== 0) return emit(s, p, q, 'location', 'guess');
    // "the village of Pishchane", "the city of Izmit".
    const before = t[p - 2];
    if (prev && before && prev.fold === 'of' && first.gap === Gap.Space && prev.gap === Gap.Space && before.lower && (before.flags & Lex.LocationNoun) !== 0) {
      return emit(s, p, q, 'location', 'guess');
    }
    // "according to Xu" names a source, not a destination.
    const source = prev?.fold === 'to' && t[p - 2]?.fold === 'according';
    // "competition from Valdo": what a business faces or receives comes from another business, not a place.
    if (prev && prev.fold === 'from' && first.gap === Gap.Space && prev.gap === Gap.Space && BUSINESS_FROM.has(t[p - 2]?.fold ?? '')) return emit(s, p, q, 'organization', 'guess');
    // "outside Parliament": a body's head noun after a locative word is still the body.
    if (prev && first.gap === Gap.Space && prev.lower && (prev.flags & Lex.Locative) !== 0 && !source) return emit(s, p, q, (first.flags & Lex.OrgHead) !== 0 ? 'organization' : 'location', 'guess');
    if (prev && first.gap === Gap.Space && prev.lower && (prev.flags & Lex.LowercaseTitle) !== 0) return emit(s, p, q, 'person', 'guess');
    if (placeBefore(s, p, q) || coordinatedWithPlace(s, p) || placeExample(s, p)) return emit(s, p, q, 'location', 'guess');
    // "Erdogan said", "said Rutte" (not "told Reuters"): a lone name that speaks is most often a person.
    // "said Kandep was small": a name opening the reported clause is its subject, not the speaker.
    const speaks =
      speaksNext ||
      (prev && first.gap === Gap.Space && (prev.fold === 'said' || prev.fold === 'says' || prev.fold === 'added') && !(next && next.gap === Gap.Space && CLAUSE_VERBS.has(next.fold)));
    // "Ecopetrol said it would": a name that speaks of itself as "it" is a body.
    if (speaks) return emit(s, p, q, speaksNext && itReported(s, q + 2) ? 'organization' : 'person', 'guess');
    // "both Vladimir Putin and Zelensky": a lone name joined by "and" to a person just found is a person.
    if (coordinatedWithPerson(s, p)) return emit(s, p, q, 'person', 'guess');
    // "parts of Odesa and Sumy": a word joined by "and" to a city or country the lists know is a place.
    if (beforeKnownPlace(s, q)) return emit(s, p, q, 'location', 'guess');
    // "customers in the Ruhr", "a checkpoint at Katamanso", "In Laudium, residents ...".
    if (placeAfterThe(s, p, q) || placeOpeningSentence(s, p, q) || placeAfterPlaceComma(s, p, q)) return emit(s, p, q, 'location', 'guess');
    // Nothing says what it is: an organization until another mention of the word says otherwise.
    return emit(s, p, q, 'organization', 'default');
  }
  if (ampersandAcronym(s, p, q)) return emit(s, p, q, 'organization', line?.allCaps ? 'weak' : 'acronym');
  // "a Veterans Day event", "Independence Day": a named day is a date, not a name (not "Doris Day").
  if ((t[q] as Token).fold === 'day' && !isGivenName(first.fold)) return;
  // "Forest & Bird said": prose joins no common words with "&", so a first word before one stays in the name.
  const ampersandNext = q > p && ampersandBetween(s.text, first, t[p + 1] as Token);
  if (first.sentenceStart && (s.tk.lowercaseWords.has(first.fold) || (first.flags & Lex.Stop) !== 0 || participleOpener(s, p, q)) && !particleOpensSurname(s, p, q) && !ampersandNext && !givenBeforePatronym(s, p, q)) {
    // "Strategic Partnership:" — a sentence's first word found in lowercase elsewhere is a common word.
    const labelled = isLabel(s, q);
    if (labelled) return;
    const rest = t[p + 1] as Token;
    unknown(s, p + 1, q, heading || (q === p + 1 && (first.flags & Lex.Stop) === 0 && !rest.cap));
    return;
  }
  if (heading || isLabel(s, q)) return emit(s, p, q, 'other', 'weak');
  if (shoutedName(s, p, q)) return emit(s, p, q, 'person', 'guess');
  // "the Prime Minister's Office": a role, not a name; but "Nick Pope", a given name and a role word, is a person.
  if (((t[q] as Token).flags & Lex.Title) !== 0 && !(q === p + 1 && first.flags === 0 && isGivenName(first.fold))) {
    // "NUT President, Dr Ann Roe,": a body's acronym before its role names the body, though the role's holder comes after a comma.
    if (first.upper && first.text.length > 1 && rolesOnly(t, p + 1, q)) unknown(s, p, p, heading);
    // "the Health Service Executive": "Executive" after a body's noun is the body that runs the service, not a role.
    else if (q > p && (t[q] as Token).fold === 'executive' && ((t[q - 1] as Token).flags & (Lex.OrgHead | Lex.Title)) === Lex.OrgHead) emit(s, p, q, 'organization', heading ? 'weak' : 'guess');
    // "the Brackley County Supervisor meeting": a county's name before a role that names no one is the county.
    else if (placeBeforeRole(s, p, q)) emit(s, p, q - 1, 'location', heading ? 'weak' : 'guess');
    return;
  }
  // "The two Foreign Ministers", "Deputy Finance Ministers": a portfolio and a role in the plural name holders of an office, no body.
  if (q > p && pluralRole(t[q] as Token) && qualifiersBeforeRole(s, p, q - 1)) return;
  // "Bayraktar TB2 drones"; a quoted title-case phrase names an operation or a work, not a person.
  if (productNounAfter(s, q)) return emit(s, p, q, 'product', 'guess');
  if (exerciseNounAfter(s, q)) return emit(s, p, q, 'event', 'guess');
  if (quoted(s, p, q)) return emit(s, p, q, 'other', 'guess');
  // "Hwasong-20", "F-35": a name with a model number.
  const lastToken = t[q] as Token;
  // "PML-N", "PML-Q": a party's acronym and the letter of its faction is one acronym.
  if (q === p + 1 && hyphenLetterAcronym(t, p)) return emit(s, p, q, 'organization', 'acronym');
  if (lastToken.gap === Gap.Hyphen && isDigits(lastToken.text)) return (first.flags & Lex.Stop) === 0 ? emit(s, p, q, 'product', 'guess') : undefined;
  // "P-8A Poseidon", "C-130J": a letter's designation after its hyphen.
  if (q > p && designationAfterHyphen(t[p + 1] as Token)) return emit(s, p, q, 'product', 'guess');
  // "Bayraktar TB2", "Airbus A321XLR", "Boeing 737 MAX 8": a name with a model's code or number.
  if (!heading && (modelCode(lastToken.text) || t.slice(p + 1, q + 1).some((w) => w.text.length === 3 && isDigits(w.text)))) return emit(s, p, q, 'product', 'guess');
  // "Adam Morrow III": a name and a generation's numeral.
  if (q > p && q - p <= MAX_GUESSED_NAME && generationNumeral(lastToken) && t.slice(p, q).every((w) => nameShaped(w) && w.flags === 0)) return emit(s, p, q, 'person', 'guess');
  let names = 0;
  let particles = 0;
  for (let k = p; k <= q; k++) {
    const w = t[k] as Token;
    if (w.lower && (w.flags & Lex.Particle) !== 0) particles++;
    if (nameShaped(w) || w.lower) names++;
  }
  const words = q - p + 1;
  // "North Varnia": no person's name opens with a compass word.
  if (placeBefore(s, p, q) || COMPASS_WORDS.has(first.fold) || relativeRegion(t, p, q) || placeExample(s, p) || placeBeforePoliceStation(s, q)) return emit(s, p, q, 'location', 'guess');
  // "Western Tavindra", "Central Lumaro": a compass adjective before one plain word no list knows names a region.
  if (q === p + 1 && !first.upper && COMPASS_ADJECTIVES.has(first.fold) && lastToken.flags === 0 && !lastToken.upper && lastToken.gap === Gap.Space && !isGivenName(lastToken.fold) && !(t[q + 1]?.cap && t[q + 1]?.gap === Gap.Space)) {
    return emit(s, p, q, 'location', 'guess');
  }
  // "Tana East", "Garsen Central": a word no given name is, then a compass word, names a district (not "Kanye West").
  // "Kasarani, Embakasi East, ...": a list's item after a place, its comma between them, is a place too.
  if (q === p + 1 && districtName(t, p) && siblingDistrict(t, p)) return emit(s, p, q, 'location', 'guess');
  if (!isGivenName(first.fold) && first.flags === 0 && s.text.charCodeAt((t[p - 1] as Token | undefined)?.end ?? 0) === 0x2c && coordinatedWithPlace(s, p)) return emit(s, p, q, 'location', 'guess');
  // "at his office, Namsan Jeong.": a residence's name set off after the noun that says what it is.
  if (!heading && seatAppositive(s, p, q)) return emit(s, p, q, 'facility', 'guess');
  // "Banco de Varela", "Banque du Nord": a bank's word in another language opens the bank's name, no person's.
  if (!first.upper && BANK_OPENERS.has(first.fold) && first.fold !== 'bank') return emit(s, p, q, 'organization', 'guess');
  // "Inter Milan", "Bayern Munich", "Sporting Lisbon": a word no given name is, then a city, names the city's club.
  if (q === p + 1 && clubOfCity(s, p, q)) return emit(s, p, q, 'organization', 'guess');
  // "Aston Villa manager Unai Emery": a name before a role and the role's holder is the holder's body, not a person.
  if (roleHolderAfter(s, q)) return emit(s, p, q, 'organization', 'guess');
  // "floods in Khyber Pakhtunkhwa", "the Tower Hamlets government": after "in", or before "government", words that open with no given name are a place.
  const placeWord = t[q + 1]?.gap === Gap.Space && GOVERNMENT_NOUNS.has(t[q + 1]?.fold ?? '');
  if ((placeWord || (t[p - 1]?.fold === 'in' && t[p - 1]?.lower && first.gap === Gap.Space)) && !isGivenName(first.fold) && names === words && !organizationContext(s, p, q)) return emit(s, p, q, 'location', 'guess');
  // "Call Lane", "Boar Lane": "Lane" after a word that is no given name ends a street's name, not a person's ("Nathan Lane").
  if (!heading && q === p + 1 && lastToken.fold === 'lane' && !isGivenName(first.fold)) return emit(s, p, q, 'facility', 'guess');
  if (ampersandInside(s, p, q) || dottedLegalForm(s, q)) return emit(s, p, q, 'organization', 'guess');
  // A person's name ends in a word, not an initial ("Plan B" is no one).
  if (words - particles <= MAX_GUESSED_NAME && names === words && lastToken.text.length > 1) {
    // "Joint Chiefs", "Free Officers": a plural role ends no person's name.
    const plural = lastToken.fold.length > 3 && lastToken.fold.endsWith('s') && (lexFlags(lastToken.fold.slice(0, -1)) & Lex.Title) !== 0;
    // "the Black Stars", "its Healthy Request line", "the 2024 Zelko Index": an article or a possessive goes before a team's or a brand's name, not a person's.
    const year = t[p - 1] !== undefined && /^\d{4}$/.test((t[p - 1] as Token).text) ? 1 : 0;
    const determined = DETERMINERS.has((t[p - 1 - year] as Token | undefined)?.fold ?? '') && first.gap === Gap.Space;
    // "PGi SaaS", "JPMorgan Chase": a word opened by two capitals and then lowercase is a company's, no person's.
    const branded = t.slice(p, q + 1).some(capitalsThenLower);
    // "Noura bint Saeed Al Ketbi": a patronym's particle between names makes them a person's, whatever body was listed before.
    const organization = !patronymInside(t, p, q) && (plural || determined || branded || organizationContext(s, p, q) || sportsClubContext(s, p, q, false));
    // "University Hospital Limerick": an institution's noun inside the name is no part of a person's.
    const institution = institutionInside(t, p, q);
    if (institution !== null && !organization) return emit(s, p, q, institution, 'guess');
    return emit(s, p, q, organization ? 'organization' : 'person', 'guess');
  }
  return emit(s, p, q, 'other', 'weak');
}

/** Lowercase nouns of bodies that a sentence's first word may describe: "Conservation group WWF". */
const DESCRIBED_BODIES = new Set(['group', 'groups', 'organisation', 'organization', 'charity', 'body', 'firm', 'network', 'coalition']);

/** Verbs after a name that make it the subject of a reported clause ("said Varna was"). */
const CLAUSE_VERBS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'did', 'does', 'must']);

/** Last words of a district's name after its town's: "Suna East", "Embakasi Central". */
const DISTRICT_ENDINGS = new Set(['east', 'west', 'north', 'south', 'central']);

/** Tokens p and p + 1 are a word no given name is and a compass word: "Suna East". */
function districtName(t: readonly Token[], p: number): boolean {
  const first = t[p];
  const end = t[p + 1];
  return !!first && !!end && first.cap && first.flags === 0 && !isGivenName(first.fold) && end.gap === Gap.Space && end.cap && DISTRICT_ENDINGS.has(end.fold);
}

/** Another district's name within a few words of the one at p: districts come in lists ("Suna East, Suna West"), a singer's surname alone. */
function siblingDistrict(t: readonly Token[], p: number): boolean {
  for (let k = Math.max(0, p - 8); k <= p + 8; k++) if (k !== p && districtName(t, k)) return true;
  return false;
}

/** Words that place a region within a land before its compass word: "the Far North", "the Deep South", "Inner West". */
const REGION_QUALIFIERS = new Set(['far', 'mid', 'deep', 'near', 'upper', 'lower', 'middle', 'inner', 'outer']);

/** Tokens p..q are a region's qualifier and a compass word: "Far North", "Mid West". */
function relativeRegion(t: readonly Token[], p: number, q: number): boolean {
  const first = t[p] as Token;
  const compass = t[q] as Token;
  return q === p + 1 && !first.upper && REGION_QUALIFIERS.has(first.fold) && !compass.upper && COMPASS_WORDS.has(compass.fold) && (compass.gap === Gap.Space || compass.gap === Gap.Hyphen);
}

/** Words before a name that no person's name takes. */
const DETERMINERS = new Set(['the', 'its', 'their', 'a', 'an']);

/** ", 34, of" before token p: the words after a person's age and "of" say where the person is from. */
function ageBefore(s: Scan, p: number): boolean {
  const of = s.t[p - 1];
  const age = s.t[p - 2];
  if (!of || !age || of.fold !== 'of' || !of.lower || (s.t[p] as Token).gap !== Gap.Space) return false;
  return isDigits(age.text) && age.text.length <= 3 && s.text.charCodeAt(age.end) === 0x2c && of.start === age.end + 2 && s.text.charCodeAt(age.start - 2) === 0x2c;
}

/** Nouns after a place's name that speak of its rulers: "the Khyber Pakhtunkhwa government". */
const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'authorities']);

/** Lowercase roles after a club's or a company's name, before the holder's name: "Aston Villa manager Unai Emery". */
const BODY_ROLES = new Set(['manager', 'boss', 'coach', 'captain', 'chairman', 'chairwoman', 'chief', 'ceo', 'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'director']);

/** Capitals, then cities at least this long close a club's name ("Inter Milan"); shorter ones are often given names' syllables. */
const MIN_CLUB_WORD = 5;
const MIN_CLUB_CITY = 4;

/** Most tokens of a list read back from an item to its cue ("including Wandsworth, Lambeth and Tower Hamlets"). */
const MAX_LIST_BACK = 8;

/** "boroughs, including Wandsworth, Lambeth and ...", "the regions, among them Pokrovsk": an example given of places is a place. */
function placeExample(s: Scan, p: number): boolean {
  // Back over the list's earlier items to its cue.
  let at = p - 1;
  while (at > 0 && p - at <= MAX_LIST_BACK && ((s.t[at] as Token).cap || ((s.t[at] as Token).fold === 'and' && (s.t[at] as Token).lower))) at--;
  const cue = s.t[at];
  if (!cue || !cue.lower) return false;
  if (cue.fold === 'them' && s.t[at - 1]?.fold === 'among') at--;
  else if (cue.fold !== 'including') return false;
  // The plural sits just before the cue, across a comma: "14 London boroughs, including".
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) {
    const w = s.t[k] as Token;
    if (w.lower && (PLACE_PLURALS.has(w.fold) || (w.fold.endsWith('s') && (lexFlags(w.fold.slice(0, -1)) & Lex.LocationNoun) !== 0))) return true;
  }
  return false;
}

/** "Odesa and Sumy": token q, then "and" and a city or country the lists know, ending there. */
function beforeKnownPlace(s: Scan, q: number): boolean {
  const and = s.t[q + 1];
  if (!and || !and.lower || and.fold !== 'and' || and.gap !== Gap.Space || !s.t[q + 2]?.cap) return false;
  const place = gazAt(s, q + 2, Math.min(q + 4, s.t.length - 1));
  if (!place || place.entry.type !== 'location' || place.entry.rank > 4) return false;
  const after = s.t[place.last + 1];
  // "Repsol and Brazil's Petrobras": a country's possessive introduces what belongs to it, no second place.
  if (after && after.gap === Gap.Apostrophe && after.fold === 's') return false;
  return !after || after.gap !== Gap.Space || !after.cap;
}

/** "Inter Milan", "Sporting Lisbon": a plain word that is no given name, then a city the lists know. */
function clubOfCity(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const city = s.t[q] as Token;
  if (first.upper || first.text.length < MIN_CLUB_WORD || city.text.length < MIN_CLUB_CITY || city.gap !== Gap.Space || (first.flags & (Lex.Title | Lex.Stop)) !== 0) return false;
  if (isGivenName(first.fold) || s.tk.lowercaseWords.has(first.fold)) return false;
  const known = gazAt(s, q, q);
  return !!known && known.entry.type === 'location' && known.entry.minor && known.entry.rank <= 4;
}

/** "X Y manager Unai Emery": a body's role word after token q, then the holder's capitalized name. */
function roleHolderAfter(s: Scan, q: number): boolean {
  let role = s.t[q + 1];
  // "Dorvale health spokesman Ann Roe", "Rovers head coach Ian Bell": one lowercase word may narrow the role.
  const narrowed = !!role && role.lower && role.gap === Gap.Space && role.flags === 0 && !BODY_ROLES.has(role.fold) && !EMPLOYEE_ROLES.has(role.fold);
  if (narrowed) role = s.t[q + 2];
  const holder = s.t[q + (narrowed ? 3 : 2)];
  if (!role || !holder || !role.lower || role.gap !== Gap.Space || holder.gap !== Gap.Space || !nameShaped(holder) || holder.upper) return false;
  return BODY_ROLES.has(role.fold) || EMPLOYEE_ROLES.has(role.fold);
}

/** Token p stands alone in brackets right after an organization just found: "Institute (Ifor)". */
function bracketedAfterBody(s: Scan, p: number): boolean {
  const tok = s.t[p] as Token;
  const last = s.out[s.out.length - 1];
  // Capitals ("(JCS)") are an acronym's, which the acronym's own rules join to the name.
  if (tok.upper || !last || last.type !== 'organization' || last.last !== p - 1 || s.text.charCodeAt(tok.end) !== 0x29) return false;
  return tok.start === last.end + 2 && s.text.charCodeAt(last.end) === 0x20 && s.text.charCodeAt(last.end + 1) === 0x28;
}

/** Token p stands alone in brackets right after a place just found: "Kelby (Dorrit)". */
function bracketedAfterPlace(s: Scan, p: number): boolean {
  const tok = s.t[p] as Token;
  const last = s.out[s.out.length - 1];
  if (tok.upper || !last || last.type !== 'location' || last.last !== p - 1 || s.text.charCodeAt(tok.end) !== 0x29) return false;
  return tok.start === last.end + 2 && s.text.charCodeAt(last.end) === 0x20 && s.text.charCodeAt(last.end + 1) === 0x28;
}

/** Tokens a..b are all role words ("President", "Vice President"). */
function rolesOnly(t: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (((t[k] as Token).flags & Lex.Title) === 0 || (t[k] as Token).upper) return false;
  return true;
}

/**
 * Nouns of what a business gets "from" another: "competition from", "a bid from", "orders from"; and what an
 * agency gives: "the advice from", "approval from", "a grant from".
 */
const BUSINESS_FROM = new Set([
  'competition', 'rivalry', 'pressure', 'bid', 'bids', 'offer', 'offers', 'takeover', 'funding', 'investment', 'orders', 'order', 'stake', 'loan', 'loans', 'backing', 'financing',
  'advice', 'guidance', 'approval', 'permission', 'grant', 'grants', 'buying', 'bought', 'acquired', 'acquiring', 'purchased', 'purchasing', 'spun', 'licensed',
]);

/** Nouns of institutions that no person's name holds between its first and last words. */
const INSTITUTION_NOUNS = new Map<string, 'organization' | 'facility'>([
  ['hospital', 'facility'], ['infirmary', 'facility'], ['clinic', 'facility'], ['airport', 'facility'], ['stadium', 'facility'],
  ['university', 'organization'], ['college', 'organization'], ['institute', 'organization'], ['academy', 'organization'], ['ministry', 'organization'], ['council', 'organization'],
]);

/** The type an institution's noun between the first and last of p..q gives the words, or null. */
function institutionInside(t: readonly Token[], p: number, q: number): 'organization' | 'facility' | null {
  for (let k = p + 1; k < q; k++) {
    const tok = t[k] as Token;
    const type = tok.cap && !tok.upper ? INSTITUTION_NOUNS.get(tok.fold) : undefined;
    if (type) return type;
  }
  return null;
}

/** Roles a body's name goes before and no person's does: "Halden Partners analyst Ann Roe", "Rovers goalkeeper Ian Bell". */
const EMPLOYEE_ROLES = new Set(['analyst', 'analysts', 'economist', 'strategist', 'goalkeeper', 'striker', 'midfielder', 'defender', 'winger', 'skipper']);

/** Verbs of people meeting: "Lee met Rutte", "Lee phoned Rutte". */
const MEETING_VERBS = new Set(['met', 'meets', 'phoned', 'telephoned']);

/** A plain word no list knows that is not written in lowercase elsewhere. */
function loneName(s: Scan, k: number): boolean {
  const tok = s.t[k];
  return !!tok && nameShaped(tok) && !tok.upper && tok.flags === 0 && !s.tk.lowercaseWords.has(tok.fold) && !gazAt(s, k, k) && !s.t[k + 1]?.cap;
}

/** Token p is a lone name, and "met" joins it to another lone name (before it or after it). */
function metPerson(s: Scan, p: number): boolean {
  if (!loneName(s, p) || s.t[p - 1]?.cap) return false;
  const after = s.t[p + 1];
  const before = s.t[p - 1];
  if (after && after.lower && after.gap === Gap.Space && MEETING_VERBS.has(after.fold) && s.t[p + 2]?.gap === Gap.Space && loneName(s, p + 2)) return true;
  if (!before || !before.lower || (s.t[p] as Token).gap !== Gap.Space || !MEETING_VERBS.has(before.fold) || p < 2) return false;
  // "President Lee met Rutte": the person just found.
  const last = s.out[s.out.length - 1];
  return (last !== undefined && last.type === 'person' && last.last === p - 2) || (loneName(s, p - 2) && !s.t[p - 3]?.cap);
}

/** Most words between a reporting verb and the "it" that opens what is reported ("said on Friday it would"). */
const MAX_BEFORE_IT = 4;

/** "said it would", "said on Friday it would": the reported clause, in the same sentence, opens with "it". */
function itReported(s: Scan, from: number): boolean {
  for (let k = from; k < s.t.length && k <= from + MAX_BEFORE_IT; k++) {
    const tok = s.t[k] as Token;
    if (tok.sentenceStart) return false;
    if (tok.fold === 'it' && tok.lower) return true;
    if (tok.fold !== 'on' && tok.fold !== 'that' && (tok.flags & Lex.Calendar) === 0) return false;
  }
  return false;
}

/** Token p is a lone name after "and", and the person found last ends just before the "and". */
function coordinatedWithPerson(s: Scan, p: number): boolean {
  const and = s.t[p - 1];
  const last = s.out[s.out.length - 1];
  if (!and || !last || !and.lower || and.fold !== 'and' || (s.t[p] as Token).gap !== Gap.Space || last.type !== 'person') return false;
  const next = s.t[p + 1];
  // "William Burns and Mossad chief David Barnea": a role after the name makes it the holder's body.
  const role = !!next && next.lower && (BODY_ROLES.has(next.fold) || (next.flags & Lex.LowercaseTitle) !== 0);
  return last.last === p - 2 && last.last > last.first && !role && !(next && (next.gap === Gap.Apostrophe || next.cap));
}

/** "Von Arnim said": a name's particle, capitalized to open a sentence before one surname, stays in it, though the text writes it lowercase inside the full name. */
function particleOpensSurname(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const rest = s.t[p + 1] as Token;
  if (q !== p + 1 || first.upper || (first.flags & Lex.Particle) === 0 || rest.gap !== Gap.Space) return false;
  return nameShaped(rest) && !rest.upper && rest.flags === 0 && !s.tk.lowercaseWords.has(rest.fold) && !gazAt(s, p + 1, p + 1);
}

/** Patronymic particles: "son of", "daughter of" inside Arabic and Malay names. */
const PATRONYMS = new Set(['bin', 'ibn', 'bint', 'binti']);

/** A lowercase patronym ("bin", "bint") between capitalized words inside p..q. */
function patronymInside(t: readonly Token[], p: number, q: number): boolean {
  for (let k = p + 1; k < q; k++) {
    const w = t[k] as Token;
    if (w.lower && PATRONYMS.has(w.fold) && (t[k - 1] as Token).cap && (t[k + 1] as Token).cap) return true;
  }
  return false;
}

/**
 * "Said bin Hamoud Al-Busaidi said": a word opening a sentence before "bin" and a name is the given name,
 * though the word is common elsewhere ("said"): prose puts no "bin" after a verb.
 */
function givenBeforePatronym(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const bin = s.t[p + 1];
  const father = s.t[p + 2];
  return q >= p + 2 && !first.upper && (first.flags & Lex.Stop) === 0 && !!bin && bin.lower && bin.gap === Gap.Space && PATRONYMS.has(bin.fold) && !!father && father.gap === Gap.Space && nameShaped(father);
}

/** Words a road's number follows: "Highway 61", "Route 9". */
const NUMBERED_ROAD_WORDS = new Set(['highway', 'route', 'interstate', 'motorway', 'freeway']);

/** "Highway 61": a capitalized road word and, after one space, a number of one to three digits. */
function numberedRoad(t: readonly Token[], p: number): boolean {
  const word = t[p] as Token;
  const num = t[p + 1];
  return !word.upper && NUMBERED_ROAD_WORDS.has(word.fold) && !!num && num.gap === Gap.Space && num.text.length <= 3 && isDigits(num.text);
}

/** Lowercase nouns of an industrial or sports site after its name ("the Fordow enrichment plant", "its Pernis refinery"). */
const SITE_NOUNS = new Set(['plant', 'refinery', 'reactor', 'mine', 'smelter', 'shipyard', 'oilfield', 'gasfield', 'site', 'stadium', 'railway', 'railroad', 'pipeline', 'bridge', 'dam', 'airport', 'terminal', 'pool']);
/** Most lowercase words between a site's name and its noun ("nuclear power plant"). */
const MAX_SITE_MODIFIERS = 2;

/** "the Fordow enrichment plant", "its Pernis refinery": after "the" or a possessive, a name, at most two lowercase words and a site's noun. */
function facilityNounAfter(s: Scan, p: number, q: number): boolean {
  const prev = s.t[p - 1];
  // "The Baku-Tbilisi-Kars railway" opening a sentence: its "The" is still the determiner.
  if (!prev || !(prev.lower || (prev.sentenceStart && prev.fold === 'the')) || !SITE_DETERMINERS.has(prev.fold) || (s.t[p] as Token).gap !== Gap.Space) return false;
  for (let k = q + 1; k <= q + 1 + MAX_SITE_MODIFIERS; k++) {
    const w = s.t[k];
    if (!w || !w.lower || w.gap !== Gap.Space) return false;
    if (SITE_NOUNS.has(w.fold)) return true;
    if ((w.flags & Lex.Stop) !== 0) return false;
  }
  return false;
}
const SITE_DETERMINERS = new Set(['the', 'its', 'their']);

/** Participles of events put on at a venue: "the ceremony held at ...". */
const HELD_WORDS = new Set(['held', 'hosted', 'staged']);

/** "the ceremony held at Qasr Talan": what an event is held at is its venue. */
function heldAt(s: Scan, p: number): boolean {
  const at = s.t[p - 1];
  const held = s.t[p - 2];
  return !!at && !!held && at.fold === 'at' && at.lower && held.lower && HELD_WORDS.has(held.fold) && (s.t[p] as Token).gap === Gap.Space && at.gap === Gap.Space;
}

/** "PGi", "JPMorgan", "PRNewswire": two capitals, then a lowercase letter, as brands write themselves and names never do. */
function capitalsThenLower(tok: Token): boolean {
  const w = tok.text;
  if (w.length < 3 || tok.upper) return false;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  const c2 = w.charCodeAt(2);
  return c0 >= 0x41 && c0 <= 0x5a && c1 >= 0x41 && c1 <= 0x5a && c2 >= 0x61 && c2 <= 0x7a;
}

/**
 * "Kuwaits", "Irans" before a noun: a country the lists know, spelt as its canonical name, and an "s" written
 * for "'s". Not after "the" ("the Koreas", "the Jordans" are plurals), nor a name the lists give another spelling.
 */
function possessiveWithoutApostrophe(s: Scan, p: number): { id: string; canonical: string } | null {
  const w = s.t[p] as Token;
  const next = s.t[p + 1];
  if (w.upper || w.fold.length < 5 || !w.fold.endsWith('s') || !next || next.gap !== Gap.Space || s.t[p - 1]?.fold === 'the') return null;
  // "Chads mother": a country that is also a given name may be a person's.
  if (isGivenName(w.fold.slice(0, -1))) return null;
  const entry = s.gaz.get(w.fold.slice(0, -1));
  if (!entry || entry.type !== 'location' || entry.minor || entry.rank !== 0 || entry.canonical.toLowerCase() !== w.fold.slice(0, -1)) return null;
  return { id: entry.id, canonical: entry.canonical };
}

/** Lowercase nouns of a seat of office whose name may follow in apposition ("the presidential office, ..."). */
const SEAT_NOUNS = new Set(['office', 'residence', 'palace', 'headquarters']);

/**
 * "at his office, Namsan Jeong.", "the official residence, Varna House, in ...": words set off by commas right after a
 * seat's noun and closed by a comma or a full stop name the seat; not before a reporting verb ("..., Ann Roe said").
 */
function seatAppositive(s: Scan, p: number, q: number): boolean {
  const noun = s.t[p - 1];
  const first = s.t[p] as Token;
  if (!noun || !noun.lower || !SEAT_NOUNS.has(noun.fold) || first.start !== noun.end + 2 || s.text.charCodeAt(noun.end) !== 0x2c) return false;
  const close = s.text.charCodeAt((s.t[q] as Token).end);
  if (close !== 0x2c && close !== 0x2e) return false;
  const next = s.t[q + 1];
  return !(close === 0x2c && next && next.lower && (next.flags & Lex.ReportingVerb) !== 0);
}

/** Whether a colon (after at most one space) and then a digit (after at most two spaces) follow `end`. */
function fieldBeforeNumber(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k) === 0x20) k++;
  if (text.charCodeAt(k) !== 0x3a) return false;
  k++;
  for (let n = 0; n < 2 && text.charCodeAt(k) === 0x20; n++) k++;
  const c = text.charCodeAt(k);
  return c >= 0x30 && c <= 0x39;
}

/**
 * "Addressing Mercer's remarks, ...": a sentence's first -ing word before a name in the possessive is the
 * participle of a clause, not the name's first word (a body's head at the end keeps it: "Sterling Bank's").
 */
function participleOpener(s: Scan, p: number, q: number): boolean {
  const first = s.t[p] as Token;
  const after = s.t[q + 1];
  // "Excluding Varnia, profit grew": a participle used as a preposition opens the sentence, not a name.
  if (!first.upper && PREPOSITION_PARTICIPLES.has(first.fold)) return true;
  if (q === p || first.upper || first.flags !== 0 || first.fold.length < 7 || !first.fold.endsWith('ing') || isGivenName(first.fold)) return false;
  return !!after && after.gap === Gap.Apostrophe && ((s.t[q] as Token).flags & Lex.OrgHead) === 0;
}

/** Words that take a stretch of land or water as their object: "across", "along", "to cross". */
const SPAN_WORDS = new Set(['across', 'along', 'alongside', 'throughout', 'cross', 'crosses', 'crossed', 'crossing']);

/** "across the Varna," "along the Ostrel to": one capitalized word after "the" after a word of crossing or
 *  extent, not a body's head and not the modifier of a lowercase noun ("across the Acme network"). */
function spannedPlace(s: Scan, p: number, q: number): boolean {
  const t = s.t;
  const first = t[p] as Token;
  const the = t[p - 1];
  const span = t[p - 2];
  if (p !== q || first.upper || (first.flags & (Lex.OrgHead | Lex.Stop | Lex.Title)) !== 0) return false;
  if (!the || the.fold !== 'the' || !the.lower || first.gap !== Gap.Space || the.gap !== Gap.Space) return false;
  if (!span || !span.lower || !SPAN_WORDS.has(span.fold)) return false;
  const next = t[q + 1];
  return !next || next.gap !== Gap.Space || !next.lower || (next.flags & (Lex.Stop | Lex.LocationNoun)) !== 0;
}

/** Longest acronym read as a body when it opens a sentence before a lowercase word; longer capitals there are a lead word. */
const MAX_LEAD_ACRONYM = 7;

/**
 * "COUNCILLORS have approved plans", "PLANS to build 39 flats": a paper's first word in capitals opening a
 * sentence, an ordinary word the article also writes in lowercase or longer than acronyms run.
 */
function shoutedLeadWord(s: Scan, p: number): boolean {
  const first = s.t[p] as Token;
  const next = s.t[p + 1];
  if (!first.sentenceStart || !next || !next.lower || next.gap !== Gap.Space) return false;
  return s.tk.lowercaseWords.has(first.fold) || first.text.length > MAX_LEAD_ACRONYM;
}

/**
 * Whether a word ending in "s" reads as a plural noun ("Analysts said", "Witnesses said"). Endings that English
 * plurals of people rarely take are names: "Stellantis", "Qantas", "Airbus", "Barclays" said.
 */
function pluralShaped(fold: string): boolean {
  if (!fold.endsWith('s')) return false;
  // A given name alone ("Thomas said") is left as before: whose it is, the text around must say.
  return isGivenName(fold) || !(fold.endsWith('is') || fold.endsWith('as') || fold.endsWith('us') || fold.endsWith('ays'));
}

/** Place nouns that close a local government's area before its officer's role ("Brackley County Supervisor"). */
const AREA_NOUNS = new Set(['county', 'parish', 'township', 'borough', 'district']);

/** Names p..q-2, an area's noun at q-1 and a role at q with a lowercase word after it: no holder named, the area is meant. */
function placeBeforeRole(s: Scan, p: number, q: number): boolean {
  const t = s.t;
  const area = t[q - 1] as Token;
  const after = t[q + 1];
  if (q < p + 2 || !area.cap || area.upper || !AREA_NOUNS.has(area.fold) || !after || after.gap !== Gap.Space || !after.lower) return false;
  for (let k = p; k < q - 1; k++) if (!nameShaped(t[k] as Token) || (t[k] as Token).upper || ((t[k] as Token).flags & (Lex.Title | Lex.Stop)) !== 0) return false;
  return true;
}
