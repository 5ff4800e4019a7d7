import type { Location, Path } from '../load/source.js';
import type { ResourceIndex } from './index.js';
import { type JsonObject, type Resource } from './resource.js';
import { type Setting } from './setting.js';
export interface EnvVar extends Setting {
    readonly name: string;
    /** The value as written, before `$(VAR)` expansion, when it is written in `env`. */
    readonly raw?: string;
    /** Position in the container's `env` list, for entries written there. */
    readonly index?: number;
    /**
     * The variables defined before this entry: the kubelet expands `$(VAR)` in a value with
     * those only, and leaves a reference to a later one as written.
     */
    readonly before?: ReadonlyMap<string, EnvVar>;
}
/** An `envFrom` source whose keys the linter cannot see. */
export interface OpaqueSource {
    readonly at: Location;
    readonly reason: string;
}
export interface ContainerEnv {
    /** The environment as the container sees it: later entries win, `env` over `envFrom`. */
    readonly vars: ReadonlyMap<string, EnvVar>;
    /** The `env` list in order, duplicates included. */
    readonly entries: readonly EnvVar[];
    readonly opaque: readonly OpaqueSource[];
}
/** Builds a container's environment as the kubelet does, keeping where each value came from. */
export declare function resolveEnv(workload: Resource, containerPath: Path, container: JsonObject, index: ResourceIndex): ContainerEnv;
/**
 * A word of a variable's text expanded as the kubelet expanded the value: a value written in
 * `env` with the variables defined before it; a value read from a ConfigMap, a Secret or a
 * field is taken as it is.
 */
export declare function expandAsWritten(variable: EnvVar, word: string): string;
/** Expands `$(NAME)` references as the kubelet does; `$$` is a literal `$`. */
export declare function expand(text: string, vars: ReadonlyMap<string, Setting>): string;
type DataValue = Pick<Setting, 'value' | 'unknown' | 'at'>;
/** The keys a ConfigMap or Secret provides, decoded. */
export declare function dataOf(resource: Resource): Map<string, DataValue>;
export {};
