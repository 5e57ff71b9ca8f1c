import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { type CodeAction, type CodeLens, type Diagnostic, type DocumentSymbol, type Hover, type InlayHint, type PublishDiagnosticsParams, SymbolKind } from 'vscode-languageserver-protocol';
import { type AnnotationEditResult, type ArticleAnnotations, ArticleAnnotationsRequest, type ClaimAt, ClaimAtRequest, EditAnnotationsRequest } from '../../server/src/protocol';
import { SEEDS, TestClient } from './lspClient';
import { until } from './waiting';

const SEED = '001_71c7a69bdbeef647.txt';
let client: TestClient;
let workspace: string;
let file: string;
let uri: string;
let text: string;
const diagnostics = new Map<string, Diagnostic[]>();

before(async () => {
  // A copy: the seeds themselves are never written.
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'annotations-protocol-'));
  for (const name of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, name), path.join(workspace, name));
  ({ client } = await TestClient.start({ workspace, settings: { annotator: 'Protocol Test', tags: [{ name: 'satire', color: '#123456' }] } }));
  client.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => diagnostics.set(p.uri, p.diagnostics));
  file = path.join(workspace, SEED);
  text = fs.readFileSync(file, 'utf8');
  uri = await client.open(file);
});
after(async () => {
  await client.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

/** Line and character of an offset in `source`. */
function positionOf(source: string, offset: number): { line: number; character: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

const annotations = () => client.request<ArticleAnnotations>(ArticleAnnotationsRequest.method, { uri });
const edit = (e: unknown) => client.request<AnnotationEditResult>(EditAnnotationsRequest.method, { uri, edit: e });

const QUOTE = 'focused on steps to advance defense industry cooperation';

test('an article without a sidecar has no annotations and the default taxonomy plus settings', async () => {
  const r = await annotations();
  assert.equal(r.sidecar, 'missing');
  assert.deepEqual(r.annotations, []);
  const names = r.taxonomy.map((t) => t.name);
  for (const name of ['verified', 'disputed', 'needs follow-up', 'satire']) assert.ok(names.includes(name), `taxonomy lacks ${name}`);
});

test('tagging the claim under the cursor writes the sidecar and the annotation is listed, hovered and lensed', async () => {
  const offset = text.indexOf(QUOTE) + 5;
  const claim = await client.request<ClaimAt | null>(ClaimAtRequest.method, { uri, position: positionOf(text, offset) });
  assert.ok(claim, 'expected a claim or sentence under the cursor');
  assert.ok(claim.text.includes(QUOTE), `expected the claim to contain the quote, got "${claim.text}"`);
  const added = await edit({ kind: 'add', range: claim.range, tags: ['disputed', 'satire'], note: 'Check [the](javascript:alert(1)) original' });
  assert.equal(added.ok, true, added.message ?? '');
  const sidecar = JSON.parse(fs.readFileSync(`${file}.annotations.json`, 'utf8')) as { type: string; items: { creator: { name: string } }[] };
  assert.equal(sidecar.type, 'AnnotationPage');
  assert.equal(sidecar.items[0]!.creator.name, 'Protocol Test');
  const r = await annotations();
  assert.equal(r.annotations.length, 1);
  assert.deepEqual(r.annotations[0]!.tags, ['disputed', 'satire']);
  assert.deepEqual(r.annotations[0]!.range, claim.range);
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, offset) });
  const value = JSON.stringify(hover?.contents ?? '');
  assert.ok(value.includes('disputed'), `expected the tags in the hover, got ${value}`);
  assert.ok(!value.includes('](javascript'), 'the note is escaped, not a link');
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.ok(lenses.some((l) => l.command?.title.includes('disputed · satire')), `expected a tag lens, got ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
});

test('text inserted above: the annotation follows its words; deleting them makes an orphan with quick fixes', async () => {
  await client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'EDITOR NOTE: a line added above.\n');
  text = `EDITOR NOTE: a line added above.\n${text}`;
  let r = await annotations();
  assert.equal(r.annotations[0]!.anchor, 'quote');
  const start = r.annotations[0]!.range!.start;
  assert.equal(start.line, positionOf(text, text.indexOf(QUOTE)).line, 'the annotation moved down one line with its words');

  const claimStart = text.lastIndexOf('Turkish President', text.indexOf(QUOTE));
  const claimEnd = text.indexOf('countries.', text.indexOf(QUOTE)) + 'countries.'.length;
  await client.change(uri, { start: positionOf(text, claimStart), end: positionOf(text, claimEnd) }, 'The leaders met.');
  text = text.slice(0, claimStart) + 'The leaders met.' + text.slice(claimEnd);
  r = await annotations();
  assert.equal(r.annotations[0]!.anchor, 'orphan');
  assert.equal(r.annotations[0]!.range, null);
  const orphan = await until('an orphan diagnostic', () => diagnostics.get(uri)?.find((d) => d.code === 'orphaned-annotation'));
  const selection = { start: positionOf(text, claimStart), end: positionOf(text, claimStart + 'The leaders met.'.length) };
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: selection, context: { diagnostics: [orphan] } });
  const titles = actions.map((a) => a.title);
  assert.ok(titles.some((t) => t.startsWith('Re-attach')), `expected a re-attach fix, got ${titles.join(' | ')}`);
  assert.ok(titles.some((t) => t.startsWith('Delete the orphaned')), 'expected a delete fix');
  const reattach = actions.find((a) => a.title.startsWith('Re-attach'))!;
  const [, id, range] = reattach.command!.arguments as [string, string, unknown];
  assert.equal((await edit({ kind: 'reattach', id, range })).ok, true);
  r = await annotations();
  assert.equal(r.annotations[0]!.anchor, 'position');
  await until('the orphan diagnostic to clear', () => !diagnostics.get(uri)?.some((d) => d.code === 'orphaned-annotation'));
});

test('a corrupt sidecar is reported at its position and editing is refused without touching it', async () => {
  const sidecar = `${file}.annotations.json`;
  const corrupt = '{\n  "type": "AnnotationPage",\n  "items": [ { "id": 1 } ]\n}\n';
  fs.writeFileSync(sidecar, corrupt);
  const r = await annotations();
  assert.equal(r.sidecar, 'invalid');
  assert.ok(r.problem, 'expected a problem message');
  const result = await edit({ kind: 'add', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, tags: ['verified'], note: '' });
  assert.equal(result.ok, false);
  assert.match(result.message ?? '', /not valid/);
  assert.equal(fs.readFileSync(sidecar, 'utf8'), corrupt, 'the corrupt sidecar is left untouched');
  const sidecarUri = new URL(`file://${sidecar}`).toString();
  const problems = await until('diagnostics on the sidecar', () => (diagnostics.get(sidecarUri)?.length ? diagnostics.get(sidecarUri) : null));
  assert.equal(problems[0]!.range.start.line, 2, `expected the problem on line 3, got ${JSON.stringify(problems[0])}`);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
    context: { diagnostics: [] },
  });
  assert.deepEqual(actions, [], 'no annotation actions are offered while the sidecar is invalid');
});

test('an article date recorded by an analyst is kept and shown in the hover on the first line', async () => {
  fs.unlinkSync(`${file}.annotations.json`);
  const result = await edit({ kind: 'setArticle', metadata: { datePublished: '2025-11-24', publisher: 'KUNA', url: 'https://example.org/kuna' } });
  assert.equal(result.ok, true, result.message ?? '');
  const r = await annotations();
  assert.deepEqual(r.article, { datePublished: '2025-11-24', publisher: 'KUNA', url: 'https://example.org/kuna' });
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
  assert.ok(JSON.stringify(hover?.contents ?? '').includes('2025\\\\-11\\\\-24') || JSON.stringify(hover?.contents ?? '').includes('2025-11-24'), `expected the recorded date in the hover, got ${JSON.stringify(hover)}`);
  const outline = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const details = outline.find((s) => s.name === 'Article details');
  assert.deepEqual(
    details?.children?.map((c) => [c.name, c.detail]),
    [['Published', '2025-11-24'], ['Source', 'KUNA'], ['URL', 'https://example.org/kuna']],
    `expected the recorded details at the top of the outline, got ${JSON.stringify(outline[0])}`,
  );
  assert.equal(outline[0], details, 'the article details come first in the outline');
  const bad = await edit({ kind: 'setArticle', metadata: { datePublished: 'next Tuesday' } });
  assert.equal(bad.ok, false);
});

test('the recorded date becomes the analysis date: the outline shows it and relative dates resolve against it', async () => {
  assert.equal((await edit({ kind: 'setArticle', metadata: { datePublished: '2024-02-14' } })).ok, true);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const headline = symbols.find((s) => s.kind === SymbolKind.File);
  assert.equal(headline?.detail, '2024-02-14', `expected the recorded date on the headline in the outline, got ${JSON.stringify(headline)}`);
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
  });
  const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
  // Against 2024-02-14, "Nov 24" is the November before (or, by another policy, of) the recorded year; never the header's 2025.
  assert.ok(labels.some((l) => /202[34]-11-24/.test(l)), `expected "Nov 24" resolved against the recorded date, got ${JSON.stringify(labels)}`);
});
