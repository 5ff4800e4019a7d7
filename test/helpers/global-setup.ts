import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from '../../scripts/bundle.mjs';
import { BUILT_DIR, ROOT } from './paths.js';

/** Builds the bundles and the library's types once, into a scratch folder, for the tests. */
export default async function setup(): Promise<void> {
  rmSync(BUILT_DIR, { recursive: true, force: true });
  await bundle(BUILT_DIR);
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.types.json', '--outDir', join(BUILT_DIR, 'types')],
    {
      cwd: ROOT,
    },
  );
}
