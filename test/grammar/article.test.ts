import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { OnigScanner } from 'vscode-oniguruma';
import { loadArticleGrammar, PACKAGE_ROOT, tokenize, type GrammarToken } from './tokenizer';

const joinLines = (...lines: string[]) => lines.join('\n');

const hasScope = (t: GrammarToken, selector: string) => t.scopes.some((s) => s === selector || s.startsWith(`${selector}.`));

/** The scopes each character of a line carries. */
function charScopes(tokens: GrammarToken[], line: number, from: number, to: number): GrammarToken[] {
  return tokens.filter((t) => t.line === line && t.start < to && from < t.end);
}

function locate(text: string, needle: string, occurrence: number): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `expected "${needle}" to occur ${occurrence + 1} time(s) in the text`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, column: at - (before.lastIndexOf('\n') + 1) };
}

/**
 * Asserts that exactly `needle` carries `selector`: every character of it does,
 * and the characters just before and after it on its line do not.
 */
function assertScope(tokens: GrammarToken[], text: string, needle: string, selector: string, occurrence = 0): void {
  const { line, column } = assertCovered(tokens, text, needle, selector, occurrence);
  for (const [from, side] of [
    [column - 1, 'before'],
    [column + needle.length, 'after'],
  ] as const) {
    const neighbour = charScopes(tokens, line, from, from + 1).find((t) => t.start <= from && from < t.end);
    if (neighbour) assert.ok(!hasScope(neighbour, selector), `expected ${selector} to stop at "${needle}" (the text ${side} is "${neighbour.text}")`);
  }
}

/** Asserts that every character of `needle` carries `selector`, which may run on either side. */
function assertCovered(tokens: GrammarToken[], text: string, needle: string, selector: string, occurrence = 0): { line: number; column: number } {
  const at = locate(text, needle, occurrence);
  const inside = charScopes(tokens, at.line, at.column, at.column + needle.length);
  const missing = inside.filter((t) => !hasScope(t, selector));
  assert.ok(
    inside.length > 0 && missing.length === 0,
    `expected "${needle}" to be ${selector}; "${missing[0]?.text}" is ${missing[0]?.scopes.join(' ')}`,
  );
  return at;
}

function assertNoScope(tokens: GrammarToken[], text: string, needle: string, selector: string, occurrence = 0): void {
  const { line, column } = locate(text, needle, occurrence);
  const scoped = charScopes(tokens, line, column, column + needle.length).filter((t) => hasScope(t, selector));
  assert.equal(scoped.length, 0, `expected no ${selector} on "${needle}", found it on "${scoped[0]?.text}"`);
}

async function check(text: string, expectations: Array<[needle: string, selector: string, occurrence?: number]>): Promise<GrammarToken[]> {
  const tokens = await tokenize(text);
  for (const [needle, selector, occurrence] of expectations) assertScope(tokens, text, needle, selector, occurrence);
  return tokens;
}

describe('article grammar: structure', () => {
  test('the first line is the headline', async () => {
    const text = joinLines('Leaders Meet in Ankara', 'ANKARA, Nov 24 (KUNA) -- Talks began.', 'Leaders Meet in Ankara again.');
    const tokens = await check(text, [['Leaders Meet in Ankara', 'markup.heading']]);
    assertNoScope(tokens, text, 'Leaders Meet in Ankara again.', 'markup.heading');
  });

  test('a header line, then the first non-empty line after it is the headline', async () => {
    const text = joinLines(' date 2025-11-24 403', '', "Turkiye's Pres.: Ankara Focused On Steps", 'Second line of text.');
    const tokens = await check(text, [
      [' date 2025-11-24 403', 'meta.header'],
      ['2025-11-24', 'constant.numeric.date'],
      ["Turkiye's Pres.: Ankara Focused On Steps", 'markup.heading'],
    ]);
    assertNoScope(tokens, text, ' date 2025-11-24 403', 'markup.heading');
    assertNoScope(tokens, text, 'Second line of text.', 'markup.heading');
  });

  test('navigation between the header and the headline is boilerplate', async () => {
    const text = joinLines(' date 2025-06-26 Tuesday, 02 January 2024', 'عربي', '', '\u00a0 \u00a0 US \u00a0 Europe \u00a0 Asia', '| \u00a0 Politics \u00a0 Economy', 'S. Korea, NATO To Establish Body');
    await check(text, [
      ['عربي', 'comment.block'],
      ['\u00a0 \u00a0 US \u00a0 Europe \u00a0 Asia', 'comment.block'],
      ['| \u00a0 Politics \u00a0 Economy', 'comment.block'],
      ['S. Korea, NATO To Establish Body', 'markup.heading'],
    ]);
  });

  test('datelines: place, date, source and dash', async () => {
    const text = joinLines(
      'Headline',
      'ANKARA, Nov 24 (KUNA) -- Turkish President Recep Tayyip Erdogan said.',
      'Johannesburg, Nov 23 (NationPress) South Korean President Lee Jae Myung voiced aspirations.',
      '(MENAFN- Kuwait News Agency (KUNA)) TOKYO, June 26 (KUNA) -- South Korea and NATO agreed.',
    );
    const tokens = await check(text, [
      ['ANKARA', 'entity.name.section'],
      ['Nov 24', 'constant.numeric.date'],
      ['KUNA', 'entity.other.attribute-name'],
      ['--', 'punctuation.separator.dateline'],
      ['ANKARA, Nov 24 (KUNA) --', 'meta.dateline'],
      ['Johannesburg', 'entity.name.section'],
      ['Nov 23', 'constant.numeric.date'],
      ['NationPress', 'entity.other.attribute-name'],
      ['(MENAFN- Kuwait News Agency (KUNA))', 'comment.line.syndication'],
      ['TOKYO', 'entity.name.section'],
      ['June 26', 'constant.numeric.date'],
      ['KUNA', 'entity.other.attribute-name', 2],
    ]);
    assertNoScope(tokens, text, 'Turkish President', 'meta.dateline');
  });

  test('datelines of other wire services', async () => {
    const text = joinLines(
      'Headline',
      'New Delhi [India], June 26 (ANI): Prime Minister spoke.',
      'WASHINGTON, Nov. 24, 2025 (Reuters) - The U.S. said.',
      'BEIRUT, Lebanon (AP) — Strikes hit.',
    );
    await check(text, [
      ['New Delhi', 'entity.name.section'],
      ['June 26', 'constant.numeric.date'],
      ['ANI', 'entity.other.attribute-name'],
      [':', 'punctuation.separator.dateline'],
      ['WASHINGTON', 'entity.name.section'],
      ['Nov. 24, 2025', 'constant.numeric.date'],
      ['Reuters', 'entity.other.attribute-name'],
      ['BEIRUT', 'entity.name.section'],
      ['AP', 'entity.other.attribute-name'],
      ['—', 'punctuation.separator.dateline'],
    ]);
  });

  test('a capitalised place alone on its line is a dateline; a sentence that starts with a place is not', async () => {
    const text = joinLines('Headline here', 'ANKARA', 'Seoul, Nov 24 was a busy day for the talks.');
    const tokens = await check(text, [['ANKARA', 'entity.name.section']]);
    assertNoScope(tokens, text, 'Seoul', 'entity.name.section');
  });

  test('(end) markers', async () => {
    await check(joinLines('Headline', 'The visit strengthened ties. (end)'), [['(end)', 'keyword.control.end']]);
  });

  test('a legal disclaimer is boilerplate up to the next blank line', async () => {
    const text = joinLines('Headline', 'Body text.', 'Legal Disclaimer:', 'MENAFN provides the', 'information “as is” without warranty.', '', 'Tags');
    const tokens = await check(text, [
      ['Legal Disclaimer:', 'comment.block'],
      ['MENAFN provides the', 'comment.block'],
      ['information “as is” without warranty.', 'comment.block'],
    ]);
    assertNoScope(tokens, text, 'Tags', 'comment.block');
    assertNoScope(tokens, text, '“as is”', 'string.quoted');
  });

  test('copyright notices are boilerplate; a sentence about copyright is not', async () => {
    const text = joinLines('Headline', '© 2025 Reuters. All rights reserved.', 'Copyright (c) 2025 Yonhap', 'Copyright infringement cases rose.');
    const tokens = await check(text, [
      ['© 2025 Reuters. All rights reserved.', 'comment.line.copyright'],
      ['Copyright (c) 2025 Yonhap', 'comment.line.copyright'],
    ]);
    assertNoScope(tokens, text, 'Copyright infringement cases rose.', 'comment');
  });

  test('tracking codes are boilerplate', async () => {
    await check(joinLines('Headline', 'mk', 'MENAFN26062025000071011013ID1109726370'), [['MENAFN26062025000071011013ID1109726370', 'comment.line.tracking-code']]);
  });
});

describe('article grammar: inline', () => {
  test('straight, curly and mixed double quotes within a line', async () => {
    const text = joinLines(
      'Headline',
      'Lee said his country and Türkiye "are brotherly nations bound by blood," he said.',
      'Türkiye holds a “uniquely” strategic position, adding, "For Korea, Türkiye is not simply a production site.”',
    );
    await check(text, [
      ['"are brotherly nations bound by blood,"', 'string.quoted.double'],
      ['“uniquely”', 'string.quoted.double'],
      ['"For Korea, Türkiye is not simply a production site.”', 'string.quoted.double'],
      ['"', 'punctuation.definition.string.begin'],
    ]);
  });

  test('an opening quote that does not close on its line is not coloured', async () => {
    const text = joinLines('Headline', '"A typical example of our strong defense partnership is the Altay program.');
    const tokens = await tokenize(text);
    assertNoScope(tokens, text, 'A typical example', 'string.quoted');
  });

  test("single-quoted phrases are quotes; apostrophes (Lee's, countries') are not", async () => {
    const text = joinLines(
      'Headline',
      "Lee's upcoming visit builds a 'strategic partnership' and the two countries' strengths, as Türkiye’s 'clear commitment' shows.",
      "He said it would be 'a great opportunity to prepare for the visit' for Korea's people.",
    );
    const tokens = await check(text, [
      ["'strategic partnership'", 'string.quoted.single'],
      ["'clear commitment'", 'string.quoted.single'],
      ["'a great opportunity to prepare for the visit'", 'string.quoted.single'],
    ]);
    for (const word of ["Lee's", "countries'", 'Türkiye’s', "Korea's"]) assertNoScope(tokens, text, word, 'string.quoted');
  });

  test('an apostrophe with no closing quote on the line colours nothing', async () => {
    const text = joinLines('Headline', "The '90s saw South Korea's rise and the allies' growth.");
    const tokens = await tokenize(text);
    assertNoScope(tokens, text, "The '90s saw South Korea's rise and the allies' growth.", 'string.quoted');
  });

  test('URLs, without trailing punctuation', async () => {
    const text = joinLines('Headline', 'See https://example.com/news/a?id=3. Or www.example.org, then stop.');
    await check(text, [
      ['https://example.com/news/a?id=3', 'markup.underline.link'],
      ['www.example.org', 'markup.underline.link'],
    ]);
  });

  test('numbers, but not digits inside words', async () => {
    const text = joinLines('Headline', 'About 1,500 troops, 3.5% growth, the 140th anniversary and 2025-06-26 05:05:38, at the G20 in 1950.');
    const tokens = await check(text, [
      ['1,500', 'constant.numeric'],
      ['3.5%', 'constant.numeric'],
      ['140th', 'constant.numeric'],
      ['2025-06-26 05:05:38', 'constant.numeric.date'],
      ['1950', 'constant.numeric'],
    ]);
    assertNoScope(tokens, text, 'G20', 'constant.numeric');
  });

  test('the headline carries inline scopes too', async () => {
    const text = "South Korea, Türkiye are 'brotherly nations bound by blood,' says Lee";
    await check(text, [
      ["'brotherly nations bound by blood,'", 'string.quoted.single'],
      [text, 'markup.heading'],
    ]);
  });
});

describe('article grammar: the rules themselves', () => {
  const rules = collectRegexes(JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'syntaxes', 'article.tmLanguage.json'), 'utf8')));

  test('every rule compiles in Oniguruma', async () => {
    await loadArticleGrammar();
    assert.ok(rules.length > 10, `expected the grammar's rules, found ${rules.length}`);
    for (const { where, source } of rules) {
      assert.doesNotThrow(() => new OnigScanner([source]).dispose(), `expected ${where} to compile: ${source}`);
    }
  });

  test('no rule repeats a bounded repetition (Oniguruma reads "{1,9}+" as a nested loop, not as possessive)', () => {
    for (const { where, source } of rules) {
      const withoutEscapes = source.replace(/\\[pPx]\{[^}]*\}/g, 'X');
      assert.doesNotMatch(withoutEscapes, /\}[+*]/, `expected ${where} to wrap a bounded repetition in (?>...) instead`);
    }
  });
});

interface RuleRegex {
  where: string;
  source: string;
}

function collectRegexes(node: unknown, where = 'grammar', out: RuleRegex[] = []): RuleRegex[] {
  if (Array.isArray(node)) node.forEach((n, i) => collectRegexes(n, `${where}[${i}]`, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') out.push({ where: `${where}.${key}`, source: value });
      else collectRegexes(value, `${where}.${key}`, out);
    }
  }
  return out;
}

describe('article grammar: seeds and bad input', () => {
  const seed = (name: string) => fs.readFileSync(path.join(PACKAGE_ROOT, 'seeds', name), 'utf8');

  test('a seed with a header, navigation, a dateline, a tracking code and a disclaimer', async () => {
    const text = seed('004_b8cc2b3ee38695d2.txt');
    const tokens = await check(text, [
      [' date 2025-06-26 Tuesday, 02 January 2024 12:17 GMT', 'meta.header'],
      ['2025-06-26', 'constant.numeric.date'],
      ['S. Korea, NATO To Establish Defense Industry Consultative Body', 'markup.heading'],
      ['TOKYO', 'entity.name.section'],
      ['June 26', 'constant.numeric.date'],
      ['(end)', 'keyword.control.end'],
      ['MENAFN26062025000071011013ID1109726370', 'comment.line.tracking-code'],
      ['Legal Disclaimer:', 'comment.block'],
    ]);
    assertCovered(tokens, text, 'Africa', 'comment.block.navigation');
  });

  test('a seed without a header: headline with a quote, apostrophes left alone', async () => {
    const text = seed('000_11bec171e7e4b8ef.txt');
    const tokens = await check(text, [
      ["South Korea, Türkiye are 'brotherly nations bound by blood,' says Lee", 'markup.heading'],
      ['ANKARA', 'entity.name.section'],
      ['"substantially contribute"', 'string.quoted.double'],
    ]);
    assertNoScope(tokens, text, "Lee's", 'string.quoted');
    assertNoScope(tokens, text, "countries'", 'string.quoted');
  });

  test('every seed tokenizes to the end', async () => {
    for (const name of fs.readdirSync(path.join(PACKAGE_ROOT, 'seeds'))) {
      const text = seed(name);
      const tokens = await tokenize(text);
      const lines = text.split(/\r?\n/);
      const lastLine = lines.length - 1 - [...lines].reverse().findIndex((l) => l.length > 0);
      assert.ok(tokens.some((t) => t.line === lastLine), `expected tokens up to line ${lastLine} of ${name}`);
    }
  });

  test('hostile and odd input tokenizes without error', async () => {
    const hostile = [
      '',
      '\ufeff date 2025-11-24 1',
      'A'.repeat(20_000),
      // Capitals that almost make a dateline place: a nested repetition here once backtracked exponentially.
      `Headline\n${'A'.repeat(60)}1`,
      `Headline\n${'ANKARA '.repeat(3_000)}1`,
      '"'.repeat(20_000),
      "'a ".repeat(7_000),
      '“'.repeat(20_000),
      'U.S. '.repeat(4_000),
      '1,000,'.repeat(3_000),
      `http://${'a.'.repeat(10_000)}`,
      'Title\r\nBody "quote" here\r\n',
      '\u0000\u0001\ud800 binary-ish',
    ];
    for (const text of hostile) {
      const tokens = await tokenize(text);
      assert.ok(Array.isArray(tokens), `expected tokens for input starting ${JSON.stringify(text.slice(0, 20))}`);
    }
  });
});
