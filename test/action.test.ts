// The GitHub Action, run from its bundle with the environment a runner provides.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../src/engine/report.js';
import { runCli } from './helpers/cli.js';
import { BUILT_ACTION, CORPUS, ROOT } from './helpers/paths.js';

interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
  readonly commands: string[];
}

/** Runs the Action as the runner would: inputs as INPUT_* variables, files for the rest. */
function runAction(workspace: string, inputs: Record<string, string>, event?: unknown): ActionRun {
  const scratch = mkdtempSync(join(tmpdir(), 'kclint-action-'));
  const files = {
    summary: join(scratch, 'summary.md'),
    output: join(scratch, 'output'),
    event: join(scratch, 'event.json'),
  };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  writeFileSync(files.event, JSON.stringify(event ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_PATH: files.event,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [BUILT_ACTION], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const outputs: Record<string, string> = {};
  const text = readFileSync(files.output, 'utf8');
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1]!] = match[3]!;
  return {
    status: result.status,
    stdout: result.stdout,
    summary: readFileSync(files.summary, 'utf8'),
    outputs,
    commands: result.stdout.split('\n').filter((line) => line.startsWith('::')),
  };
}

describe('GitHub Action', () => {
  test('annotates, summarises, writes SARIF and fails on errors for the examples', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kclint-examples-'));
    cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
    const run = runAction(workspace, { path: 'examples', 'sarif-file': 'out/kclint.sarif' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({
      errors: '3',
      warnings: '3',
      infos: '0',
      'sarif-file': 'out/kclint.sarif',
    });
    const annotations = run.commands.filter((c) => /^::(error|warning|notice) /.test(c));
    expect(annotations.map((c) => c.split(' ')[0])).toEqual([
      ...Array(3).fill('::error'),
      ...Array(3).fill('::warning'),
    ]);
    expect(annotations).toContain(
      '::error title=dns-query-service-not-headless,file=examples/keycloak.yaml,line=49,endLine=49,col=42,endColumn=54::' +
        'jgroups.dns.query names keycloak, which is a ClusterIP Service, not a headless one: its DNS name resolves to one virtual IP, not to the pod IPs, so discovery does not list the pods of StatefulSet keycloak and they may each form their own cluster.' +
        '%0AFix: Point jgroups.dns.query at keycloak-discovery.iam, the headless Service that selects these pods.',
    );
    expect(run.commands.at(-1)).toMatch(/^::error::keycloak-lint found problems at or above error/);
    expect(run.summary).toContain('<p>3 errors, 3 warnings, 0 infos in 3 files (4 resources).</p>');
    expect(run.summary).toContain('<h3>examples/keycloak.yaml</h3>');
    expect(run.summary).toContain(
      '<a href="https://github.com/keycloak-lint/keycloak-lint/blob/main/docs/rules/proxy-option-obsolete.md">proxy-option-obsolete</a>',
    );
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/kclint.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(6);
  });

  test('agrees with the CLI JSON on the seed setup', () => {
    const seed = join(CORPUS, 'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part1');
    const workspace = mkdtempSync(join(tmpdir(), 'kclint-seed-'));
    cpSync(seed, join(workspace, 'k8s'), { recursive: true });
    const run = runAction(workspace, {
      path: 'k8s',
      'sarif-file': 'k.sarif',
      'fail-on': 'warning',
    });
    const report = JSON.parse(
      runCli(['lint', 'k8s', '--format', 'json'], { cwd: workspace }).stdout,
    ) as Report;
    const fromCli = report.findings
      .map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`)
      .sort();
    const fromAnnotations = run.commands
      .filter((c) => /^::(error|warning|notice) /.test(c))
      .map((c) => {
        const props = Object.fromEntries(
          c
            .slice(c.indexOf(' ') + 1, c.indexOf('::', 2))
            .split(',')
            .map((p) => p.split('=')),
        );
        return `${props.file}:${props.line}:${props.col}:${props.title}`;
      })
      .sort();
    expect(fromAnnotations).toEqual(fromCli);
    const sarif = JSON.parse(readFileSync(join(workspace, 'k.sarif'), 'utf8'));
    const fromSarif = sarif.runs[0].results
      .map(
        (r: {
          ruleId: string;
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }) => {
          const { artifactLocation, region } = r.locations[0]!.physicalLocation;
          return `${artifactLocation.uri}:${region.startLine}:${region.startColumn}:${r.ruleId}`;
        },
      )
      .sort();
    expect(fromSarif).toEqual(fromCli);
    for (const f of report.findings)
      expect(run.summary).toContain(`<td>${f.line}:${f.column}</td>`);
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({
      errors: String(report.summary.errors),
      warnings: String(report.summary.warnings),
    });
  });

  test('shows at most ten annotations per level, the most severe first, and says how many were left', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kclint-many-'));
    const seed = join(CORPUS, 'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/extra');
    for (let i = 0; i < 6; i++) {
      cpSync(seed, join(workspace, `s${i}`), { recursive: true });
      for (const file of ['deployment.yaml', 'service.yaml', 'ingress.yaml']) {
        const path = join(workspace, `s${i}`, file);
        writeFileSync(
          path,
          readFileSync(path, 'utf8').replaceAll('namespace: keycloak', `namespace: ns${i}`),
        );
      }
    }
    const run = runAction(workspace, { path: '.' });
    const errors = run.commands.filter((c) => c.startsWith('::error '));
    expect(errors).toHaveLength(10);
    const total = Number(run.outputs.errors);
    expect(total).toBeGreaterThan(10);
    expect(run.stdout).toContain(`${total - 10} more error findings are not annotated`);
    expect(run.commands.findIndex((c) => c.startsWith('::warning '))).toBeGreaterThan(
      run.commands.findLastIndex((c) => c.startsWith('::error ')),
    );
  });

  test('text from the manifests cannot inject a workflow command', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kclint-inject-'));
    const sts = readFileSync(join(ROOT, 'examples/keycloak.yaml'), 'utf8');
    writeFileSync(join(workspace, 'a,b:c%d.yaml'), sts);
    writeFileSync(
      join(workspace, 'services.yaml'),
      readFileSync(join(ROOT, 'examples/services.yaml'), 'utf8'),
    );
    writeFileSync(
      join(workspace, 'ingress.yaml'),
      readFileSync(join(ROOT, 'examples/ingress.yaml'), 'utf8').replace(
        'nginx.org/client-max-body-size: 10m',
        '"nginx.org/x\\n::error::pwned %0A": 10m',
      ),
    );
    const run = runAction(workspace, { path: '.' });
    expect(
      run.stdout.split('\n').filter((l) => l.includes('pwned') && l.startsWith('::error::pwned')),
    ).toEqual([]);
    const injected = run.commands.find((c) => c.includes('pwned'))!;
    // The newline is escaped, so the runner reads one command; % is escaped as %25.
    expect(injected).toContain('nginx.org/x%0A::error::pwned %250A is an annotation');
    expect(run.commands.some((c) => c.includes('file=a%2Cb%3Ac%25d.yaml'))).toBe(true);
    expect(run.summary).not.toContain('<script');
  });

  test('annotations can be turned off; fail-on decides the step', () => {
    const part2 = join(
      CORPUS,
      'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part2',
    );
    const workspace = mkdtempSync(join(tmpdir(), 'kclint-part2-'));
    cpSync(part2, join(workspace, 'k8s'), { recursive: true });
    const quiet = runAction(workspace, { path: 'k8s', annotations: 'false' });
    expect(quiet.status).toBe(0);
    expect(quiet.commands.filter((c) => /^::(error|warning|notice) /.test(c))).toEqual([]);
    expect(quiet.outputs.warnings).toBe('6');
    expect(runAction(workspace, { path: 'k8s', 'fail-on': 'warning' }).status).toBe(1);
  });

  test('the config input, or the nearest .keycloak-lint.yaml, turns rules off and sets failOn', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kclint-config-'));
    cpSync(join(ROOT, 'examples'), join(workspace, 'k8s'), { recursive: true });
    writeFileSync(
      join(workspace, 'strict.yaml'),
      'failOn: warning\nrules:\n  dns-query-service-not-headless: off\n',
    );
    const run = runAction(workspace, { path: 'k8s', config: 'strict.yaml', annotations: 'false' });
    expect(run.status).toBe(1);
    expect(run.outputs.errors).toBe('2');
    writeFileSync(
      join(workspace, '.keycloak-lint.yaml'),
      'rules:\n  ingress-annotation-ignored: off\n',
    );
    const found = runAction(workspace, { path: 'k8s', annotations: 'false' });
    expect(found.outputs.errors).toBe('2');
    const bad = runAction(workspace, { path: 'k8s', config: 'strict.yaml', 'fail-on': 'error' });
    writeFileSync(join(workspace, 'strict.yaml'), 'rules:\n  dns-query-headless: off\n');
    expect(bad.status).toBe(1);
    const broken = runAction(workspace, { path: 'k8s', config: 'strict.yaml' });
    expect(broken.commands).toEqual([
      '::error::keycloak-lint: strict.yaml:2:3: unknown rule "dns-query-headless"; did you mean "dns-query-service-not-headless"?',
    ]);
  });

  test('a configuration mistake fails the step with one clear message', () => {
    const bad = runAction(ROOT, { path: 'examples', 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.commands).toEqual([
      '::error::keycloak-lint: fail-on must be error, warning or info, not "sometimes"',
    ]);
    const missing = runAction(ROOT, { path: 'no/such/dir' });
    expect(missing.commands).toEqual([
      '::error::keycloak-lint: cannot read no/such/dir (no such file or directory)',
    ]);
  });

  describe('only-changed', () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd,
        encoding: 'utf8',
      }).trim();

    test('lints the manifests the pull request changes, with their folders as context', () => {
      const repo = mkdtempSync(join(tmpdir(), 'kclint-pr-'));
      mkdirSync(join(repo, 'k8s'));
      cpSync(join(ROOT, 'examples'), join(repo, 'k8s'), { recursive: true });
      git(repo, 'init', '-q');
      git(repo, 'add', '.');
      git(repo, 'commit', '-qm', 'base');
      const base = git(repo, 'rev-parse', 'HEAD');
      const ingress = join(repo, 'k8s/ingress.yaml');
      writeFileSync(
        ingress,
        readFileSync(ingress, 'utf8').replace('AUTH_SESSION_ID', 'KC_RESTART'),
      );
      git(repo, 'commit', '-qam', 'rename the cookie');
      const head = git(repo, 'rev-parse', 'HEAD');
      const event = { pull_request: { base: { sha: base }, head: { sha: head } } };
      const run = runAction(repo, { path: 'k8s', 'only-changed': 'true' }, event);
      const files = run.commands
        .filter((c) => /^::(error|warning|notice) /.test(c))
        .map((c) => /file=([^,]+)/.exec(c)?.[1]);
      // Only the changed Ingress is reported on; the Services and the StatefulSet beside it
      // are read as context, which is how the Ingress is known to front Keycloak.
      expect(new Set(files)).toEqual(new Set(['k8s/ingress.yaml']));
      expect(run.commands.some((c) => c.includes('named KC_RESTART'))).toBe(true);
      expect(run.summary).toContain('in 1 file (1 resource)');
    });

    test('falls back to every path when the changes cannot be listed', () => {
      const run = runAction(
        ROOT,
        { path: 'examples', 'only-changed': 'true' },
        { pull_request: {} },
      );
      expect(run.commands[0]).toMatch(
        /^::warning::only-changed: the changes of this event could not be listed/,
      );
      expect(run.outputs.errors).toBe('3');
    });
  });

  test('fix-diff writes the proposed fixes as a diff into the summary and changes no file', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kclint-action-fix-'));
    const part1 = join(
      CORPUS,
      'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part1',
    );
    cpSync(part1, join(workspace, 'k8s'), { recursive: true });
    const before = readFileSync(join(workspace, 'k8s', 'deployment.yaml'), 'utf8');
    const run = runAction(workspace, { path: 'k8s', 'fix-diff': 'true', annotations: 'false' });
    expect(run.summary).toContain('<h3>Proposed fixes</h3>');
    expect(run.summary).toContain(
      '```diff\n--- a/k8s/deployment.yaml\n+++ b/k8s/deployment.yaml\n',
    );
    expect(run.summary).toContain(
      '+          - name: KC_CACHE_STACK\n+            value: "kubernetes"\n',
    );
    expect(run.summary).toContain(
      '-    nginx.ingress.kubernetes.io/session-cookie-name: "AUTH_SESSION_ID"\n' +
        '+    nginx.ingress.kubernetes.io/session-cookie-name: "INGRESSCOOKIE"\n',
    );
    // The report, the outputs and the step's result are those of the files as they are.
    expect(readFileSync(join(workspace, 'k8s', 'deployment.yaml'), 'utf8')).toBe(before);
    expect(run.outputs.errors).toBe('1');
    expect(run.status).toBe(1);
    const off = runAction(workspace, { path: 'k8s', annotations: 'false' });
    expect(off.summary).not.toContain('Proposed fixes');
  });
});
