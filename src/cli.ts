#!/usr/bin/env node
// The command's entry. `--version` is answered before the linter is even compiled: the rest
// of the command lives in cli-main.js (a separate file in the bundle), imported only when
// there is work to do, so a version check costs little more than starting Node.
import module from 'node:module';
import pkg from '../package.json' with { type: 'json' };

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  // From Node 22.1 on, keep the compiled linter between runs (a pre-commit hook starts it on
  // every commit); older versions have no such cache and compile it each time.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const { main } = await import('./cli-main.js');
  main(argv);
}
