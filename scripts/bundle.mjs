// Bundles the entries into self-contained files in dist/, which are committed: the CLI
// (dist/cli.js, also what the pre-commit hook runs, a few lines that answer --version and
// otherwise load dist/cli-main.cjs, so that a version check does not compile a megabyte of
// JavaScript), the GitHub Action (dist/action.js, the only one with @actions/core) and the
// library (dist/index.js). cli-main is CommonJS because Node 20 can keep the compiled code of
// a script between runs (vm.Script cachedData, see src/compile-cache.ts), not of a module.
import { build } from 'esbuild';

const banner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const ENTRIES = {
  cli: 'src/cli.ts',
  action: 'src/action.ts',
  index: 'src/index.ts',
};

/** dist/cli.js loads dist/cli-main.cjs at run time instead of containing it. */
const cliMainBeside = {
  name: 'cli-main-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/cli-main\.js$/ }, (args) =>
      args.importer.endsWith('cli.ts') ? { path: './cli-main.js', external: true } : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // yaml's browser build is the same ESM code without a process.env lookup per token,
  // which costs a tenth of the parse time in Node.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

export async function bundle(outdir = 'dist') {
  await build({
    ...common,
    entryPoints: ENTRIES,
    outdir,
    format: 'esm',
    banner: { js: banner },
    plugins: [cliMainBeside],
  });
  await build({
    ...common,
    entryPoints: { 'cli-main': 'src/cli-main.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // The one import.meta.url (where the rule pages are) as the file's URL.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await bundle(process.argv[2]);
