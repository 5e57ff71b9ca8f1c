import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  COUNTRIES,
  type Country,
  DISCLAIMERS,
  HEADLINES,
  HISTORIC,
  MONTHS,
  MONTH_ABBREVIATIONS,
  NARRATIVE,
  NAVIGATION_MENUS,
  ODD_MOJIBAKE,
  RELATIVE_DATES,
  SAID_CUES,
  STATEMENTS,
  THAT_CUES,
  TOPICS,
  type Topic,
  TRAILERS,
  WEEKDAYS,
} from './corpusVocabulary';
import { buildEntityPool, type EntityPool, fillStatement, type PoolPerson } from './entityPool';
import { Random } from './random';

/** What shapes a generated corpus; equal options give byte-identical files. */
export interface CorpusOptions {
  seed: string;
  /** Mean article size in bytes; each article varies by about ±12%. */
  articleBytes: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { seed: 'article-lens', articleBytes: 2700 };

/** Bumped whenever the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

export interface GeneratedArticle {
  /** Path relative to the corpus folder, `/`-separated. */
  name: string;
  text: string;
}

/** Where article `index` lives in a corpus folder: a thousand to a folder. */
export function articleName(index: number): string {
  return `part-${String(Math.floor(index / 1000)).padStart(3, '0')}/article-${String(index).padStart(6, '0')}.txt`;
}

/** One article's choices, so each sentence can refer back to them. */
interface Cast {
  r: Random;
  pool: EntityPool;
  topic: Topic;
  home: Country;
  guest: Country;
  people: PoolPerson[];
  mentioned: Set<PoolPerson>;
  dct: Date;
  curly: boolean;
}

/**
 * Generates article `index` of a corpus. Each article has its own random
 * stream derived from the seed and index, so any article can be generated
 * alone and the corpus grows without changing earlier files.
 */
export function generateArticle(index: number, pool: EntityPool, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): GeneratedArticle {
  const r = new Random(`${options.seed}/article/${index}`);
  const topic = r.pick(TOPICS);
  const homeIndex = r.skewed(COUNTRIES.length, 1.6);
  let guestIndex = r.skewed(COUNTRIES.length, 1.6);
  if (guestIndex === homeIndex) guestIndex = (homeIndex + 1 + r.int(COUNTRIES.length - 1)) % COUNTRIES.length;
  const home = COUNTRIES[homeIndex]!;
  const guest = COUNTRIES[guestIndex]!;
  const people = castPeople(r, pool, homeIndex, guestIndex);
  const dct = new Date(Date.UTC(2024, 0, 1) + r.int(730) * 86_400_000);
  const cast: Cast = { r, pool, topic, home, guest, people, mentioned: new Set(), dct, curly: r.chance(0.35) };
  const target = Math.round(options.articleBytes * (0.88 + r.next() * 0.24));

  const top: string[] = [];
  if (r.chance(0.3)) top.push(` date ${isoDate(dct)} ${r.between(100, 999)}`);
  if (r.chance(0.08)) top.push(r.pick(NAVIGATION_MENUS), '');
  top.push(headline(cast));
  if (r.chance(0.1)) top.push('', `${isoDate(dct)} ${String(r.between(0, 23)).padStart(2, '0')}:${String(r.between(0, 59)).padStart(2, '0')}:${String(r.between(0, 59)).padStart(2, '0')}`);

  const tail: string[] = [];
  const endMark = r.chance(0.25);
  if (r.chance(0.15)) tail.push('mk', '', '', trackingCode(r, dct), '');
  if (r.chance(0.2)) tail.push(r.pick(DISCLAIMERS));
  if (r.chance(0.1)) tail.push('', r.pick(TRAILERS));

  const paragraphs = [lead(cast)];
  let size = utf8Length(top.join('\n')) + utf8Length(tail.join('\n')) + utf8Length(paragraphs[0]!);
  while (size < target) {
    const p = paragraph(cast);
    paragraphs.push(p);
    size += utf8Length(p) + 1;
  }
  if (endMark) paragraphs[paragraphs.length - 1] += ' (end)';

  let text = [...top, ...paragraphs, ...tail].join('\n');
  if (r.chance(0.06)) text = mojibake(text, r);
  if (r.chance(0.1)) text = text.replace(/\n/g, '\r\n');
  if (r.chance(0.01)) text = `\ufeff${text}`;
  return { name: articleName(index), text };
}

/** Generates articles `from` (inclusive) to `to` (exclusive). */
export function* generateCorpus(from: number, to: number, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): Generator<GeneratedArticle> {
  const pool = buildEntityPool(options.seed);
  for (let i = from; i < to; i++) yield generateArticle(i, pool, options);
}

function castPeople(r: Random, pool: EntityPool, home: number, guest: number): PoolPerson[] {
  const chosen = new Set<PoolPerson>();
  const wanted = r.between(2, 4);
  for (let attempts = 0; chosen.size < wanted && attempts < 200; attempts++) {
    const p = pool.people[r.skewed(pool.people.length, 3)]!;
    // Mostly people of the two countries in the story, sometimes an outsider.
    if (p.country === home || p.country === guest || attempts > 150 || r.chance(0.04)) chosen.add(p);
  }
  return [...chosen];
}

function headline(c: Cast): string {
  const { r, topic } = c;
  const person = c.people[0]!;
  const line = fillStatement(r.pick(HEADLINES), r, {
    c: countryName(c.home, r),
    c2: countryName(c.guest, r),
    V: titleCase(r.pick(topic.verbs)),
    N: titleCase(r.pick(topic.nouns)),
    P: titleCase(r.pick(topic.projects).replace(/^the /, '')),
    title: shortTitle(person.title),
    city: c.home.capital,
    o: orgName(c),
    person: person.short,
    surname: person.short,
    adj: COUNTRIES[person.country]!.adjectives[0]!,
    adj2: c.guest.adjectives[0]!,
  });
  return r.chance(0.1) ? line.toUpperCase() : line;
}

function lead(c: Cast): string {
  const { r } = c;
  const place = r.chance(0.7) ? c.home.capital : r.pick(c.home.cities);
  const day = c.dct.getUTCDate();
  const month = c.dct.getUTCMonth();
  const agency = r.chance(0.5) ? c.home.agency : r.pick(['KUNA', 'NationPress', 'Yonhap', 'AFP', 'Reuters']);
  const body = `${speakerFirst(c, c.people[0]!)} ${dateSpeech(c)} said that ${statement(c)}.`;
  switch (r.int(5)) {
    case 0:
      return `(MENAFN- Kuwait News Agency (KUNA)) ${place.toUpperCase()}, ${MONTH_ABBREVIATIONS[month]!.replace('.', '')} ${day} (${agency}) -- ${body}`;
    case 1:
      return `${place.toUpperCase()}, ${MONTH_ABBREVIATIONS[month]} ${day} (${agency}) -- ${body}`;
    case 2:
      return `${place}, ${MONTH_ABBREVIATIONS[month]!.replace('.', '')} ${day} (${agency}) ${body}`;
    case 3:
      return `${place.toUpperCase()}\n${body}`;
    default:
      return body;
  }
}

function paragraph(c: Cast): string {
  const { r } = c;
  const sentences: string[] = [];
  const n = r.between(1, 3);
  for (let i = 0; i < n; i++) {
    const kind = r.next();
    const sentence = kind < 0.35 ? directQuote(c) : kind < 0.6 ? reported(c) : narrative(c);
    sentences.push(capitalize(sentence));
  }
  return sentences.join(' ');
}

function directQuote(c: Cast): string {
  const { r } = c;
  const [person, said] = speakerAndStatement(c);
  const [open, close] = c.curly ? ['“', '”'] : r.chance(0.1) ? ["'", "'"] : ['"', '"'];
  const words = capitalize(said);
  const form = r.int(5);
  const who = mention(c, person, form !== 1);
  switch (form) {
    case 0:
      return `${open}${words},${close} ${who} ${r.pick(SAID_CUES)}.`;
    case 1:
      return `${open}${words},${close} said ${who}.`;
    case 2:
      return `${who} ${r.pick(SAID_CUES)}: ${open}${words}.${close}`;
    case 3:
      return `${open}${words}. ${capitalize(statement(c))},${close} ${person.pronoun} added.`;
    default:
      return `${who} ${r.pick(SAID_CUES)} ${dateSpeech(c)}, ${open}${words}.${close}`;
  }
}

function reported(c: Cast): string {
  const { r } = c;
  const [person, said] = speakerAndStatement(c);
  const form = r.int(4);
  const who = mention(c, person, form !== 2);
  switch (form) {
    case 0:
      return `${who} ${r.pick(THAT_CUES)} ${said}.`;
    case 1:
      return `${capitalize(said)}, ${who} said ${dateSpeech(c)}.`;
    case 2:
      return `According to ${who}, ${said}.`;
    default:
      return `${capitalize(said)}, according to a statement from ${orgName(c)}.`;
  }
}

function narrative(c: Cast): string {
  const { r, topic } = c;
  const sentence = fillStatement(r.pick(NARRATIVE), r, {
    n: r.pick(topic.nouns),
    n2: r.pick(topic.nouns),
    p: r.pick(topic.projects),
    v: r.pick(topic.verbs),
    c: countryName(c.home, r),
    c2: countryName(c.guest, r),
    o: orgName(c),
    city: r.pick([c.home.capital, ...c.home.cities, c.guest.capital]),
    adj: r.pick(c.home.adjectives),
  });
  if (r.chance(0.3)) return `${sentence.slice(0, -1)} ${r.pick(HISTORIC)}.`;
  if (r.chance(0.3)) return `${capitalize(dateNarrative(c))}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  return sentence;
}

/** Either a shared claim (lightly edited) or a fresh statement by someone in the cast. */
function speakerAndStatement(c: Cast): [PoolPerson, string] {
  const { r, pool } = c;
  if (r.chance(0.35)) {
    const claim = pool.claims[r.skewed(pool.claims.length, 2)]!;
    let words = claim.statement;
    if (r.chance(0.4)) words = words.replace(/^we will /, 'we are going to ').replace(/ important /, ' key ');
    if (r.chance(0.3)) words = words.replace(/ in the coming months$/, ' soon');
    return [pool.people[claim.speaker]!, words];
  }
  return [r.pick(c.people), statement(c)];
}

function statement(c: Cast): string {
  const { r, topic } = c;
  return fillStatement(r.pick(STATEMENTS), r, {
    n: r.pick(topic.nouns),
    p: r.pick(topic.projects),
    v: r.pick(topic.verbs),
    c: countryName(r.chance(0.5) ? c.guest : c.home, r),
    o: orgName(c),
  });
}

/** The first mention carries nationality and title; later ones a short form or a pronoun-free surname. */
function mention(c: Cast, p: PoolPerson, appositive: boolean): string {
  if (!c.mentioned.has(p)) return speakerFirst(c, p, appositive);
  const { r } = c;
  const roll = r.next();
  if (roll < 0.65) return p.short;
  if (roll < 0.8) return `${shortTitle(p.title)} ${p.short}`;
  if (roll < 0.9 && p.variants.length > 0) return r.pick(p.variants);
  return `the ${COUNTRIES[p.country]!.adjectives[0]} ${p.title.toLowerCase()}`;
}

/** A first mention; `appositive` allows "Name, nationality title," where a verb follows. */
function speakerFirst(c: Cast, p: PoolPerson, appositive = true): string {
  c.mentioned.add(p);
  const { r } = c;
  const name = p.variants.length > 0 && r.chance(0.4) ? r.pick(p.variants) : p.name;
  const adjective = COUNTRIES[p.country]!.adjectives[0]!;
  return appositive && r.chance(0.2) ? `${name}, ${adjective} ${p.title.toLowerCase()},` : `${adjective} ${p.title} ${name}`;
}

function orgName(c: Cast): string {
  const { r, pool } = c;
  const o = pool.organizations[r.skewed(pool.organizations.length, 2)]!;
  return o.aliases.length > 0 && r.chance(0.4) ? r.pick(o.aliases) : o.name;
}

function countryName(country: Country, r: Random): string {
  return country.aliases.length > 0 && r.chance(0.35) ? r.pick(country.aliases) : country.name;
}

/** Dates as reporters write them when someone spoke. */
function dateSpeech(c: Cast): string {
  const { r, dct } = c;
  switch (r.int(6)) {
    case 0:
    case 1:
      return `on ${WEEKDAYS[dct.getUTCDay()]}`;
    case 2:
      return `on ${MONTH_ABBREVIATIONS[dct.getUTCMonth()]} ${dct.getUTCDate()}`;
    case 3:
      return r.pick(['yesterday', 'earlier this week', 'last week', 'on Friday']);
    case 4:
      return `on ${dct.getUTCDate()} ${MONTHS[dct.getUTCMonth()]} ${dct.getUTCFullYear()}`;
    default:
      return 'on Monday';
  }
}

function dateNarrative(c: Cast): string {
  const { r, dct } = c;
  const later = new Date(dct.getTime() + r.between(1, 200) * 86_400_000);
  switch (r.int(5)) {
    case 0:
      return r.pick(RELATIVE_DATES);
    case 1:
      return `on ${MONTHS[later.getUTCMonth()]} ${later.getUTCDate()}, ${later.getUTCFullYear()}`;
    case 2:
      return `by ${isoDate(later)}`;
    case 3:
      return `in ${MONTHS[later.getUTCMonth()]}`;
    default:
      return `between ${later.getUTCFullYear()} and ${later.getUTCFullYear() + r.between(1, 5)}`;
  }
}

function trackingCode(r: Random, dct: Date): string {
  const d = isoDate(dct).split('-').reverse().join('');
  let digits = '';
  for (let i = 0; i < 10; i++) digits += String(r.int(10));
  return `MENAFN${d}0000${r.between(10000, 99999)}ID${digits}`;
}

/** UTF-8 bytes of non-ASCII characters read back as Windows-1252, for a share of them. */
function mojibake(text: string, r: Random): string {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || !r.chance(0.7)) {
      out += ch;
      continue;
    }
    const odd = ODD_MOJIBAKE.find(([from]) => from === ch);
    out += odd && r.chance(0.5) ? odd[1] : asWindows1252(ch);
  }
  return out;
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function asWindows1252(ch: string): string {
  let out = '';
  for (const byte of Buffer.from(ch, 'utf8')) {
    out += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
  }
  return out;
}

function shortTitle(title: string): string {
  return titleCase(title);
}

function titleCase(s: string): string {
  return s.replace(/\b[a-z]/g, (m) => m.toUpperCase());
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** What a corpus folder holds; written last so a half-written folder is never reused. */
interface CorpusMarker {
  version: number;
  count: number;
  options: CorpusOptions;
  bytes: number;
}

const MARKER = '.corpus.json';

/**
 * Makes sure `dir` holds exactly the corpus of `count` articles for these
 * options, generating it when missing or stale. Returns its total size.
 */
export function ensureCorpus(dir: string, count: number, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): { bytes: number; generated: boolean } {
  const markerPath = path.join(dir, MARKER);
  try {
    const marker = JSON.parse(fs.readFileSync(markerPath, 'utf8')) as Partial<CorpusMarker>;
    if (
      marker.version === GENERATOR_VERSION &&
      marker.count === count &&
      marker.options?.seed === options.seed &&
      marker.options?.articleBytes === options.articleBytes &&
      typeof marker.bytes === 'number'
    ) {
      return { bytes: marker.bytes, generated: false };
    }
  } catch {
    // no marker or unreadable: generate
  }
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set<string>();
  for (const article of generateCorpus(0, count, options)) {
    const file = path.join(dir, article.name);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const data = Buffer.from(article.text, 'utf8');
    fs.writeFileSync(file, data);
    bytes += data.length;
  }
  const marker: CorpusMarker = { version: GENERATOR_VERSION, count, options, bytes };
  fs.writeFileSync(markerPath, JSON.stringify(marker));
  return { bytes, generated: true };
}

/**
 * The default folder of a corpus of `count` articles: `bench/.corpus/<count>`.
 * A hidden folder, because the server and the CLI skip hidden folders: opening
 * this repository as a workspace must not index a hundred thousand test articles.
 */
export function corpusFolder(repoRoot: string, count: number): string {
  return path.join(repoRoot, 'bench', '.corpus', String(count));
}

function main(args: string[]): number {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(value('--count') ?? '1000');
  if (!Number.isInteger(count) || count <= 0) {
    process.stderr.write('usage: generateCorpus [--count N] [--out DIR] [--seed S] [--bytes B]\n');
    return 2;
  }
  const options: CorpusOptions = {
    seed: value('--seed') ?? DEFAULT_CORPUS_OPTIONS.seed,
    articleBytes: Number(value('--bytes') ?? DEFAULT_CORPUS_OPTIONS.articleBytes),
  };
  const dir = path.resolve(value('--out') ?? corpusFolder(path.resolve(__dirname, '../..'), count));
  const started = performance.now();
  const { bytes, generated } = ensureCorpus(dir, count, options);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${generated ? 'generated' : 'up to date:'} ${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${dir} (${seconds.toFixed(1)} s)\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
