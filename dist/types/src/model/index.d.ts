import { type KindRef } from './kinds.js';
import type { Resource } from './resource.js';
/**
 * Every resource of the run, indexed by kind and by name. An unspecified namespace is
 * compatible with any namespace: such files are applied with `kubectl -n`, so a lookup
 * prefers an exact namespace match and otherwise accepts an unspecified one.
 */
export declare class ResourceIndex {
    #private;
    readonly all: readonly Resource[];
    constructor(resources: readonly Resource[]);
    ofKind(kinds: readonly KindRef[]): Resource[];
    /** Every resource of these kinds with this name whose namespace is compatible. */
    findAll(kinds: readonly KindRef[], namespace: string | undefined, name: string): Resource[];
    find(kinds: readonly KindRef[], namespace: string | undefined, name: string): Resource | undefined;
    /** Groups of documents that define the same group, kind, namespace and name. */
    duplicates(): Resource[][];
}
/** Whether two namespaces may be the same one (an unspecified namespace may be any). */
export declare function sameNamespace(a: string | undefined, b: string | undefined): boolean;
export declare function isResourceOf(resource: Resource, kinds: readonly KindRef[]): boolean;
export declare function push<K, V>(map: Map<K, V[]>, key: K, value: V): void;
