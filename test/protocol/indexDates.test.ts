import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { indexReady, removeFolders, startIndexed } from './waiting';

// Articles that are not open are indexed with the same date inputs as open ones: here an
// analyst's recorded date, which then gives a yearless open article its year.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-index-dates-'));
let client: TestClient;

const UNDATED = 'Talks resume in Ankara\nOfficials met in Ankara on Monday to resume the talks, the ministry said.\n';
const YEARLESS = 'Summit in Seoul\nSeoul, Mar 12 (Yonhap) Lee met Macron on Tuesday, the office said.\n';

function sidecar(article: string, datePublished: string): string {
  return JSON.stringify({
    type: 'AnnotationPage',
    items: [{ id: 'article-details', type: 'Annotation', target: article, body: { purpose: 'describing', datePublished } }],
  });
}

before(async () => {
  client = await startIndexed(workspace, {
    'undated.txt': UNDATED,
    'undated.txt.annotations.json': sidecar('undated.txt', '2024-03-10'),
    'yearless.txt': YEARLESS,
  });
});
after(async () => {
  await client.stop();
  removeFolders(workspace);
});

test('an article that is not open is indexed with the date an analyst recorded for it', async () => {
  const status = await indexReady(client);
  assert.equal(status.articles, 2, `expected both articles indexed (the annotation file is none), got ${status.articles}`);
  // The recorded date of the closed article is the collection's only date: the open yearless article takes its year from it.
  const uri = await client.open(path.join(workspace, 'yearless.txt'));
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(
    symbols.find((s) => s.detail)?.detail,
    '2024-03-12',
    `expected the year of the closed article's recorded date on the yearless headline, got ${JSON.stringify(symbols)}`,
  );
});
