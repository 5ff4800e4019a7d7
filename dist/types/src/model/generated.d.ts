import type { ResourceRef } from '../engine/report.js';
import type { Location, Path } from '../load/source.js';
import { type JsonObject, Resource } from './resource.js';
/**
 * Where a part of a generated object comes from in the resource that produced it. `verbatim`
 * says the generated value is the source value itself (a copied annotation, an option value),
 * so that deeper paths and spans inside it still hold.
 */
export interface Origin {
    readonly path: Path;
    readonly from: Path;
    readonly verbatim?: boolean;
    /** How messages name the source when no single field is behind it. */
    readonly label?: string;
}
/**
 * An object that no file spells out but that the cluster will hold because a custom resource
 * asks an operator for it (the StatefulSet, Services, Ingress and NetworkPolicy of a Keycloak
 * CR). Rules see it like any other resource; its findings are reported on the custom resource,
 * at the field that produced the part at fault.
 */
export declare class GeneratedResource extends Resource {
    #private;
    /** The custom resource that asks for this object. */
    readonly source: Resource;
    constructor(
    /** The custom resource that asks for this object. */
    source: Resource, apiVersion: string, kind: string, name: string, value: JsonObject, origins: readonly Origin[]);
    at(path: Path, span?: readonly [number, number]): Location;
    /** Findings are reported on the custom resource: that is what the user edits. */
    get ref(): ResourceRef;
}
/**
 * How a message names the custom resource field behind a generated location:
 * `additionalOptions cache-stack`, `spec.db.vendor`. Undefined for written objects.
 */
export declare function generatedField(location: Location): string | undefined;
/** The custom resource an object is generated from, if it is generated. */
export declare function sourceOf(resource: Resource): Resource | undefined;
