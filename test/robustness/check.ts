// Invariants every report must hold, whatever the input: shared by the property tests and
// the bad-input suite.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Report } from '../../src/engine/report.js';
import { FIXTURES } from '../helpers/paths.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

/** Lines of a text as the linter counts them: LF ends a line, and so does a lone CR. */
export function linesOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r(?!\n)/g, '\n')
    .split('\n');
}

interface Region {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * Problems with a report: schema errors and positions outside their file. `texts` maps a
 * display path to the text of that file; files it does not name are not checked.
 */
export function reportProblems(report: Report, texts: ReadonlyMap<string, string>): string[] {
  const problems = reportSchemaErrors(report);
  const check = (what: string, r: Region) => {
    const text = texts.get(r.file);
    if (text === undefined) return;
    const lines = linesOf(text);
    const where = `${what} ${r.file}:${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
    const inside = (line: number, column: number) =>
      line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
    if (!inside(r.line, r.column)) problems.push(`${where}: start outside the file`);
    if (!inside(r.endLine, r.endColumn)) problems.push(`${where}: end outside the file`);
    if (r.endLine < r.line || (r.endLine === r.line && r.endColumn < r.column))
      problems.push(`${where}: end before start`);
  };
  for (const finding of report.findings) {
    check(finding.ruleId, finding);
    for (const related of finding.related) check(`${finding.ruleId} related`, related);
  }
  return problems;
}

/** Every fixture file, as seeds for mutations: path relative to fixtures/ and text. */
export function fixtureSeeds(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(entry.name))
        out.push({ name: relative(FIXTURES, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(FIXTURES);
  return out;
}

/** A stack trace line, as Node prints them. */
export const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;
