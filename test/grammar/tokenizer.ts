import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** A token of the article grammar, with its line and the scopes it carries. */
export interface GrammarToken {
  line: number;
  /** Offsets within the line, `end` exclusive. */
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);

function findPackageRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

let grammar: Promise<textmate.IGrammar> | undefined;

/** Loads the article grammar with the same engine VS Code uses (vscode-textmate over Oniguruma). */
export function loadArticleGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = fs.readFileSync(path.join(PACKAGE_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'text.article') return null;
        const file = path.join(PACKAGE_ROOT, 'syntaxes', 'article.tmLanguage.json');
        return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    const loaded = await registry.loadGrammar('text.article');
    if (!loaded) throw new Error('the article grammar did not load');
    return loaded;
  })();
  return grammar;
}

/** Tokenizes a whole text line by line, carrying the rule stack as the editor does. */
export async function tokenize(text: string): Promise<GrammarToken[]> {
  const g = await loadArticleGrammar();
  const tokens: GrammarToken[] = [];
  let stack = textmate.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = g.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, lineText.length);
      if (end > t.startIndex) tokens.push({ line, start: t.startIndex, end, text: lineText.slice(t.startIndex, end), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}
