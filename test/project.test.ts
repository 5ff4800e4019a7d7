// The project's promises to a new user: the README's first commands, its rule table, and
// a committed bundle that matches the sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { generatedFiles } from '../src/docs/generate.js';
import { runCli } from './helpers/cli.js';
import { BUILT_DIR, ROOT } from './helpers/paths.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

test('the README starts with the install-and-lint command and the test command', () => {
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const commands = block
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('#')[0]!.trim());
  expect(commands).toEqual(['npm ci && node dist/cli.js lint examples/', 'npm test']);
  expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
});

test('the bundled examples show errors and warnings, exit code 1', () => {
  const result = runCli(['lint', 'examples/']);
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/\d+ errors?, \d+ warnings?/);
  expect(result.stdout).toContain('dns-query-service-not-headless');
});

test('the README rule table lists every rule, linked to its page', () => {
  const table = readme.slice(
    readme.indexOf('<!-- rules:start -->'),
    readme.indexOf('<!-- rules:end -->'),
  );
  const ids = [...table.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\/\1\.md\) \| (\w+) \|/gm)];
  expect(ids.map((m) => m[1])).toEqual(rules.map((r) => r.id));
  expect(ids.map((m) => m[2])).toEqual(rules.map((r) => r.meta.severity));
});

test('the files generated from rule metadata are up to date (npm run generate)', () => {
  const files = generatedFiles(ROOT);
  expect([...files.keys()].filter((f) => f.startsWith('docs/rules/')).sort()).toEqual(
    readdirSync(join(ROOT, 'docs/rules'))
      .map((f) => `docs/rules/${f}`)
      .sort(),
  );
  for (const [path, content] of files) {
    const same = readFileSync(join(ROOT, path), 'utf8') === content;
    expect(same, `${path} is stale: run npm run generate`).toBe(true);
  }
});

test('every rule page shows a manifest it reports and one it does not', () => {
  for (const rule of rules) {
    const page = readFileSync(join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
    expect(page, rule.id).toMatch(/^Reported \(`fixtures\//m);
    expect(page, rule.id).toMatch(/^Not reported \(`fixtures\//m);
  }
});

test('the committed dist/ is built from the current sources', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
    );
  const built = files(BUILT_DIR).sort();
  expect(files(join(ROOT, 'dist')).sort(), 'dist/ differs: run npm run bundle').toEqual(built);
  for (const file of built) {
    const same =
      readFileSync(join(ROOT, 'dist', file), 'utf8') ===
      readFileSync(join(BUILT_DIR, file), 'utf8');
    expect(same, `dist/${file} is stale: run npm run bundle`).toBe(true);
  }
});

test('the JSON example of the README is what the tool prints for examples/', () => {
  const block = /```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '{}';
  const example = JSON.parse(block) as { findings: { ruleId: string }[] };
  const report = JSON.parse(runCli(['lint', 'examples/', '--format', 'json']).stdout);
  const shown = report.findings.filter(
    (f: { ruleId: string }) => f.ruleId === example.findings[0]?.ruleId,
  );
  expect(example).toEqual({ ...report, findings: shown });
});
