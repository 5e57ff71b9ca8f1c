import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { readSidecar, sidecarPathOf } from '../../server/src/annotations/sidecarStore';
import { viewOf } from '../../server/src/annotations/annotationView';
import type { JsonObject } from '../../server/src/annotations/model';
import { runCliCaptured } from './cliRun';
import { csvCell } from '../../server/src/cli/exportCommand';
import { ANNOTATION_COMMANDS } from '../../server/src/features/annotationCodeActions';

const ROOT = [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../..')].find((d) => fs.existsSync(path.join(d, 'package.json')) && fs.existsSync(path.join(d, 'client')))!;

const STORY = [
  'Minister defends tank programme',
  'ANKARA, Nov 24 (Reuters) - Defence Minister Yasar Guler said on Monday that the programme was on schedule.',
  '"The first tanks will be delivered next year," Guler told reporters.',
  'Critics said the programme was late.',
  '',
].join('\n');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annotations-cli-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

function folder(files: Record<string, string>): string {
  const dir = path.join(tmp, String(++counter));
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}


const run = (...args: string[]) => runCliCaptured(args);

describe('article-lens annotations add', () => {
  test('adds tags and a note on the quoted words', async () => {
    const dir = folder({ 'story.txt': STORY });
    const file = path.join(dir, 'story.txt');
    const r = await run('annotations', 'add', file, '--quote', 'the programme was on schedule', '--tag', 'disputed', '--tag', 'needs follow-up', '--note', 'Ask the ministry');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^urn:uuid:[0-9a-f-]{36}\tstory\.txt:2:/);
    const read = readSidecar(file);
    assert.equal(read.status, 'ok');
    const view = viewOf((read.status === 'ok' ? (read.page.items as JsonObject[]) : [])[0]!);
    assert.deepEqual(view.tags, ['disputed', 'needs follow-up']);
    assert.deepEqual(view.notes, ['Ask the ministry']);
    assert.equal(STORY.slice(view.position!.start, view.position!.end), 'the programme was on schedule');
  });

  test('refuses a quote that is not in the article', async () => {
    const dir = folder({ 'story.txt': STORY });
    const r = await run('annotations', 'add', path.join(dir, 'story.txt'), '--quote', 'the programme was cancelled');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /is not in/);
    assert.ok(!fs.existsSync(sidecarPathOf(path.join(dir, 'story.txt'))), 'no sidecar is created');
  });

  test('refuses an ambiguous quote without --occurrence and takes the chosen one with it', async () => {
    const dir = folder({ 'story.txt': STORY });
    const file = path.join(dir, 'story.txt');
    const ambiguous = await run('annotations', 'add', file, '--quote', 'the programme');
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /occurs 2 times/);
    const second = await run('annotations', 'add', file, '--quote', 'the programme', '--occurrence', '2', '--tag', 'opinion');
    assert.equal(second.code, 0, second.stderr);
    const read = readSidecar(file);
    const view = viewOf((read.status === 'ok' ? (read.page.items as JsonObject[]) : [])[0]!);
    assert.equal(view.position!.start, STORY.lastIndexOf('the programme'));
    assert.equal((await run('annotations', 'add', file, '--quote', 'the programme', '--occurrence', '3')).code, 1);
  });
});

describe('article-lens annotations list, validate, export', () => {
  test('list shows where annotations are now, as text and as JSON lines', async () => {
    const dir = folder({ 'story.txt': STORY });
    const file = path.join(dir, 'story.txt');
    await run('annotations', 'add', file, '--quote', 'Critics said the programme was late', '--tag', 'unverified');
    fs.writeFileSync(file, `UPDATE: corrects the minister's title.\n${STORY}`);
    const text = await run('annotations', 'list', dir);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /story\.txt:5:1\t\[unverified\]\t"Critics said the programme was late"/);
    const json = await run('annotations', 'list', '--json', dir);
    const row = JSON.parse(json.stdout.trim()) as { anchor: string; line: number; text: string };
    assert.equal(row.anchor, 'quote');
    assert.equal(row.line, 5);
    assert.equal(row.text, 'Critics said the programme was late');
  });

  test('validate passes a healthy folder and fails on orphans, bad JSON and foreign targets', async () => {
    const dir = folder({ 'story.txt': STORY, 'other.txt': STORY, 'broken.txt': STORY });
    const story = path.join(dir, 'story.txt');
    await run('annotations', 'add', story, '--quote', 'the first tanks will be delivered next year'.replace('the', 'The'), '--tag', 'verified');
    const ok = await run('validate', dir);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /1 annotated article, 1 annotation: 0 problems/);

    fs.writeFileSync(story, STORY.replace('"The first tanks will be delivered next year," Guler told reporters.\n', ''));
    fs.writeFileSync(sidecarPathOf(path.join(dir, 'broken.txt')), '{"type": "AnnotationPage", "items": [}\n');
    fs.writeFileSync(
      sidecarPathOf(path.join(dir, 'other.txt')),
      JSON.stringify({ type: 'AnnotationPage', items: [{ id: 'a', target: { source: 'story.txt' } }] }, null, 2),
    );
    const bad = await run('validate', dir);
    assert.equal(bad.code, 1, 'validate exits 1 on problems');
    assert.match(bad.stdout, /broken\.txt\.annotations\.json:1:\d+: error: invalid JSON/);
    assert.match(bad.stdout, /other\.txt\.annotations\.json:7:9: error: .*only target its own article/);
    assert.match(bad.stdout, /story\.txt\.annotations\.json: error: annotation .* is orphaned/);
  });

  test('export writes JSON lines, CSV and a W3C collection with the claims covered', async () => {
    const dir = folder({ 'story.txt': STORY });
    const file = path.join(dir, 'story.txt');
    await run('annotations', 'add', file, '--quote', 'the programme was on schedule', '--tag', 'disputed', '--note', '=HYPERLINK("x")');
    const jsonl = await run('export', '--format', 'jsonl', dir);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    const row = JSON.parse(jsonl.stdout.trim()) as { tags: string[]; claims: { text: string }[]; articleDate: string | null };
    assert.deepEqual(row.tags, ['disputed']);
    assert.ok(row.claims.some((c) => c.text.includes('the programme was on schedule')), `expected the covering claim, got ${JSON.stringify(row.claims)}`);
    const csv = await run('export', '--format', 'csv', dir);
    const [header, line] = csv.stdout.split('\r\n');
    assert.ok(header!.startsWith('article,id,tags,note,quote'));
    assert.ok(line!.includes(`"'=HYPERLINK(""x"")"`), 'a formula-like note is neutralised and quoted');
    const w3c = JSON.parse((await run('export', '--format', 'w3c', dir)).stdout) as { type: string; total: number; first: { items: { target: { source: string } }[] } };
    assert.equal(w3c.type, 'AnnotationCollection');
    assert.equal(w3c.total, 1);
    assert.ok(w3c.first.items[0]!.target.source.endsWith('story.txt'));
    assert.equal((await run('export', '--format', 'xml', dir)).code, 2);
  });

  test('csv cells are quoted by RFC 4180', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell(null), '');
  });
});

describe('manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
  };
  const clientSource = fs.readFileSync(path.join(ROOT, 'client/src/annotations/annotationCommands.ts'), 'utf8');

  test('every command the code actions and lenses run is contributed and registered by the client', () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const command of Object.values(ANNOTATION_COMMANDS)) {
      assert.ok(contributed.has(command), `${command} is not in package.json`);
      assert.ok(clientSource.includes(`registerCommand('${command}'`), `${command} is not registered by the client`);
    }
    assert.ok(manifest.contributes.configuration.properties['articleLens.tags'], 'articleLens.tags is contributed');
  });
});
