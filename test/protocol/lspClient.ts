import { type ChildProcess, spawn } from 'node:child_process';
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
import { SERVER_NODE_FLAGS } from '../../server/src/launchFlags';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'dist/server/main.js');
export const SEEDS = path.join(REPO_ROOT, 'seeds');

export interface StartOptions {
  /** Workspace folder to open (a folder path). */
  workspace?: string;
  initializationOptions?: unknown;
  /** Answers to workspace/configuration requests for the `articleLens` section. */
  settings?: Record<string, unknown>;
}

/** A real LSP client talking to the built server over stdio. */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  readonly #process: ChildProcess;
  #version = new Map<string, number>();

  private constructor(child: ChildProcess, connection: ProtocolConnection) {
    this.#process = child;
    this.connection = connection;
  }

  static async start(options: StartOptions = {}): Promise<{ client: TestClient; init: InitializeResult }> {
    if (!fs.existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run npm run build first`);
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    connection.onNotification('window/logMessage', (p: { message: string }) => client.logs.push(p.message));
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'articleLens' ? (options.settings ?? {}) : null)),
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.listen();
    const folder = options.workspace ? pathToFileURL(options.workspace).toString() : null;
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: folder ? [{ uri: folder, name: path.basename(options.workspace!) }] : null,
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        // As VS Code does: the server may ask for code lenses again (once claims are compared, after edits).
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, codeLens: { refreshSupport: true } },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: {
            requests: { full: true, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
          },
        },
      },
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  /** Opens a file (its text read from disk unless given) and returns its uri. */
  async open(file: string, text?: string): Promise<string> {
    const uri = pathToFileURL(file).toString();
    const content = text ?? fs.readFileSync(file, 'utf8');
    this.#version.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'article', version: 1, text: content },
    });
    return uri;
  }

  /** Sends an incremental change (a range replaced by `text`). */
  async change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    const version = (this.#version.get(uri) ?? 1) + 1;
    this.#version.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may be gone already
    }
    this.connection.dispose();
    this.#process.kill();
  }
}

/** Decodes LSP relative semantic tokens into absolute tokens with their text. */
export function decodeSemanticTokens(
  data: number[],
  legend: { tokenTypes: string[]; tokenModifiers: string[] },
  text: string,
): { line: number; character: number; length: number; type: string; modifiers: string[]; text: string }[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const dl = data[i]!;
    line += dl;
    character = dl === 0 ? character + data[i + 1]! : data[i + 1]!;
    const length = data[i + 2]!;
    const type = legend.tokenTypes[data[i + 3]!]!;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4]! >> bit) & 1);
    out.push({ line, character, length, type, modifiers, text: lines[line]!.slice(character, character + length) });
  }
  return out;
}
