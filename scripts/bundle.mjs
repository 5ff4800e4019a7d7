// Bundles the entries into self-contained ESM files in dist/, which are committed: the CLI
// (dist/cli.js, also what the pre-commit hook runs), the GitHub Action (dist/action.js, the
// only one with @actions/core) and the library (dist/index.js).
import { build } from 'esbuild';

const banner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const ENTRIES = { cli: 'src/cli.ts', action: 'src/action.ts', index: 'src/index.ts' };

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
    // yaml's browser build is the same ESM code without a process.env lookup per token,
    // which costs a tenth of the parse time in Node.
    alias: { yaml: './node_modules/yaml/browser/index.js' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await bundle(process.argv[2]);
