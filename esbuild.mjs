// Bundles the extension client, the language server and the command-line tool into dist/.
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

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
  console.log('[esbuild] watching client, server and CLI');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
