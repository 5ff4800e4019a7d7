import type { Report } from '../engine/report.js';
import type { Rule } from '../engine/rule.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  /** Colours (stylish only). */
  readonly color: boolean;
  /** Every rule, for SARIF's rule table. */
  readonly rules: readonly Rule[];
}

/** Renders a report in one of the output formats. */
export function formatReport(report: Report, format: FormatName, options: FormatOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, { color: options.color });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options.rules);
    case 'github':
      return formatGithub(report);
  }
}

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}
