import type { Log, ReportingDescriptor, Result } from 'sarif';
import { REPOSITORY_URL, ruleDocsUrl } from '../engine/docs.js';
import { describeFailure, type Finding, type Report } from '../engine/report.js';
import type { Rule, Severity } from '../engine/rule.js';

const LEVEL: Readonly<Record<Severity, Result.level>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A relative path as a URI reference: `#` and `?` in a file name are not a fragment or query. */
// A relative reference: `#` and `?` would start a fragment or query, and a colon in the
// first segment would make `c:x.yaml` a URI of scheme `c`.
const fileUri = (path: string) => encodeURI(path).replace(/[#?:]/g, encodeURIComponent);

/** SARIF 2.1.0 as GitHub code scanning reads it: every rule, and each finding with its region. */
export function toSarif(report: Report, rules: readonly Rule[]): Log {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: rules.map(descriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        // Paths that could not be read: code scanning shows them as tool notifications.
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((failure) => ({
              level: 'error' as const,
              message: { text: describeFailure(failure) },
              locations: [
                { physicalLocation: { artifactLocation: { uri: fileUri(failure.path) } } },
              ],
            })),
          },
        ],
        results: report.findings.map((finding) => result(finding, index.get(finding.ruleId))),
      },
    ],
  };
}

export function formatSarif(report: Report, rules: readonly Rule[]): string {
  return `${JSON.stringify(toSarif(report, rules), null, 2)}\n`;
}

function descriptor(rule: Rule): ReportingDescriptor {
  const { meta } = rule;
  const versions = meta.versions ? `\n\nKeycloak versions: ${meta.versions}.` : '';
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: `${meta.summary}.` },
    fullDescription: { text: meta.rationale },
    help: {
      text: `${meta.rationale}${versions}\n\nHow to fix: ${meta.fix}`,
      markdown: `${meta.rationale}${versions}\n\n**How to fix:** ${meta.fix}\n\n[Documentation](${ruleDocsUrl(rule.id)})`,
    },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ['keycloak', 'kubernetes', meta.category], precision: 'high' },
  };
}

function result(finding: Finding, ruleIndex: number | undefined): Result {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: `${finding.message} Fix: ${finding.fix}` },
    locations: [location(finding)],
    ...(finding.related.length > 0
      ? {
          relatedLocations: finding.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            ...location(r),
          })),
        }
      : {}),
    partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
    ...(finding.edits ? { fixes: [fixOf(finding)] } : {}),
    ...(finding.suppressions
      ? {
          // SARIF wants unique items; two comments with one reason are one suppression there.
          suppressions: [...new Set(finding.suppressions.map((s) => s.justification))].map(
            (justification) => ({ kind: 'inSource' as const, justification }),
          ),
        }
      : {}),
  };
}

/** The finding's edits as a SARIF fix: one artifact change per file, regions replaced. */
function fixOf(finding: Finding): NonNullable<Result['fixes']>[number] {
  const files = [...new Set((finding.edits ?? []).map((e) => e.file))];
  return {
    description: { text: finding.fix },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: fileUri(file) },
      replacements: (finding.edits ?? [])
        .filter((e) => e.file === file)
        .map((e) => ({
          deletedRegion: {
            startLine: e.line,
            startColumn: e.column,
            endLine: e.endLine,
            endColumn: e.endColumn,
            charOffset: e.start,
            charLength: e.end - e.start,
          },
          ...(e.text ? { insertedContent: { text: e.text } } : {}),
        })),
    })),
  };
}

function location(place: {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}): { physicalLocation: NonNullable<Result['locations']>[number]['physicalLocation'] } {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(place.file) },
      region: {
        startLine: place.line,
        startColumn: place.column,
        endLine: place.endLine,
        endColumn: Math.max(place.endColumn, place.endLine === place.line ? place.column + 1 : 1),
      },
    },
  };
}
