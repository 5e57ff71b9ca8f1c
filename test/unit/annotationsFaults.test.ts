import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { viewOf } from '../../server/src/annotations/annotationView';
import type { JsonObject } from '../../server/src/annotations/model';
import { readSidecar, SidecarRefusedError, sidecarPathOf, updateSidecar } from '../../server/src/annotations/sidecarStore';

const WRITER = path.join(__dirname, `sidecarWriter${path.extname(__filename)}`);
const ARTICLE = 'The minister said the programme was on schedule. Critics said it was late and over budget.\n'.repeat(20);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annotations-faults-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function article(name: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, ARTICLE);
  return file;
}

/** Starts the writer in its own process (through tsx when the tests run from TypeScript). */
function writer(...args: string[]): ChildProcess {
  const loader = WRITER.endsWith('.ts') ? ['--import', 'tsx'] : [];
  return spawn(process.execPath, [...loader, WRITER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Resolves once the child has printed `lines` lines (finished that many writes). */
function progressed(child: ChildProcess, lines: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').length - 1;
      if (seen >= lines) resolve();
    });
    child.on('exit', () => (seen >= lines ? resolve() : reject(new Error(`writer exited after ${seen} writes`))));
  });
}

test('a writer killed mid-write leaves a valid sidecar, and the next writer takes over its lock', async () => {
  const file = article('killed.txt');
  let lastCount = 0;
  for (let round = 0; round < 6; round++) {
    // Notes of 400 kB make each write long enough to be interrupted part-way.
    const child = writer(file, '1000', `r${round}`, '400000');
    await progressed(child, 1);
    await new Promise((r) => setTimeout(r, 15 * round));
    child.kill('SIGKILL');
    await exited(child);
    const read = readSidecar(file);
    assert.equal(read.status, 'ok', `round ${round}: the sidecar must be whole after a kill, got ${JSON.stringify(read.status === 'invalid' ? read.problems[0] : read.status)}`);
    const count = read.status === 'ok' ? (read.page.items as JsonObject[]).length : 0;
    assert.ok(count > lastCount, `round ${round}: earlier annotations are kept (${count} after ${lastCount})`);
    lastCount = count;
  }
  // A lock left behind by a killed writer must not block the next one for long.
  const result = await updateSidecar(file, ARTICLE, [{ kind: 'add', start: 0, end: 3, tags: ['after'], note: '' }]);
  assert.ok(result.ids[0], 'the write after the kills succeeds');
  const strays = fs.readdirSync(tmp).filter((n) => n.startsWith('killed.txt.annotations.json.'));
  assert.deepEqual(strays, [], 'temporary files of killed writers are cleaned up by the next write');
});

test('two processes writing the same sidecar at once lose nothing', async () => {
  const file = article('concurrent.txt');
  const a = writer(file, '25', 'a');
  const b = writer(file, '25', 'b');
  const codes = await Promise.all([exited(a), exited(b)]);
  assert.deepEqual(codes, [0, 0], 'both writers finish');
  const read = readSidecar(file);
  assert.equal(read.status, 'ok');
  const tags = (read.status === 'ok' ? (read.page.items as JsonObject[]) : []).flatMap((i) => viewOf(i).tags);
  for (const prefix of ['a', 'b']) {
    for (let i = 0; i < 25; i++) assert.ok(tags.includes(`${prefix}-${i}`), `expected the annotation ${prefix}-${i} from writer ${prefix}`);
  }
  assert.equal(tags.length, 50);
});

test('a corrupt sidecar is never overwritten, by this process or another', async () => {
  const file = article('corrupt.txt');
  const corrupt = '{"type": "AnnotationPage", "items": [\n  {"id": "x", "target": "corrupt.txt"}\n  oops\n]}\n';
  fs.writeFileSync(sidecarPathOf(file), corrupt);
  await assert.rejects(updateSidecar(file, ARTICLE, [{ kind: 'add', start: 0, end: 3, tags: ['t'], note: '' }]), SidecarRefusedError);
  const child = writer(file, '1', 'other');
  const code = await exited(child);
  assert.notEqual(code, 0, 'the other process is refused too');
  assert.equal(fs.readFileSync(sidecarPathOf(file), 'utf8'), corrupt, 'the corrupt file is left byte for byte');
});
