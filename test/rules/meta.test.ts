// Keeps every rule, its tests, its fixtures and the catalogue in step.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import metaSchema from '../../schemas/rule-meta.schema.json' with { type: 'json' };
import { FIXTURES, ROOT, SHARED } from '../helpers/paths.js';

const validateMeta = new Ajv({ allErrors: true, strict: true }).compile(metaSchema);
const catalogue = readFileSync(join(SHARED, 'spec/RULES.md'), 'utf8');
const files = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

test('the registry lists every rule file once, in alphabetical order', () => {
  const ids = rules.map((r) => r.id);
  expect(ids).toEqual([...ids].sort());
  expect(ids).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test('is a catalogue id', () => {
    // unused-suppression comes from the issue on suppressions, not from the catalogue.
    if (id !== 'unused-suppression') expect(catalogue).toContain(`| \`${id}\` |`);
  });
  test('has valid metadata', () => {
    expect(validateMeta(rule.meta) ? [] : validateMeta.errors).toEqual([]);
  });
  test('has a test file and valid and invalid fixtures', () => {
    expect(existsSync(join(ROOT, 'test/rules', `${id}.test.ts`))).toBe(true);
    const fixtures = existsSync(join(FIXTURES, id)) ? readdirSync(join(FIXTURES, id)) : [];
    expect(fixtures.some((f) => f.startsWith('valid.'))).toBe(true);
    expect(fixtures.some((f) => f.startsWith('invalid.'))).toBe(true);
  });
  test('uses every message it declares', () => {
    // Input rules take their message ids from the loader's problems.
    const sources = [
      join(ROOT, 'rules', `${id}.ts`),
      join(ROOT, 'src/load/parse.ts'),
      join(ROOT, 'src/load/files.ts'),
      join(ROOT, 'src/model/resource.ts'),
    ];
    const text = sources.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const messageId of Object.keys(rule.meta.messages))
      expect(text).toMatch(new RegExp(`['"]${messageId}['"]`));
  });
});
