import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

describe('output formats', () => {
  test('one run prints stylish and writes SARIF and JSON to files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-out-'));
    const result = runCli([
      'lint',
      'examples',
      '-f',
      'stylish',
      '-f',
      `sarif:${dir}/r/k.sarif`,
      '-f',
      `json:${dir}/k.json`,
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✖ 6 problems/);
    const json = JSON.parse(readFileSync(join(dir, 'k.json'), 'utf8'));
    expect(reportSchemaErrors(json)).toEqual([]);
    const sarif = JSON.parse(readFileSync(join(dir, 'r/k.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(json.findings.length);
  });

  test('github prints one escaped workflow command per finding', () => {
    const result = runCli(['lint', 'examples', '--format', 'github']);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines).toContain(
      '::warning file=examples/keycloak.yaml,line=47,endLine=47,col=22,endColumn=35,title=java-opts-replaces-defaults::' +
        'JAVA_OPTS is set (-Xms1g -Xmx1g) on container keycloak, so kc.sh drops its own JVM defaults, which can include the heap sized from the container memory. ' +
        'Fix: Move the flags to JAVA_OPTS_APPEND, and heap flags such as -Xms, -Xmx or -XX:MaxRAMPercentage to JAVA_OPTS_KC_HEAP.',
    );
  });

  test('an unknown format or a missing path is a usage error', () => {
    expect(runCli(['lint', 'examples', '-f', 'xml']).status).toBe(2);
    expect(runCli(['lint', 'examples', '-f', 'sarif:']).status).toBe(2);
    const unwritable = runCli(['lint', 'examples', '-f', 'json:examples/README.md/k.json']);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/^keycloak-lint: cannot write examples\/README.md\/k.json: /);
  });
});

describe('files as targets, their folders as context (how pre-commit calls it)', () => {
  test('a Service edited alone is checked against the workload beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-targets-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const report = JSON.parse(
      runCli(['lint', 'ingress.yaml', '--format', 'json'], { cwd: dir }).stdout,
    );
    expect(report.summary.files).toBe(1);
    expect(new Set(report.findings.map((f: { file: string }) => f.file))).toEqual(
      new Set(['ingress.yaml']),
    );
    // Without the context, the Ingress would not be known to front Keycloak at all.
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual([
      'affinity-cookie-name-collision',
      'ingress-annotation-ignored',
      'ingress-proxy-buffer-too-small',
    ]);
  });

  test('files that repeat a Namespace are still context, not variants of the setup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-namespace-'));
    const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: iam\n---\n';
    for (const file of ['keycloak.yaml', 'services.yaml', 'ingress.yaml']) {
      writeFileSync(
        join(dir, file),
        namespace + readFileSync(join(ROOT, 'examples', file), 'utf8'),
      );
    }
    const rulesOf = (file: string) =>
      JSON.parse(runCli(['lint', file, '--format', 'json'], { cwd: dir }).stdout).findings.map(
        (f: { ruleId: string }) => f.ruleId,
      );
    // The Service beside it is known: the query names a ClusterIP Service, not a missing one.
    expect(rulesOf('keycloak.yaml')).toContain('dns-query-service-not-headless');
    expect(rulesOf('keycloak.yaml')).not.toContain('dns-query-service-not-found');
    // The repeated Namespace itself is a duplicate-resource finding, as in a lint of the folder.
    expect([...new Set(rulesOf('ingress.yaml'))].sort()).toEqual([
      'affinity-cookie-name-collision',
      'duplicate-resource',
      'ingress-annotation-ignored',
      'ingress-proxy-buffer-too-small',
    ]);
  });

  test('a finding elsewhere that points at a target is reported; --context adds directories', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-related-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'k8s'), { recursive: true });
    const services = JSON.parse(
      runCli(['lint', 'k8s/services.yaml', '--format', 'json'], { cwd: dir }).stdout,
    );
    // dns-query-service-not-headless is reported on the StatefulSet with the Service related.
    expect(services.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'dns-query-service-not-headless',
    ]);
    writeFileSync(join(dir, 'other.yaml'), readFileSync(join(dir, 'k8s/ingress.yaml')));
    const alone = JSON.parse(
      runCli(['lint', 'other.yaml', '--format', 'json'], { cwd: dir }).stdout,
    );
    expect(alone.findings).toEqual([]);
    const withContext = JSON.parse(
      runCli(['lint', 'other.yaml', '--context', 'k8s', '--format', 'json'], { cwd: dir }).stdout,
    );
    expect(withContext.findings.map((f: { file: string }) => f.file)).toContain('other.yaml');
  });
});
