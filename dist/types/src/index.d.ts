import type { Report } from './engine/report.js';
export { ConfigError } from './engine/errors.js';
export type { Finding, InputFailure, RelatedLocation, Report, ResourceRef, Severity, } from './engine/report.js';
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
    /** Namespace of resources that name none. */
    readonly namespace?: string;
    /** Keycloak version for containers whose image tag gives none, e.g. `26.0.7`. */
    readonly keycloakVersion?: string;
    /** Directories read only for cross-references: no findings are reported on them. */
    readonly context?: readonly string[];
    /** Read the folders of files given one by one as context (default true). */
    readonly folderContext?: boolean;
    /** Files larger than this many bytes are reported and not parsed (default 10 MB; 0: none). */
    readonly maxFileSize?: number;
}
/**
 * Lints Kubernetes manifests and returns what `keycloak-lint lint --format json` prints.
 * Throws ConfigError for invalid options; paths that cannot be read are listed in `errors`.
 */
export declare function lint(options: LintOptions): Report;
