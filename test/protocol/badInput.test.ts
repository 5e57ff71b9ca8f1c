import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, PublishDiagnosticsParams, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { type AnnotationEditResult, type ArticleAnnotations, ArticleAnnotationsRequest, EditAnnotationsRequest, IndexStatusRequest } from '../../server/src/protocol';
import { TestClient } from './lspClient';
import { indexReady, removeFolders, startIndexed, until } from './waiting';

// Bad files beside good ones: each gets a clear message, the good ones keep working, and nothing an
// analyst wrote is rewritten.
const GOOD = 'Ferry service in Halvgrund\n\nHALVGRUND, May 4 -- Mayor Oskar Tremmelin said on Monday the ferry would run again in June.\n';
const LATE_NUL = `Harbour dues in Skarrow\n\n${'The Skarrow harbour board met again on Monday. '.repeat(200)}\u0000Board chair Edda Lunvik said on Friday the dues would stay.\n`;
const EARLY_NUL = 'Quay works in Brisby\n\nThe\u0000 Brisby council met on Tuesday.\n';
/** Prototype-reaching keys in a sidecar: refused, never merged into anything. */
const HOSTILE_SIDECAR = '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "items": []}\n';
/** A sidecar holding a bare array of things that are no annotations. */
const ARRAY_SIDECAR = '[1, "two", {"type": "Annotation"}]\n';

let client: TestClient;
let folder: string;
const diagnostics = new Map<string, Diagnostic[]>();
const fileIn = (name: string) => path.join(folder, name);
const uriOf = (name: string) => pathToFileURL(fileIn(name)).toString();
const correctionsFile = () => fileIn(path.join('.article-lens', 'entities.json'));

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bad-input-'));
  fs.writeFileSync(fileIn('hostile.txt.annotations.json'), HOSTILE_SIDECAR);
  fs.writeFileSync(fileIn('array.txt.annotations.json'), ARRAY_SIDECAR);
  fs.writeFileSync(fileIn('bare.txt.annotations.json'), '[]\n');
  client = await startIndexed(folder, { 'good.txt': GOOD, 'late-nul.txt': LATE_NUL, 'early-nul.txt': EARLY_NUL, 'hostile.txt': GOOD, 'array.txt': GOOD, 'bare.txt': GOOD });
  client.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => diagnostics.set(p.uri, p.diagnostics));
});
after(async () => {
  await client.stop();
  removeFolders(folder);
});

const symbols = (query: string) => client.request<SymbolInformation[]>('workspace/symbol', { query });
const annotationsOf = (name: string) => client.request<ArticleAnnotations>(ArticleAnnotationsRequest.method, { uri: uriOf(name) });
const tagFirstLine = (name: string) =>
  client.request<AnnotationEditResult>(EditAnnotationsRequest.method, {
    uri: uriOf(name),
    edit: { kind: 'add', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, tags: ['verified'], note: '' },
  });

test('a NUL byte near the start makes a file binary, skipped by name; one further in is analysed with the rest', async () => {
  const status = await client.connection.sendRequest(IndexStatusRequest.type);
  assert.match(client.logs.join('\n'), /early-nul\.txt.*binary/, `expected the early NUL file named in the log, got ${client.logs.join(' | ')}`);
  assert.equal(status.articles, 5, 'expected every other file indexed');
  assert.ok((await symbols('edda lunvik')).some((s) => s.location.uri === uriOf('late-nul.txt')), 'expected the name after a late NUL found');
  assert.ok((await symbols('oskar tremmelin')).length > 0, 'expected the good articles indexed');
});

test('a sidecar with __proto__ and constructor keys is refused with a message and never rewritten', async () => {
  await client.open(fileIn('hostile.txt'), GOOD);
  const r = await annotationsOf('hostile.txt');
  assert.equal(r.sidecar, 'invalid');
  assert.match(r.problem ?? '', /__proto__/, `expected the key named, got ${r.problem}`);
  const result = await tagFirstLine('hostile.txt');
  assert.equal(result.ok, false);
  assert.match(result.message ?? '', /not valid/);
  assert.equal(fs.readFileSync(fileIn('hostile.txt.annotations.json'), 'utf8'), HOSTILE_SIDECAR, 'expected the sidecar untouched');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  const problems = await until('diagnostics on the sidecar', () => diagnostics.get(uriOf('hostile.txt.annotations.json'))?.length ?? 0);
  assert.ok(problems >= 2, 'expected both keys reported');
});

test('a sidecar that is an array of non-annotations is refused with a message and never rewritten; a bare empty array is a page', async () => {
  await client.open(fileIn('array.txt'), GOOD);
  const r = await annotationsOf('array.txt');
  assert.equal(r.sidecar, 'invalid');
  assert.ok(r.problem, 'expected a problem message');
  assert.equal((await tagFirstLine('array.txt')).ok, false);
  assert.equal(fs.readFileSync(fileIn('array.txt.annotations.json'), 'utf8'), ARRAY_SIDECAR, 'expected the sidecar untouched');

  await client.open(fileIn('bare.txt'), GOOD);
  const bare = await annotationsOf('bare.txt');
  assert.notEqual(bare.sidecar, 'invalid', `expected a bare empty array accepted, got ${bare.problem}`);
  assert.deepEqual(bare.annotations, []);
  const added = await tagFirstLine('bare.txt');
  assert.equal(added.ok, true, added.message ?? '');
  assert.equal((await annotationsOf('bare.txt')).annotations.length, 1);
});

test('an empty corrections file is reported as empty, one with trailing commas applies, and neither is rewritten', async () => {
  fs.mkdirSync(path.dirname(correctionsFile()), { recursive: true });
  const write = async (text: string) => {
    fs.writeFileSync(correctionsFile(), text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(correctionsFile()).toString(), type: 1 }] });
  };
  const uri = pathToFileURL(correctionsFile()).toString();
  await write('');
  const empty = await until('a diagnostic on the empty corrections file', () => diagnostics.get(uri)?.[0]);
  assert.match(empty.message, /empty/, `expected the file called empty, got ${empty.message}`);
  assert.equal(empty.severity, 2, 'expected a warning, not an error');
  assert.ok((await symbols('oskar tremmelin')).length > 0, 'expected the index to keep working');
  assert.equal(fs.readFileSync(correctionsFile(), 'utf8'), '');

  const trailing = '{\n  "rename": [{ "entity": "Oskar Tremmelin", "name": "Mayor Tremmelin" },],\n}\n';
  await write(trailing);
  await until('the rename from a file with trailing commas', async () => (await symbols('mayor tremmelin')).some((s) => s.name === 'Mayor Tremmelin'));
  await until('diagnostics to clear', () => diagnostics.get(uri)?.length === 0);
  assert.equal(fs.readFileSync(correctionsFile(), 'utf8'), trailing);
});

test('an open document larger than articleLens.maxFileSize is not analysed, said once in the log, and the others still are', async () => {
  const small = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-max-size-'));
  const { client: limited } = await TestClient.start({ workspace: small, settings: { maxFileSize: 4000 } });
  try {
    // The folder's settings are read by then.
    await indexReady(limited);
    const big = `${GOOD}${'The Halvgrund ferry board met again on Monday. '.repeat(100)}`;
    assert.ok(Buffer.byteLength(big) > 4000);
    const bigUri = await limited.open(path.join(small, 'big.txt'), big);
    const goodUri = await limited.open(path.join(small, 'good.txt'), GOOD);
    const tokens = (uri: string) => limited.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual((await tokens(bigUri)).data, [], 'expected no analysis of the large document');
    const hover = await limited.request<Hover | null>('textDocument/hover', { textDocument: { uri: bigUri }, position: { line: 2, character: 30 } });
    assert.equal(hover, null);
    assert.ok((await tokens(goodUri)).data.length > 0, 'expected the small document analysed');
    await until('the log to name the large document', () => limited.logs.some((l) => l.includes('big.txt') && l.includes('maxFileSize')));
    assert.equal(limited.logs.filter((l) => l.includes('Not analysing') && l.includes('big.txt')).length, 1, 'expected it said once, not at every request');
  } finally {
    await limited.stop();
    removeFolders(small);
  }
});
