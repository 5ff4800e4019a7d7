import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import pkg from '../package.json' with { type: 'json' };
import { rules as allRules } from '../rules/index.js';
import { type Config, DEFAULT_MAX_FILE_SIZE, externalKey, resolveConfig } from './config/config.js';
import { ConfigError } from './engine/errors.js';
import { active, type InputFailure, type Report, type Severity } from './engine/report.js';
import type { Rule } from './engine/rule.js';
import { runRules } from './engine/run.js';
import { loadFiles } from './load/files.js';
import { type LoadProblem, type ParsedDocument, parseFile } from './load/parse.js';
import { sourceOf } from './model/generated.js';
import { INGRESS, isKind, KEYCLOAK_CR, SERVICE, WORKLOAD_KINDS } from './model/kinds.js';
import { buildModel } from './model/model.js';
import { type Resource, resourcesOf } from './model/resource.js';
import type { Model } from './model/types.js';
import { parseVersion, type Version } from './model/version.js';

export interface LintOptions {
  /** Files and directories; directories are walked for *.yaml, *.yml and *.json. `-` is stdin. */
  readonly paths: readonly string[];
  /** Paths are resolved and reported relative to this directory (default: process.cwd()). */
  readonly cwd?: string;
  /** Standard input, when a path is `-`. */
  readonly stdin?: { readonly text: string | Uint8Array; readonly filename?: string };
  /** Namespace of resources that name none (wins over the configuration's). */
  readonly namespace?: string;
  /** Keycloak version for containers whose image tag gives none, e.g. `26.0.7`. */
  readonly keycloakVersion?: string;
  /** The rules to run (default: all). */
  readonly rules?: readonly Rule[];
  /**
   * Directories read only for cross-references (e.g. the workloads a Service selects):
   * findings are reported for the paths, not for these.
   */
  readonly context?: readonly string[];
  /** Read the folders of files given one by one as context (default true). */
  readonly folderContext?: boolean;
  /**
   * The configuration: a Config, the path of a file, `false` for none, or (undefined) the
   * nearest `.keycloak-lint.yaml` from the working directory upwards.
   */
  readonly config?: Config | string | false;
  /** Read `# keycloak-lint-disable` comments (default true). */
  readonly inlineConfig?: boolean;
  /**
   * Internal: parse every document fully and keep every syntax tree instead of taking the
   * fast path (default: the environment variable KEYCLOAK_LINT_FULL_PARSE=1). The findings
   * are the same; the benchmark and the tests compare the two.
   */
  readonly fullParse?: boolean;
  /**
   * Internal: keep the syntax trees of the fast path instead of parsing again the documents
   * that need positions (default: when the input is under 1 MB). Tests turn it off to
   * exercise the re-parse on small inputs.
   */
  readonly keepTrees?: boolean;
  /** Files larger than this many bytes are reported and not parsed (default 10 MB; 0: none). */
  readonly maxFileSize?: number;
  /** The bytes of a file in place of those on disk, by absolute path (`--fix` passes). */
  readonly read?: (absolute: string) => Uint8Array | undefined;
}

export { ConfigError };

/** Input size (characters) under which parsed syntax trees are kept. */
const KEEP_TREES_BELOW = 1_000_000;

export const TOOL = { name: 'keycloak-lint', version: pkg.version } as const;

/** The ids of every rule, for configuration checks. */
export const RULE_IDS: readonly string[] = allRules.map((r) => r.id);

/** Lints manifests and returns the report that `--format json` prints. */
export function lint(options: LintOptions): Report {
  return lintTargets(options).report;
}

/** Lints and also says which files are targets (display paths): `--fix` edits only those. */
export function lintTargets(options: LintOptions): {
  report: Report;
  targets: ReadonlySet<string>;
} {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(options.config, cwd, RULE_IDS);
  const { model, errors, targets } = loadModel({ ...options, cwd, config });
  const severities: Record<string, Severity> = {};
  for (const [id, setting] of Object.entries(config.rules))
    if (setting !== 'off') severities[id] = setting;
  const rules = (options.rules ?? allRules).filter((r) => config.rules[r.id] !== 'off');
  // Findings on context files are dropped unless they point at a target too.
  const findings = runRules(model, rules, { severities, knownRuleIds: RULE_IDS }).filter(
    (f) => targets.has(f.file) || f.related.some((r) => targets.has(r.file)),
  );
  const counted = active(findings);
  const count = (severity: Severity) => counted.filter((f) => f.severity === severity).length;
  const report: Report = {
    version: 1,
    tool: { ...TOOL },
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      files: targets.size,
      // Objects written in the target files: context and operator-generated ones are not.
      resources: model.index.all.filter((r) => !sourceOf(r) && targets.has(r.doc.file.displayPath))
        .length,
      suppressed: findings.length - counted.length,
    },
    findings,
    errors,
  };
  return { report, targets };
}

/** Reads the inputs and builds the model the rules run on. */
export function loadModel(options: LintOptions & { readonly config?: Config | string | false }): {
  model: Model;
  errors: InputFailure[];
  files: number;
  /** Display paths of the files findings are reported for. */
  targets: ReadonlySet<string>;
} {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(options.config, cwd, RULE_IDS);
  let keycloakVersion: Version | undefined;
  const versionText = options.keycloakVersion ?? config.keycloakVersion;
  if (versionText !== undefined) {
    keycloakVersion = /^\d+\.\d+(\.\d+)?$/.test(versionText)
      ? parseVersion(versionText)
      : undefined;
    if (!keycloakVersion) {
      throw new ConfigError(
        `invalid Keycloak version "${versionText}": expected MAJOR.MINOR[.PATCH]`,
      );
    }
  }
  // A namespace is a DNS label; this also catches a flag taken for the value (`-n -q`).
  const namespace = options.namespace ?? config.namespace;
  if (namespace !== undefined && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
    throw new ConfigError(`invalid namespace "${namespace}": expected a DNS label such as iam`);
  }
  const ignored =
    config.ignorePaths.length > 0 ? picomatch([...config.ignorePaths], { dot: true }) : undefined;
  const loaded = loadFiles({
    paths: options.paths,
    cwd,
    folderContext: options.folderContext ?? true,
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...(options.read ? { read: options.read } : {}),
    ...(options.context ? { context: options.context } : {}),
    ...(options.stdin
      ? { stdin: { text: options.stdin.text, filename: options.stdin.filename ?? '<stdin>' } }
      : {}),
    ...(ignored
      ? {
          ignore: (absolute: string) =>
            ignored(relative(config.root, absolute).split(sep).join('/')),
        }
      : {}),
  });
  const documents: ParsedDocument[] = [];
  const problems: LoadProblem[] = [...loaded.problems];
  const context: ParsedDocument[][] = [];
  let size = 0;
  for (const file of loaded.files) size += file.text.length;
  const mode = {
    full: options.fullParse ?? process.env.KEYCLOAK_LINT_FULL_PARSE === '1',
    // Below this, memory is no concern and re-parsing for positions costs more than keeping.
    keep: options.keepTrees ?? size < KEEP_TREES_BELOW,
  };
  for (const file of loaded.files) {
    if (file.binary) continue;
    const parsed = parseFile(file, mode);
    if (!file.target) {
      context.push(parsed.docs);
      continue;
    }
    // Loops, not push(...spread): a file may hold more documents than a call may take arguments.
    for (const doc of parsed.docs) documents.push(doc);
    for (const problem of parsed.problems) problems.push(problem);
  }
  for (const docs of usableContext(documents, context)) for (const doc of docs) documents.push(doc);
  const model = buildModel(documents, problems, loaded.files.length, {
    defaultNamespace: namespace,
    keycloakVersion,
    externalResources: new Set(config.externalResources.map(externalKey)),
    ingressClasses: config.ingressClasses,
    ingressNginxConfigMaps: config.ingressNginxConfigMaps,
    inlineConfig: options.inlineConfig ?? true,
  });
  const targets = new Set(loaded.files.filter((f) => f.target).map((f) => f.displayPath));
  return { model, errors: loaded.errors, files: loaded.files.length, targets };
}

/**
 * The context files that can stand beside the targets. A context file that defines a
 * workload, Service, Ingress or Keycloak CR the targets define too is another version of
 * the same setup (a variant folder, a stale copy, a folder of independent examples), not
 * its surroundings, so it is left out. Workloads count as one kind here: a Deployment `sso`
 * beside a target StatefulSet `sso` is the same application written another way. Objects
 * that every file of a folder may repeat (a Namespace, RBAC, a shared ConfigMap) do not
 * make a file a variant.
 */
const SETUP_KINDS = [...WORKLOAD_KINDS, ...SERVICE, ...INGRESS, ...KEYCLOAK_CR];

function usableContext(targets: readonly ParsedDocument[], context: readonly ParsedDocument[][]) {
  const identity = (r: Resource) => {
    const kind = isKind(WORKLOAD_KINDS, r.group, r.kind) ? 'workload' : `${r.group}|${r.kind}`;
    return `${kind}|${r.namespace ?? ''}|${r.name}`;
  };
  const definesSetup = (r: Resource) =>
    isKind(SETUP_KINDS, r.group, r.kind) && sourceOf(r) === undefined;
  const ofSetup = (d: ParsedDocument) => resourcesOf(d).resources.filter(definesSetup);
  const defined = new Set(targets.flatMap((d) => ofSetup(d).map(identity)));
  return context.filter(
    (docs) => !docs.some((d) => ofSetup(d).some((r) => defined.has(identity(r)))),
  );
}
