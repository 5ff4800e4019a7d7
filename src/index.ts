// The library entry: lint manifests from another tool and get the JSON report's object.

import { ConfigError } from './engine/errors.js';
import type { Report } from './engine/report.js';
import { lint as lintFiles } from './lint.js';

export { ConfigError } from './engine/errors.js';
export type {
  Finding,
  InputFailure,
  RelatedLocation,
  Report,
  ResourceRef,
  Severity,
} from './engine/report.js';

export interface LintOptions {
  /** Files and directories; directories are walked for *.yaml, *.yml and *.json. `-` is stdin. */
  readonly paths: readonly string[];
  /** Paths are resolved and reported relative to this directory (default: process.cwd()). */
  readonly cwd?: string;
  /** Standard input, when a path is `-`. */
  readonly stdin?: { readonly text: string | Uint8Array; readonly filename?: string };
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
export function lint(options: LintOptions): Report {
  // Callers from plain JavaScript get a clear error, not a walk of each character of a string.
  const paths: unknown = (options as { paths?: unknown } | undefined)?.paths;
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && p !== '')) {
    throw new ConfigError('lint: paths must be a non-empty list of files or directories');
  }
  if (paths.length === 0) throw new ConfigError('lint: paths must name at least one path');
  const limit: unknown = options.maxFileSize;
  if (limit !== undefined && !(Number.isSafeInteger(limit) && (limit as number) >= 0)) {
    throw new ConfigError('lint: maxFileSize must be a whole number of bytes (0: no limit)');
  }
  return lintFiles(options);
}
