import { createHash } from 'node:crypto';
import type { Resource } from '../model/resource.js';
import type { Model } from '../model/types.js';
import { type Region, resolveRegion } from './positions.js';
import type { Finding, RelatedLocation } from './report.js';
import {
  type Anchor,
  type Category,
  type Draft,
  isLocation,
  type Rule,
  type RuleContext,
  type Severity,
} from './rule.js';

/** A rule threw: a bug in the linter, reported with the rule and the place it was looking at. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

interface Concern {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: Category;
}

/** Runs every rule over the model and turns their drafts into positioned findings. */
export function runRules(model: Model, rules: readonly Rule[]): Finding[] {
  const drafts: [Rule, Draft][] = [];
  const concerns = new Map<Resource, Concern[]>();
  const context: RuleContext = { findingsConcerning: (resource) => concerns.get(resource) ?? [] };

  for (const phase of [1, 2] as const) {
    for (const rule of rules) {
      if ((rule.meta.phase ?? 1) !== phase) continue;
      let produced: Draft[];
      try {
        produced = [...rule.check(model, context)];
      } catch (error) {
        throw new RuleError(rule.id, error);
      }
      for (const draft of produced) {
        drafts.push([rule, draft]);
        if (phase !== 1) continue;
        const concern = {
          ruleId: rule.id,
          severity: draft.severity ?? rule.meta.severity,
          category: rule.meta.category,
        };
        const touched = [draft.resource, ...(draft.related ?? []).map((r) => r.resource)];
        for (const resource of new Set(touched)) {
          if (!resource) continue;
          const list = concerns.get(resource);
          if (list) list.push(concern);
          else concerns.set(resource, [concern]);
        }
      }
    }
  }

  const seen = new Set<string>();
  const occurrences = new Map<string, number>();
  const findings: Finding[] = [];
  for (const [rule, draft] of drafts) {
    const rendered = render(rule, draft);
    const { ruleId, file, line, column, message } = rendered;
    const key = `${ruleId}|${file}|${line}|${column}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const identity = identityOf(rule.id, draft, file);
    const n = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, n);
    findings.push({ ...rendered, fingerprint: `${identity}:${n}` });
  }
  return findings.sort(compareFindings);
}

/**
 * What stays the same about a finding when unrelated lines are added or removed: the rule,
 * the file, the resource, the path of the node at fault and the message id. Hashed, it is
 * SARIF's `primaryLocationLineHash` (lines are deliberately not part of it).
 */
function identityOf(ruleId: string, draft: Draft, file: string): string {
  const resource = draft.resource;
  const anchor = draft.at;
  const where = isLocation(anchor)
    ? `${anchor.path.join('/')}${anchor.key ? '#key' : ''}`
    : JSON.stringify(draft.data ?? {});
  const who = resource
    ? `${resource.group}/${resource.kind}/${resource.namespace ?? ''}/${resource.name}`
    : '';
  const parts = [ruleId, file, who, where, draft.messageId];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

function render(rule: Rule, draft: Draft): Omit<Finding, 'fingerprint'> {
  const { meta } = rule;
  const template = meta.messages[draft.messageId];
  if (template === undefined)
    throw new RuleError(rule.id, new Error(`unknown message id ${draft.messageId}`));
  const data = draft.data ?? {};
  const fixTemplate =
    (draft.fixId !== undefined ? meta.fixes?.[draft.fixId] : undefined) ?? meta.fix;
  const { file, region } = place(draft.at);
  const related: RelatedLocation[] = (draft.related ?? []).map((r) => {
    const where = place(r.at);
    return {
      file: where.file,
      ...where.region,
      message: r.message,
      ...(r.resource ? { resource: r.resource.ref } : {}),
    };
  });
  return {
    ruleId: rule.id,
    severity: draft.severity ?? meta.severity,
    message: fill(template, data),
    fix: fill(fixTemplate, data),
    file,
    ...region,
    ...(draft.resource ? { resource: draft.resource.ref } : {}),
    related,
  };
}

function place(anchor: Anchor): { file: string; region: Region } {
  if (isLocation(anchor))
    return { file: anchor.doc.file.displayPath, region: resolveRegion(anchor) };
  const from = anchor.file.position(anchor.start);
  const to = anchor.file.position(Math.max(anchor.end, anchor.start));
  return {
    file: anchor.file.displayPath,
    region: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
  };
}

/** Fills `{{name}}` placeholders; a missing value is a bug in the rule, so it stays visible. */
export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : match,
  );
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
