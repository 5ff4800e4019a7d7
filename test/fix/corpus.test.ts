import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lintAndFix } from '../../src/fix/fix.js';
import { lint } from '../../src/lint.js';
import { CORPUS, hasShared, ROOT } from '../helpers/paths.js';

const PART1 = join(CORPUS, 'senkulabs-keycloak-playground/k8s/distributed-cache-keycloak/part1');
const EXPECTED = join(ROOT, 'test/fix/expected/corpus/part1');
const work = mkdtempSync(join(tmpdir(), 'keycloak-lint-corpus-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!hasShared)('--fix on the seed setup senkulabs part 1', () => {
  test('yields a setup without errors or warnings, in the reviewed diff, and is idempotent', () => {
    const dir = join(work, 'part1');
    cpSync(PART1, dir, { recursive: true });
    // The corpus is read-only; its copies must not be.
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
    const before = lint({ paths: ['.'], cwd: dir, config: false });
    // The udp default (error), JAVA_OPTS, both Ingresses' cookie and buffer (warnings).
    expect(before.summary.errors).toBeGreaterThan(0);
    const result = lintAndFix({ paths: ['.'], cwd: dir, config: false });
    for (const change of result.changes) writeFileSync(change.absolute, change.bytes);
    expect(result.notApplied).toEqual([]);
    expect(result.applied.map((a) => a.ruleId).sort()).toEqual([
      'affinity-cookie-name-collision',
      'affinity-cookie-name-collision',
      'ingress-proxy-buffer-too-small',
      'ingress-proxy-buffer-too-small',
      'java-opts-replaces-defaults',
      // The kubernetes stack makes the JGroups ports worth declaring: the next pass does it.
      'jgroups-ports-not-declared',
      'multicast-stack-on-kubernetes',
    ]);
    const after = lint({ paths: ['.'], cwd: dir, config: false });
    expect(after.findings).toEqual([]);
    // The files a reviewer reads: edits where needed, every other byte as it was.
    for (const name of readdirSync(dir)) {
      const want = readdirSync(EXPECTED).includes(name)
        ? readFileSync(join(EXPECTED, name))
        : readFileSync(join(PART1, name));
      expect(readFileSync(join(dir, name)).toString('utf8'), name).toBe(want.toString('utf8'));
    }
    expect(lintAndFix({ paths: ['.'], cwd: dir, config: false }).changes).toEqual([]);
  });
});
