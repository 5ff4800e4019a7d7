import { type Config } from './config/config.js';
import { ConfigError } from './engine/errors.js';
import { type InputFailure, type Report } from './engine/report.js';
import type { Rule } from './engine/rule.js';
import type { Model } from './model/types.js';
export interface LintOptions {
    /** Files and directories; directories are walked for *.yaml, *.yml and *.json. `-` is stdin. */
    readonly paths: readonly string[];
    /** Paths are resolved and reported relative to this directory (default: process.cwd()). */
    readonly cwd?: string;
    /** Standard input, when a path is `-`. */
    readonly stdin?: {
        readonly text: string | Uint8Array;
        readonly filename?: string;
    };
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
export declare const TOOL: {
    readonly name: "keycloak-lint";
    readonly version: string;
};
/** The ids of every rule, for configuration checks. */
export declare const RULE_IDS: readonly string[];
/** Lints manifests and returns the report that `--format json` prints. */
export declare function lint(options: LintOptions): Report;
/** Lints and also says which files are targets (display paths): `--fix` edits only those. */
export declare function lintTargets(options: LintOptions): {
    report: Report;
    targets: ReadonlySet<string>;
};
/** Reads the inputs and builds the model the rules run on. */
export declare function loadModel(options: LintOptions & {
    readonly config?: Config | string | false;
}): {
    model: Model;
    errors: InputFailure[];
    files: number;
    /** Display paths of the files findings are reported for. */
    targets: ReadonlySet<string>;
};
