import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import { toSarif } from '../../src/format/sarif.js';
import { lint } from '../../src/lint.js';
import { CORPUS, ROOT, SHARED } from '../helpers/paths.js';

const schema = JSON.parse(readFileSync(join(SHARED, 'schemas/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
formats.default(ajv);
const validate = ajv.compile(schema);

describe('SARIF', () => {
  test.for([
    ['examples', [join(ROOT, 'examples')]],
    ['the whole corpus', [CORPUS]],
    ['every fixture', [join(ROOT, 'fixtures')]],
  ] as const)('is valid SARIF 2.1.0 for %s', ([, paths]) => {
    const sarif = toSarif(lint({ paths, cwd: ROOT }), rules);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
  });

  test('a path that cannot be read is a failed invocation with a notification', () => {
    const sarif = toSarif(lint({ paths: ['no/such/dir', 'examples'], cwd: ROOT }), rules);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const [invocation] = sarif.runs[0]?.invocations ?? [];
    expect(invocation?.executionSuccessful).toBe(false);
    expect(invocation?.toolExecutionNotifications?.map((n) => n.message.text)).toEqual([
      'cannot read no/such/dir: no such file or directory',
    ]);
    expect(sarif.runs[0]?.results?.length).toBeGreaterThan(0);
  });

  test('file names with spaces, commas, % and non-ASCII characters are URI references', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-names-'));
    writeFileSync(join(dir, 'a b,%é.yaml'), 'kind: [\n');
    const sarif = toSarif(lint({ paths: ['.'], cwd: dir }), rules);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    expect(
      sarif.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
    ).toBe('a%20b,%25%C3%A9.yaml');
  });

  test('carries what GitHub code scanning reads: rules, levels, regions, related locations', () => {
    const report = lint({ paths: ['examples'], cwd: ROOT });
    const sarif = toSarif(report, rules);
    const run = sarif.runs[0]!;
    const driver = run.tool.driver;
    expect(driver).toMatchObject({
      name: 'keycloak-lint',
      informationUri: 'https://github.com/keycloak-lint/keycloak-lint',
    });
    expect(driver.rules?.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    for (const rule of driver.rules ?? []) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.help?.markdown).toContain(`docs/rules/${rule.id}.md`);
      expect(rule.helpUri).toBe(
        `https://github.com/keycloak-lint/keycloak-lint/blob/main/docs/rules/${rule.id}.md`,
      );
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
      expect((rule.fullDescription?.text ?? '').length).toBeLessThanOrEqual(1024);
    }
    const result = run.results?.find((r) => r.ruleId === 'dns-query-service-not-headless');
    if (!result) throw new Error('no dns-query-service-not-headless result');
    expect(driver.rules?.[result.ruleIndex!]?.id).toBe(result.ruleId);
    expect(result.level).toBe('error');
    expect(result.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/keycloak.yaml' },
      region: { startLine: 49, startColumn: 42, endLine: 49, endColumn: 54 },
    });
    expect(result.relatedLocations?.[0]).toMatchObject({
      id: 1,
      message: { text: 'Service keycloak has no clusterIP: None' },
      physicalLocation: { artifactLocation: { uri: 'examples/services.yaml' } },
    });
    expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
  });

  test('fingerprints survive unrelated edits and change with the finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kclint-fp-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const fingerprints = () =>
      new Map(
        lint({ paths: ['.'], cwd: dir }).findings.map((f) => [
          f.ruleId,
          `${f.fingerprint}@${f.line}`,
        ]),
      );
    const before = fingerprints();
    const file = join(dir, 'keycloak.yaml');
    writeFileSync(file, `# an unrelated comment\n# and another\n${readFileSync(file, 'utf8')}`);
    const after = fingerprints();
    for (const [ruleId, value] of before) {
      const [hash, line] = value.split('@');
      const [hashAfter, lineAfter] = after.get(ruleId)!.split('@');
      expect(hashAfter, ruleId).toBe(hash);
      if (ruleId === 'proxy-option-obsolete') expect(Number(lineAfter)).toBe(Number(line) + 2);
    }
  });
});

describe('SARIF fixes', () => {
  test('carry the edits of fixable findings as artifact changes, and stay valid SARIF', () => {
    const fixture = 'fixtures/ingress-proxy-buffer-too-small/invalid.size_4k.yaml';
    const report = lint({ paths: [fixture], cwd: ROOT, folderContext: false });
    const sarif = toSarif(report, rules);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const result = sarif.runs[0]?.results?.find(
      (r) => r.ruleId === 'ingress-proxy-buffer-too-small',
    );
    const text = readFileSync(join(ROOT, fixture), 'utf8');
    const start = text.indexOf('"4k"');
    expect(result?.fixes).toEqual([
      {
        description: { text: expect.stringContaining('128k') },
        artifactChanges: [
          {
            artifactLocation: { uri: fixture },
            replacements: [
              {
                deletedRegion: {
                  startLine: 44,
                  startColumn: 52,
                  endLine: 44,
                  endColumn: 56,
                  charOffset: start,
                  charLength: 4,
                },
                insertedContent: { text: '"128k"' },
              },
            ],
          },
        ],
      },
    ]);
    // Findings with a suggestion only carry no fix.
    const others = sarif.runs[0]?.results?.filter((r) => r.ruleId === 'hostname-not-configured');
    for (const r of others ?? []) expect(r.fixes).toBeUndefined();
  });
});
