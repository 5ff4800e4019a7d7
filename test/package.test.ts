// The npm package: `npm pack`, installed into an empty folder with only its declared
// dependencies, runs as a command and as a typed library.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from './helpers/paths.js';

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
  });

let app = '';
beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), 'kclint-pack-'));
  const tarball = npm(['pack', '--pack-destination', packs, '--silent'], ROOT)
    .trim()
    .split('\n')
    .at(-1)!;
  app = mkdtempSync(join(tmpdir(), 'kclint-app-'));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module' }),
  );
  npm(['install', join(packs, tarball)], app);
}, 120_000);

test('npx keycloak-lint lints with the installed package alone', () => {
  const result = spawnSync(
    'npx',
    ['--no-install', 'keycloak-lint', 'lint', '-', '--format', 'json'],
    {
      cwd: app,
      input:
        'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n',
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(1);
  expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
    'duplicate-resource',
  ]);
});

test('the library returns the JSON report, and its types check', () => {
  writeFileSync(
    join(app, 'use.ts'),
    `import { lint, type Report } from 'keycloak-lint';
const report: Report = lint({ paths: ['-'], stdin: { text: 'kind: [' } });
const first: string | undefined = report.findings[0]?.ruleId;
console.log(JSON.stringify({ first, files: report.summary.files }));
`,
  );
  const tsc = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      'false',
      'use.ts',
    ],
    { cwd: app, encoding: 'utf8' },
  );
  expect(tsc.status, tsc.stdout).toBe(0);
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { lint } from 'keycloak-lint'; console.log(JSON.stringify(lint({ paths: ['-'], stdin: { text: 'kind: [' } }).findings.map((f) => f.ruleId)));`,
    ],
    {
      cwd: app,
      encoding: 'utf8',
    },
  );
  expect(JSON.parse(run.stdout)).toEqual(['invalid-yaml']);
});
