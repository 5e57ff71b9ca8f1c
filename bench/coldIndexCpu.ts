import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusFolder, ensureCorpus } from './generateCorpus';
import { LspSession } from './lspSession';
import { now } from './stats';

/**
 * Where a cold index spends its CPU time: the server is spawned as the
 * benchmark spawns it, on an empty cache, and at the indexing-finished
 * notification its threads' CPU times are read from /proc (Linux only).
 * The index's worker threads have exited by then: their time is the
 * process's total less that of the threads still there. The other threads
 * besides the main one are V8's helpers (optimising compiler, concurrent and
 * parallel garbage collection), shared by the main thread and the workers.
 *
 *   node out/bench/coldIndexCpu.js [--size N] [--corpus DIR] [--rounds R]
 */

interface ThreadTimes {
  main: number;
  helpers: number;
  total: number;
}

function ticksToMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime in clock ticks, which are 1/100 s on Linux.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function threadTimes(pid: number): ThreadTimes | null {
  try {
    const total = ticksToMs(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    let main = 0;
    let helpers = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      let ms = 0;
      try {
        ms = ticksToMs(fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      } catch {
        continue; // the thread ended meanwhile: its time is in the total
      }
      if (Number(tid) === pid) main = ms;
      else helpers += ms;
    }
    return { main, helpers, total };
  } catch {
    return null;
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const size = Number(option('--size') ?? 10_000);
  const rounds = Number(option('--rounds') ?? 1);
  const folder = option('--corpus') ?? corpusFolder(root, size);
  if (!option('--corpus')) ensureCorpus(folder, size);
  const serverMain = path.join(root, 'dist', 'server', 'main.js');
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cold-cpu-'));
  try {
    for (let round = 0; round < rounds; round++) {
      fs.rmSync(storage, { recursive: true, force: true });
      fs.mkdirSync(storage, { recursive: true });
      const { session, spawnedAt } = await LspSession.start(serverMain, folder, storage);
      let phases = '';
      session.connection.onNotification('window/logMessage', (p: { message: string }) => {
        if (p.message.startsWith('Indexed ')) phases = p.message;
      });
      try {
        const done = await session.indexed(Math.max(180_000, size * 30));
        const times = session.pid === undefined ? null : threadTimes(session.pid);
        if (!done || !times) {
          console.log('no indexing-finished notification, or no /proc to read');
          continue;
        }
        const s = (ms: number) => (ms / 1000).toFixed(1);
        console.log(
          `cold ${done.status.articles} articles: ${s(done.at - spawnedAt)} s wall, ${s(times.total)} s CPU: ` +
            `workers ${s(times.total - times.main - times.helpers)}, main thread ${s(times.main)}, V8 helper threads ${s(times.helpers)} ` +
            `(load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)`,
        );
        if (phases) console.log(`  ${phases}`);
      } finally {
        await session.stop();
      }
    }
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

const started = now();
void main().then(() => console.log(`(${((now() - started) / 1000).toFixed(0)} s)`));
