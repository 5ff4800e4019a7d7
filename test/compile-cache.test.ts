// The CLI keeps the compiled linter between runs (src/compile-cache.ts): on Node before 22.1
// in a folder of the user's own under the temp folder; from 22.1 Node's own cache does it.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FIXTURES } from './helpers/paths.js';

const OWN_CACHE =
  typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const FIXTURE = join(
  FIXTURES,
  'kubernetes-stack-missing-dns-query/invalid.two_args_no_service.yaml',
);
const uid = process.getuid?.() ?? 'user';

let temp = '';
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function lintWithTemp(extra: NodeJS.ProcessEnv = {}) {
  return runCli(['lint', '--no-config', '--format', 'json', FIXTURE], {
    env: { TMPDIR: temp, NODE_COMPILE_CACHE: '', ...extra },
  });
}
const cacheDir = () => join(temp, `keycloak-lint-compile-cache-${uid}`);
const cacheFiles = () => readdirSync(cacheDir()).filter((n) => n.endsWith('.bin'));

test.runIf(OWN_CACHE)('the first run writes the cache; the next runs read it, same report', () => {
  temp = mkdtempSync(join(tmpdir(), 'kclint-cc-'));
  const first = lintWithTemp();
  expect(first.status).toBe(1);
  expect(cacheFiles()).toHaveLength(1);
  expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
  const [file] = cacheFiles();
  const written = statSync(join(cacheDir(), file!)).mtimeMs;
  const second = lintWithTemp();
  expect(second.stdout).toBe(first.stdout);
  // Read, not written again.
  expect(statSync(join(cacheDir(), file!)).mtimeMs).toBe(written);

  // A damaged cache is rejected by V8, the run is the same, and the cache is written anew.
  writeFileSync(join(cacheDir(), file!), 'not a code cache');
  const third = lintWithTemp();
  expect(third.stdout).toBe(first.stdout);
  expect(third.stderr).toBe('');
  expect(statSync(join(cacheDir(), file!)).size).toBeGreaterThan(1000);
});

test.runIf(OWN_CACHE)('no cache in a folder others can write, or when turned off', () => {
  temp = mkdtempSync(join(tmpdir(), 'kclint-cc-'));
  const off = lintWithTemp({ KEYCLOAK_LINT_NO_COMPILE_CACHE: '1' });
  expect(off.status).toBe(1);
  expect(readdirSync(temp)).toEqual([]);

  const shared = cacheDir();
  rmSync(shared, { recursive: true, force: true });
  mkdirSync(shared);
  chmodSync(shared, 0o777);
  const run = lintWithTemp();
  expect(run.stdout).toBe(off.stdout);
  expect(readdirSync(shared)).toEqual([]);
});
