import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CORPUS, hasShared, ROOT } from '../helpers/paths.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

const PART1 = join(CORPUS, 'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part1');

function copyOfPart1(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kclint-cli-fix-'));
  cpSync(PART1, dir, { recursive: true });
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
  return dir;
}

const contents = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

describe.skipIf(!hasShared)('lint --fix and --fix-dry-run', () => {
  test('--fix-dry-run prints the diff of every fix, changes nothing, exits as lint would', () => {
    const dir = copyOfPart1();
    const before = contents(dir);
    const run = runCli(['lint', '--fix-dry-run', '--no-config', '.'], { cwd: dir });
    expect(run.stdout.startsWith('--- a/deployment.yaml\n+++ b/deployment.yaml\n@@ ')).toBe(true);
    expect(run.stdout).toContain('--- a/ingress.yaml\n+++ b/ingress.yaml\n');
    expect(run.stdout).toContain('+kind: Service\n');
    expect(run.stderr).toBe('keycloak-lint: would apply 7 fixes to 2 files\n');
    expect(contents(dir)).toEqual(before);
    // The files still have the multicast error.
    expect(run.status).toBe(1);
  });

  test('--fix writes the fixed files (as the dry run showed) and reports what is left', () => {
    const dir = copyOfPart1();
    const expected = join(ROOT, 'test/fix/expected/corpus/part1');
    const run = runCli(['lint', '--fix', '--no-config', '.'], { cwd: dir });
    expect(run.stderr).toBe('keycloak-lint: applied 7 fixes to 2 files\n');
    expect(run.stdout).toContain('No problems found');
    expect(run.status).toBe(0);
    for (const name of readdirSync(expected))
      expect(readFileSync(join(dir, name), 'utf8')).toBe(
        readFileSync(join(expected, name), 'utf8'),
      );
    const again = runCli(['lint', '--fix', '--no-config', '.'], { cwd: dir });
    expect(again.stderr).toBe('keycloak-lint: applied 0 fixes to 0 files\n');
  });

  test('the JSON report carries the edits of fixable findings and matches its schema', () => {
    const dir = copyOfPart1();
    const run = runCli(['lint', '--format', 'json', '--no-config', 'ingress.yaml'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    const buffer = report.findings.find(
      (f: { ruleId: string }) => f.ruleId === 'ingress-proxy-buffer-too-small',
    );
    expect(buffer.edits).toEqual([
      {
        file: 'ingress.yaml',
        start: expect.any(Number),
        end: expect.any(Number),
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: 1,
        text: '    nginx.ingress.kubernetes.io/proxy-buffer-size: "128k"\n',
      },
    ]);
  });

  test('usage mistakes are refused with a clear message', () => {
    const dir = copyOfPart1();
    const both = runCli(['lint', '--fix', '--fix-dry-run', '.'], { cwd: dir });
    expect(both.stderr).toContain('--fix and --fix-dry-run exclude each other');
    expect(both.status).toBe(2);
    const stdin = runCli(['lint', '--fix', '-'], { cwd: dir, input: 'kind: A\n' });
    expect(stdin.stderr).toContain('--fix cannot write standard input back');
    const stdout = runCli(['lint', '--fix-dry-run', '-f', 'json', '.'], { cwd: dir });
    expect(stdout.stderr).toContain('give formats a :path');
  });
});
