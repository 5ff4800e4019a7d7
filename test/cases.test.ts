// ../shared/cases: reproductions of real bug reports. Each case is run through the bundled
// CLI by the shared checker; a case counts once every rule it expects is built.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { BUILT_CLI, CASES, SHARED } from './helpers/paths.js';

const built = new Set(rules.map((r) => r.id));
const cases = readdirSync(CASES)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

function checkerOutput(): string {
  try {
    return execFileSync(
      process.execPath,
      [
        join(SHARED, 'tools/check-cases.mjs'),
        '--cmd',
        `${process.execPath} ${BUILT_CLI} lint --format json`,
      ],
      { encoding: 'utf8' },
    );
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? '';
  }
}

const output = checkerOutput();

const expectedRules = (file: string): string[] =>
  readFileSync(join(CASES, file), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('# expect:') && line.trim() !== '# expect: none')
    .map((line) => line.slice('# expect:'.length).split(';')[0]!.trim());

for (const file of cases) {
  test(`${file} names only rules that exist`, () => {
    expect(expectedRules(file).filter((id) => !built.has(id))).toEqual([]);
  });
  test(file, () => {
    const line = output.split('\n').find((l) => l.endsWith(` ${file}`));
    const details = output.split(`${line}\n`)[1]?.split(/\n(?=ok |FAIL)/)[0] ?? '';
    expect(line, details).toBe(`ok   ${file}`);
  });
}
