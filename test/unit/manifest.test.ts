import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';

interface Manifest {
  main: string;
  engines: { vscode: string };
  contributes: {
    semanticTokenTypes: { id: string }[];
    semanticTokenModifiers: { id: string }[];
    semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
    languages: { id: string; extensions?: string[] }[];
  };
}

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

test('the manifest contributes exactly the server legend', () => {
  assert.deepEqual(manifest.contributes.semanticTokenTypes.map((t) => t.id), [...TOKEN_TYPES]);
  assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((t) => t.id), [...TOKEN_MODIFIERS]);
});

test('every token type has a TextMate scope, so ordinary themes colour it', () => {
  const scopes = manifest.contributes.semanticTokenScopes.find((s) => s.language === 'article')!.scopes;
  for (const type of TOKEN_TYPES) assert.ok(scopes[type]?.length, `no scope for token type ${type}`);
  const distinct = new Set(['person', 'organization', 'location', 'date', 'claim'].map((t) => scopes[t]![0]));
  assert.equal(distinct.size, 5, 'person, organization, location, date and claim map to distinct scopes');
});

test('the article language does not take over every .txt file', () => {
  const article = manifest.contributes.languages.find((l) => l.id === 'article')!;
  assert.equal(article.extensions, undefined);
});

test('VS Code 1.100 satisfies engines.vscode and main points into dist', () => {
  assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.0$/);
  assert.ok(Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)![1]) <= 100);
  assert.match(manifest.main, /^\.\/dist\//);
});
