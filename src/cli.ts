#!/usr/bin/env node
// The command's entry. `--version` is answered before the linter is even compiled: the rest
// of the command lives in cli-main.cjs (a separate file in the bundle), loaded only when
// there is work to do, with its compiled code kept between runs (compile-cache.ts), so that
// a version check costs little more than starting Node and a hook's run little more.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { loadScript } from './compile-cache.js';

interface Main {
  main(argv: readonly string[]): void;
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  // Bundled, cli-main.cjs sits beside this file; run from the sources, it is imported.
  const bundled = fileURLToPath(new URL('./cli-main.cjs', import.meta.url));
  const { main } = existsSync(bundled)
    ? (loadScript(bundled) as unknown as Main)
    : await import('./cli-main.js');
  main(argv);
}
