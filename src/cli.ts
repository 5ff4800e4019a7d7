#!/usr/bin/env node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { rules } from '../rules/index.js';
import { failsAt, type Report } from './engine/report.js';
import type { Severity } from './engine/rule.js';
import { RuleError } from './engine/run.js';
import { FORMATS, type FormatName, formatReport, isFormatName } from './format/index.js';
import { ConfigError, lint, TOOL } from './lint.js';

interface OutputSpec {
  readonly format: FormatName;
  /** A file to write; standard output when absent. */
  readonly path?: string;
}

interface LintFlags {
  format: OutputSpec[];
  namespace?: string;
  keycloakVersion?: string;
  failOn: Severity;
  quiet?: boolean;
  color: boolean;
  stdinFilename: string;
  context: string[];
  folderContext: boolean;
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
    .option(
      '-f, --format <format[:path]>',
      `output format (${FORMATS.join(', ')}), to a file with :path; repeatable (default: stylish)`,
      collectFormat,
      [],
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
    .option('-q, --quiet', 'show errors only (--fail-on still counts the others)')
    .option('--no-color', 'disable colours (also when NO_COLOR is set)')
    .option('--stdin-filename <name>', 'file name to report for standard input', '<stdin>')
    .option(
      '--context <dir>',
      'read a directory for cross-references only (no findings reported on it); repeatable',
      (dir: string, all: string[]) => [...all, dir],
      [],
    )
    .option('--no-folder-context', 'do not read the folders of files given one by one as context')
    .option('--debug', 'print stack traces of internal errors')
    .action((paths: string[], flags: LintFlags) => runLint(paths, flags));

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const displayed = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      process.exitCode = displayed.includes(error.code) ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
}

/** `json` or `sarif:out/report.sarif`. */
function collectFormat(value: string, all: OutputSpec[]): OutputSpec[] {
  const colon = value.indexOf(':');
  const name = colon < 0 ? value : value.slice(0, colon);
  const path = colon < 0 ? undefined : value.slice(colon + 1);
  if (!isFormatName(name)) {
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, optionally with :path`);
  }
  if (path === '') throw new InvalidArgumentError(`a path is missing after "${name}:"`);
  return [...all, path === undefined ? { format: name } : { format: name, path }];
}

function runLint(paths: string[], flags: LintFlags): void {
  let report: Report;
  try {
    report = lint({
      paths,
      ...(paths.includes('-')
        ? { stdin: { text: readFileSync(0), filename: flags.stdinFilename } }
        : {}),
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      ...(flags.keycloakVersion !== undefined ? { keycloakVersion: flags.keycloakVersion } : {}),
      ...(flags.context.length > 0 ? { context: flags.context } : {}),
      folderContext: flags.folderContext,
    });
  } catch (error) {
    fail(error, flags.debug === true);
    return;
  }
  // --quiet hides warnings and infos from the output; --fail-on still counts them.
  const shown = flags.quiet
    ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') }
    : report;
  const outputs = flags.format.length > 0 ? flags.format : [{ format: 'stylish' as const }];
  const tty = flags.color && !process.env.NO_COLOR && process.stdout.isTTY === true;
  for (const output of outputs) {
    const text = formatReport(shown, output.format, { color: tty && !output.path, rules });
    if (!output.path) {
      process.stdout.write(text);
      continue;
    }
    try {
      mkdirSync(dirname(output.path), { recursive: true });
      writeFileSync(output.path, text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`keycloak-lint: cannot write ${output.path}: ${reason}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
  }
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
  const reason = error instanceof Error ? error.message : String(error);
  const message = error instanceof RuleError ? error.message : reason;
  const hint = debug ? '' : ' (run with --debug for details)';
  process.stderr.write(`keycloak-lint: internal error: ${message}${hint}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}

main(process.argv.slice(2));
