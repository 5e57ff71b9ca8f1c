/*
 * Tests in a real VS Code: code-server (VS Code 1.100 served to a browser) driven by Playwright and
 * Debian's chromium. `node scripts/setup-code-server.mjs` installs code-server once; `npm test` does it.
 *
 *   import { ENTITY_COLOURS, REPO_ROOT, SEEDS_DIR, startCodeServer, Workbench } from '../vscode/codeServer';
 *
 *   const server = await startCodeServer({ name: 'hover' });       // fresh user data, extensions, XDG dirs
 *   const bench = await Workbench.open(server, SEEDS_DIR, {         // the extension loaded from this checkout
 *     developmentPath: REPO_ROOT,                                  // (run `npm run build` first)
 *     expectFile: '001_71c7a69bdbeef647.txt',
 *   });
 *   try {
 *     await bench.openFromExplorer('001_71c7a69bdbeef647.txt');
 *     await bench.waitForTokenColour('Erdogan', ENTITY_COLOURS);   // semantic tokens applied
 *     const card = await bench.hover('Erdogan', /Erdogan/);         // the hover card's text
 *     await bench.clickToken('Erdogan');                            // cursor in a visible token
 *     await bench.runCommand('Article Lens: Show Output');
 *     await bench.screenshot('hover-card');                        // test-results/screenshots/hover-card.png
 *   } finally {
 *     await bench.close();
 *     await server.stop();
 *   }
 *
 * Every helper waits on a condition in the page (never a fixed sleep) and fails with a message naming
 * what it waited for. The browser may only reach 127.0.0.1; any other request is aborted and recorded
 * in `bench.blockedRequests`. Logs of each server are copied to test-results/logs/<name>/ on stop.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, RESULTS_DIR } from './paths';

export * from './paths';
export * from './workbench';

/** Foreground colour per semantic token type, set in the test user settings so colours are deterministic. */
export const TOKEN_COLOURS = {
  person: '#ff0000',
  organization: '#0090ff',
  location: '#00c000',
  nationality: '#c0c000',
  event: '#ff8000',
  facility: '#a000ff',
  product: '#ff00c0',
  entity: '#00e0c0',
  date: '#ffd700',
  claim: '#b0b0ff',
} as const;

/** The semantic token types the extension contributes. */
export type TokenType = keyof typeof TOKEN_COLOURS;

/** Converts `#rrggbb` to the `rgb(r, g, b)` form `getComputedStyle` reports. */
export function cssColour(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Computed colours of the entity token types (everything but dates and claims). */
export const ENTITY_COLOURS: readonly string[] = (Object.keys(TOKEN_COLOURS) as TokenType[])
  .filter((t) => t !== 'date' && t !== 'claim')
  .map((t) => cssColour(TOKEN_COLOURS[t]));

/** The token type a computed colour stands for, if any. */
export function tokenTypeOfColour(colour: string): TokenType | undefined {
  return (Object.keys(TOKEN_COLOURS) as TokenType[]).find((t) => cssColour(TOKEN_COLOURS[t]) === colour);
}

/** User settings of every test instance: quiet, offline, trusted, with the token colours above. */
export const TEST_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.colorTheme': 'Default Dark Modern',
  'window.autoDetectColorScheme': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'window.restoreWindows': 'none',
  'editor.semanticHighlighting.enabled': true,
  'editor.semanticTokenColorCustomizations': {
    enabled: true,
    rules: Object.fromEntries(Object.entries(TOKEN_COLOURS).map(([type, foreground]) => [type, { foreground }])),
  },
  'editor.minimap.enabled': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
};

export interface CodeServerOptions {
  /** Names the instance in temporary folders and in test-results/logs/. */
  name: string;
  /** Settings merged over {@link TEST_SETTINGS}. */
  settings?: Record<string, unknown>;
  /** `.vsix` files installed into the fresh extensions folder before the server starts. */
  vsix?: string[];
  /** Extra environment for the server and so for the extension host (for example where a suite writes results). */
  env?: Record<string, string>;
  /** How long to wait for `/healthz`; default 60 s. */
  startTimeoutMs?: number;
}

/** A running code-server on 127.0.0.1 with its own user data, extensions and XDG folders. */
export interface CodeServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `127.0.0.1:<port>`: the remote authority in `vscode-remote://` URIs. */
  readonly authority: string;
  readonly name: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** code-server's own stdout and stderr. */
  readonly logFile: string;
  /** The whole text of the server log plus the extension host logs written so far. */
  logs(): string;
  /** Stops the server and everything it started (extension host, language server), keeps the logs. */
  stop(): Promise<void>;
}

/** Throws, saying how to fix it, when code-server is not installed. */
export function assertCodeServerInstalled(): void {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER_ENTRY}: run node scripts/setup-code-server.mjs`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The environment without anything that would tie the server to an enclosing VS Code or its config. */
function isolatedEnv(dir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key === 'PORT' || key === 'PASSWORD') continue;
    if (key.startsWith('NODE_TEST') || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  env.XDG_CONFIG_HOME = path.join(dir, 'xdg/config');
  env.XDG_DATA_HOME = path.join(dir, 'xdg/data');
  env.XDG_CACHE_HOME = path.join(dir, 'xdg/cache');
  // No extension gallery: the workbench would otherwise query open-vsx.org for recommendations.
  env.EXTENSIONS_GALLERY = '{}';
  return { ...env, ...extra };
}

function serverArgs(configFile: string, userDataDir: string, extensionsDir: string): string[] {
  return [CODE_SERVER_ENTRY, '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** Starts a fresh code-server on a free loopback port and waits until `/healthz` answers. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  assertCodeServerInstalled();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `article-lens-${options.name}-`));
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  const configFile = path.join(dir, 'config.yaml');
  const logFile = path.join(dir, 'code-server.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User/settings.json'),
    JSON.stringify({ ...TEST_SETTINGS, ...options.settings }, null, 2),
  );
  const env = isolatedEnv(dir, options.env ?? {});

  for (const vsix of options.vsix ?? []) {
    const result = spawnSync(process.execPath, [...serverArgs(configFile, userDataDir, extensionsDir), '--install-extension', vsix], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (result.status !== 0) throw new Error(`installing ${vsix} failed: ${result.stderr}${result.stdout}`);
  }

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  fs.writeFileSync(configFile, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      ...serverArgs(configFile, userDataDir, extensionsDir),
      '--bind-addr',
      authority,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    // Its own process group, so stop() ends the forked VS Code server, extension host and language server too.
    { detached: true, stdio: ['ignore', log, log], env },
  );
  fs.closeSync(log);
  const url = `http://${authority}`;
  const readLogs = (): string => collectLogs(logFile, userDataDir);
  try {
    await waitForHealth(url, child, options.startTimeoutMs ?? 60_000, readLogs);
  } catch (error) {
    await killGroup(child);
    saveLogs(options.name, logFile, userDataDir);
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    url,
    authority,
    name: options.name,
    userDataDir,
    extensionsDir,
    logFile,
    logs: readLogs,
    stop: () => {
      stopped ??= (async () => {
        await killGroup(child);
        saveLogs(options.name, logFile, userDataDir);
        fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      })();
      return stopped;
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, logs: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`code-server exited with code ${exited} before answering /healthz:\n${logs()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms:\n${logs()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is gone already
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  // Children that outlive the leader (language server, watchers) still belong to the group.
  signal('SIGKILL');
}

function walk(dir: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file, keep, out);
    else if (keep(file)) out.push(file);
  }
  return out;
}

function collectLogs(logFile: string, userDataDir: string): string {
  const parts = [fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''];
  for (const file of walk(path.join(userDataDir, 'logs'), (f) => f.endsWith('.log'))) {
    parts.push(`--- ${path.relative(userDataDir, file)}\n${fs.readFileSync(file, 'utf8')}`);
  }
  return parts.join('\n');
}

function saveLogs(name: string, logFile: string, userDataDir: string): void {
  const target = path.join(RESULTS_DIR, 'logs', name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  if (fs.existsSync(logFile)) fs.copyFileSync(logFile, path.join(target, 'code-server.log'));
  for (const file of walk(path.join(userDataDir, 'logs'), (f) => f.endsWith('.log'))) {
    const copy = path.join(target, path.relative(path.join(userDataDir, 'logs'), file));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(file, copy);
  }
}
