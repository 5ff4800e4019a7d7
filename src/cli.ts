#!/usr/bin/env node
// The command's entry. `--version` is answered before the linter's modules are evaluated:
// the bundle keeps them in this file, but evaluates them only on the dynamic import, so a
// version check costs little more than starting Node.
import pkg from '../package.json' with { type: 'json' };

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { main } = await import('./cli-main.js');
  main(argv);
}
