import { isDigits, type Scan } from './entityScan';
import { gazAt } from './gazetteerMatch';
import { Lex } from './lexicon';
import { ampersandBetween, saintsName } from './nameEvidence';
import { honourAfterName, pluralAcronym } from './nonNames';
import { forAfter } from './runParts';
import { HYPHEN_SUFFIXES } from './unknownNames';
import { designationAfterHyphen, modelNumberAfter } from './productNames';
import { unmarkForeignWord } from './foreignNameWords';
import { campusAfterComma } from './bodyNames';
import { legalFormAt } from './companyNames';
import { datoApostrophe, listedDepartments } from './roleTitles';
import { givenNameAbbreviation, unmarkInitial } from './nameInitials';
import { streetEndsRun } from './possessiveRoads';
import { Gap, type Token } from './tokens';
import { wrappedName } from './wrappedNames';
import { treatyOpens } from './treatyNames';

// Where a run of capitalized words that may be one name ends: the words,
// connectors ("of", "bin"), initials, hyphens and ampersands that hold a
// name together, before entities.ts reads the run.

/** Longest run of capitalized words considered at once; keeps hostile text linear. */
const MAX_RUN = 24;

/** The last token of the run of capitalized words starting at `i`, and whether "news agency" follows it. */
export function runEnd(s: Scan, i: number): [number, boolean] {
  const t = s.t;
  let j = i;
  while (j + 1 < t.length && j - i < MAX_RUN) {
    const cur = t[j] as Token;
    const next = t[j + 1] as Token;
    if ((next.flags & (Lex.Calendar | Lex.Stop)) !== 0) unmarkForeignWord(t, j + 1);
    if ((next.flags & Lex.Stop) !== 0) unmarkInitial(t, j + 1);
    if (next.gap === Gap.Break) {
      // "applicable to Morgan\nStanley": a line wrapped inside a name the article writes on one line elsewhere.
      if (wrappedName(s.text, t, j)) {
        j++;
        continue;
      }
      // "Ma. Cristina Reyes": an abbreviated given name's point is no sentence's end; nor is "Dato'"'s apostrophe.
      // So after a role: "Leader Ma. Theresa Lazaro".
      if (((j === i || ((t[j - 1] as Token).flags & Lex.Title) !== 0) && givenNameAbbreviation(s, j)) || (next.cap && datoApostrophe(s, j + 1))) {
        j++;
        continue;
      }
      // "Helios Bioscience, Inc.": a legal suffix after a comma ends the company's name.
      if (j > i && next.cap && (next.flags & Lex.CorporateSuffix) !== 0 && next.text.length > 1 && s.text.charCodeAt(cur.end) === 0x2c && next.start === cur.end + 2) {
        j++;
        break;
      }
      // "Pakistan Peoples' Party", "the Senior Officials' Meeting", "Department of Veterans' Affairs": a plural's
      // apostrophe before a body's or a gathering's head noun stays inside the name.
      // "the Tenby Farmers' Market": so before a street or market named after them.
      if (j > i && next.cap && ((next.flags & Lex.OrgHead) !== 0 || PLURAL_POSSESSED.has(next.fold) || streetEndsRun(t, j + 1)) && cur.fold.endsWith('s') && next.start === cur.end + 2 && isApostrophe(s.text.charCodeAt(cur.end))) {
        j++;
        continue;
      }
      if (campusAfterComma(s, i, j)) {
        j++;
        break;
      }
      // "AB&CD", "S&P": capitals joined by a bare ampersand are one acronym.
      if ((cur.upper || (cur.cap && cur.text.length === 1 && s.gaz.find(`${cur.fold}&${next.fold}`) !== undefined)) && (next.upper || (next.cap && next.text.length === 1)) && next.start - cur.end === 1 && s.text.charCodeAt(cur.end) === 0x26) {
        j++;
        continue;
      }
      // "Procter & Gamble", "Wells Fargo & Co".
      if (!ampersandBetween(s.text, cur, next) || !next.cap || cur.upper) break;
      j++;
      continue;
    }
    // "Adria Lines S.p.A.", "Jadranska Plovidba d.d.": a legal form spelled with points ends the company's name.
    if (next.gap === Gap.Space && !cur.lower) {
      const formEnd = legalFormAt(s.text, next.start);
      if (formEnd > 0) {
        while (j + 1 < t.length && (t[j + 1] as Token).end < formEnd) j++;
        break;
      }
    }
    // "wrote on X. He added": a pronoun after a letter's period starts a sentence.
    if (next.gap === Gap.Dot && (next.flags & Lex.Stop) !== 0 && cur.text.length === 1) break;
    if (next.cap && (next.flags & Lex.Calendar) === 0 && !pluralAcronym(next) && !honourAfterName(t, j + 1)) {
      j++;
      continue;
    }
    // "Shell plc", "Arm Holdings plc": the legal form written in lowercase ends the company's name.
    if (next.fold === 'plc' && next.lower && next.gap === Gap.Space && cur.cap) {
      j++;
      break;
    }
    // "Jeong Eun-kyeong": after a name's first word, a short syllable's hyphenated half may be longer.
    const syllable = j > i && cur.text.length <= 5 && next.text.length === 6;
    if (next.gap === Gap.Hyphen && next.lower && !cur.upper && (next.text.length <= 5 || syllable) && !HYPHEN_SUFFIXES.has(next.fold)) {
      j++;
      continue;
    }
    if (next.gap === Gap.Apostrophe) {
      const after = t[j + 2];
      // "Moody's on Wednesday cut": a known name that ends in its possessive keeps it.
      if (next.fold === 's' && s.gaz.find(`${cur.fold}'s`)?.entry !== undefined) {
        j++;
        continue;
      }
      // "St. John's", "St. John’s": a known place of several words whose name ends in the possessive keeps it.
      if (next.fold === 's' && j > i && gazAt(s, (t[i] as Token).fold === 'the' ? i + 1 : i, j + 1)?.last === j + 1) {
        j++;
        continue;
      }
      // "O'Brien", "D'Souza"; "People's Republic of China" where a known name holds the possessive.
      if (next.cap && cur.text.length === 1) {
        j++;
        continue;
      }
      // "Avon Children's Hospital", "the Dorvale Patrolman's Association": a group of people's possessive inside a body's name.
      if (next.fold === 's' && after && after.gap === Gap.Space && after.cap && PEOPLE_POSSESSORS.has(cur.fold) && bodyHeadAhead(t, j + 2)) {
        j += 2;
        continue;
      }
      // "Dorran's Road", "Velder’s Lane": a street named after its owner; not "Spain's Road" (a country's).
      const country = s.gaz.get(cur.fold);
      if (next.fold === 's' && after?.gap === Gap.Space && streetEndsRun(t, j + 2) && !(country?.type === 'location' && !country.minor)) {
        j += 2;
        continue;
      }
      // "the Prime Minister's Office": a role's office is an organization.
      const office = (cur.flags & Lex.Title) !== 0 && !!after && (after.flags & Lex.OrgHead) !== 0 && !after.upper;
      if (next.fold === 's' && after && after.gap === Gap.Space && after.cap && (s.gaz.ownsInName(cur.fold) || saintsName(t, j) || office)) {
        j += 2;
        continue;
      }
      break;
    }
    // "Côte d'Ivoire", "L'Aquila": an elided article before a capitalized word.
    if (next.gap === Gap.Space && next.lower && next.text.length === 1 && (t[j + 2] as Token | undefined)?.gap === Gap.Apostrophe && (t[j + 2] as Token).cap) {
      j += 2;
      continue;
    }
    // "Nifty 50", "STOXX 600": a known name ending in a number.
    if (next.gap === Gap.Space && isDigits(next.text) && (s.gaz.find(`${cur.fold} ${next.fold}`)?.entry || gazAt(s, (t[i] as Token).fold === 'the' ? i + 1 : i, j + 1)?.last === j + 1)) {
      j++;
      continue;
    }
    // "Boeing 737 MAX 8", "Airbus 350": a maker's name and a model number are one product; "Channel 4".
    if (modelNumberAfter(s, j) || (cur.fold === 'channel' && cur.cap && next.gap === Gap.Space && isDigits(next.text) && next.text.length <= 2)) {
      j++;
      continue;
    }
    // "Boeing 787-10", "Airbus 330-900": a model number's variant after its hyphen; "P-8A", "C-130J": a letter's designation.
    const designation = (cur.upper || (cur.cap && cur.text.length === 1)) && designationAfterHyphen(next);
    if (designation || (next.gap === Gap.Hyphen && isDigits(next.text) && (cur.cap || cur.upper || (j > i && cur.text.length === 3 && isDigits(cur.text))))) {
      j++;
      continue;
    }
    // "Movement for Democratic Forces in Casamance": a "for" name's place belongs to it.
    const o = (t[i] as Token).fold === 'the' ? i + 1 : i;
    // "Board of Control for Cricket in India": the "for" may follow an "of" phrase.
    // "the Treaty of Amity and Cooperation in Southeast Asia": so may a treaty's title.
    if (next.fold === 'in' && next.gap === Gap.Space && j > o + 1 && ((((t[o] as Token).flags & Lex.OrgOpener) !== 0 && forAfter(t, o, j)) || treatyOpens(t, o))) {
      const place = t[j + 2];
      if (place && place.gap === Gap.Space && place.cap && (place.flags & Lex.Calendar) === 0) {
        j += 2;
        continue;
      }
    }
    // "the Coalition against Hunger", "the Task Force on War against Want": a body's cause after "against".
    if (next.fold === 'against' && next.lower && next.gap === Gap.Space && causeAhead(t, o, j)) {
      const cause = t[j + 2];
      if (cause && cause.gap === Gap.Space && cause.cap && (cause.flags & (Lex.Calendar | Lex.Stop)) === 0) {
        j += 2;
        continue;
      }
    }
    if (next.gap === Gap.Space && ((next.flags & Lex.Connector) !== 0 || (next.flags & Lex.Particle) !== 0) && next.lower) {
      // One or two connector words ("of", "of the", "von der") between capitalized words.
      const after = t[j + 2];
      const after2 = t[j + 3];
      const hyphenatedName = after !== undefined && after.gap === Gap.Hyphen && after.cap && (next.flags & Lex.Particle) !== 0;
      // Not across a connector to a date: "Prevention on Tuesday".
      const named = after !== undefined && after.cap && (after.flags & Lex.Calendar) === 0;
      if (after && (hyphenatedName || (after.gap === Gap.Space && (named || (cur.fold === 'group' && next.fold === 'of' && isDigits(after.text)))))) {
        j += 2;
        continue;
      }
      if (after && after2 && after.lower && after.gap === Gap.Space && after2.gap === Gap.Space && after2.cap && ((after.flags & Lex.Connector) !== 0 || (after.flags & Lex.Particle) !== 0)) {
        j += 3;
        continue;
      }
    }
    break;
  }
  const n1 = t[j + 1];
  const n2 = t[j + 2];
  // "the AFP news agency": after an agency's initials the words describe it; "Yonhap news agency" is the name.
  const initials = j === i && (t[i] as Token).upper;
  const agency = !initials && !!n1 && !!n2 && n1.fold === 'news' && n2.fold === 'agency' && n1.gap === Gap.Space && n2.gap === Gap.Space;
  if (agency) return [j + 2, true];
  return [listedDepartments(s, i, j), false];
}

/** Heads of bodies' names that a plural possessive often opens, beyond the body heads ("Veterans' Affairs", "Officials' Meeting"). */
const PLURAL_POSSESSED = new Set(['affairs', 'meeting', 'meetings']);

/** Nouns for a class of people whose possessive opens the rest of a body's name ("Children's", "Patrolman's"). */
const PEOPLE_POSSESSORS = new Set(
  'children|women|men|people|patrolman|patrolmen|policeman|policemen|firefighter|veteran|farmer|worker|citizen|teacher|nurse|student|taxpayer|consumer|employer|employee|pensioner|officer|sailor|soldier|seaman|seamen|miner|journalist|writer|artist|lawyer|doctor|parent|mother|widow'.split('|'),
);

/** A body's or building's head noun within the three capitalized words from `k` ("Hospital", "Medical University"). */
function bodyHeadAhead(t: readonly Token[], k: number): boolean {
  for (let m = k; m < k + 3 && m < t.length; m++) {
    const tok = t[m] as Token;
    if (!tok.cap || (m > k && tok.gap !== Gap.Space)) return false;
    if ((tok.flags & (Lex.OrgHead | Lex.FacilityHead)) !== 0) return true;
  }
  return false;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0xb4;
}

/** Words of a run o..j end in a body's head noun, or hold one followed by "on", "for" or "of" (what the body is for). */
function causeAhead(t: readonly Token[], o: number, j: number): boolean {
  for (let k = o; k <= j; k++) {
    const tok = t[k] as Token;
    if (!tok.cap || tok.upper || (tok.flags & (Lex.OrgHead | Lex.OrgOpener)) === 0) continue;
    if (k === j) return true;
    const link = (t[k + 1] as Token).fold;
    if (link === 'on' || link === 'for' || link === 'of') return true;
  }
  return false;
}
