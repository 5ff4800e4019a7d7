// The pre-commit hook, installed by the `pre-commit` program from this repository as it is
// (committed bundle, no build step), in a throw-away git repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES, ROOT } from './helpers/paths.js';

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = preCommit.status === 0;

test('the hook file declares a serial node hook for YAML and JSON files', () => {
  const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  expect(hooks).toMatch(/^- id: keycloak-lint$/m);
  expect(hooks).toMatch(/^ {2}language: node$/m);
  expect(hooks).toMatch(/^ {2}require_serial: true$/m);
  expect(hooks).toMatch(/^ {2}entry: keycloak-lint lint$/m);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  // pre-commit installs the repository with npm: a prepare script would build at install.
  expect(pkg.scripts.prepare).toBeUndefined();
  expect(pkg.dependencies ?? {}).toEqual({});
});

test.skipIf(!available)(
  'pre-commit try-repo fails on a broken manifest and passes once it is fixed',
  () => {
    const repo = mkdtempSync(join(tmpdir(), 'kclint-precommit-'));
    const home = mkdtempSync(join(tmpdir(), 'kclint-precommit-home-'));
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: home,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env });
    git('init', '-q');
    const broken = readFileSync(
      join(FIXTURES, 'dev-mode-with-replicas/invalid.start_dev_with_shared_db.yaml'),
      'utf8',
    );
    writeFileSync(join(repo, 'keycloak.yaml'), broken);
    writeFileSync(join(repo, 'notes.txt'), 'not a manifest');
    git('add', '.');
    const tryRepo = () =>
      spawnSync(
        'pre-commit',
        ['try-repo', ROOT, 'keycloak-lint', '--files', 'keycloak.yaml', 'notes.txt'],
        {
          cwd: repo,
          env,
          encoding: 'utf8',
          timeout: 240_000,
        },
      );
    const failing = tryRepo();
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toContain('dev-mode-with-replicas');
    expect(failing.stdout).not.toContain('notes.txt');
    writeFileSync(join(repo, 'keycloak.yaml'), FIXED);
    git('add', '.');
    const passing = tryRepo();
    expect(passing.status, passing.stdout + passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/keycloak-lint\.+Passed/);
  },
  300_000,
);

const FIXED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: keycloak
spec:
  replicas: 1
  selector:
    matchLabels: {app: keycloak}
  template:
    metadata:
      labels: {app: keycloak}
    spec:
      containers:
        - name: keycloak
          image: quay.io/keycloak/keycloak:26.6.1
          args: ["start"]
          env:
            - {name: KC_DB, value: postgres}
            - {name: KC_DB_URL_HOST, value: postgres}
            - {name: KC_HOSTNAME, value: "https://sso.example.test"}
`;
