#!/usr/bin/env node
// Installs the pinned code-server (test/vscode/code-server/) into .vscode-test/code-server/, where the
// VS Code tests and scripts/open-seeds.sh run it. Only the npm registry and local Debian packages are
// used: dependency install scripts are skipped (npm 11 skips most of them anyway) and the native modules
// code-server loads are rebuilt explicitly against the local Node headers, so nothing is downloaded
// from elsewhere. A stamp file makes a second run with everything in place return at once.
//
// Needs on PATH: npm, python3, make, g++, pkg-config, rg, and the -dev packages of libkrb5, libx11,
// libxkbfile and libsecret (scripts/test-all.sh installs them on Debian).
//
// Usage: node scripts/setup-code-server.mjs [--force]   prints the path of code-server's entry.js last.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pinned = path.join(root, 'test/vscode/code-server');
const target = path.join(root, '.vscode-test/code-server');
const entry = path.join(target, 'node_modules/code-server/out/node/entry.js');
const vscodeDir = path.join(target, 'node_modules/code-server/lib/vscode');
const stampFile = path.join(target, '.setup-complete');

// Bump when the steps below change, so existing installs are redone.
const RECIPE_VERSION = '1';
const NATIVE_MODULES = ['kerberos', 'node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'];
// The built-in extensions share one dependency; pinned so every install is the same.
const BUILTIN_EXTENSION_DEPS = ['typescript@5.8.3'];

function stamp() {
  const hash = createHash('sha256');
  hash.update(RECIPE_VERSION);
  hash.update(process.version);
  hash.update(fs.readFileSync(path.join(pinned, 'package-lock.json')));
  return hash.digest('hex');
}

function log(message) {
  process.stderr.write(`[setup-code-server] ${message}\n`);
}

function run(command, args, cwd, env = {}) {
  log(`${path.relative(root, cwd) || '.'}$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd,
    // npm's own output goes to stderr: stdout carries only the entry path, which callers capture.
    stdio: ['ignore', 2, 'inherit'],
    env: { ...process.env, ...npmEnv(), ...env },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} with exit code ${result.status}`);
}

function npmEnv() {
  const env = {
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: process.env.npm_config_loglevel ?? 'warn',
    // node-gyp compiles each native module with this many parallel jobs (spdlog alone takes half a minute).
    JOBS: process.env.JOBS ?? String(os.availableParallelism()),
  };
  // node-gyp must build against the headers of the Node that runs the tests; without a local
  // nodedir it would try to download them.
  const nodePrefix = path.resolve(path.dirname(process.execPath), '..');
  if (!process.env.npm_config_nodedir && fs.existsSync(path.join(nodePrefix, 'include/node/node_api.h'))) {
    env.npm_config_nodedir = nodePrefix;
  }
  return env;
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function symlink(targetName, linkPath) {
  fs.rmSync(linkPath, { force: true, recursive: true });
  fs.symlinkSync(targetName, linkPath);
}

function install() {
  const missing = ['python3', 'make', 'g++', 'rg'].filter((c) => !which(c));
  if (missing.length > 0) {
    throw new Error(`missing commands: ${missing.join(', ')} (scripts/test-all.sh installs them with apt-get)`);
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(pinned, file), path.join(target, file));

  run('npm', ['ci', '--ignore-scripts'], target);
  // code-server ships VS Code's server without its node_modules; its npm-shrinkwrap.json pins them.
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  run('npm', ['rebuild', ...NATIVE_MODULES], vscodeDir);
  // @vscode/ripgrep downloads its binary in a postinstall; the distribution's rg is the same program.
  const rgDir = path.join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.copyFileSync(fs.realpathSync(which('rg')), path.join(rgDir, 'rg'));
  fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
  // What code-server's own postinstall would have set up.
  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(vscodeDir, 'bin/remote-cli/code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin/helpers/browser.sh'));
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-save', '--no-package-lock', ...BUILTIN_EXTENSION_DEPS], path.join(vscodeDir, 'extensions'));
  // Loaded at start-up even with --auth none.
  run('npm', ['rebuild', 'argon2'], target);

  const version = checkVersion();
  fs.writeFileSync(stampFile, stamp());
  log(`installed ${version}`);
}

function checkVersion() {
  // A private config dir: code-server writes a default config.yaml into it on every start.
  const xdg = path.join(target, '.xdg-setup');
  const result = spawnSync(process.execPath, [entry, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg },
  });
  fs.rmSync(xdg, { recursive: true, force: true });
  const version = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !version.includes('Code 1.100')) {
    throw new Error(`code-server does not start: ${result.stderr || result.stdout}`);
  }
  return version;
}

const force = process.argv.includes('--force');
const ready = !force && fs.existsSync(entry) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp();
try {
  if (ready) log('code-server is installed');
  else install();
  process.stdout.write(`${entry}\n`);
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
