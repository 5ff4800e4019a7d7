// Writes the files generated from the rules' metadata (see src/docs/generate.ts): the rule
// pages, their index, the README's rule table and the configuration schema's rule ids.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = join(process.cwd(), 'node_modules/.cache/keycloak-lint-generate.mjs');
await build({
  entryPoints: ['src/docs/generate.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
const { generatedFiles } = await import(pathToFileURL(out).href);
for (const [path, content] of generatedFiles(process.cwd())) {
  mkdirSync(dirname(join(process.cwd(), path)), { recursive: true });
  writeFileSync(join(process.cwd(), path), content);
}
