// Bundles the extension client, the language server and the command-line tool into dist/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // jsonc-parser's UMD build requires its modules dynamically, which a bundle cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js' },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server/main.js', banner: { js: '#!/usr/bin/env node' } },
  // The index's worker threads load this beside main.js.
  { entryPoints: ['server/src/workspace/indexWorker.ts'], outfile: 'dist/server/indexWorker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/**
 * Replaces the gazetteer's data builder with the table it builds, worked out here once: every
 * thread that analyses text would otherwise parse megabytes of city and country records and fold
 * their names at start-up. Returns the plugin and the table's text, which the cache version covers.
 */
async function precomputedGazetteer() {
  const built = await esbuild.build({ ...common, entryPoints: ['server/src/analysis/gazetteerData.ts'], write: false, sourcemap: false, minify: false, outfile: 'gazetteerData.js' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const table = JSON.stringify(module.exports.gazetteerData());
  // JSON.parse of a string literal reads much faster than the same data as an object literal.
  const contents = `export function gazetteerData() { return JSON.parse(${JSON.stringify(table)}); }`;
  const plugin = {
    name: 'precomputed-gazetteer',
    setup(build) {
      build.onResolve({ filter: /[\\/]gazetteerData$/ }, () => ({ path: 'gazetteerData', namespace: 'precomputed' }));
      build.onLoad({ filter: /.*/, namespace: 'precomputed' }, () => ({ contents, loader: 'js' }));
    },
  };
  return { plugin, table };
}

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
  console.log('[esbuild] watching client, server and CLI');
} else {
  // The index cache is valid only for records the same analysis made: its version is a hash of every
  // file the worker bundle is built from (sources and packages), not of the bundle, so rebuilding
  // unchanged sources keeps the cache. In watch mode the server hashes the worker bundle instead.
  const gazetteer = await precomputedGazetteer();
  const withTable = { ...common, plugins: [gazetteer.plugin] };
  const worker = builds.find((b) => b.outfile.endsWith('indexWorker.js'));
  const { metafile } = await esbuild.build({ ...withTable, ...worker, metafile: true });
  const version = createHash('sha256');
  for (const input of Object.keys(metafile.inputs).sort()) {
    version.update(input).update('\0').update(input.startsWith('precomputed:') ? gazetteer.table : readFileSync(input)).update('\0');
  }
  const define = { ARTICLE_LENS_ANALYSIS_VERSION: JSON.stringify(version.digest('base64')) };
  await Promise.all(builds.filter((b) => b !== worker).map((b) => esbuild.build({ ...withTable, ...b, define })));
}
