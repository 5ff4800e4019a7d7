// The command line (see src/cli.ts, the entry that imports it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { rules } from '../rules/index.js';
import { type Config, DEFAULT_MAX_FILE_SIZE, parseSize, resolveConfig } from './config/config.js';
import { rulePage } from './docs/pages.js';
import { describeFailure, failsAt, type Report } from './engine/report.js';
import type { Severity } from './engine/rule.js';
import { RuleError } from './engine/run.js';
import { explainLog, formatExplanation } from './explain/explain.js';
import { FixError, type FixResult, lintAndFix, unifiedDiff } from './fix/fix.js';
import { FORMATS, type FormatName, formatReport, isFormatName } from './format/index.js';
import { ConfigError, type LintOptions, lint, RULE_IDS, TOOL } from './lint.js';
import { decodeText } from './load/files.js';
import { describeFsError } from './util/fs-error.js';
import { nearest } from './util/nearest.js';
import { count } from './util/plural.js';

interface OutputSpec {
  readonly format: FormatName;
  /** A file to write; standard output when absent. */
  readonly path?: string;
}

interface CommonFlags {
  namespace?: string;
  keycloakVersion?: string;
  /** A path, false for --no-config, undefined to look for one. */
  config?: string | false;
  inlineConfig: boolean;
  stdinFilename: string;
  context?: string[];
  folderContext: boolean;
  maxFileSize?: number;
  debug?: boolean;
}

interface LintFlags extends CommonFlags {
  format?: OutputSpec[];
  failOn?: Severity;
  maxWarnings?: number;
  printConfig?: boolean;
  quiet?: boolean;
  color: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
}

interface ExplainFlags extends CommonFlags {
  log?: string;
  color: boolean;
}

const EXIT_USAGE = 2;

export function main(argv: readonly string[]): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const program = new Command()
    .name('keycloak-lint')
    .description('Lint Kubernetes manifests for the mistakes that break Keycloak clusters.')
    .version(TOOL.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`keycloak-lint: ${usageError(text)}\n`),
    });

  const lintCommand = program
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
    )
    .addOption(
      new Option(
        '--fail-on <severity>',
        'exit with 1 when a finding is at or above this severity (default: error)',
      ).choices(['error', 'warning', 'info']),
    )
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', integer)
    .option('-q, --quiet', 'show errors only (--fail-on still counts the others)')
    .option('--no-color', 'disable colours (also when NO_COLOR is set)')
    .option('--print-config', 'print the effective configuration and exit')
    .option('--fix', 'apply the fixes of fixable findings to the files in place')
    .option('--fix-dry-run', 'print the fixes as a unified diff and change nothing');
  commonOptions(lintCommand).action((paths: string[], flags: LintFlags) => runLint(paths, flags));

  program
    .command('rules')
    .description('list the rules: id, severity and summary')
    .option('--format <format>', 'text or json', 'text')
    .action((flags: { format: string }) => listRules(flags.format));

  const explainCommand = program
    .command('explain')
    .description(
      'print the documentation of a rule, or with --log, explain log lines and point at their causes in the manifests',
    )
    .argument('[rule-or-paths...]', 'a rule id; with --log, the manifests to check (optional)')
    .option(
      '--log <file>',
      'Keycloak, JGroups or ingress-nginx log lines to explain (- for standard input)',
    )
    .option('--no-color', 'disable colours');
  commonOptions(explainCommand).action((args: string[], flags: ExplainFlags) =>
    runExplain(args, flags),
  );

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

/**
 * Commander's error (`error: unknown option '--bogus'`, a suggestion on a second line) as
 * the one line every usage error gets, so that a log or a CI step shows all of it.
 */
function usageError(text: string): string {
  const message = text
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\(Did you mean (.+)\?\)$/, '; did you mean $1?')
    .replace(
      // option '-f, --format <format[:path]>' argument 'x' is invalid. expected ...
      /^option '(?:-\w, )?(\S+)[^']*' argument '(.*)' is invalid\. (.*?)\.?$/s,
      (_, flag: string, value: string, reason: string) =>
        `invalid ${flag} '${value}': ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
    )
    .replace(/\s*\n\s*/g, ' ');
  return `${message} (see keycloak-lint --help)`;
}

/** Options that lint and explain share: what to read and how. */
function commonOptions(command: Command): Command {
  return command
    .option('-n, --namespace <namespace>', 'namespace of resources that name none')
    .option(
      '--keycloak-version <version>',
      'Keycloak version when an image tag gives none (e.g. 26.0.7)',
    )
    .option('-c, --config <path>', 'configuration file (default: the nearest .keycloak-lint.yaml)')
    .option('--no-config', 'use no configuration file')
    .option('--no-inline-config', 'ignore # keycloak-lint-disable comments')
    .option(
      '--stdin-filename <name>',
      'file name to report for standard input',
      fileName,
      '<stdin>',
    )
    .option(
      '--context <dir>',
      'read a directory for cross-references only (no findings reported on it); repeatable',
      (dir: string, all: string[] = []) => [...all, dir],
    )
    .option('--no-folder-context', 'do not read the folders of files given one by one as context')
    .option(
      '--max-file-size <size>',
      'larger files are reported and not parsed: bytes or 512KB, 10MB (default 10MB; 0: no limit)',
      size,
    )
    .option('--debug', 'print stack traces of internal errors');
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

/** A name findings can be shown under: not blank, and no line break to split a report line. */
function fileName(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a file name');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (/[\x00-\x1f\x7f]/.test(value))
    throw new InvalidArgumentError('a file name cannot hold control characters');
  return value;
}

function size(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined)
    throw new InvalidArgumentError('expected a size such as 10MB, 512KB or 0');
  return bytes;
}

/** The options lint() takes from the flags, with the configuration already read. */
function lintOptions(paths: string[], flags: CommonFlags, config: Config): LintOptions {
  return {
    paths,
    config,
    ...(paths.includes('-')
      ? { stdin: { text: readFileSync(0), filename: flags.stdinFilename } }
      : {}),
    ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
    ...(flags.keycloakVersion !== undefined ? { keycloakVersion: flags.keycloakVersion } : {}),
    ...(flags.context ? { context: flags.context } : {}),
    folderContext: flags.folderContext,
    inlineConfig: flags.inlineConfig,
    ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
  };
}

/** `json` or `sarif:out/report.sarif`. */
function collectFormat(value: string, all: OutputSpec[] = []): OutputSpec[] {
  const colon = value.indexOf(':');
  const name = colon < 0 ? value : value.slice(0, colon);
  const path = colon < 0 ? undefined : value.slice(colon + 1);
  if (!isFormatName(name)) {
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, optionally with :path`);
  }
  if (path === '') throw new InvalidArgumentError(`a path is missing after "${name}:"`);
  return [...all, path === undefined ? { format: name } : { format: name, path }];
}

const COMMANDS = ['lint', 'rules', 'explain'];

function runLint(paths: string[], flags: LintFlags): void {
  let report: Report;
  let failOn: Severity;
  try {
    // Two reports on one stream cannot be read apart by any tool.
    const toStdout = (flags.format ?? []).filter((o) => !o.path).map((o) => o.format);
    if (toStdout.length > 1) {
      throw new ConfigError(
        `${toStdout.join(' and ')} would both go to standard output; give all but one a :path`,
      );
    }
    const config = resolveConfig(flags.config, process.cwd(), RULE_IDS);
    failOn = flags.failOn ?? config.failOn ?? 'error';
    if (flags.printConfig) {
      process.stdout.write(`${JSON.stringify(effectiveConfig(config, flags, failOn), null, 2)}\n`);
      return;
    }
    if (flags.fix || flags.fixDryRun) {
      const fixed = runFix(paths, flags, config, toStdout.length > 0);
      if (!fixed) return;
      // A dry run changed nothing: the report is that of the files as they are.
      report = flags.fix ? fixed.report : fixed.initial;
    } else {
      report = lint(lintOptions(paths, flags, config));
    }
  } catch (error) {
    fail(error, flags.debug === true);
    return;
  }
  // --quiet hides warnings and infos from the output; --fail-on still counts them.
  const shown = flags.quiet
    ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') }
    : report;
  // A dry run prints the diff on standard output: reports go only where a :path sends them.
  const outputs = flags.format ?? (flags.fixDryRun ? [] : [{ format: 'stylish' as const }]);
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
      process.stderr.write(
        `keycloak-lint: cannot write ${output.path}: ${describeFsError(error)}\n`,
      );
      process.exitCode = EXIT_USAGE;
      return;
    }
  }
  for (const failure of report.errors) {
    // `keycloak-lint explian x` reads `explian` as a path: name the command it likely meant
    // (not the one typed: in `keycloak-lint lint lint`, the second is a path).
    const missing =
      failure.path === paths[0] && failure.message === describeFsError({ code: 'ENOENT' });
    const command = missing ? nearest(failure.path, COMMANDS) : undefined;
    const hint =
      command && command !== failure.path ? `; did you mean the command "${command}"?` : '';
    process.stderr.write(`keycloak-lint: ${describeFailure(failure)}${hint}\n`);
  }
  const tooManyWarnings =
    flags.maxWarnings !== undefined && report.summary.warnings > flags.maxWarnings;
  if (tooManyWarnings) {
    process.stderr.write(
      `keycloak-lint: ${count(report.summary.warnings, 'warning')}, ` +
        `more than --max-warnings ${flags.maxWarnings}\n`,
    );
  }
  process.exitCode =
    report.errors.length > 0 ? EXIT_USAGE : failsAt(report, failOn) || tooManyWarnings ? 1 : 0;
}

/**
 * `--fix` writes the fixed files and says on stderr what it did; `--fix-dry-run` prints the
 * diff on stdout. Returns undefined when the run has ended (a usage error, a failed write).
 */
function runFix(
  paths: string[],
  flags: LintFlags,
  config: Config,
  reportToStdout: boolean,
): FixResult | undefined {
  if (flags.fix && flags.fixDryRun)
    throw new ConfigError('--fix and --fix-dry-run exclude each other; give one');
  if (flags.fix && paths.includes('-'))
    throw new ConfigError('--fix cannot write standard input back; use --fix-dry-run');
  if (flags.fixDryRun && reportToStdout)
    throw new ConfigError('--fix-dry-run prints the diff on standard output; give formats a :path');
  const result = lintAndFix(lintOptions(paths, flags, config));
  if (flags.fixDryRun) {
    process.stdout.write(unifiedDiff(result.changes));
  } else {
    for (const change of result.changes) {
      try {
        writeFileSync(change.absolute, change.bytes);
      } catch (error) {
        process.stderr.write(
          `keycloak-lint: cannot write ${change.file}: ${describeFsError(error)}\n`,
        );
        process.exitCode = EXIT_USAGE;
        return undefined;
      }
    }
  }
  const verb = flags.fix ? 'applied' : 'would apply';
  const files = result.changes.length;
  process.stderr.write(
    `keycloak-lint: ${verb} ${count(result.applied.length, 'fix', 'fixes')} ` +
      `to ${count(files, 'file')}\n`,
  );
  for (const f of result.notApplied) {
    process.stderr.write(
      `keycloak-lint: not applied: ${f.file}:${f.line}:${f.column} ${f.ruleId} (it conflicts ` +
        'with another fix of the same object; run --fix again)\n',
    );
  }
  return result;
}

/** The configuration a run uses, after the command line: what --print-config shows. */
function effectiveConfig(config: Config, flags: LintFlags, failOn: Severity) {
  return {
    file: config.file ?? null,
    failOn,
    maxWarnings: flags.maxWarnings ?? null,
    quiet: flags.quiet === true,
    formats: (flags.format ?? [{ format: 'stylish' }]).map((o) =>
      o.path ? `${o.format}:${o.path}` : o.format,
    ),
    context: flags.context ?? [],
    folderContext: flags.folderContext,
    keycloakVersion: flags.keycloakVersion ?? config.keycloakVersion ?? null,
    namespace: flags.namespace ?? config.namespace ?? null,
    inlineConfig: flags.inlineConfig,
    maxFileSize: flags.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ignorePaths: config.ignorePaths,
    externalResources: config.externalResources,
    ingressClasses: config.ingressClasses,
    ingressNginxConfigMaps: config.ingressNginxConfigMaps,
    rules: Object.fromEntries(rules.map((r) => [r.id, config.rules[r.id] ?? r.meta.severity])),
  };
}

function listRules(format: string): void {
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.id,
      severity: r.meta.severity,
      summary: r.meta.summary,
    }));
    process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    process.stdout.write(
      `${r.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.summary}\n`,
    );
  }
}

function runExplain(args: string[], flags: ExplainFlags): void {
  const color = flags.color && !process.env.NO_COLOR && process.stdout.isTTY === true;
  try {
    if (flags.log === undefined) {
      explainRule(args);
      return;
    }
    const text = decodeText(flags.log === '-' ? readFileSync(0) : readLog(flags.log));
    let report: Report | undefined;
    if (args.length > 0) {
      const config = resolveConfig(flags.config, process.cwd(), RULE_IDS);
      report = lint(lintOptions(args, flags, config));
      for (const failure of report.errors) {
        process.stderr.write(`keycloak-lint: ${describeFailure(failure)}\n`);
      }
    }
    process.stdout.write(formatExplanation(explainLog(text), report, color));
    process.exitCode = report?.errors.length ? EXIT_USAGE : 0;
  } catch (error) {
    fail(error, flags.debug === true);
  }
}

function readLog(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

/** Prints a rule's documentation page, as generated into docs/rules beside the bundle. */
function explainRule(args: string[]): void {
  const [id, ...rest] = args;
  if (!id || rest.length > 0)
    throw new ConfigError('explain takes one rule id, or --log FILE with manifests');
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const guess = nearest(id, RULE_IDS);
    throw new ConfigError(
      `unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (keycloak-lint rules lists them)`,
    );
  }
  const page = new URL(`../docs/rules/${id}.md`, import.meta.url);
  process.stdout.write(existsSync(page) ? readFileSync(page, 'utf8') : rulePage(rule));
}

function fail(error: unknown, debug: boolean): void {
  process.exitCode = EXIT_USAGE;
  if (error instanceof ConfigError) {
    process.stderr.write(`keycloak-lint: ${error.message}\n`);
    return;
  }
  if (error instanceof FixError) {
    process.stderr.write(`keycloak-lint: ${error.message}\n`);
    return;
  }
  const reason = error instanceof Error ? error.message : String(error);
  const message = error instanceof RuleError ? error.message : reason;
  const hint = debug ? '' : ' (run with --debug for details)';
  process.stderr.write(`keycloak-lint: internal error: ${message}${hint}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}
