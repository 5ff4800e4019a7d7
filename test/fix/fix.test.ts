import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintAndFix } from '../../src/fix/fix.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import { FIX_CASES } from './cases.js';

const work = mkdtempSync(join(tmpdir(), 'keycloak-lint-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const BREAKAGE = ['invalid-yaml', 'invalid-field-type', 'unrendered-template'];

/** Fixes one file on its own (no folder context), applying only the rule's edits. */
function fixFile(path: string, rule: string) {
  const folder = join(path, '..');
  const name = path.slice(folder.length + 1);
  const result = lintAndFix(
    { paths: [name], cwd: folder, folderContext: false, config: false },
    { only: (id) => id === rule },
  );
  for (const change of result.changes) writeFileSync(change.absolute, change.bytes);
  return result;
}

let n = 0;
function copyOf(bytes: Buffer): string {
  const dir = join(work, String(n++));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const path = join(dir, 'manifest.yaml');
  writeFileSync(path, bytes);
  return path;
}

const crlf = (text: Buffer) => Buffer.from(text.toString('utf8').replace(/\n/g, '\r\n'));

describe.for(FIX_CASES)('$rule: $fixture', (c) => {
  const source = readFileSync(join(FIXTURES, c.rule, c.fixture));
  const expected = c.expected
    ? readFileSync(join(ROOT, 'test', 'fix', 'expected', c.rule, c.fixture))
    : source;

  test('is fixed byte for byte, or left as it is', () => {
    const path = copyOf(source);
    const result = fixFile(path, c.rule);
    expect(readFileSync(path).toString('utf8')).toBe(expected.toString('utf8'));
    expect(readFileSync(path).equals(expected)).toBe(true);
    if (c.expected) expect(result.applied.map((a) => a.ruleId)).toContain(c.rule);
    else expect(result.applied).toEqual([]);
  });

  test('a second --fix changes nothing, and the rule no longer fires', () => {
    const path = copyOf(source);
    const first = fixFile(path, c.rule);
    const second = fixFile(path, c.rule);
    expect(second.changes).toEqual([]);
    const before = first.initial.findings.filter((f) => f.ruleId === c.rule);
    const left = second.report.findings.filter((f) => f.ruleId === c.rule);
    // What is left of the rule are findings with a suggestion only, as many as were unfixable.
    expect(left.filter((f) => f.edits)).toEqual([]);
    expect(left.length).toBe(before.filter((f) => !f.edits).length);
    // Nothing the fix wrote breaks parsing or the shape checks.
    const broken = (r: typeof first.report) =>
      r.findings.filter((f) => BREAKAGE.includes(f.ruleId)).length;
    expect(broken(second.report)).toBe(broken(first.initial));
  });

  test('CRLF line endings and a BOM are kept', () => {
    const path = copyOf(Buffer.concat([BOM, crlf(source)]));
    fixFile(path, c.rule);
    const want = Buffer.concat([BOM, crlf(expected)]);
    expect(readFileSync(path).toString('utf8')).toBe(want.toString('utf8'));
    expect(readFileSync(path).equals(want)).toBe(true);
  });
});

test('every rule with fixable metadata has a fix case, and the others none', () => {
  const fixable = rules.filter((r) => r.meta.fixable).map((r) => r.id);
  const covered = new Set(FIX_CASES.filter((c) => c.expected).map((c) => c.rule));
  expect([...covered].sort()).toEqual([...fixable].sort());
});

test('fixtures of the cases exist in the rule folders', () => {
  for (const c of FIX_CASES) copyFileSync(join(FIXTURES, c.rule, c.fixture), join(work, 'probe'));
});
