import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver-protocol';
import type { TestClient } from './lspClient';
import { articlePath, removeFolders, startGenerated, until } from './waiting';
import { positionInside } from './textPositions';

// The answers of an open article's common entities are written while the server is idle, before anyone
// asks; an edit of that article must show in the next answer, asked from it or from another article.
const ARTICLES = 12;
/** Mentions by surname alone per article, besides the full name in the lead: enough for the answer to be kept. */
const SURNAMES = 30;

function article(i: number): string {
  const piers = Array.from({ length: SURNAMES }, (_, k) => `Velquist inspected pier ${k} of batch ${i}.`).join(' ');
  return [`Pier repairs in Dunmarrow, report ${i}`, '', 'DUNMARROW, April 9 -- Harbour director Marta Velquist said on Monday that repairs would continue.', '', piers, ''].join('\n');
}

let client: TestClient;
let folder: string;
const fileOf = (i: number) => articlePath(folder, i);
const uriOf = (i: number) => pathToFileURL(fileOf(i)).toString();

/** Every mention of the director, full name or surname, in `text`: what the answer should list for that article. */
function mentions(uri: string, text: string): Location[] {
  const out: Location[] = [];
  const lines = text.split('\n');
  lines.forEach((line, n) => {
    for (const m of line.matchAll(/(?:Marta )?Velquist/g)) {
      out.push({ uri, range: { start: { line: n, character: m.index }, end: { line: n, character: m.index + m[0].length } } });
    }
  });
  return out;
}

/** The whole answer expected, in uri then position order, given each article's text. */
function expected(texts: readonly string[]): Location[] {
  return texts.flatMap((t, i) => mentions(uriOf(i), t));
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 1000));

before(async () => {
  ({ client, folder } = await startGenerated('article-lens-readied-references-', ARTICLES, article));
});
after(async () => {
  await client.stop();
  removeFolders(folder);
});

test('references readied on open list every mention, and follow edits of the open article wherever they are asked from', async () => {
  const texts = Array.from({ length: ARTICLES }, (_, i) => article(i));
  const edited = await client.open(fileOf(0), texts[0]);
  const other = await client.open(fileOf(1), texts[1]);
  const references = (uri: string, text: string, words: string) =>
    client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionInside(text, words), context: { includeDeclaration: true } });
  // Nothing asked for a while: the open articles' entities are readied now.
  await idle();

  const whole = expected(texts);
  assert.equal(whole.length, ARTICLES * (SURNAMES + 1));
  assert.deepEqual(await references(other, texts[1]!, 'Velquist inspected pier 3'), whole, 'expected every mention, full name and surname, in uri then position order');
  assert.deepEqual(await references(edited, texts[0]!, 'Marta Velquist'), whole, 'expected the same answer asked from the full name in another article');

  // An added mention at the end of the open article.
  const end = texts[0]!.split('\n').length - 1;
  texts[0] += 'Velquist returned to pier 99 of batch 0.\n';
  await client.change(edited, { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, 'Velquist returned to pier 99 of batch 0.\n');
  const added = expected(texts);
  assert.deepEqual(await references(edited, texts[0], 'Velquist returned'), added, 'expected the edited article, asked from, to answer with its live text');
  // Asked from another article, the edited article's part comes from the index once it has the edit.
  await until('the added mention in the answer asked from another article', async () => (await references(other, texts[1]!, 'Velquist inspected pier 3')).length === added.length);
  assert.deepEqual(await references(other, texts[1]!, 'Velquist inspected pier 3'), added, 'expected the added mention where it stands, and every other as before');

  // A mention taken out of the open article, after the answers were readied again.
  await idle();
  const gone = texts[0].indexOf('Velquist inspected pier 0 ');
  const line = texts[0].slice(0, gone).split('\n').length - 1;
  const character = gone - texts[0].lastIndexOf('\n', gone) - 1;
  texts[0] = texts[0].slice(0, gone) + 'Nobody' + texts[0].slice(gone + 'Velquist'.length);
  await client.change(edited, { start: { line, character }, end: { line, character: character + 'Velquist'.length } }, 'Nobody');
  const removed = expected(texts);
  assert.equal(removed.length, whole.length);
  await until('the removed mention gone from the answer asked from another article', async () => (await references(other, texts[1]!, 'Velquist inspected pier 3')).length === removed.length);
  assert.deepEqual(await references(other, texts[1]!, 'Velquist inspected pier 3'), removed, 'expected the removed mention gone and the rest shifted nowhere');
  assert.deepEqual(await references(edited, texts[0], 'Velquist returned'), removed, 'expected the edited article to agree');
  await idle();
  assert.deepEqual(await references(other, texts[1]!, 'Velquist inspected pier 3'), removed, 'expected the answer readied again after the edit to be the same');
});
