import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import type { Report } from '../../src/engine/report.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS } from '../helpers/paths.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

const PART1 = join(CORPUS, 'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part1');
const json = (stdout: string): Report => {
  const report = JSON.parse(stdout) as Report;
  expect(reportSchemaErrors(report)).toEqual([]);
  return report;
};

const STATEFULSET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: sso
spec:
  replicas: 3
  selector:
    matchLabels: {app: sso}
  template:
    metadata:
      labels: {app: sso}
    spec:
      containers:
        - name: keycloak
          image: quay.io/keycloak/keycloak:KC_TAG
          args: ["start"]
          env:
            - name: KC_HOSTNAME
              value: sso.example.test
            - name: KC_DB
              value: postgres
`;

describe('keycloak-lint CLI', () => {
  test('--version prints the package version', () => {
    const result = runCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  test('--help lists the lint options', () => {
    const result = runCli(['lint', '--help']);
    expect(result.status).toBe(0);
    for (const option of [
      '--format',
      '--namespace',
      '--keycloak-version',
      '--fail-on',
      '--quiet',
      '--no-color',
      '--stdin-filename',
    ]) {
      expect(result.stdout).toContain(option);
    }
  });

  test('a usage error is one line on stderr and exit code 2', () => {
    const result = runCli(['lint', '--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--no-such-option'/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(runCli(['lint', '--format', 'xml', PART1]).status).toBe(2);
    expect(runCli(['lint', '--fail-on', 'never', PART1]).status).toBe(2);
  });

  test('lints the seed folder in stylish form and exits 1 on errors', () => {
    const result = runCli(['lint', PART1]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /deployment\.yaml\n\s+43:11\s+error\s+.*multicast-stack-on-kubernetes/,
    );
    expect(result.stdout).toMatch(/fix: Set KC_CACHE_STACK=kubernetes/);
    expect(result.stdout).toMatch(/6 problems \(1 error, 5 warnings, 0 infos\)/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  test('bare keycloak-lint <path> is the lint command', () => {
    expect(runCli([PART1, '--format', 'json']).stdout).toBe(
      runCli(['lint', PART1, '--format', 'json']).stdout,
    );
  });

  test('--format json prints a report with paths relative to the working directory', () => {
    const result = runCli(['lint', '.', '--format', 'json'], { cwd: PART1 });
    const report = json(result.stdout);
    expect(report.tool).toEqual({ name: 'keycloak-lint', version: pkg.version });
    expect(new Set(report.findings.map((f) => f.file))).toEqual(
      new Set(['deployment.yaml', 'ingress.yaml']),
    );
    expect(report.summary).toMatchObject({ errors: 1, warnings: 5, files: 4, resources: 5 });
  });

  test('--fail-on and --quiet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-'));
    // 26.6 with a shared database clusters with jdbc-ping; JAVA_OPTS is the one warning.
    writeFileSync(
      join(dir, 'sts.yaml'),
      STATEFULSET.replace('KC_TAG', '26.6.1').replace(
        'value: postgres',
        'value: postgres\n            - name: JAVA_OPTS\n              value: -Xmx1g',
      ),
    );
    const plain = runCli(['lint', dir]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(
      /2 problems \(0 errors, 1 warning, 1 info\) in 1 file, 1 resource\n$/,
    );
    expect(runCli(['lint', dir, '--max-warnings', '0']).stderr).toBe(
      'keycloak-lint: 1 warning, more than --max-warnings 0\n',
    );
    expect(runCli(['lint', dir, '--fail-on', 'warning']).status).toBe(1);
    const quiet = json(runCli(['lint', dir, '--quiet', '--format', 'json']).stdout);
    expect(quiet.findings).toEqual([]);
  });

  test('a path that cannot be read is one stderr line and exit 2, and the rest is linted', () => {
    const result = runCli(['lint', 'no/such/folder', PART1, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'keycloak-lint: cannot read no/such/folder: no such file or directory',
    ]);
    expect(json(result.stdout).summary.errors).toBe(1);
  });

  test('a run with an unreadable path claims no success on stdout', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kclint-empty-'));
    // Nothing linted: stderr says why and stdout stays empty.
    for (const args of [['lint', 'no/such/folder'], ['lint', empty], ['frobnicate']]) {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    // Something linted: the summary counts what could not be read.
    const some = runCli(['lint', 'no/such/folder', PART1]);
    expect(some.status).toBe(2);
    expect(some.stdout).toMatch(/in 4 files, 5 resources; 1 path could not be read\n$/);
    expect(some.stdout).not.toContain('✔');
    const clean = mkdtempSync(join(tmpdir(), 'kclint-clean-'));
    writeFileSync(
      join(clean, 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    );
    const none = runCli(['lint', clean, 'no/such/folder', 'no/such/file.yaml']);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe(
      '✖ No problems found in 1 file, 1 resource; 2 paths could not be read\n',
    );
  });

  test('a folder without manifests was read: it is not "cannot read"', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kclint-empty-'));
    const result = runCli(['lint', '.'], { cwd: empty });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('keycloak-lint: .: no *.yaml, *.yml or *.json file in it\n');
  });

  test.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['lint', '--formt', 'json'], "unknown option '--formt'; did you mean --format?"],
    [
      ['--format', 'nonsense'],
      "invalid --format 'nonsense': expected one of stylish, json, sarif, github, " +
        'optionally with :path',
    ],
    [['--max-warnings', '-1'], "invalid --max-warnings '-1': expected a whole number"],
    [['-f', 'json:'], 'invalid --format \'json:\': a path is missing after "json:"'],
    [['--fail-on', 'never'], "invalid --fail-on 'never': allowed choices are error, warning, info"],
  ])('a usage error is one prefixed stderr line: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`keycloak-lint: ${message} (see keycloak-lint --help)\n`);
  });

  test('a missing path spelt like a command names the command', () => {
    const result = runCli(['explian', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'keycloak-lint: cannot read explian: no such file or directory; ' +
        'did you mean the command "explain"?',
      'keycloak-lint: cannot read x: no such file or directory',
      '',
    ]);
    expect(runCli(['rulse']).stderr).toContain('did you mean the command "rules"?');
    // The command typed is not suggested again: here `lint` is a path.
    expect(runCli(['lint', 'lint']).stderr).toBe(
      'keycloak-lint: cannot read lint: no such file or directory\n',
    );
  });

  test('- reads standard input, named by --stdin-filename', () => {
    const input = STATEFULSET.replace('KC_TAG', '23.0.7');
    const result = runCli(
      ['lint', '-', '--stdin-filename', 'k8s/keycloak.yaml', '--format', 'json'],
      { input },
    );
    expect(result.status).toBe(1);
    const report = json(result.stdout);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toContain(
      'k8s/keycloak.yaml:14 multicast-stack-on-kubernetes',
    );
  });

  test('--namespace sets the namespace of resources without one', () => {
    const input = STATEFULSET.replace('KC_TAG', '23.0.7');
    const report = json(
      runCli(['lint', '-', '--namespace', 'iam', '--format', 'json'], { input }).stdout,
    );
    expect(report.findings[0]?.resource).toMatchObject({
      kind: 'StatefulSet',
      name: 'sso',
      namespace: 'iam',
    });
  });

  test('--keycloak-version applies to images without a version tag', () => {
    const input = STATEFULSET.replace('KC_TAG', 'latest');
    const unknown = json(runCli(['lint', '-', '--format', 'json'], { input }).stdout);
    // `latest` also floats: replicas pulled at different times may run different releases.
    expect(unknown.findings.map((f) => f.ruleId).sort()).toEqual([
      'keycloak-version-unknown',
      'mixed-keycloak-versions',
    ]);
    const pinned = json(
      runCli(['lint', '-', '--keycloak-version', '24.0.5', '--format', 'json'], { input }).stdout,
    );
    expect(pinned.findings.map((f) => f.ruleId).sort()).toEqual([
      'mixed-keycloak-versions',
      'multicast-stack-on-kubernetes',
    ]);
    const bad = runCli(['lint', '-', '--keycloak-version', 'banana'], { input });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'keycloak-lint: invalid Keycloak version "banana": expected MAJOR.MINOR[.PATCH]\n',
    );
  });

  test('a folder of broken input is linted without a crash, each problem positioned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-bad-'));
    mkdirSync(join(dir, 'chart', 'templates'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'comments.yml'), '# nothing here\n---\n# still nothing\n');
    writeFileSync(
      join(dir, 'binary.yaml'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    );
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('name: caf\xe9\n', 'latin1'));
    writeFileSync(
      join(dir, 'mixed.yaml'),
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  labels: [oops\n---\n${STATEFULSET.replace('KC_TAG', '23.0.7')}`,
    );
    writeFileSync(
      join(dir, 'chart', 'templates', 'sts.yaml'),
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "kc.fullname" . }}\n',
    );
    writeFileSync(join(dir, '.hidden', 'broken.yaml'), ': : :');
    writeFileSync(join(dir, 'node_modules', 'broken.yaml'), ': : :');
    writeFileSync(join(dir, 'notes.txt'), ': : :');
    const result = runCli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = json(result.stdout);
    const rows = report.findings.map(
      (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`,
    );
    expect(rows).toEqual([
      'binary.yaml:1:1 error invalid-yaml',
      'chart/templates/sts.yaml:4:9 warning unrendered-template',
      'latin1.yaml:1:10 error invalid-yaml',
      'mixed.yaml:5:15 error invalid-yaml',
      'mixed.yaml:20:11 error multicast-stack-on-kubernetes',
    ]);
    expect(report.summary.files).toBe(6);
  });
});
