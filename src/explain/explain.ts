import { createColors } from 'picocolors';
import { active, type Finding, type Report } from '../engine/report.js';
import { count } from '../util/plural.js';
import { SIGNATURES, type Signature } from './signatures.js';

export interface LogMatch {
  readonly signature: Signature;
  readonly count: number;
  /** The first matching line and its number (1-based). */
  readonly first: { readonly line: number; readonly text: string };
}

export interface LogExplanation {
  /** Non-empty lines read. */
  readonly lines: number;
  readonly matches: readonly LogMatch[];
  /** Lines that match no known signature. */
  readonly unknown: number;
}

/** Sorts log lines into known signatures; the others are only counted. */
export function explainLog(text: string): LogExplanation {
  const found = new Map<Signature, { count: number; first: { line: number; text: string } }>();
  let lines = 0;
  let unknown = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    lines++;
    const signature = SIGNATURES.find((s) => s.test(line));
    if (!signature) {
      unknown++;
      return;
    }
    const entry = found.get(signature);
    if (entry) entry.count++;
    else found.set(signature, { count: 1, first: { line: i + 1, text: line } });
  });
  const matches = SIGNATURES.flatMap((signature) => {
    const entry = found.get(signature);
    return entry ? [{ signature, ...entry }] : [];
  });
  return { lines, matches, unknown };
}

/** The explanation as text; with a report, the findings of the rules each signature names. */
export function formatExplanation(
  explanation: LogExplanation,
  report: Report | undefined,
  color: boolean,
): string {
  const c = createColors(color);
  const out: string[] = [];
  const { lines, matches, unknown } = explanation;
  if (lines === 0) return 'The log is empty.\n';
  if (matches.length === 0) {
    out.push(
      `None of the ${lines} log ${lines === 1 ? 'line matches' : 'lines match'} a known signature.`,
    );
    return `${out.join('\n')}\n`;
  }
  for (const { signature, count, first } of matches) {
    out.push(
      c.bold(
        `${signature.meaning} (${count} line${count === 1 ? '' : 's'}, first at line ${first.line})`,
      ),
    );
    out.push(`  ${c.dim(clip(first.text))}`);
    out.push(`  Likely causes: ${signature.causes}`);
    if (!report) {
      out.push(`  Rules that catch them: ${signature.rules.join(', ')}`, '');
      continue;
    }
    const findings = active(report.findings).filter((f) => signature.rules.includes(f.ruleId));
    if (report.summary.resources === 0) {
      out.push(
        '  No Kubernetes object was read from the manifests given, so none can be pointed at.',
        `  Rules that catch these causes: ${signature.rules.join(', ')}`,
        '',
      );
      continue;
    }
    if (findings.length === 0) {
      out.push(
        '  The manifests show none of these causes; look outside them (the network, the database, the image, the proxy).',
        '',
      );
      continue;
    }
    out.push('  In the manifests:');
    for (const f of findings)
      out.push(`    ${location(f)}  ${f.severity}  ${f.message}  ${c.dim(f.ruleId)}`);
    out.push('');
  }
  out.push(
    `${count(lines, 'line')} read: ${lines - unknown} explained, ` +
      `${unknown} matched no known signature.`,
  );
  return `${out.join('\n')}\n`;
}

function location(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}`;
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
