import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { InitializeResult, SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeSemanticTokens, SEEDS, TestClient } from './lspClient';
import * as fs from 'node:fs';

let client: TestClient;
let init: InitializeResult;

before(async () => {
  ({ client, init } = await TestClient.start({ workspace: SEEDS }));
});
after(async () => {
  await client.stop();
});

test('semantic tokens of a seed decode to entity tokens on real words', async () => {
  const file = path.join(SEEDS, '001_71c7a69bdbeef647.txt');
  const uri = await client.open(file);
  const result = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const legend = init.capabilities.semanticTokensProvider!.legend;
  const tokens = decodeSemanticTokens(result.data, legend, fs.readFileSync(file, 'utf8'));
  assert.ok(tokens.length > 10, `expected many tokens, got ${tokens.length}`);
  const words = new Set(tokens.map((t) => t.text));
  for (const name of ['Erdogan', 'Ankara']) assert.ok(words.has(name), `expected a token on "${name}"`);
});
