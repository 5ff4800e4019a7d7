import { createHash } from 'node:crypto';
import { sourceOf } from '../model/generated.js';
import type { Resource } from '../model/resource.js';
import type { Model } from '../model/types.js';
import { type Region, resolveRegion } from './positions.js';
import type { Finding, FindingEdit, RelatedLocation } from './report.js';
import {
  type Anchor,
  type Category,
  type Draft,
  isLocation,
  type Rule,
  type RuleContext,
  type Severity,
} from './rule.js';
import type { Suppression } from './suppressions.js';

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

export interface RunOptions {
  /** Severity overrides from the configuration (rules turned off are not passed at all). */
  readonly severities?: Readonly<Record<string, Severity>>;
  /** Every rule id, including those turned off. */
  readonly knownRuleIds?: readonly string[];
}

/**
 * Runs the rules over the model and turns their drafts into positioned findings, in three
 * phases: the rules; the rules that grade by what the others found; then, once the
 * suppressions written in the manifests are applied, the rule that reports unused ones.
 */
export function runRules(
  model: Model,
  rules: readonly Rule[],
  options: RunOptions = {},
): Finding[] {
  const concerns = new Map<Resource, Concern[]>();
  // The rule ids of each suppression that matched a finding: a list of several ids may be
  // half stale, and the stale ids are reported as unused on their own.
  const suppressionUse = new Map<Suppression, Set<string>>(
    model.suppressions.map((s) => [s, new Set<string>()]),
  );
  const context: RuleContext = {
    findingsConcerning: (resource) => concerns.get(resource) ?? [],
    unusedSuppressions: () =>
      [...suppressionUse].flatMap(([s, used]) => {
        const unused = s.rules.filter((id) => !used.has(id));
        if (unused.length === 0) return [];
        return [unused.length === s.rules.length ? s : { ...s, rules: unused }];
      }),
    ruleIds: rules.map((r) => r.id),
    knownRuleIds: options.knownRuleIds ?? rules.map((r) => r.id),
  };
  const renderer = new Renderer(options.severities ?? {});
  const run = (phase: 1 | 2 | 3) => {
    for (const rule of rules) {
      if ((rule.meta.phase ?? 1) !== phase) continue;
      let produced: Draft[];
      try {
        produced = [...rule.check(model, context)];
      } catch (error) {
        throw new RuleError(rule.id, error);
      }
      for (const draft of produced) {
        renderer.add(rule, draft);
        if (phase === 1) noteConcern(concerns, rule, draft);
      }
    }
  };
  run(1);
  run(2);
  const findings = renderer.findings.map((f) => suppress(f, model.suppressions, suppressionUse));
  renderer.findings = [];
  run(3);
  return [...findings, ...renderer.findings].sort(compareFindings);
}

function noteConcern(concerns: Map<Resource, Concern[]>, rule: Rule, draft: Draft): void {
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

/** Renders drafts once each, with fingerprints and the configured severities. */
class Renderer {
  findings: Finding[] = [];
  readonly #seen = new Set<string>();
  readonly #occurrences = new Map<string, number>();

  constructor(private readonly severities: Readonly<Record<string, Severity>>) {}

  add(rule: Rule, draft: Draft): void {
    const rendered = render(rule, draft);
    const { ruleId, file, line, column, message } = rendered;
    const key = `${ruleId}|${file}|${line}|${column}|${message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    const identity = identityOf(rule.id, draft, file);
    const n = (this.#occurrences.get(identity) ?? 0) + 1;
    this.#occurrences.set(identity, n);
    const severity = this.severities[rule.id] ?? rendered.severity;
    this.findings.push({ ...rendered, severity, fingerprint: `${identity}:${n}` });
  }
}

/** Marks a finding suppressed by every suppression with a reason that names its rule there. */
function suppress(
  finding: Finding,
  all: readonly Suppression[],
  use: Map<Suppression, Set<string>>,
): Finding {
  const matching = all.filter(
    (s) =>
      s.reason !== undefined &&
      s.rules.includes(finding.ruleId) &&
      (s.via === 'annotation'
        ? sameResource(s.resource, finding)
        : s.file === finding.file && finding.line >= s.fromLine && finding.line <= s.toLine),
  );
  if (matching.length === 0) return finding;
  for (const s of matching) use.get(s)?.add(finding.ruleId);
  return {
    ...finding,
    suppressions: matching.map((s) => ({
      kind: 'inSource' as const,
      via: s.via,
      justification: s.reason ?? '',
    })),
  };
}

function sameResource(resource: Resource | undefined, finding: Finding): boolean {
  const ref = finding.resource;
  return (
    resource !== undefined &&
    ref !== undefined &&
    // A copy of the object in another file (a duplicate) carries its own annotations.
    resource.doc.file.displayPath === finding.file &&
    ref.kind === resource.kind &&
    ref.name === resource.name &&
    ref.namespace === resource.namespace &&
    ref.apiVersion === resource.apiVersion
  );
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

const MAX_RELATED = 20;

function render(rule: Rule, draft: Draft): Omit<Finding, 'fingerprint'> {
  const { meta } = rule;
  const template = meta.messages[draft.messageId];
  if (template === undefined)
    throw new RuleError(rule.id, new Error(`unknown message id ${draft.messageId}`));
  const data = draft.data ?? {};
  // On an object a Keycloak CR produces, the fix is an edit of the CR, where a rule says how.
  const operatorFix = draft.resource && sourceOf(draft.resource) ? meta.fixes?.operator : undefined;
  const fixTemplate =
    operatorFix ?? (draft.fixId !== undefined ? meta.fixes?.[draft.fixId] : undefined) ?? meta.fix;
  const { file, region } = place(draft.at);
  // A selector shared by hundreds of workloads must not make every finding hundreds of lines.
  const all = draft.related ?? [];
  const kept = all.length > MAX_RELATED ? all.slice(0, MAX_RELATED) : all;
  const related: RelatedLocation[] = kept.map((r, i) => {
    const where = place(r.at);
    const more = i === kept.length - 1 && all.length > kept.length;
    return {
      file: where.file,
      ...where.region,
      message: more ? `${r.message} (and ${all.length - kept.length} more)` : r.message,
      ...(r.resource ? { resource: r.resource.ref } : {}),
    };
  });
  // Edits of an object a CR generates would land on the CR at the wrong place.
  const edits =
    draft.edits && draft.edits.length > 0 && !(draft.resource && sourceOf(draft.resource))
      ? draft.edits.map(toFindingEdit)
      : undefined;
  return {
    ruleId: rule.id,
    severity: draft.severity ?? meta.severity,
    // A sentence may start with a name that is lower case elsewhere ("the operator's ...").
    message: fill(template, data).replace(/^the /, 'The '),
    fix: fill(fixTemplate, data),
    file,
    ...region,
    ...(draft.resource ? { resource: draft.resource.ref } : {}),
    related,
    ...(edits ? { edits } : {}),
  };
}

function toFindingEdit(edit: {
  file: { displayPath: string; position(offset: number): { line: number; column: number } };
  start: number;
  end: number;
  text: string;
}): FindingEdit {
  const from = edit.file.position(edit.start);
  const to = edit.file.position(edit.end);
  return {
    file: edit.file.displayPath,
    start: edit.start,
    end: edit.end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    text: edit.text,
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
