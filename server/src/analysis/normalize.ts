import { detached } from './detachedString';
/**
 * Text folding for lookups and identity: mojibake repair, diacritics,
 * case, quotes and hyphens. Everything here works on a normalized VIEW of the
 * text; offsets into the article are never computed from a folded string.
 */

// Windows code pages as the bytes 0x80..0xFF decode, so that text that went
// UTF-8 → bytes → code page → string can be turned back into its bytes.
// Undefined cp1252 slots keep the C1 control a Latin-1 decoder would give.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1256_HIGH =
  '\u20ac\u067e\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0679\u2039\u0152\u0686\u0698\u0688' +
  '\u06af\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u06a9\u2122\u0691\u203a\u0153\u200c\u200d\u06ba' +
  '\u00a0\u060c\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u06be\u00ab\u00ac\u00ad\u00ae\u00af' +
  '\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u061b\u00bb\u00bc\u00bd\u00be\u061f' +
  '\u06c1\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062a\u062b\u062c\u062d\u062e\u062f' +
  '\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u00d7\u0637\u0638\u0639\u063a\u0640\u0641\u0642\u0643' +
  '\u00e0\u0644\u00e2\u0645\u0646\u0647\u0648\u00e7\u00e8\u00e9\u00ea\u00eb\u0649\u064a\u00ee\u00ef' +
  '\u064b\u064c\u064d\u064e\u00f4\u064f\u0650\u00f7\u0651\u00f9\u0652\u00fb\u00fc\u200e\u200f\u06d2';

let byteTables: Map<number, number>[] | undefined;

/** Character → byte maps for Latin-1/cp1252 and cp1256, built once. */
function tables(): Map<number, number>[] {
  if (byteTables) return byteTables;
  const latin = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) latin.set(b, b);
  for (let i = 0; i < 32; i++) latin.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);
  const arabic = new Map<number, number>();
  for (let i = 0; i < 128; i++) arabic.set(CP1256_HIGH.charCodeAt(i), 0x80 + i);
  byteTables = [latin, arabic];
  return byteTables;
}

// NFKC turns the cp1256 bytes BC..BE ("¼½¾") into "1⁄4" etc.; read them back.
const FRACTION_SLASH = 0x2044;

/**
 * Reads one byte of a spoiled sequence at `i`: returns the byte and how many
 * characters it took, or -1 when the character is not from the code page.
 */
function byteAt(s: string, i: number, table: Map<number, number>): [number, number] | null {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x33 && s.charCodeAt(i + 1) === FRACTION_SLASH) {
    const d = s.charCodeAt(i + 2);
    if (c === 0x31 && d === 0x34) return [0xbc, 3];
    if (c === 0x31 && d === 0x32) return [0xbd, 3];
    if (c === 0x33 && d === 0x34) return [0xbe, 3];
    return null;
  }
  const b = table.get(c);
  return b === undefined ? null : [b, 1];
}

/** Decodes one UTF-8 sequence spoiled through `table` at `i`, or returns null. */
function repairAt(s: string, i: number, table: Map<number, number>): [string, number] | null {
  const lead = byteAt(s, i, table);
  if (!lead) return null;
  const b0 = lead[0];
  const need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
  if (need === 0) return null;
  let cp = need === 1 ? b0 & 0x1f : need === 2 ? b0 & 0x0f : b0 & 0x07;
  let j = i + lead[1];
  for (let k = 0; k < need; k++) {
    const cont = j < s.length ? byteAt(s, j, table) : null;
    if (!cont || cont[0] < 0x80 || cont[0] > 0xbf) return null;
    cp = (cp << 6) | (cont[0] & 0x3f);
    j += cont[1];
  }
  const overlong = (need === 2 && cp < 0x800) || (need === 3 && cp < 0x10000);
  if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return [String.fromCodePoint(cp), j - i];
}

/** True when `s` has a character a mojibake lead byte could come from. */
function mayBeSpoiled(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xc0) return true;
  return false;
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252/Latin-1 ("TÃ¼rkiye")
 * or Windows-1256 and then NFKC-normalised ("Tأ1⁄4rkiye"): both give
 * "Türkiye". Text without such sequences comes back unchanged.
 */
export function repairMojibake(s: string): string {
  if (!mayBeSpoiled(s)) return s;
  const [latin, arabic] = tables();
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xc0) continue;
    const fixed = repairAt(s, i, latin) ?? repairAt(s, i, arabic);
    if (!fixed) continue;
    out += s.slice(last, i) + fixed[0];
    i += fixed[1] - 1;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Letters NFKD does not decompose but a reader treats as their base letter.
const LETTER_FOLDS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
};
const SPECIAL_LETTERS = /[ıßøđðłæœþħ]/g;
const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const MARKS = /\p{M}/gu;
const SPACES = /\s+/g;
/** Two white-space characters in a row, or one that is not a plain space. */
const UNEVEN_SPACE = /\s\s|[\t\n\r\f\v]/;

const FOLD_CACHE_BITS = 12;
/** Longer texts (a headline, a sentence) are folded each time: names are what repeat. */
const FOLD_CACHE_LONGEST = 80;
const FOLD_CACHE_MASK = (1 << FOLD_CACHE_BITS) - 1;
const foldedSpellings: (string | undefined)[] = new Array<string | undefined>(1 << FOLD_CACHE_BITS).fill(undefined);
const foldedNames: (string | undefined)[] = new Array<string | undefined>(1 << FOLD_CACHE_BITS).fill(undefined);

function spellingHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x09 || c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

/**
 * The key under which two spellings of one name are equal: mojibake
 * repaired, compatibility-decomposed, diacritics stripped, lowercased, curly
 * quotes and dashes unified, whitespace collapsed. "Erdoğan", "Erdogan" and
 * "ERDOGAN" fold alike; so do "Tأ1⁄4rkiye", "TÃ¼rkiye" and "Turkiye".
 */
export function foldForIdentity(text: string): string {
  // Mentions are folded again and again (identity, generic bodies, speakers), and lower-casing a slice
  // of a text with curly quotes, stored two bytes a character, goes through the full Unicode case
  // mapping: names are remembered by their spelling in a small direct-mapped cache.
  if (text.length > FOLD_CACHE_LONGEST) return foldUncached(text);
  const slot = spellingHash(text) & FOLD_CACHE_MASK;
  if (foldedSpellings[slot] === text) return foldedNames[slot] as string;
  const folded = foldUncached(text);
  foldedSpellings[slot] = detached(text);
  foldedNames[slot] = detached(folded);
  return folded;
}

function foldUncached(text: string): string {
  if (isPlainAscii(text)) {
    const lower = text.toLowerCase();
    // "Morgan\nStanley", a name across a wrapped line, folds as written on one line.
    return !UNEVEN_SPACE.test(lower) && lower.trim() === lower ? lower : lower.replace(SPACES, ' ').trim();
  }
  return repairMojibake(text)
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (c) => LETTER_FOLDS[c] ?? c)
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

const NOT_SLUG = /[^a-z0-9\u0080-\uffff]+/g;
const DROPPED = /['.]/g;

/** A URL- and id-safe slug of a name: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
export function slugOf(name: string): string {
  const slug = foldForIdentity(name).replace(DROPPED, '').replace(NOT_SLUG, '-');
  const from = slug.startsWith('-') ? 1 : 0;
  const to = slug.endsWith('-') && slug.length > from ? slug.length - 1 : slug.length;
  const trimmed = from === 0 && to === slug.length ? slug : slug.slice(from, to);
  // "OPEC+" is the wider group, not OPEC: the closing plus stays in the id.
  return trimmed && name.charCodeAt(name.length - 1) === 0x2b ? `${trimmed}-plus` : trimmed;
}

// "Zelenskyy", "Zelenskiy", "Zelensky": one surname's English transliterations end alike in the id.
const SLAVIC_ENDING = /(?<=sk|ck)(?:yy|iy|ii|yi)(?=-|$)/g;

/** A person's slug with a Slavic surname's transliterated ending made one ("zelenskyy" → "zelensky"). */
export function foldSlavicEnding(slug: string): string {
  return slug.replace(SLAVIC_ENDING, 'y');
}

// The family name that closes an Arab name: "Al-Sabah", "Al Kaabi", "al-Thani".
const ARAB_FAMILY = /(?:^|[\s-])al[\s-][^\s-]+$/;
// Words that make the chain of fathers' names part of who is meant ("Mohammed bin Salman", "Abu Dhabi").
const LINEAGE_WORD = /(?:^|[\s-])(?:bin|bint|ibn|binti|abu|umm)[\s-]/;

/**
 * An Arab name that closes with its family, as given name, father's name and
 * family, the grandfathers' names left out ("Jarrah Jaber Al-Ahmad Al-Sabah" →
 * "jarrah jaber al-sabah"): the Gulf's agencies write the chain in full, other
 * papers shorten it. The father's name stays: one family's sons share given
 * names ("Sabah Khaled Al-Hamad Al-Sabah" is not "Sabah Al-Ahmad Al-Jaber Al-Sabah").
 * Names with "bin" keep the chain.
 */
export function withoutFathersNames(folded: string): string {
  const parts = arabNameParts(folded);
  return parts ? `${parts.given} ${parts.father} ${parts.family}` : folded;
}

/**
 * The short forms of an Arab name with its fathers' names that name its bearer
 * across articles only where no other full name claims them too: given name and
 * family ("jarrah al-sabah"), given name and father's name, with and without
 * its article ("sabah khaled", "sabah al-khaled"). Empty for other names.
 */
export function arabShortForms(folded: string): string[] {
  const parts = arabNameParts(folded);
  return parts ? [`${parts.given} ${parts.family}`, `${parts.given} ${parts.father}`, `${parts.given} al-${parts.father}`] : [];
}

function arabNameParts(folded: string): { given: string; father: string; family: string } | null {
  if (folded.length > 120 || !ARAB_FAMILY.test(folded) || LINEAGE_WORD.test(folded)) return null;
  const words = folded.split(' ');
  const last = words[words.length - 1] as string;
  const family = last.startsWith('al-') ? last : `${words[words.length - 2] as string} ${last}`;
  const familyWords = family.includes(' ') ? 2 : 1;
  // Given name, at least one father's name, family.
  if (words.length < familyWords + 2) return null;
  // "Jaber Al-Mubarak" and "Jaber Mubarak" are one father's son: the article before a father's name is dropped.
  // "Sabah Al Ahmad Al Jaber Al Sabah", spaced: the father is the word after "Al".
  const father = words[1] === 'al' && words.length > familyWords + 2 ? (words[2] as string) : (words[1] as string);
  return { given: words[0] as string, father: father.startsWith('al-') && father.length > 3 ? father.slice(3) : father, family };
}
