// Configuration files and suppressions, through the CLI on the seed setups of
// ../shared/corpus/senkulabs-keycloak-playground.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../src/engine/report.js';
import { runCli } from './helpers/cli.js';
import { CORPUS } from './helpers/paths.js';
import { reportSchemaErrors } from './helpers/report-schema.js';

const SEED = join(CORPUS, 'senkulabs-keycloak-playground/k8s');

/** A scratch copy of a seed folder, as `k8s/`, with an optional configuration beside it. */
function workspace(seed: string, config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kclint-config-'));
  cpSync(join(SEED, seed), join(dir, 'k8s'), { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, '.keycloak-lint.yaml'), config);
  return dir;
}

function lintJson(
  cwd: string,
  ...args: string[]
): { report: Report; status: number | null; stderr: string } {
  const result = runCli(['lint', 'k8s', '--format', 'json', ...args], { cwd });
  const report = JSON.parse(result.stdout || '{}') as Report;
  if (result.stdout) expect(reportSchemaErrors(report)).toEqual([]);
  return { report, status: result.status, stderr: result.stderr };
}

const rows = (report: Report) =>
  report.findings.map(
    (f) =>
      `${f.severity} ${f.ruleId} ${f.resource?.kind}/${f.resource?.name}${f.suppressions ? ' suppressed' : ''}`,
  );

describe('configuration file', () => {
  test('turns a rule off and changes the severity of another', () => {
    const dir = workspace(
      'distributed-cache-keycloak/part1',
      'rules:\n  multicast-stack-on-kubernetes: off\n  java-opts-replaces-defaults: error\n',
    );
    const { report, status } = lintJson(dir);
    expect(rows(report)).not.toContain(
      'error multicast-stack-on-kubernetes StatefulSet/keycloak-deployment',
    );
    expect(rows(report)).toContain(
      'error java-opts-replaces-defaults StatefulSet/keycloak-deployment',
    );
    expect(status).toBe(1);
  });

  test('is found from the working directory upwards, and --config names another', () => {
    const dir = workspace('distributed-cache-keycloak/part1', 'failOn: warning\n');
    mkdirSync(join(dir, 'sub'));
    const fromSub = runCli(['lint', '../k8s', '--print-config'], { cwd: join(dir, 'sub') });
    expect(JSON.parse(fromSub.stdout)).toMatchObject({
      file: '../.keycloak-lint.yaml',
      failOn: 'warning',
    });
    writeFileSync(join(dir, 'other.yaml'), 'rules:\n  ingress-proxy-buffer-too-small: info\n');
    const other = JSON.parse(
      runCli(['lint', 'k8s', '--config', 'other.yaml', '--print-config'], { cwd: dir }).stdout,
    );
    expect(other).toMatchObject({ file: 'other.yaml', failOn: 'error' });
    expect(other.rules['ingress-proxy-buffer-too-small']).toBe('info');
    expect(
      JSON.parse(runCli(['lint', 'k8s', '--no-config', '--print-config'], { cwd: dir }).stdout)
        .file,
    ).toBeNull();
  });

  test('failOn, keycloakVersion and namespace apply; the command line wins', () => {
    const dir = workspace('distributed-cache-keycloak/part2', 'failOn: warning\nnamespace: iam\n');
    expect(lintJson(dir).status).toBe(1);
    expect(lintJson(dir, '--fail-on', 'error').status).toBe(0);
    const latest = workspace('distributed-cache-keycloak/part1', 'keycloakVersion: 26.6.1\n');
    const file = join(latest, 'k8s/deployment.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(':23.0.7', ':latest'));
    // 26.6 defaults to jdbc-ping: no multicast finding once the version is known.
    expect(rows(lintJson(latest).report).some((r) => r.includes('multicast'))).toBe(false);
    expect(rows(lintJson(latest, '--keycloak-version', '23.0.7').report)).toContain(
      'error multicast-stack-on-kubernetes StatefulSet/keycloak-deployment',
    );
  });

  test('an external Service silences the not-found rule', () => {
    const dir = workspace('distributed-cache-keycloak/part2');
    const services = join(dir, 'k8s/service.yaml');
    writeFileSync(services, readFileSync(services, 'utf8').split('\n---\n')[0]!);
    expect(rows(lintJson(dir).report)).toContain(
      'error dns-query-service-not-found StatefulSet/keycloak-deployment',
    );
    writeFileSync(
      join(dir, '.keycloak-lint.yaml'),
      'externalResources:\n  - Service/keycloak/keycloak-discovery\n',
    );
    expect(rows(lintJson(dir).report).some((r) => r.includes('dns-query-service-not-found'))).toBe(
      false,
    );
  });

  test('ignorePaths leaves files out, ingressClasses maps custom class names', () => {
    const dir = workspace(
      'distributed-cache-keycloak/part1',
      'ignorePaths: ["k8s/secrets.yaml"]\n',
    );
    expect(lintJson(dir).report.summary.files).toBe(3);
    const ingress = join(dir, 'k8s/ingress.yaml');
    writeFileSync(
      ingress,
      readFileSync(ingress, 'utf8').replaceAll(
        'ingressClassName: nginx',
        'ingressClassName: public',
      ),
    );
    expect(
      rows(lintJson(dir).report).some((r) => r.includes('affinity-cookie-name-collision')),
    ).toBe(false);
    writeFileSync(join(dir, '.keycloak-lint.yaml'), 'ingressClasses:\n  public: ingress-nginx\n');
    expect(rows(lintJson(dir).report)).toContain(
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-public',
    );
  });

  test('ingressNginxConfigMaps names a controller ConfigMap the defaults do not', () => {
    const dir = workspace('distributed-cache-keycloak/part1');
    writeFileSync(
      join(dir, 'k8s/controller.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: edge-nginx\n  namespace: ingress\n' +
        'data:\n  proxy-buffer-size: "64k"\n',
    );
    const buffer = (report: Report) =>
      rows(report).filter((r) => r.includes('ingress-proxy-buffer-too-small')).length;
    expect(buffer(lintJson(dir).report)).toBe(2);
    writeFileSync(join(dir, '.keycloak-lint.yaml'), 'ingressNginxConfigMaps: [ingress/other]\n');
    expect(buffer(lintJson(dir).report)).toBe(2);
    writeFileSync(
      join(dir, '.keycloak-lint.yaml'),
      'ingressNginxConfigMaps: [ingress/edge-nginx]\n',
    );
    expect(buffer(lintJson(dir).report)).toBe(0);
    // Named so, it is the controller's ConfigMap: it lacks large-client-header-buffers.
    expect(rows(lintJson(dir).report)).toContain(
      'info ingress-client-header-buffers-small ConfigMap/edge-nginx',
    );
  });

  test('--max-warnings fails a run with too many warnings', () => {
    const dir = workspace('distributed-cache-keycloak/part2');
    expect(runCli(['lint', 'k8s', '--max-warnings', '6'], { cwd: dir }).status).toBe(0);
    const over = runCli(['lint', 'k8s', '--max-warnings', '5'], { cwd: dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('keycloak-lint: 6 warnings, more than --max-warnings 5\n');
  });

  test.for([
    [
      'an unknown rule id, with the nearest one',
      'rules:\n  multicast-stack: off\n',
      '.keycloak-lint.yaml:2:3: unknown rule "multicast-stack"; did you mean "multicast-stack-on-kubernetes"?',
    ],
    [
      'a wrong severity',
      'rules:\n  dev-mode-with-replicas: fatal\n',
      '.keycloak-lint.yaml:2:27: rules.dev-mode-with-replicas must be one of off, info, warning, error',
    ],
    [
      'an unknown key',
      'failOn: error\nfailOnWarnings: true\n',
      '.keycloak-lint.yaml:2:1: failOnWarnings is not a configuration key',
    ],
    ['a YAML error', 'rules: [\n', '.keycloak-lint.yaml:2:1: '],
    [
      'a misspelt key',
      'rule:\n  dev-mode-with-replicas: off\n',
      '.keycloak-lint.yaml:1:1: rule is not a configuration key; did you mean rules?',
    ],
    [
      'an unquoted version',
      'keycloakVersion: 26.0\n',
      '.keycloak-lint.yaml:1:18: keycloakVersion must be a string: quote it',
    ],
    [
      'an unquoted version that YAML shortens',
      'keycloakVersion: 26.10\n',
      '.keycloak-lint.yaml:1:18: keycloakVersion must be a string: quote it, as in ' +
        'keycloakVersion: "26.10" (YAML reads 26.10 as the number 26.1)',
    ],
    [
      'a malformed external resource',
      'externalResources: [keycloak-discovery]\n',
      '.keycloak-lint.yaml:1:21: externalResources.0 must match pattern',
    ],
  ])(
    'an invalid configuration is a positioned error with exit code 2: %s',
    ([, config, message]) => {
      const dir = workspace('distributed-cache-keycloak/part1', config);
      const result = runCli(['lint', 'k8s'], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr).toContain(`keycloak-lint: ${message}`);
    },
  );
});

describe('suppressions', () => {
  const ANNOTATION =
    '    keycloak-lint.io/ignore: "affinity-cookie-name-collision -- nginx affinity is replaced next sprint"\n';

  test('an annotation on a resource, with a reason, suppresses its findings; they stay in JSON and SARIF', () => {
    const dir = workspace('distributed-cache-keycloak/part1');
    const ingress = join(dir, 'k8s/ingress.yaml');
    writeFileSync(
      ingress,
      readFileSync(ingress, 'utf8').replace('  annotations:\n', `  annotations:\n${ANNOTATION}`),
    );
    const { report } = lintJson(dir);
    expect(rows(report)).toContain(
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-public suppressed',
    );
    expect(rows(report)).toContain(
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-admin',
    );
    const suppressed = report.findings.find((f) => f.suppressions)!;
    expect(suppressed.suppressions).toEqual([
      {
        kind: 'inSource',
        via: 'annotation',
        justification: 'nginx affinity is replaced next sprint',
      },
    ]);
    expect(report.summary).toMatchObject({ warnings: 4, suppressed: 1 });
    const stylish = runCli(['lint', 'k8s'], { cwd: dir }).stdout;
    expect(stylish).toContain('1 suppressed');
    expect(stylish.match(/affinity-cookie-name-collision/g)).toHaveLength(1);
    const sarif = JSON.parse(runCli(['lint', 'k8s', '--format', 'sarif'], { cwd: dir }).stdout);
    const result = sarif.runs[0].results.find((r: { suppressions?: unknown }) => r.suppressions);
    expect(result.suppressions).toEqual([
      { kind: 'inSource', justification: 'nginx affinity is replaced next sprint' },
    ]);
    expect(lintJson(dir, '--no-inline-config').report.summary.suppressed).toBe(0);
  });

  test('a next-line comment and a rest-of-document comment; --no-inline-config ignores both', () => {
    const dir = workspace('distributed-cache-keycloak/part1');
    const ingress = join(dir, 'k8s/ingress.yaml');
    const text = readFileSync(ingress, 'utf8');
    const [first, second] = text.split('\n---\n');
    writeFileSync(
      ingress,
      [
        first!.replace(
          '    nginx.ingress.kubernetes.io/session-cookie-name',
          '    # keycloak-lint-disable-next-line affinity-cookie-name-collision -- our own cookie name, reviewed\n    nginx.ingress.kubernetes.io/session-cookie-name',
        ),
        `# keycloak-lint-disable ingress-proxy-buffer-too-small, affinity-cookie-name-collision -- admin UI only\n${second}`,
      ].join('\n---\n'),
    );
    const { report } = lintJson(dir);
    expect(
      rows(report)
        .filter((r) => r.endsWith('suppressed'))
        .sort(),
    ).toEqual([
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-admin suppressed',
      'warning affinity-cookie-name-collision Ingress/keycloak-ingress-public suppressed',
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-admin suppressed',
    ]);
    expect(rows(report)).toContain(
      'warning ingress-proxy-buffer-too-small Ingress/keycloak-ingress-public',
    );
    const ignored = lintJson(dir, '--no-inline-config').report;
    expect(ignored.summary.suppressed).toBe(0);
  });

  test('a suppression without a reason suppresses nothing; one that matches nothing is reported', () => {
    const dir = workspace('distributed-cache-keycloak/part1');
    const deployment = join(dir, 'k8s/deployment.yaml');
    writeFileSync(
      deployment,
      readFileSync(deployment, 'utf8')
        .replace(
          '  name: keycloak-deployment\n',
          '  name: keycloak-deployment\n  annotations:\n    keycloak-lint.io/ignore: "multicast-stack-on-kubernetes"\n',
        )
        .replace(
          '          - name: JAVA_OPTS\n',
          '          # keycloak-lint-disable-next-line env-var-overridden -- not duplicated any more\n          - name: JAVA_OPTS\n',
        ),
    );
    const { report, status } = lintJson(dir);
    expect(status).toBe(1);
    expect(rows(report)).toContain(
      'error multicast-stack-on-kubernetes StatefulSet/keycloak-deployment',
    );
    const unused = report.findings
      .filter((f) => f.ruleId === 'unused-suppression')
      .map((f) => f.message);
    expect(unused).toEqual([
      'The keycloak-lint.io/ignore annotation for multicast-stack-on-kubernetes gives no reason after --, so it suppresses nothing.',
      'This keycloak-lint-disable-next-line comment for env-var-overridden matches no finding.',
    ]);
  });

  test('suppressed findings do not fail the run', () => {
    const dir = workspace('distributed-cache-keycloak/part1');
    const deployment = join(dir, 'k8s/deployment.yaml');
    writeFileSync(
      deployment,
      readFileSync(deployment, 'utf8').replace(
        '  name: keycloak-deployment\n',
        '  name: keycloak-deployment\n  annotations:\n    keycloak-lint.io/ignore: "multicast-stack-on-kubernetes -- the pod network routes multicast"\n',
      ),
    );
    expect(lintJson(dir).status).toBe(0);
    rmSync(join(dir, 'k8s/ingress.yaml'));
  });
});
