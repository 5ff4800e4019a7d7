// Input that real repositories contain and that must neither crash the run nor produce a
// finding that is not true.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lint } from '../../src/lint.js';
import { runCli } from '../helpers/cli.js';
import { statefulSet } from '../helpers/model.js';
import { CORPUS } from '../helpers/paths.js';

const lintText = (text: string) => lint({ paths: ['-'], stdin: { text, filename: 'in.yaml' } });
const rows = (text: string) =>
  lintText(text).findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);

describe('values Kubernetes reads as strings are not wrong types', () => {
  test('timestamps and base-60 numbers stay strings, as in go-yaml', () => {
    const text = statefulSet(
      'args: ["start"]\nenv:\n  - {name: A, value: 2024-01-01}\n  - {name: B, value: 1:20}\n  - {name: C, value: 12:30:00}',
      { replicas: 1 },
    );
    expect(lintText(text).findings.filter((f) => f.ruleId === 'invalid-field-type')).toEqual([]);
  });

  test('150 aliases in one document are fine', () => {
    const aliases = Array.from({ length: 150 }, (_, i) => `  k${i}: *v`).join('\n');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\ndata:\n  a: &v x\n${aliases}\n`;
    expect(lintText(text).findings).toEqual([]);
  });
});

describe('the fix quotes what the user meant', () => {
  test('a YAML 1.1 boolean keeps its spelling, except in a Keycloak option', () => {
    const text = statefulSet(
      'args: ["start"]\nenv:\n  - {name: FEATURE_FLAG, value: yes}\n  - {name: KC_HEALTH_ENABLED, value: on}',
      { replicas: 1 },
    );
    const fixes = lintText(text)
      .findings.filter((f) => f.ruleId === 'invalid-field-type')
      .map((f) => f.fix);
    expect(fixes).toEqual([
      'Quote the value: spec.template.spec.containers[0].env[0].value: "yes".',
      'Quote the value: spec.template.spec.containers[0].env[1].value: "true".',
    ]);
  });
});

describe('documents that are meant as objects but cannot be one', () => {
  test('a missing or misspelt apiVersion or kind is reported', () => {
    expect(rows('apiversion: v1\nkind: Service\nmetadata: {name: a}\n')).toEqual([
      '1:1 invalid-field-type apiversion is not apiVersion, so kubectl cannot apply the object; it is left out of the checks.',
    ]);
    expect(rows('kind: Service\nmetadata: {name: a}\n')).toEqual([
      '1:7 invalid-field-type The object has no apiVersion, so kubectl cannot apply it; it is left out of the checks.',
    ]);
  });

  test('values files, scalars and lists are not objects and give no finding', () => {
    expect(rows('replicaCount: 3\nimage: {tag: 26.0.7}\n---\njust a string\n---\n- a\n')).toEqual(
      [],
    );
  });

  test('typed lists are unwrapped; a list without items is reported', () => {
    const deployment = statefulSet('args: ["start-dev"]').replace(
      'kind: StatefulSet',
      'kind: Deployment',
    );
    const item = deployment.replace(/\n/g, '\n    ');
    const report = lintText(`apiVersion: apps/v1\nkind: DeploymentList\nitems:\n  - ${item}`);
    expect(report.findings.map((f) => f.ruleId)).toContain('dev-mode-with-replicas');
    expect(rows('apiVersion: v1\nkind: List\nitems: nope\n')).toEqual([
      '3:8 invalid-field-type items must be a list; kubectl cannot apply the list as written.',
    ]);
  });
});

describe('input shapes', () => {
  test('a lone CR ends a line', () => {
    const text = statefulSet('args: ["start", "--hostname-strict=false"]', { replicas: 1 }).replace(
      /\n/g,
      '\r',
    );
    const report = lintText(text);
    expect(report.findings).toEqual([]);
    expect(report.summary.resources).toBe(1);
  });

  test('a duplicate key is shown over the whole key', () => {
    const report = lintText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n');
    expect(report.findings[0]).toMatchObject({
      line: 5,
      column: 3,
      endColumn: 7,
      ruleId: 'invalid-yaml',
    });
  });

  test('deep nesting is a finding that says so', () => {
    const text = `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
    expect(rows(text)).toEqual([
      '1:1 invalid-yaml YAML syntax error: the document nests too deeply to be read.',
    ]);
  });

  test('a file of 130 000 documents is read', () => {
    const report = lintText('---\na: 1\n'.repeat(130_000));
    expect(report.summary).toMatchObject({ files: 1, resources: 0 });
  });
});

describe('kustomize folders', () => {
  test('patch files are not reported as duplicates of what they patch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-kust-'));
    mkdirSync(join(dir, 'base'));
    const sts = statefulSet('args: ["start"]\nenv:\n  - {name: KC_DB, value: postgres}', {
      image: 'quay.io/keycloak/keycloak:26.6.1',
    });
    writeFileSync(join(dir, 'base', 'keycloak.yaml'), sts);
    writeFileSync(
      join(dir, 'base', 'replicas.yaml'),
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: kc, namespace: iam}\nspec: {replicas: 5}\n',
    );
    writeFileSync(
      join(dir, 'base', 'kustomization.yaml'),
      'resources: [keycloak.yaml]\npatches:\n  - path: replicas.yaml\n',
    );
    const report = lint({ paths: ['base'], cwd: dir });
    expect(report.findings.map((f) => f.ruleId)).not.toContain('duplicate-resource');
    expect(report.summary.resources).toBe(1);
  });
});

describe('command line', () => {
  test('--quiet hides warnings but --fail-on still counts them', () => {
    const part2 = join(
      CORPUS,
      'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part2',
    );
    expect(runCli(['lint', part2, '--quiet']).status).toBe(0);
    const result = runCli(['lint', part2, '--quiet', '--fail-on', 'warning']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/not shown: --quiet shows errors only/);
  });

  test('stdin stands for the file it is named after, and is read once', () => {
    const input = statefulSet('args: ["start"]', { replicas: 1 });
    const once = runCli(['lint', '-', '-', '--format', 'json'], { input });
    expect(JSON.parse(once.stdout).summary.files).toBe(1);
    const named = runCli(
      ['lint', '-', 'examples/', '--stdin-filename', 'examples/keycloak.yaml', '--format', 'json'],
      { input },
    );
    const report = JSON.parse(named.stdout);
    expect(report.summary.files).toBe(3);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'duplicate-resource',
    );
  });

  test('option values are checked: a namespace is a DNS label, a version MAJOR.MINOR[.PATCH]', () => {
    expect(runCli(['lint', 'examples/', '-n', '-q']).stderr).toBe(
      'keycloak-lint: invalid namespace "-q": expected a DNS label such as iam\n',
    );
    expect(runCli(['lint', 'examples/', '--keycloak-version', '26.0.0-rc1']).status).toBe(2);
    expect(runCli(['lint', 'examples/', '--keycloak-version', '26.0']).status).toBe(1);
  });
});
