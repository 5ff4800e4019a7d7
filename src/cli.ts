#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { failsAt, type Report } from './engine/report.js';
import type { Severity } from './engine/rule.js';
import { RuleError } from './engine/run.js';
import { formatJson } from './format/json.js';
import { formatStylish } from './format/stylish.js';
import { ConfigError, lint, TOOL } from './lint.js';

interface LintFlags {
  format: 'stylish' | 'json';
  namespace?: string;
  keycloakVersion?: string;
  failOn: Severity;
  quiet?: boolean;
  color: boolean;
  stdinFilename?: string;
  debug?: boolean;
}

const EXIT_USAGE = 2;

function main(argv: readonly string[]): void {
  const program = new Command()
    .name('keycloak-lint')
    .description('Lint Kubernetes manifests for the mistakes that break Keycloak clusters.')
    .version(TOOL.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run keycloak-lint --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('lint', { isDefault: true })
    .description('lint manifest files and directories (the default command)')
    .argument(
      '[paths...]',
      'files or directories (walked for *.yaml, *.yml, *.json); - reads standard input',
      ['.'],
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['stylish', 'json'])
        .default('stylish'),
    )
    .option('-n, --namespace <namespace>', 'namespace of resources that name none')
    .option(
      '--keycloak-version <version>',
      'Keycloak version when an image tag gives none (e.g. 26.0.7)',
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity')
        .choices(['error', 'warning', 'info'])
        .default('error'),
    )
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'disable colours (also when NO_COLOR is set)')
    .option('--stdin-filename <name>', 'file name to report for standard input', '<stdin>')
    .option('--debug', 'print stack traces of internal errors')
    .action((paths: string[], flags: LintFlags) => runLint(paths, flags));

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const displayed =
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help';
      process.exitCode = displayed ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
}

function runLint(paths: string[], flags: LintFlags): void {
  const color = flags.color && !process.env.NO_COLOR && process.stdout.isTTY === true;
  let report: Report;
  try {
    report = lint({
      paths,
      ...(paths.includes('-')
        ? { stdin: { text: readFileSync(0), filename: flags.stdinFilename ?? '<stdin>' } }
        : {}),
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      ...(flags.keycloakVersion !== undefined ? { keycloakVersion: flags.keycloakVersion } : {}),
    });
  } catch (error) {
    fail(error, flags.debug === true);
    return;
  }
  // --quiet hides warnings and infos from the output; --fail-on still counts them.
  const shown = flags.quiet
    ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') }
    : report;
  process.stdout.write(
    flags.format === 'json' ? formatJson(shown) : formatStylish(shown, { color }),
  );
  for (const failure of report.errors) {
    process.stderr.write(`keycloak-lint: cannot read ${failure.path}: ${failure.message}\n`);
  }
  process.exitCode = report.errors.length > 0 ? EXIT_USAGE : failsAt(report, flags.failOn) ? 1 : 0;
}

function fail(error: unknown, debug: boolean): void {
  process.exitCode = EXIT_USAGE;
  if (error instanceof ConfigError) {
    process.stderr.write(`keycloak-lint: ${error.message}\n`);
    return;
  }
  const message =
    error instanceof RuleError
      ? `internal error: ${error.message}`
      : `internal error: ${String(error instanceof Error ? error.message : error)}`;
  process.stderr.write(
    `keycloak-lint: ${message}${debug ? '' : ' (run with --debug for details)'}\n`,
  );
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}

main(process.argv.slice(2));
