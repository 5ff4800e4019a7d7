import { active, type Report } from '../engine/report.js';
import type { Severity } from '../engine/rule.js';

const COMMAND: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

// Workflow-command escaping, as the runner reads it: data escapes % CR LF; properties also : and ,.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands, one annotation per finding. */
export function formatGithub(report: Report): string {
  return active(report.findings)
    .map((f) => {
      const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `endLine=${f.endLine}`,
        // GitHub ignores columns on annotations that span several lines.
        ...(f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(f.ruleId)}`,
      ];
      return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(`${f.message} Fix: ${f.fix}`)}\n`;
    })
    .join('');
}
