import type { LoadProblem, ParsedDocument } from '../load/parse.js';
import type { Model } from './types.js';
import type { Version } from './version.js';
export interface ModelOptions {
    /** Namespace of resources that name none (`--namespace`). */
    readonly defaultNamespace?: string | undefined;
    readonly keycloakVersion?: Version | undefined;
}
/** Builds the indexed model of one run from every parsed document. */
export declare function buildModel(documents: readonly ParsedDocument[], problems: readonly LoadProblem[], files: number, options: ModelOptions): Model;
