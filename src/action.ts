import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { rules } from '../rules/index.js';
import { resolveConfig } from './config/config.js';
import { ruleDocsUrl } from './engine/docs.js';
import { active, type Finding, failsAt, type Report, SEVERITY_RANK } from './engine/report.js';
import type { Severity } from './engine/rule.js';
import { lintAndFix, unifiedDiff } from './fix/fix.js';
import { formatSarif } from './format/sarif.js';
import { ConfigError, lint, RULE_IDS } from './lint.js';
import { count, severityCounts } from './util/plural.js';

/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATION_LIMIT = 10;
/** Rows of the job summary (whose size GitHub caps at 1 MiB). */
const SUMMARY_LIMIT = 500;

interface Inputs {
  readonly paths: string[];
  readonly config: string;
  /** Undefined when the input is empty: the configuration's failOn applies, else error. */
  readonly failOn: Severity | undefined;
  readonly keycloakVersion: string;
  readonly annotations: boolean;
  readonly sarifFile: string;
  readonly onlyChanged: boolean;
  readonly fixDiff: boolean;
}

/** Characters of the proposed diff shown in the job summary (GitHub caps it at 1 MiB). */
const DIFF_LIMIT = 200_000;

/** The GitHub Action: lint, annotate, summarise, write SARIF, set outputs, fail per fail-on. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
    let paths = inputs.paths;
    if (inputs.onlyChanged) {
      const changed = changedManifests(cwd, inputs.paths);
      if (changed === undefined) {
        core.warning(
          'only-changed: the changes of this event could not be listed (check out with fetch-depth: 0); every path is linted.',
        );
      } else if (changed.length === 0) {
        core.info('only-changed: no manifest under the given paths changed; nothing to lint.');
        setOutputs({ errors: 0, warnings: 0, infos: 0 }, '');
        await writeSummary(undefined);
        return;
      } else {
        paths = changed;
      }
    }
    const config = resolveConfig(inputs.config || undefined, cwd, RULE_IDS);
    const failOn = inputs.failOn ?? config.failOn ?? 'error';
    const options = {
      paths,
      cwd,
      config,
      ...(inputs.keycloakVersion ? { keycloakVersion: inputs.keycloakVersion } : {}),
    };
    // With fix-diff the fixes are computed, never written: the report is of the files as
    // they are, and the diff goes into the job summary for a reviewer to apply.
    const fixed = inputs.fixDiff ? lintAndFix(options) : undefined;
    const report = fixed ? fixed.initial : lint(options);
    if (report.errors.length > 0) {
      const list = report.errors.map((e) => `${e.path} (${e.message})`).join(', ');
      throw new ConfigError(`cannot read ${list}`);
    }
    if (inputs.annotations) annotate(active(report.findings));
    let sarifPath = '';
    if (inputs.sarifFile) {
      sarifPath = resolve(cwd, inputs.sarifFile);
      mkdirSync(dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, formatSarif(report, rules));
      core.info(`SARIF written to ${inputs.sarifFile}`);
    }
    setOutputs(report.summary, sarifPath ? inputs.sarifFile : '');
    await writeSummary(report, fixed && unifiedDiff(fixed.changes));
    const counts = severityCounts(report.summary);
    core.info(`keycloak-lint: ${counts} in ${count(report.summary.files, 'file')}`);
    if (failsAt(report, failOn)) {
      core.setFailed(`keycloak-lint found problems at or above ${failOn} (${counts})`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(
      error instanceof ConfigError
        ? `keycloak-lint: ${message}`
        : `keycloak-lint: internal error: ${message}`,
    );
  }
}

function readInputs(): Inputs {
  const failOn = core.getInput('fail-on') || undefined;
  if (failOn !== undefined && !['error', 'warning', 'info'].includes(failOn)) {
    throw new ConfigError(`fail-on must be error, warning or info, not "${failOn}"`);
  }
  const paths = core.getMultilineInput('path').filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: core.getInput('config'),
    failOn: failOn as Severity | undefined,
    keycloakVersion: core.getInput('keycloak-version'),
    annotations: booleanInput('annotations', true),
    sarifFile: core.getInput('sarif-file'),
    onlyChanged: booleanInput('only-changed', false),
    fixDiff: booleanInput('fix-diff', false),
  };
}

/** A boolean input with a default (core.getBooleanInput throws when the input is unset). */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on'].includes(value)) return true;
  if (['false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, not "${value}"`);
}

/**
 * The manifests that the pull request (or push) changed, below the given paths, from git:
 * undefined when the event names no commits or git cannot compare them (a shallow clone).
 */
function changedManifests(cwd: string, paths: readonly string[]): string[] | undefined {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return undefined;
  let range: [string, string] | undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
      before?: string;
      after?: string;
    };
    const base = event.pull_request?.base?.sha ?? event.before;
    const head = event.pull_request?.head?.sha ?? event.after;
    if (base && head && !/^0+$/.test(base)) range = [base, head];
  } catch {
    return undefined;
  }
  if (!range) return undefined;
  let output: string;
  try {
    // Arguments go to git directly, never through a shell.
    output = execFileSync(
      'git',
      ['diff', '--name-only', '--diff-filter=ACMR', '-z', `${range[0]}...${range[1]}`],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
  } catch {
    return undefined;
  }
  const roots = paths.map((p) => resolve(cwd, p));
  return output
    .split('\0')
    .filter((file) => file && ['.yaml', '.yml', '.json'].includes(extname(file).toLowerCase()))
    .filter((file) => {
      const absolute = resolve(cwd, file);
      return roots.some((root) => {
        const rel = relative(root, absolute);
        return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
      });
    });
}

/** Annotations, most severe first, at most ten per level (what GitHub shows). */
function annotate(findings: readonly Finding[]): void {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of sorted) {
    if (shown[f.severity] >= ANNOTATION_LIMIT) continue;
    shown[f.severity]++;
    const properties: core.AnnotationProperties = {
      title: f.ruleId,
      file: f.file,
      startLine: f.line,
      endLine: f.endLine,
      // GitHub ignores columns on annotations that span several lines.
      ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
    };
    const text = `${f.message}\nFix: ${f.fix}`;
    if (f.severity === 'error') core.error(text, properties);
    else if (f.severity === 'warning') core.warning(text, properties);
    else core.notice(text, properties);
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const hidden = findings.filter((f) => f.severity === severity).length - shown[severity];
    if (hidden > 0) {
      core.info(
        `${hidden} more ${severity} findings are not annotated (GitHub shows ${ANNOTATION_LIMIT} per level and step); the job summary lists them.`,
      );
    }
  }
}

function setOutputs(
  summary: { errors: number; warnings: number; infos: number },
  sarif: string,
): void {
  core.setOutput('errors', summary.errors);
  core.setOutput('warnings', summary.warnings);
  core.setOutput('infos', summary.infos);
  core.setOutput('sarif-file', sarif);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The job summary: counts, then a table per file with every finding, its fix and its rule. */
async function writeSummary(report: Report | undefined, diff?: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading('keycloak-lint', 2);
  if (!report) {
    await summary.addRaw('<p>No Kubernetes manifest changed.</p>', true).write();
    return;
  }
  const { files, resources, suppressed } = report.summary;
  const scope = `${count(files, 'file')} (${count(resources, 'resource')})`;
  const hidden = suppressed > 0 ? `; ${suppressed} suppressed` : '';
  summary.addRaw(`<p>${severityCounts(report.summary)} in ${scope}${hidden}.</p>`, true);
  const byFile = new Map<string, Finding[]>();
  for (const f of active(report.findings).slice(0, SUMMARY_LIMIT)) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    summary.addHeading(escapeHtml(file), 3).addTable([
      [
        { data: 'Line', header: true },
        { data: 'Severity', header: true },
        { data: 'Rule', header: true },
        { data: 'Finding', header: true },
        { data: 'Fix', header: true },
      ],
      ...findings.map((f) => [
        `${f.line}:${f.column}`,
        f.severity,
        `<a href="${ruleDocsUrl(f.ruleId)}">${f.ruleId}</a>`,
        escapeHtml(f.message),
        escapeHtml(f.fix),
      ]),
    ]);
  }
  const listed = active(report.findings).length;
  if (listed > SUMMARY_LIMIT) {
    summary.addRaw(
      `<p>${listed - SUMMARY_LIMIT} more findings are in the SARIF file and the log.</p>`,
      true,
    );
  }
  if (diff !== undefined) writeDiff(summary, diff);
  await summary.write();
}

/** The fixes `keycloak-lint lint --fix` would apply, as a diff block in the summary. */
function writeDiff(summary: typeof core.summary, diff: string): void {
  if (diff === '') {
    summary.addRaw('<p>No finding has a fix that keycloak-lint can apply.</p>', true);
    return;
  }
  const cut = diff.length > DIFF_LIMIT;
  const shown = cut ? `${diff.slice(0, diff.lastIndexOf('\n', DIFF_LIMIT) + 1)}` : diff;
  // A fence longer than any run of backticks in the manifests cannot be closed by them.
  const longest = Math.max(2, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  summary
    .addHeading('Proposed fixes', 3)
    .addRaw(
      '<p>Run <code>keycloak-lint lint --fix</code> to apply them, or apply this diff ' +
        'with <code>git apply</code>.</p>',
      true,
    )
    .addRaw(`\n${fence}diff\n${shown}${fence}\n`, true);
  if (cut) summary.addRaw('<p>The diff is cut here; run --fix-dry-run for all of it.</p>', true);
}

await run();
