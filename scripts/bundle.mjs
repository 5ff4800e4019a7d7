// Bundles the entries into self-contained ESM files in dist/, which are committed: the CLI
// (dist/cli.js, also what the pre-commit hook runs, a few lines that answer --version and
// otherwise import dist/cli-main.js, so that a version check does not compile a megabyte of
// JavaScript), the GitHub Action (dist/action.js, the only one with @actions/core) and the
// library (dist/index.js).
import { build } from 'esbuild';

const banner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const ENTRIES = {
  cli: 'src/cli.ts',
  'cli-main': 'src/cli-main.ts',
  action: 'src/action.ts',
  index: 'src/index.ts',
};

/** dist/cli.js loads dist/cli-main.js at run time instead of containing it. */
const cliMainBeside = {
  name: 'cli-main-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/cli-main\.js$/ }, (args) =>
      args.importer.endsWith('cli.ts') ? { path: './cli-main.js', external: true } : undefined,
    );
  },
};

export async function bundle(outdir = 'dist') {
  await build({
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: banner },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [cliMainBeside],
    // yaml's browser build is the same ESM code without a process.env lookup per token,
    // which costs a tenth of the parse time in Node.
    alias: { yaml: './node_modules/yaml/browser/index.js' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await bundle(process.argv[2]);
