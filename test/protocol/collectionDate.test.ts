import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { removeFolders, startIndexed } from './waiting';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-collection-'));
let client: TestClient;

const YEARLESS = 'Summit in Johannesburg\nJohannesburg, Nov 23 (NationPress) Lee met Macron on Saturday, the office said.\n';

before(async () => {
  client = await startIndexed(workspace, {
    'dated.txt': ' date 2025-11-24 403\nTalks in Ankara\nANKARA, Nov 24 (KUNA) -- Erdogan met Lee on Monday.\n',
    'also-dated.txt': 'Summit ends\nSEOUL, Nov. 25, 2025 (Yonhap) -- Lee returned home.\n',
    'yearless.txt': YEARLESS,
  });
});
after(async () => {
  await client.stop();
  removeFolders(workspace);
});

test('an open article with a yearless dateline takes its year from the workspace, and the hover says so', async () => {
  const uri = await client.open(path.join(workspace, 'yearless.txt'));
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols.find((s) => s.detail)?.detail, '2025-11-23', `expected the collection's year on the headline, got ${JSON.stringify(symbols)}`);
  const character = YEARLESS.split('\n')[1]!.indexOf('Saturday') + 2;
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character } });
  const card = JSON.stringify(hover?.contents ?? '');
  assert.ok(card.includes('2025') && card.includes('11') && card.includes('22'), `expected Saturday resolved to 2025-11-22, got ${card}`);
  assert.ok(card.includes("collection's dates"), `expected the hover to say the year came from the collection, got ${card}`);
});
