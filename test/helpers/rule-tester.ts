import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/report.js';
import type { Severity } from '../../src/engine/rule.js';
import { lint } from '../../src/lint.js';
import { FIXTURES, ROOT } from './paths.js';

export interface ExpectedFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity?: Severity;
  /** Text the message must contain. */
  readonly message?: string | RegExp;
  /** Text the fix must contain. */
  readonly fix?: string | RegExp;
  /** `Kind/name` of the resource the finding is reported on. */
  readonly resource?: string;
}

export interface InvalidCase {
  /** Fixture file name in fixtures/<rule-id>/, e.g. `invalid.udp_default.yaml`. */
  readonly fixture: string;
  readonly findings: readonly ExpectedFinding[];
  /** Extra lint options (e.g. a Keycloak version for untagged images). */
  readonly options?: { readonly keycloakVersion?: string; readonly namespace?: string };
  /** A case the linter cannot handle yet: `TODO(#issue): why`. It is listed as a todo test. */
  readonly todo?: string;
}

export interface RuleTests {
  /** Fixture names that must produce no finding of this rule. */
  readonly valid: readonly (
    | string
    | { readonly fixture: string; readonly options?: InvalidCase['options'] }
  )[];
  readonly invalid: readonly InvalidCase[];
}

/** Lints one fixture on its own and returns the findings of one rule. */
export function findingsOf(
  ruleId: string,
  fixture: string,
  options: InvalidCase['options'] = {},
): Finding[] {
  // Each fixture is its own setup: the other fixtures of the folder are not its context.
  const report = lint({
    paths: [join('fixtures', ruleId, fixture)],
    cwd: ROOT,
    folderContext: false,
    ...options,
  });
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/**
 * Runs a rule's valid and invalid fixtures. Every invalid case states where each finding
 * is (line and column, required), and every fixture in the rule's folder must be used.
 */
export function ruleTester(ruleId: string, tests: RuleTests): void {
  const rule = rules.find((r) => r.id === ruleId);
  const folder = join(FIXTURES, ruleId);
  const validNames = tests.valid.map((v) => (typeof v === 'string' ? v : v.fixture));

  describe(ruleId, () => {
    test('is registered and has valid and invalid fixtures', () => {
      expect(rule, `rule ${ruleId} is not in rules/index.ts`).toBeDefined();
      expect(tests.valid.length).toBeGreaterThan(0);
      expect(tests.invalid.length).toBeGreaterThan(0);
      const used = new Set([...validNames, ...tests.invalid.map((c) => c.fixture)]);
      const present = existsSync(folder) ? readdirSync(folder) : [];
      expect(
        present.filter((f) => !used.has(f)),
        'fixtures not used by a test',
      ).toEqual([]);
      expect(new Set(used).size).toBe(validNames.length + tests.invalid.length);
      for (const name of validNames) expect(name.startsWith('valid.'), name).toBe(true);
      for (const c of tests.invalid) expect(c.fixture.startsWith('invalid.'), c.fixture).toBe(true);
    });

    test.for(tests.valid.map((v) => (typeof v === 'string' ? { fixture: v } : v)))(
      'valid: $fixture',
      (c) => {
        expect(findingsOf(ruleId, c.fixture, c.options ?? {})).toEqual([]);
      },
    );

    for (const c of tests.invalid.filter((c) => c.todo))
      test.todo(`invalid: ${c.fixture} (${c.todo})`);

    test.for(tests.invalid.filter((c) => !c.todo))('invalid: $fixture', (c) => {
      const found = findingsOf(ruleId, c.fixture, c.options ?? {});
      expect(found.map((f) => `${f.line}:${f.column}`)).toEqual(
        c.findings.map((e) => `${e.line}:${e.column}`),
      );
      c.findings.forEach((expected, i) => {
        const actual = found[i]!;
        expect(actual.severity).toBe(expected.severity ?? rule?.meta.severity);
        if (expected.endLine !== undefined) expect(actual.endLine).toBe(expected.endLine);
        if (expected.endColumn !== undefined) expect(actual.endColumn).toBe(expected.endColumn);
        if (expected.message !== undefined) expect(actual.message).toMatch(expected.message);
        if (expected.fix !== undefined) expect(actual.fix).toMatch(expected.fix);
        if (expected.resource !== undefined) {
          expect(actual.resource && `${actual.resource.kind}/${actual.resource.name}`).toBe(
            expected.resource,
          );
        }
        // No unfilled placeholder (unrendered-template quotes the template syntax it found).
        if (ruleId !== 'unrendered-template')
          expect(actual.message).not.toMatch(/\{\{\s*\w+\s*\}\}/);
        expect(actual.fix).not.toMatch(/\{\{\s*\w+\s*\}\}/);
      });
    });
  });
}
