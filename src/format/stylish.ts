import { createColors } from 'picocolors';
import { active, type Finding, type Report } from '../engine/report.js';
import type { Severity } from '../engine/rule.js';
import { count, severityCounts } from '../util/plural.js';

export interface StylishOptions {
  readonly color: boolean;
}

/** Findings grouped by file, one line each, the fix and related places indented below. */
export function formatStylish(report: Report, options: StylishOptions): string {
  const c = createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.blue,
  };
  const byFile = new Map<string, Finding[]>();
  for (const finding of active(report.findings)) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    const indent = ' '.repeat(2 + posWidth + 2 + 7 + 2);
    for (const f of findings) {
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const severity = paint[f.severity](f.severity.padEnd(7));
      out.push(`  ${c.dim(pos)}  ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
      if (f.fix) out.push(`${indent}${c.green('fix:')} ${f.fix}`);
      for (const r of f.related) {
        out.push(
          `${indent}${c.dim(`related: ${r.file}:${r.line}:${r.column}`)} ${c.dim(r.message)}`,
        );
      }
    }
    out.push('');
  }
  const { errors, warnings, infos, files, resources } = report.summary;
  const total = errors + warnings + infos;
  const failed = report.errors.length;
  // Nothing linted and a path unreadable: stderr says why, and a summary would only mislead.
  if (failed > 0 && files === 0 && total === 0) return '';
  const suppressed =
    report.summary.suppressed > 0 ? `, ${report.summary.suppressed} suppressed` : '';
  const scope = `${count(files, 'file')}, ${count(resources, 'resource')}${suppressed}`;
  // An unread path is a failed run, whatever the rest shows: no green tick for it.
  const unread = failed > 0 ? `; ${count(failed, 'path')} could not be read` : '';
  if (total === 0 && failed > 0) {
    out.push(`${c.red('✖')} No problems found in ${scope}${unread}`);
  } else if (total === 0) {
    out.push(c.green(`✔ No problems found (${scope})`));
  } else {
    const counts = severityCounts(report.summary);
    const mark = errors > 0 || failed > 0 ? c.red('✖') : warnings > 0 ? c.yellow('⚠') : c.blue('ℹ');
    const hidden = total - active(report.findings).length;
    const note = hidden > 0 ? ` (${hidden} not shown: --quiet shows errors only)` : '';
    out.push(`${mark} ${count(total, 'problem')} (${counts}) in ${scope}${note}${unread}`);
  }
  return `${out.join('\n')}\n`;
}
