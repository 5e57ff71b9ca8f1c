import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  type InitializeResult,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS } from '../server/src/launchFlags';
import { IndexingFinished, type IndexStatus } from '../server/src/protocol';
import { now } from './stats';

/** Resident memory of a process, in megabytes, from /proc (Linux only; null elsewhere). */
export interface Memory {
  rssMB: number | null;
  peakMB: number | null;
}

/** A language-server process driven over stdio the way an editor drives it. */
export class LspSession {
  readonly connection: ProtocolConnection;
  readonly #child: ChildProcess;
  readonly #indexed: Promise<{ status: IndexStatus; at: number }>;
  #versions = new Map<string, number>();
  #exited = false;
  /** When the last request was sent, and when the first bytes after it came back. */
  #sentAt: number | null = null;
  #firstByteAt: number | null = null;
  /**
   * Milliseconds from sending the last request to the first bytes of output
   * after it: the server's own work, before the answer's transfer and parsing,
   * which grow with its size.
   */
  lastFirstByteMs: number | null = null;

  private constructor(child: ChildProcess, connection: ProtocolConnection) {
    this.#child = child;
    this.connection = connection;
    // Added before the connection listens, so it sees each chunk before the message reader does.
    child.stdout?.on('data', () => {
      if (this.#sentAt !== null && this.#firstByteAt === null) this.#firstByteAt = now();
    });
    child.once('exit', () => {
      this.#exited = true;
      // pending requests fail rather than wait forever on a server that died
      connection.dispose();
    });
    this.#indexed = new Promise((resolve) => {
      connection.onNotification(IndexingFinished.type, (status) => resolve({ status, at: now() }));
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    for (const method of [
      'window/workDoneProgress/create',
      'client/registerCapability',
      'workspace/semanticTokens/refresh',
      'workspace/codeLens/refresh',
      'workspace/inlayHint/refresh',
      'workspace/diagnostic/refresh',
    ]) {
      connection.onRequest(method, () => null);
    }
    connection.listen();
  }

  /** Spawns `serverMain --stdio` and sends `initialize` and `initialized` for `folder`. */
  static async start(serverMain: string, folder: string, storagePath: string): Promise<{ session: LspSession; init: InitializeResult; spawnedAt: number }> {
    const spawnedAt = now();
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverMain, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection);
    const uri = pathToFileURL(folder).toString();
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      initializationOptions: { storagePath },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, symbol: {}, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return { session, init, spawnedAt };
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Resolves with the first indexing-finished notification, or null after `timeoutMs`. */
  async indexed(timeoutMs: number): Promise<{ status: IndexStatus; at: number } | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    try {
      return await Promise.race([this.#indexed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  memory(): Memory {
    try {
      const status = fs.readFileSync(`/proc/${this.#child.pid}/status`, 'utf8');
      const kb = (key: string) => {
        const line = status.split('\n').find((l) => l.startsWith(`${key}:`));
        const value = line ? Number.parseInt(line.slice(key.length + 1), 10) : Number.NaN;
        return Number.isFinite(value) ? value / 1024 : null;
      };
      return { rssMB: kb('VmRSS'), peakMB: kb('VmHWM') };
    } catch {
      return { rssMB: null, peakMB: null };
    }
  }

  /** CPU milliseconds the server has used (user and system, all threads), from /proc; null elsewhere. */
  cpuMillis(): number | null {
    try {
      const stat = fs.readFileSync(`/proc/${this.#child.pid}/stat`, 'utf8');
      // fields after the command name, which may itself hold spaces and parentheses
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      return Number.isFinite(ticks) ? (ticks * 1000) / clockTicks() : null;
    } catch {
      return null;
    }
  }

  async open(file: string): Promise<{ uri: string; text: string }> {
    const uri = pathToFileURL(file).toString();
    const text = fs.readFileSync(file, 'utf8');
    this.#versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    return { uri, text };
  }

  async change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** Sends a request; fails after `timeoutMs` so a stuck server cannot stall the benchmark. */
  async request<R>(method: string, params: unknown, timeoutMs = 300_000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method} took longer than ${timeoutMs / 1000} s`)), timeoutMs);
    });
    this.#firstByteAt = null;
    this.#sentAt = now();
    try {
      const answer = await Promise.race([this.connection.sendRequest(method, params) as Promise<R>, timeout]);
      this.lastFirstByteMs = this.#firstByteAt === null ? null : this.#firstByteAt - this.#sentAt;
      return answer;
    } finally {
      this.#sentAt = null;
      clearTimeout(timer);
    }
  }

  /** Asks the server to shut down and exit, and kills it if it does not. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may be gone already
    }
    const exited = new Promise<void>((resolve) => {
      if (this.#exited) resolve();
      else this.#child.once('exit', () => resolve());
    });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (!this.#exited) {
      this.connection.dispose();
      this.#child.kill();
    }
  }
}

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}
