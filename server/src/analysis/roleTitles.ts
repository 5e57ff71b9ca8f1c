import { Lex, lexFlags, RANK_CONTEXT } from './lexicon';
import { emit, generationNumeral, nameShaped, type Scan } from './entityScan';
import { isGivenName } from './givenNames';
import { Gap, type Token } from './tokens';
import { gazAt } from './gazetteerMatch';

// Role titles before a person's name ("President", "Defense Minister") and
// the name they introduce; the title is not part of the person's span.

/** Most words (hyphenated parts count as one) in a person name taken after a title. */
const MAX_NAME = 6;
/** Most words of a name read after a minister's list of departments. */
const MAX_NAME_AFTER_DEPARTMENTS = 4;

/** A title qualifies when a name follows it: "President Lee", not "Justice Ministry". */
export function titleAt(s: Scan, p: number, b: number): number {
  const tok = s.t[p] as Token;
  if (tok.upper) return roleAcronymAt(s, p, b);
  // "Tan Sri Dr Ann Roe", "Tan Sri Datuk Ann Roe": more honours and titles may follow "Tan Sri".
  const tanSri = tok.fold === 'tan' && malayTitleTail(s, p + 1, b);
  // "Member of Parliament Ann Roe": a legislator's title, though "member" alone is no role ("Member States").
  if (legislatorAt(s, p, b)) return p;
  if (!tanSri && (tok.flags & Lex.Title) === 0) return -1;
  if (tok.fold === 'general' && !generalIsTitle(s, p)) return -1;
  if (tok.fold === 'major' && !majorIsRank(s, p)) return -1;
  let h = tanSri ? p + 1 : p;
  // "Chief Executive Officer", "Chief Operating Officer": the role ends at its last role word.
  for (let k = h + 1; k <= b && k <= h + 3; k++) {
    const w = s.t[k] as Token;
    if (!w.cap || w.upper) break;
    // "Prime Minister Kofi Adzo Mayor Lena Brandt": a given name, or two plain words before the next role, open the first holder's name.
    if ((w.flags & Lex.Title) === 0 && (isGivenName(w.fold) || twoNameWords(s, k))) break;
    if ((w.flags & Lex.Title) !== 0 && !givenNameAfterRole(s, h, k)) h = k;
    else if (k === h + 1 && MALAY_TITLE_HEADS.has((s.t[h] as Token).fold) && malayTitleTail(s, k, b)) h = k;
  }
  const next = s.t[h + 1];
  if (!next || h + 1 > b) return -1;
  if (next.fold === 'of' || next.fold === 'for') return h;
  if (!nameShaped(next) || (next.flags & Lex.OrgHead) !== 0 || pluralRole(next)) return -1;
  return h;
}

/** Legislatures a member sits in, named after "Member of" ("Parliament", "the National Assembly"). */
const LEGISLATURES = new Set(['parliament', 'congress', 'assembly', 'senate']);

function isMemberWord(tok: Token): boolean {
  return tok.fold === 'member' || tok.fold === 'members';
}

/** "Member of Parliament", "Member of the National Assembly": "member" and "of" before a legislature's name. */
function legislatorAt(s: Scan, p: number, b: number): boolean {
  const t = s.t;
  const tok = t[p] as Token;
  if (!isMemberWord(tok) || p + 2 > b || (t[p + 1] as Token).fold !== 'of') return false;
  let k = p + 2;
  if ((t[k] as Token).fold === 'the') k++;
  for (let end = Math.min(b, k + 2); k <= end; k++) if (LEGISLATURES.has((t[k] as Token).fold) && (t[k] as Token).cap) return true;
  return false;
}

/** "Their Excellencies Ministers of ...": a role in the plural after an honour names no one. */
export function pluralRole(tok: Token): boolean {
  const w = tok.fold;
  if (w.length < 5 || w.charCodeAt(w.length - 1) !== 0x73) return false;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return (lexFlags(singular) & Lex.Title) !== 0 && !isGivenName(singular);
}

/** Words k and k + 1 are plain words no list knows, the text never writes in lowercase, and a role follows them ("Kofi Adzo Mayor"). */
function twoNameWords(s: Scan, k: number): boolean {
  const role = s.t[k + 2];
  if (!role || !role.cap || (role.flags & Lex.Title) === 0) return false;
  for (let w = k; w <= k + 1; w++) {
    const tok = s.t[w] as Token;
    if (!tok.cap || tok.upper || tok.flags !== 0 || tok.gap !== Gap.Space || tok.fold.endsWith('s') || s.tk.lowercaseWords.has(tok.fold)) return false;
  }
  return true;
}

// Malaysian honours: "Datuk Seri", "Dato' Sri", "Tan Sri". "Seri", "Sri" and "Tan" are also parts of
// names and places ("Sri Lanka", "Tan Wei Ming"), so they are titles only in these pairs, before a name.
const MALAY_TITLE_HEADS = new Set(['datuk', 'dato', 'datin', 'tan']);
const MALAY_TITLE_TAILS = new Set(['seri', 'sri']);

function malayTitleTail(s: Scan, k: number, b: number): boolean {
  const w = s.t[k];
  const next = s.t[k + 1];
  return !!w && k < b && (w.gap === Gap.Space || datoApostrophe(s, k)) && MALAY_TITLE_TAILS.has(w.fold) && !!next && next.gap === Gap.Space && nameShaped(next);
}

/** "Dato' Sri Ann Roe": the honour "Dato'" ends in an apostrophe, one space before the next word; token k is that word. */
export function datoApostrophe(s: Scan, k: number): boolean {
  const prev = s.t[k - 1];
  const tok = s.t[k] as Token;
  if (!prev || prev.fold !== 'dato' || !prev.cap || tok.start !== prev.end + 2 || s.text.charCodeAt(prev.end + 1) !== 0x20) return false;
  const mark = s.text.charCodeAt(prev.end);
  return mark === 0x27 || mark === 0x2019;
}

const afterInitial = (tok: Token) => tok.text.length === 1 && tok.cap;

// Executive roles written as capitals: "CFO Jane Roe", "COO and CFO Jane Roe"; and the offices local
// press abbreviates so: "CJP Isa" (Chief Justice of Pakistan), "CS Duale" (Cabinet Secretary), "PS", "IGP"; "FM Lee" (Foreign Minister).
const ROLE_ACRONYMS = new Set(['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'cso', 'ciso', 'evp', 'svp', 'cjp', 'cj', 'cs', 'ps', 'igp', 'ssp', 'dcp', 'fm']);

/** Rulers' titles that are also given names ("Amir Khan"): after "the" with no name after them, an office. */
const RULERS = new Set(['amir', 'emir', 'sultan', 'shah']);

/**
 * "remarks CJP.", "the Amir is the head of the family", "whether Ministers in the government":
 * an office's capitals, a ruler's title after "the" or a role in the plural, with no name after it, names no one.
 * `insideRun`: the word is read within a run of capitalized words.
 */
export function officeAlone(t: readonly Token[], k: number, insideRun = false): boolean {
  const tok = t[k] as Token;
  if (!tok.cap) return false;
  const next = t[k + 1];
  if (next && next.gap === Gap.Space && next.cap) return false;
  const prev = t[k - 1];
  if (prev && prev.fold === 'the' && tok.gap === Gap.Space && RULERS.has(tok.fold)) return true;
  // Inside a run ("His Highness the Amir") only the ruler's title is read: "Council of Ministers" keeps its plural.
  if (insideRun) return false;
  if (tok.upper) return ROLE_ACRONYMS.has(tok.fold);
  // "Ministers", "Senators", "Secretaries": a role's plural is no name ("Ministers briefed on ...").
  const w = tok.fold;
  if (w.length < 5 || w.charCodeAt(w.length - 1) !== 0x73 || (prev && prev.cap && tok.gap === Gap.Space)) return false;
  return pluralRole(tok);
}

/** "CFO Jane Roe": an executive's role in capitals before a name in ordinary case is a title. */
function roleAcronymAt(s: Scan, p: number, b: number): number {
  if (!ROLE_ACRONYMS.has((s.t[p] as Token).fold) || p + 1 > b) return -1;
  const next = s.t[p + 1] as Token;
  return next.gap === Gap.Space && nameShaped(next) && !next.upper && (next.flags & (Lex.OrgHead | Lex.Title)) === 0 ? p : -1;
}

// Civilian roles after which a bare rank abbreviation is a given name: "Defense Minister Gen Nakatani".
const CIVILIAN_ROLES = new Set('minister|secretary|president|premier|chancellor|mayor|governor|spokesman|spokeswoman|spokesperson|ambassador|envoy|senator|minister'.split('|'));

const RANK_ABBREVIATIONS = new Set(['gen', 'col', 'maj', 'capt', 'adm', 'sgt', 'lt']);

/** A rank abbreviation written without its period after a civilian role, then one name: a given name. */
function givenNameAfterRole(s: Scan, h: number, k: number): boolean {
  const w = s.t[k] as Token;
  if (!RANK_ABBREVIATIONS.has(w.fold) || s.text.charCodeAt(w.end) === 0x2e || !CIVILIAN_ROLES.has((s.t[h] as Token).fold)) return false;
  const name = s.t[k + 1];
  const after = s.t[k + 2];
  return !!name && nameShaped(name) && name.gap === Gap.Space && !(after && after.gap === Gap.Space && nameShaped(after));
}

/** "Secretary General", "Sudanese General Abdel Fattah": a rank, not "General Motors" or "General Assembly". */
function generalIsTitle(s: Scan, p: number): boolean {
  const prev = s.t[p - 1];
  // "General Mark Milley said" opening a clause: a given name after it, not "General Electric".
  if (!prev || (s.t[p] as Token).gap !== Gap.Space) return isGivenName((s.t[p + 1] as Token | undefined)?.fold ?? '');
  if ((prev.flags & Lex.GeneralAfter) !== 0) return true;
  if (prev.lower) return RANK_CONTEXT.has(prev.fold);
  return s.gaz.get(prev.fold)?.type === 'nationality';
}

/** "Major Ann Roe", "Major General Ann Roe": a rank before a given name or a higher rank, not "Major League". */
function majorIsRank(s: Scan, p: number): boolean {
  const next = s.t[p + 1];
  if (!next || next.gap !== Gap.Space) return false;
  return next.fold === 'general' || isGivenName(next.fold);
}

/** Emits the person named after the title ending at token h; returns the next token to look at. */
export function personAfterTitle(s: Scan, h: number, b: number, titleCaseLine: boolean): number {
  const t = s.t;
  const p = h + 1;
  if ((t[p] as Token).fold === 'of' || (t[p] as Token).fold === 'for') {
    // "Minister of Foreign Affairs Abdullah Al-Yahya": the department ends where the name's last two words begin.
    // "Chancellor of the Exchequer Rachel Roe": an article may open the department.
    let last = p + 1 <= b && (t[p + 1] as Token).fold === 'the' ? p + 1 : p;
    // "Minister of Agriculture and Forestry Anna Berg": the last department after "and" is the name's floor.
    let floor = last + 2;
    // "... Affairs Sheikh Tamran bin Saleh Al Varni": a lowercase particle goes on with the name, which opens before it.
    let particle = -1;
    let seat = -1;
    for (;;) {
      const next = t[last + 1] as Token | undefined;
      if (last + 1 > b || !next) break;
      if (next.cap || next.gap === Gap.Hyphen) last++;
      else if (next.lower && (next.flags & Lex.Particle) !== 0 && last >= p + 2 && last + 2 <= b && nameShaped(t[last + 2] as Token)) {
        if (particle < 0) particle = last + 1;
        last += 2;
      }
      else if (next.fold === 'and' && last + 2 <= b && (t[last + 2] as Token).cap) {
        last += 2;
        floor = last + 1;
      } else if (next.fold === 'for' && next.lower && last + 2 <= b && (t[last + 2] as Token).cap) {
        // "Minister of State for Cabinet Affairs Sherida Al-Maousherji": the department goes on after "for".
        if (seat < 0) seat = last + 2;
        last += 2;
        floor = last + 1;
      } else break;
    }
    // "Member of Parliament for Ardon Central": a legislator's seat after "for" is a place, and no name follows in the run.
    if (seat > 0 && isMemberWord(t[h] as Token)) {
      emit(s, seat, last, 'location', 'strong');
      return last + 1;
    }
    let start = last;
    for (let words = 1; start > floor && (words < 2 || (t[start] as Token).gap === Gap.Hyphen); start--) {
      if ((t[start] as Token).gap !== Gap.Hyphen) words++;
    }
    start = threeWordNameAfterHead(s, start, last, floor);
    if (start === floor + 1 && last === floor + 2 && threeWordNameAfterPortfolio(s, floor)) start = floor;
    if (particle > 0 && start > particle - 1 && particle - 1 >= floor - 1) start = particle - 1;
    // "Minister of Amiri Diwan Affairs Sheikh Mohammad Al-Sabah": a second title starts the name.
    for (let k = p + 2; k < last; k++) {
      if (((t[k] as Token).flags & Lex.Title) !== 0 && nameShaped(t[k + 1] as Token)) start = k + 1;
    }
    // "Minister of Foreign Affairs" alone names no one: a name after a department has two words.
    // "Secretary of the Varna Cocoa Farmers Association": a body's head noun ends the department, not a name.
    const body = ((t[last] as Token).flags & (Lex.OrgHead | Lex.Title)) === Lex.OrgHead && !(t[last] as Token).upper;
    const person = last > p + 1 && start < last && start >= floor && nameShaped(t[start] as Token) && !body;
    // "President of Varnia Ann Roe", "the Speaker of Varnia's parliament": the role's place is still a place.
    const place = gazAt(s, p + 1, person ? start - 1 : last);
    if (place && place.last === (person ? start - 1 : last) && place.entry.type === 'location') emit(s, p + 1, place.last, 'location', 'strong', place.entry.id, place.entry.canonical);
    if (person) emit(s, start, last, 'person', 'strong');
    // "Director of the Intelligence Bureau" names no one: the body after "the" is read on its own.
    else if (floor === p + 3) return p + 1;
    // "Ann Roe, President of Varnex, said": a company's or a body's head is "of" a name, not of a department.
    // Only a name with no "and" of its own: "Chairman of Board of APC and JBC ..." is read as before.
    else if (!place && floor === p + 2 && HEADS_OF_BODIES.has((t[h] as Token).fold) && !connectorAfter(t, last)) return p + 1;
    return last + 1;
  }
  // "the PM Office", "the President Secretariat": a body's head noun after a role is the role's office.
  const office = t[p] as Token;
  if ((office.flags & Lex.OrgHead) !== 0 && (office.flags & Lex.Title) === 0 && (p === b || !nameShaped(t[p + 1] as Token))) {
    emit(s, h, p, 'organization', titleCaseLine ? 'weak' : 'strong');
    return p + 1;
  }
  let last = p;
  let words = 1;
  const maxWords = titleCaseLine ? 1 : MAX_NAME;
  while (last + 1 <= b) {
    const next = t[last + 1] as Token;
    if ((next.gap === Gap.Hyphen && (next.cap || next.lower)) || (next.gap === Gap.Apostrophe && next.cap)) last++;
    // "P.B. Balaji", "George W. Bush": a period after an initial continues the name; after a word it ends the sentence.
    else if (words < maxWords && nameShaped(next) && (next.gap !== Gap.Dot || afterInitial(t[last] as Token)) && (next.flags & Lex.Title) === 0) {
      last++;
      words++;
    } else if (words < maxWords && (next.flags & Lex.Particle) !== 0 && last + 2 <= b && nameShaped(t[last + 2] as Token)) {
      last += 2;
      words++;
    } else break;
  }
  if (last + 1 <= b && generationNumeral(t[last + 1] as Token)) last++;
  else if (suffixAfterComma(s, last)) last++;
  // A title-case headline capitalizes its verbs too ("Judge Rebukes Lawyer"): the name must be named again below.
  emit(s, p, last, 'person', titleCaseLine ? 'weak' : 'strong');
  return last + 1;
}

/** Whether "of", "for" or "and" goes on after token k ("Board of APC and ..."): the name read so far is not whole. */
function connectorAfter(t: readonly Token[], k: number): boolean {
  const next = t[k + 1];
  return !!next && next.lower && (next.fold === 'of' || next.fold === 'for' || next.fold === 'and');
}

/** Titles whose "of" names the body they lead ("Chairman of Varnex"), unlike a minister's department. */
const HEADS_OF_BODIES = new Set(['president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'founder', 'co-founder', 'owner']);

/** "President Ferdinand Roe, Jr. said": a generation's suffix set off by a comma closes the name. */
function suffixAfterComma(s: Scan, last: number): boolean {
  const name = s.t[last] as Token;
  const suffix = s.t[last + 1];
  return !!suffix && suffix.cap && !suffix.upper && GENERATION_SUFFIXES.has(suffix.fold) && suffix.start === name.end + 2 && s.text.charCodeAt(name.end) === 0x2c && s.text.charCodeAt(name.end + 1) === 0x20;
}

const GENERATION_SUFFIXES = new Set(['jr', 'sr']);

/**
 * "Ministry of Economy, Trade and Industry": a list after "Ministry of" belongs to the name;
 * after a minister's "of" ("Minister of Food, Agriculture and Livestock Anna Berg") so does the name after it.
 */
export function listedDepartments(s: Scan, i: number, j: number): number {
  const t = s.t;
  const o = departmentOpener(s, i, j);
  if (o < 0 || j < o + 2) return j;
  const minister = ((t[o] as Token).flags & Lex.OrgOpener) === 0;
  let k = j;
  for (let items = 0; items < 4; items++) {
    const comma = s.text.charCodeAt((t[k] as Token).end) === 0x2c;
    const next = t[k + 1];
    if (comma && next && next.cap && next.start - (t[k] as Token).end === 2) {
      k++;
      continue;
    }
    const and = t[k + 1];
    // "Department of Agriculture, Food and the Marine": a body's last department may keep its "the".
    const the = !minister && t[k + 2]?.fold === 'the' && t[k + 2]?.lower ? 1 : 0;
    const item = t[k + 2 + the];
    if (and && item && and.fold === 'and' && and.gap === Gap.Space && item.gap === Gap.Space && item.cap && k > j) {
      let end = k + 2 + the;
      while (minister && end - k < 2 + MAX_NAME_AFTER_DEPARTMENTS && (t[end + 1] as Token | undefined)?.gap === Gap.Space && nameShaped(t[end + 1] as Token)) end++;
      return end;
    }
    break;
  }
  return j;
}

/**
 * Where "Ministry of" or a minister's "Minister of" opens run i..j ("the Ministry of",
 * "Turkish Minister of"), or -1. A title before a place ("President of Varnia") opens no department.
 */
function departmentOpener(s: Scan, i: number, j: number): number {
  const t = s.t;
  for (let o = i; o <= Math.min(i + 1, j - 2); o++) {
    const tok = t[o] as Token;
    if ((t[o + 1] as Token).fold !== 'of') continue;
    if ((tok.flags & Lex.OrgOpener) !== 0) return o;
    if ((tok.flags & Lex.Title) !== 0 && !ministerOfPlace(s, o + 2, j)) return o;
  }
  return -1;
}

/** "President of Varnia": the words after a title's "of" are a known place or people. */
export function ministerOfPlace(s: Scan, k: number, j: number): boolean {
  const known = gazAt(s, k, j);
  return known !== null && (known.entry.type === 'location' || known.entry.type === 'nationality');
}

/**
 * "Minister for Maritime Affairs and Investment Budi Santo Wiryo": one portfolio word after the
 * department's "and" closes it, so a third plain word before the name's last two is the name's.
 * `floor` is the token after that portfolio word.
 */
function threeWordNameAfterPortfolio(s: Scan, floor: number): boolean {
  const t = s.t;
  const portfolio = t[floor - 1] as Token;
  const and = t[floor - 2] as Token | undefined;
  if (!and || and.fold !== 'and' || !portfolioWord(portfolio)) return false;
  for (let k = floor; k <= floor + 2; k++) {
    const w = t[k] as Token;
    if (w.gap !== Gap.Space || !nameShaped(w) || w.upper || portfolioWord(w) || ((w.flags & ~Lex.Stop) !== 0 && !isGivenName(w.fold))) return false;
  }
  const first = t[floor] as Token;
  return !s.tk.lowercaseWords.has(first.fold) && !s.gaz.get(first.fold);
}

/**
 * "Minister for Health Services Mustafa Kamal Qureshi": a department that ends
 * in a body's head noun ends there, so three name-shaped words after it are the
 * name, not just the last two. Returns the name's first token.
 */
function threeWordNameAfterHead(s: Scan, start: number, last: number, floor: number): number {
  const t = s.t;
  const d = start - 2;
  if (d < floor - 1 || start < 2) return start;
  const head = t[d] as Token;
  const given = t[start - 1] as Token;
  if ((head.flags & Lex.OrgHead) === 0 || head.upper || !head.cap) return start;
  // "... Public Service Reform Ann Lee": a word the article also writes in lowercase, or any list knows, is the department's.
  if (given.gap !== Gap.Space || given.flags !== 0 || !nameShaped(given) || s.tk.lowercaseWords.has(given.fold) || gazAt(s, start - 1, start - 1)) return start;
  // "Cabinet Affairs Sherida Al-Maousherji": a plural no list gives anyone ("Affairs", "Works") ends the department.
  if (given.fold.endsWith('s') && !isGivenName(given.fold)) return start;
  for (let k = start; k <= last; k++) if (((t[k] as Token).flags & Lex.OrgHead) !== 0) return start;
  return start - 1;
}

/** Body head nouns that also name a department in a role ("Finance Director", "Research Director"): no body before a title. */
const DEPARTMENT_HEADS = new Set(['finance', 'research', 'insurance', 'manufacturing', 'retail', 'healthcare', 'shipping', 'media', 'communications']);

/** "Finance Director Mark Ellison": one department word before a role is part of the role. */
export function departmentBeforeRole(tok: Token): boolean {
  return tok.cap && !tok.upper && DEPARTMENT_HEADS.has(tok.fold);
}

/**
 * Words that qualify a government role before it: its level ("Union Minister", "Federal Minister",
 * "State Minister"), its rank ("Deputy", "Acting") and Kenya's "Cabinet Secretary".
 */
const ROLE_QUALIFIERS = new Set('union|federal|state|cabinet|deputy|acting|junior|interim|assistant|principal|permanent|provincial|regional|shadow'.split('|'));

/** A government's portfolios as its ministers' titles name them ("Health Cabinet Secretary", "Communications and Multimedia Minister"). */
const PORTFOLIOS = new Set(
  ('health|education|defence|defense|interior|justice|labour|labor|transport|energy|agriculture|trade|industry|commerce|information|' +
    'environment|housing|tourism|culture|sports|sport|foreign|home|water|electricity|petroleum|mines|works|fisheries|planning|' +
    'budget|security|immigration|aviation|oil|finance|communications|multimedia|technology|science|youth|women|lands|' +
    'infrastructure|economy|digital|development|welfare|healthcare|telecommunications|broadcasting|irrigation|power|railways|' +
    'investment|forestry|maritime|' +
    // Levels of schooling and care a portfolio names ("Primary and Secondary Healthcare Secretary", "Higher Education Minister").
    'primary|secondary|tertiary|higher|basic').split('|'),
);

/**
 * "Union Minister Hardeep Puri", "Health Cabinet Secretary Aden Duale", "Deputy Finance Minister Ali Roe":
 * words from `p` to `q`, each a level, a rank or a portfolio, before a role are the role's, no body's name.
 */
export function qualifiersBeforeRole(s: Scan, p: number, q: number): boolean {
  for (let k = p; k <= q; k++) {
    const tok = s.t[k] as Token;
    if (!tok.cap || tok.upper || !(ROLE_QUALIFIERS.has(tok.fold) || PORTFOLIOS.has(tok.fold))) return false;
  }
  return true;
}

/** A portfolio word that may open a minister's list of departments whatever other word class it also has. */
function portfolioWord(tok: Token): boolean {
  return tok.cap && !tok.upper && PORTFOLIOS.has(tok.fold);
}

/** Roles that a list of a government's departments comes before ("Transport Minister"); a company's chief does not. */
const GOVERNMENT_ROLES = new Set(['minister', 'secretary', 'commissioner']);

/** Most words of a department listed before "and" and a role's last department. */
const MAX_DEPARTMENT_WORDS = 3;

/**
 * "Digital Development and Transport Minister Rashad Nabiyev": words no list knows, "and" at token
 * `and`, then one or two capitalized words and a role are the role's departments, no name.
 */
export function departmentsBeforeRole(s: Scan, first: number, and: number, last: number): boolean {
  if (and - first > MAX_DEPARTMENT_WORDS || and <= first) return false;
  for (let k = first; k < and; k++) {
    const tok = s.t[k] as Token;
    if (portfolioWord(tok)) continue;
    if (!tok.cap || tok.upper || tok.flags !== 0 || isGivenName(tok.fold) || s.gaz.get(tok.fold)) return false;
  }
  for (let k = and + 1; k <= and + 2 && k + 1 <= last; k++) {
    const tok = s.t[k] as Token;
    if (!tok.cap || tok.upper || (tok.flags & Lex.Title) !== 0) return false;
    if (GOVERNMENT_ROLES.has((s.t[k + 1] as Token).fold) && titleAt(s, k + 1, last) >= 0) return true;
  }
  return false;
}

/** Honorifics that open a person's name even right after a body's name ("Ministry of Health Dr. Ann Roe"). */
const HONORIFICS = new Set(['dr', 'sheikh', 'sheikha', 'prof', 'mr', 'mrs', 'ms']);

/** The first honorific from `from` to `b` that a name follows, or -1: the body's name ends before it. */
export function titleInside(s: Scan, from: number, b: number): number {
  for (let k = from; k < b; k++) {
    const tok = s.t[k] as Token;
    if (tok.cap && !tok.upper && HONORIFICS.has(tok.fold) && titleAt(s, k, b) === k && nameShaped(s.t[k + 1] as Token)) return k;
  }
  return -1;
}
