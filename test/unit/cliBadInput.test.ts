import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { runCliCaptured } from './cliRun';

// Bad files beside good ones, through the command line: each gets a message naming it, the good ones
// are still analysed, and no sidecar an analyst wrote is rewritten.
const GOOD = 'Ferry service in Halvgrund\n\nHALVGRUND, May 4 -- Mayor Oskar Tremmelin said on Monday the ferry would run again in June.\n';
/** A NUL past the first 8 KB: the text is read, the NUL kept as a character. */
const LATE_NUL = `Harbour dues in Skarrow\n\n${'The Skarrow harbour board met again on Monday. '.repeat(200)}\u0000Board chair Edda Lunvik said on Friday the dues would stay.\n`;
const EARLY_NUL = 'Quay works in Brisby\n\nThe\u0000 Brisby council met on Tuesday.\n';
const HOSTILE_SIDECAR = '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "items": []}\n';
const ARRAY_SIDECAR = '[1, "two", {"type": "Annotation"}]\n';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-bad-input-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

interface JsonArticle {
  path: string;
  entities: { start: number; end: number; text: string }[];
}

test('analyze: a NUL near the start skips the file by name; one further in is read, and the others are analysed', async () => {
  const dir = folder('nul', { 'good.txt': GOOD, 'late-nul.txt': LATE_NUL, 'early-nul.txt': EARLY_NUL });
  const { code, stdout, stderr } = await runCliCaptured(['analyze', '--json', dir]);
  assert.equal(code, 1, 'a skipped file makes the exit code non-zero');
  assert.match(stderr, /early-nul\.txt: binary file/);
  const articles = stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonArticle);
  assert.deepEqual(articles.map((a) => path.basename(a.path)).sort(), ['good.txt', 'late-nul.txt']);
  const late = articles.find((a) => a.path.endsWith('late-nul.txt'))!;
  const lunvik = late.entities.find((e) => e.text === 'Edda Lunvik');
  assert.ok(lunvik, 'expected the name after the NUL found');
  assert.equal(LATE_NUL.slice(lunvik.start, lunvik.end), 'Edda Lunvik', 'expected offsets past the NUL exact');
  const human = await runCliCaptured(['analyze', dir]);
  assert.match(human.stdout, /late-nul\.txt/);
  assert.ok(!human.stdout.includes('\u0000'), 'expected no NUL written to the terminal');
});

test('sidecars with __proto__ keys or an array of non-annotations: validate, list and export name them, add refuses, none is rewritten', async () => {
  const dir = folder('sidecars', {
    'hostile.txt': GOOD,
    'hostile.txt.annotations.json': HOSTILE_SIDECAR,
    'array.txt': GOOD,
    'array.txt.annotations.json': ARRAY_SIDECAR,
    'good.txt': GOOD,
  });
  const validate = await runCliCaptured(['validate', dir]);
  assert.equal(validate.code, 1);
  assert.match(validate.stdout, /hostile\.txt\.annotations\.json:1:\d+: error: the key "__proto__" is not allowed/);
  assert.match(validate.stdout, /hostile\.txt\.annotations\.json:1:\d+: error: the key "constructor" is not allowed/);
  assert.match(validate.stdout, /array\.txt\.annotations\.json:1:\d+: error: /);
  for (const command of [['annotations', 'list', dir], ['export', '--format', 'jsonl', dir]]) {
    const r = await runCliCaptured(command);
    assert.match(r.stderr, /hostile\.txt\.annotations\.json: not valid/, `${command.join(' ')} should name the hostile sidecar`);
    assert.match(r.stderr, /array\.txt\.annotations\.json: not valid/, `${command.join(' ')} should name the array sidecar`);
  }
  for (const name of ['hostile.txt', 'array.txt']) {
    const add = await runCliCaptured(['annotations', 'add', path.join(dir, name), '--quote', 'Oskar Tremmelin', '--tag', 'verified']);
    assert.notEqual(add.code, 0, `adding to ${name} should be refused`);
    assert.match(add.stderr, /is not valid/);
  }
  assert.equal(fs.readFileSync(path.join(dir, 'hostile.txt.annotations.json'), 'utf8'), HOSTILE_SIDECAR, 'expected the hostile sidecar untouched');
  assert.equal(fs.readFileSync(path.join(dir, 'array.txt.annotations.json'), 'utf8'), ARRAY_SIDECAR, 'expected the array sidecar untouched');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  const good = await runCliCaptured(['annotations', 'add', path.join(dir, 'good.txt'), '--quote', 'Oskar Tremmelin', '--tag', 'verified']);
  assert.equal(good.code, 0, good.stderr);
});
