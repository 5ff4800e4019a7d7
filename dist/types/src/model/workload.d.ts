import type { Path } from '../load/source.js';
import { type ResourceIndex } from './index.js';
import { type JsonObject, type Resource } from './resource.js';
import type { Replicas, Workload } from './types.js';
/** The pod template of a workload kind, or undefined for other kinds. */
export declare function podTemplateOf(resource: Resource): {
    specPath: Path;
    spec: JsonObject;
    labels: Record<string, string>;
} | undefined;
/** Replicas as the cluster will run them: the larger of `spec.replicas` and an HPA's maximum. */
export declare function replicasOf(resource: Resource, index: ResourceIndex): Replicas;
export type { Workload };
