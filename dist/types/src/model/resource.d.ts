import type { ResourceRef } from '../engine/report.js';
import type { ParsedDocument } from '../load/parse.js';
import { type Location, type Path, type SourceDocument } from '../load/source.js';
export type { ResourceRef };
/** Objects of the plain data tree, as the YAML decoder produced them. */
export type Json = string | number | boolean | null | Json[] | {
    [key: string]: Json;
};
export type JsonObject = {
    [key: string]: Json;
};
export declare class Resource {
    readonly doc: SourceDocument;
    /** Path of the object inside its document (`[]`, or `['items', 3]` in a List). */
    readonly base: Path;
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string;
    /** The namespace written in the manifest, if any. */
    readonly explicitNamespace: string | undefined;
    readonly value: JsonObject;
    /** Effective namespace: explicit, else the run's default, else undefined (unspecified). */
    readonly namespace: string | undefined;
    readonly group: string;
    readonly version: string;
    /** JSON pointers (relative to the resource) of fields that failed their shape check. */
    readonly invalid: Set<string>;
    constructor(doc: SourceDocument, 
    /** Path of the object inside its document (`[]`, or `['items', 3]` in a List). */
    base: Path, apiVersion: string, kind: string, name: string, 
    /** The namespace written in the manifest, if any. */
    explicitNamespace: string | undefined, defaultNamespace: string | undefined, value: JsonObject);
    /** Location of a path inside this resource. */
    at(path: Path, span?: readonly [number, number]): Location;
    get ref(): ResourceRef;
    get labels(): Readonly<Record<string, string>>;
    get annotations(): Readonly<Record<string, string>>;
    get metadata(): JsonObject;
    get spec(): JsonObject;
    /** `Kind/name`, the way messages name a resource. */
    toString(): string;
    isInvalid(path: Path): boolean;
}
export declare function toPointer(path: Path): string;
export declare function asObject(value: unknown): JsonObject | undefined;
/** The value at a path inside plain data, if any. */
export declare function valueAt(root: unknown, path: Path): Json | undefined;
export declare function asArray(value: unknown): Json[];
export declare function asString(value: unknown): string | undefined;
/** A document that is meant as a Kubernetes object but cannot be one as written. */
export interface ObjectProblem {
    readonly at: Location;
    readonly field: string;
    readonly kind: 'missing' | 'misspelt' | 'notAList' | 'notAnObject' | 'topLevelList';
    /** The key written instead, for a misspelt field. */
    readonly found?: string;
}
/**
 * Turns a parsed document into the resources it defines: none, one, or the items of a
 * `List` (`kind: List`, `DeploymentList`, ...). Documents without apiVersion and kind (Helm
 * values, kustomize configuration) are not resources; a document with only one of the two,
 * or with one of them misspelt, is a problem.
 */
export declare function resourcesOf(parsed: ParsedDocument, defaultNamespace?: string): {
    resources: Resource[];
    problems: ObjectProblem[];
};
